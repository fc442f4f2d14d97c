/**
 * What sits over the hall in both views: keyboard and touch controls, the prompt of the stand
 * within reach, the open stand's panel and the server's notices.
 */
import type { ExhibitorSummary, HallLayout } from '@salon/shared';
import { useEffect, useMemo } from 'react';
import { useHallLive } from '../../multiplayer/hallLiveStore.ts';
import { TouchJoystick } from '../../player/TouchJoystick.tsx';
import { useKeyboardControls } from '../../player/useKeyboardControls.ts';
import { HallNotice } from './HallNotice.tsx';
import { useHallView } from './hallViewStore.ts';
import { NearStandPrompt } from './NearStandPrompt.tsx';
import { StandPanel } from './StandPanel.tsx';
import type { HallActions } from './useHallActions.ts';

interface HallOverlayProps {
  actions: HallActions | null;
  layout: HallLayout;
  exhibitors: ReadonlyMap<string, ExhibitorSummary>;
  /** Where "forward" points for keys and the joystick. */
  yaw: () => number;
}

export function HallOverlay({ actions, layout, exhibitors, yaw }: HallOverlayProps) {
  const nearStandId = useHallLive((state) => state.nearStandId);
  const openStandId = useHallView((state) => state.openStandId);
  const stands = useMemo(() => new Map(layout.stands.map((s) => [s.id, s])), [layout]);
  // The server refused to let us in (we were not close enough after all): close the panel.
  useEffect(
    () =>
      useHallLive.subscribe((state, previous) => {
        if (state.notice !== previous.notice && state.notice?.kind === 'standOutOfReach') {
          useHallView.getState().closeStand();
        }
      }),
    [],
  );
  useKeyboardControls(
    actions && {
      move: actions.move,
      onEnter: actions.enterNearStand,
      onEscape: actions.leaveStand,
      yaw,
    },
  );
  const near = nearStandId ? stands.get(nearStandId) : undefined;
  // A stand is open only while the avatar is still at it.
  const open = openStandId && openStandId === nearStandId ? stands.get(openStandId) : undefined;
  return (
    <>
      {near && !open && actions && (
        <NearStandPrompt
          standId={near.id}
          exhibitor={exhibitors.get(near.exhibitorId)}
          onEnter={actions.enterNearStand}
        />
      )}
      {open && actions && (
        <StandPanel key={open.id} exhibitorId={open.exhibitorId} onClose={actions.leaveStand} />
      )}
      {actions && <TouchJoystick move={actions.move} yaw={yaw} />}
      <HallNotice />
    </>
  );
}
