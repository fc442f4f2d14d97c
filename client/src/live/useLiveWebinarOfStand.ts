/**
 * The stand's webinar that is live now, or null: for the stand page, the hall's stand panel and
 * the hall's stand screen. Read from the stand's webinar list (shared with the stand page, so
 * one request serves both), polled every 20 s, and refetched at once when a live session in
 * this tab learns that a webinar of the stand ended.
 */
import type { Webinar } from '@salon/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { standWebinarsKey, useStandWebinars } from '../api/webinars.ts';
import { onWebinarChange } from './webinarChanges.ts';

export function useLiveWebinarOfStand(exhibitorId: string | null): Webinar | null {
  const list = useStandWebinars(exhibitorId);
  const client = useQueryClient();
  const items = list.data?.items;

  useEffect(() => {
    if (!exhibitorId) return;
    return onWebinarChange((webinarId) => {
      const ours = items?.some((webinar) => webinar.id === webinarId) ?? false;
      if (ours) void client.invalidateQueries({ queryKey: standWebinarsKey(exhibitorId) });
    });
  }, [client, exhibitorId, items]);

  return items?.find((webinar) => webinar.status === 'live') ?? null;
}
