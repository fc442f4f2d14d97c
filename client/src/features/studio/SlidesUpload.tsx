/**
 * A speaker's slides: the deck they have (pages), and a PDF upload with progress that replaces
 * it. Used by the speaker backstage and by the producer for any speaker. The api checks the
 * file (PDF by its bytes, at most 20 MB) and says what is wrong in a sentence shown here.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSlides, uploadSlides } from './studioApi.ts';

interface SlidesUploadProps {
  eventId: string;
  speakerId: string;
  slidesVersion: number;
  /** Shown as the heading; the speaker's own panel says just "Slides". */
  title?: string;
}

export function useSlideDecks(eventId: string, slidesVersion: number) {
  return useQuery({
    queryKey: ['studio-slides', eventId, slidesVersion],
    queryFn: ({ signal }) => fetchSlides(eventId, signal),
  });
}

export function SlidesUpload({ eventId, speakerId, slidesVersion, title }: SlidesUploadProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const inputId = useId();
  const decks = useSlideDecks(eventId, slidesVersion);
  const deck = decks.data?.items.find((item) => item.speaker.id === speakerId) ?? null;
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const upload = (file: File) => {
    setProblem(null);
    setDone(null);
    setProgress(0);
    uploadSlides(eventId, speakerId, file, setProgress)
      .then((uploaded) => {
        setDone(uploaded.pageCount);
        void client.invalidateQueries({ queryKey: ['studio-slides', eventId] });
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
      .finally(() => setProgress(null));
  };

  return (
    <div className="studio-slides" data-testid="studio-slides" data-speaker={speakerId}>
      <h3>{title ?? t('studio.slides.title')}</h3>
      <p data-testid="studio-slides-deck" data-pages={deck?.pageCount ?? 0}>
        {deck ? t('studio.slides.pages', { count: deck.pageCount }) : t('studio.slides.none')}
      </p>
      <label htmlFor={inputId} className="button-link">
        {deck ? t('studio.slides.replace') : t('studio.slides.upload')}
      </label>
      <input
        id={inputId}
        type="file"
        accept="application/pdf,.pdf"
        className="visually-hidden"
        data-testid="studio-slides-input"
        disabled={progress !== null}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) upload(file);
        }}
      />
      <p className="muted">{t('studio.slides.hint')}</p>
      {progress !== null && (
        <p role="status">{t('studio.slides.uploading', { percent: Math.round(progress * 100) })}</p>
      )}
      {done !== null && (
        <p role="status">
          {t('studio.slides.uploaded', { pages: t('studio.slides.pages', { count: done }) })}
        </p>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
