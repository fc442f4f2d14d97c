/**
 * What the visitor can do in the hall, as the pages call it: walk (keys, joystick), walk to a
 * point or to a stand's entrance, enter the stand within reach and leave it. Keeps the panel
 * and the "walking to" note in step with the avatar: walking away closes the stand.
 */
import { standEntrance, type HallLayout, type Vec2 } from '@salon/shared';
import { useMemo } from 'react';
import type { HallConnection } from '../../multiplayer/HallConnection.ts';
import { showNotice, useHallLive } from '../../multiplayer/hallLiveStore.ts';
import { useHallView } from './hallViewStore.ts';

export interface HallActions {
  move: (direction: Vec2) => void;
  walkToPoint: (point: Vec2) => void;
  /** Walks to the stand's entrance, or enters it when already within reach. */
  goToStand: (standId: string) => void;
  enterNearStand: () => void;
  leaveStand: () => void;
}

export function useHallActions(connection: HallConnection | null, layout: HallLayout | undefined) {
  return useMemo((): HallActions | null => {
    if (!connection || !layout) return null;
    const view = useHallView.getState;
    const leaveStand = () => {
      if (!view().openStandId) return;
      view().closeStand();
      connection.intents.leaveStand();
    };
    const enter = (standId: string) => {
      view().openStand(standId);
      connection.intents.enterStand(standId);
    };
    return {
      move: (direction) => {
        if (direction.x !== 0 || direction.y !== 0) {
          view().closeStand();
          view().setWalkingTo(null);
        }
        connection.intents.move(direction);
      },
      walkToPoint: (point) => {
        const result = connection.intents.walkTo(point);
        view().closeStand();
        view().setWalkingTo(null);
        if (result !== 'walking') showNotice('walkRefused');
      },
      goToStand: (standId) => {
        const stand = layout.stands.find((candidate) => candidate.id === standId);
        if (!stand) return;
        if (useHallLive.getState().nearStandId === standId) {
          enter(standId);
          return;
        }
        view().closeStand();
        const result = connection.intents.walkTo(standEntrance(stand));
        view().setWalkingTo(result === 'walking' ? standId : null);
        if (result !== 'walking') showNotice('walkRefused');
      },
      enterNearStand: () => {
        const near = useHallLive.getState().nearStandId;
        if (near) enter(near);
      },
      leaveStand,
    };
  }, [connection, layout]);
}
