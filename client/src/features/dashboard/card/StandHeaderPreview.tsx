/**
 * How the stand's header will look with the card as edited: logo (or initials), name and the
 * start of the description on the brand colours, in either language. Text only, never markup.
 */
import { LOCALES, type Locale } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { ExhibitorMark } from '../../exhibitors/ExhibitorMark.tsx';
import type { StandCardDraft } from './standUpdateDiff.ts';
import { readableInk } from './contrast.ts';

const HEX = /^#[0-9a-f]{6}$/i;

export function StandHeaderPreview({
  draft,
  logoUrl,
}: {
  draft: StandCardDraft;
  logoUrl: string | null;
}) {
  const { t } = useTranslation();
  const { locale: interfaceLocale } = useLocale();
  const [locale, setLocale] = useState<Locale>(interfaceLocale);
  const primary = HEX.test(draft.colors.primary) ? draft.colors.primary : '#888888';
  const accent = HEX.test(draft.colors.accent) ? draft.colors.accent : '#888888';
  const name = draft.name[locale].trim() || t('dashboard.card.previewNoName');
  return (
    <figure className="stand-preview" aria-label={t('dashboard.card.preview')}>
      <figcaption>
        {t('dashboard.card.preview')}
        <span className="preview-languages" role="group" aria-label={t('language.label')}>
          {LOCALES.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={option === locale}
              onClick={() => setLocale(option)}
            >
              {option.toUpperCase()}
            </button>
          ))}
        </span>
      </figcaption>
      <div
        className="stand-preview-header"
        lang={locale}
        style={{
          background: primary,
          color: readableInk(primary).ink,
          borderBottomColor: accent,
        }}
        data-testid="stand-preview"
      >
        {logoUrl ? (
          <img className="stand-preview-logo" src={logoUrl} alt="" />
        ) : (
          <ExhibitorMark name={name} colors={{ primary, accent }} />
        )}
        <div>
          <strong>{name}</strong>
          <p>{draft.description[locale]}</p>
        </div>
      </div>
    </figure>
  );
}
