/**
 * The slowly changing inputs of the hall's forum screens (ForumScreens.tsx), each a React hook
 * that changes only when its answer does: the stages' names (the forum's facets, cached), the
 * time renewed each minute (idle cards move on to the next event by themselves), and the words
 * the cards and the sound button say in the scene's language.
 */
import type { Locale, LocalizedText } from '@salon/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForumFacets } from '../api/queries.ts';
import type { LookLabels } from './forumScreenLook.ts';
import type { SoundButtonLabels } from './ForumSoundButton.ts';

export function useStageNames(): ReadonlyMap<string, LocalizedText> {
  const facets = useForumFacets();
  return useMemo(
    () => new Map((facets.data?.stages ?? []).map((stage) => [stage.id, stage.name])),
    [facets.data],
  );
}

/** The time now, renewed each minute. */
export function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function useScreenLabels(locale: Locale): {
  look: LookLabels;
  card: { live: string; nothingNext: string };
  sound: SoundButtonLabels;
} {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(locale);
  const live = t('scene.forumScreen.live');
  const nextPattern = t('scene.forumScreen.next', { when: '\u0000' });
  const nothingNext = t('scene.forumScreen.nothingNext');
  const forum = t('scene.forum');
  const sound = t('scene.forumScreen.sound');
  const turnOn = t('scene.forumScreen.soundOn');
  const turnOff = t('scene.forumScreen.soundOff');
  return useMemo(
    () => ({
      look: {
        live,
        next: (when: string) => nextPattern.replace('\u0000', when),
        nothingNext,
        forum,
      },
      card: { live, nothingNext },
      sound: { sound, turnOn, turnOff },
    }),
    [live, nextPattern, nothingNext, forum, sound, turnOn, turnOff],
  );
}
