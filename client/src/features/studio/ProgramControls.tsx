/**
 * The producer's program controls: go live, end (asked twice: it closes the studio), the
 * layout, and the on-air speaker's slides page by page. Buttons only ask the api; what is
 * shown comes back as the studio state.
 */
import { STUDIO_LAYOUTS, type StudioState } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioChanger } from './useStudioChange.ts';

export function ProgramControls({
  state,
  changer,
}: {
  state: StudioState;
  changer: StudioChanger;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { change, pending } = changer;
  const deck = state.slides;
  return (
    <div className="studio-controls">
      {state.status === 'scheduled' && (
        <button
          type="button"
          className="primary"
          data-testid="studio-go-live"
          disabled={pending !== null}
          onClick={() => change({ type: 'live' })}
        >
          {pending === 'live' ? t('studio.program.goingLive') : t('studio.program.goLive')}
        </button>
      )}
      {state.status === 'live' &&
        (confirming ? (
          <div className="studio-confirm" role="group" aria-label={t('studio.program.end')}>
            <p>{t('studio.program.endHint')}</p>
            <button
              type="button"
              className="danger"
              data-testid="studio-confirm-end"
              disabled={pending !== null}
              onClick={() => change({ type: 'end' })}
            >
              {pending === 'end' ? t('studio.program.ending') : t('studio.program.confirmEnd')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('studio.program.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" data-testid="studio-end" onClick={() => setConfirming(true)}>
            {t('studio.program.end')}
          </button>
        ))}
      {state.status !== 'ended' && (
        <>
          <fieldset className="studio-layouts">
            <legend>{t('studio.program.layout')}</legend>
            {STUDIO_LAYOUTS.map((layout) => (
              <label key={layout}>
                <input
                  type="radio"
                  name="studio-layout"
                  value={layout}
                  checked={state.layout === layout}
                  disabled={pending === 'layout'}
                  onChange={() => change({ type: 'layout', layout })}
                />{' '}
                {t(`studio.program.layouts.${layout}`)}
              </label>
            ))}
          </fieldset>
          <div className="studio-slide-nav" role="group" aria-label={t('studio.slides.title')}>
            <button
              type="button"
              data-testid="studio-slide-previous"
              disabled={!deck || state.slideIndex === 0 || pending === 'slide'}
              onClick={() => change({ type: 'slide', index: state.slideIndex - 1 })}
            >
              {t('studio.slides.previous')}
            </button>
            <span data-testid="studio-slide-page">
              {deck
                ? t('studio.slides.page', { page: state.slideIndex + 1, count: deck.pageCount })
                : state.onAir
                  ? t('studio.slides.noneOnAir')
                  : ''}
            </span>
            <button
              type="button"
              data-testid="studio-slide-next"
              disabled={!deck || state.slideIndex >= deck.pageCount - 1 || pending === 'slide'}
              onClick={() => change({ type: 'slide', index: state.slideIndex + 1 })}
            >
              {t('studio.slides.next')}
            </button>
          </div>
        </>
      )}
      {changer.error && (
        <p className="problem" role="alert">
          {t('studio.program.failed', { reason: changer.error })}
        </p>
      )}
    </div>
  );
}
