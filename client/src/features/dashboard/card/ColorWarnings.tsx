/** Warnings about brand colours that would make the stand hard to read; advice, not a block. */
import { useTranslation } from 'react-i18next';
import { TEXT_CONTRAST_MIN, contrastRatio, readableInk } from './contrast.ts';

const HEX = /^#[0-9a-f]{6}$/i;
/** Below this the accent stripe is hard to tell from the background. */
const ACCENT_CONTRAST_MIN = 1.5;

export function ColorWarnings({ colors }: { colors: { primary: string; accent: string } }) {
  const { t } = useTranslation();
  if (!HEX.test(colors.primary) || !HEX.test(colors.accent)) return null;
  const text = readableInk(colors.primary).ratio;
  const accent = contrastRatio(colors.primary, colors.accent);
  // Rounded down, so that 4.48 is not shown as the 4.5 it fails to reach.
  const ratio = (value: number) => (Math.floor(value * 10) / 10).toFixed(1);
  return (
    <div aria-live="polite">
      {text < TEXT_CONTRAST_MIN && (
        <p className="warning">
          {t('dashboard.card.lowContrast', { ratio: ratio(text), min: TEXT_CONTRAST_MIN })}
        </p>
      )}
      {accent < ACCENT_CONTRAST_MIN && (
        <p className="warning">{t('dashboard.card.accentTooClose', { ratio: ratio(accent) })}</p>
      )}
    </div>
  );
}
