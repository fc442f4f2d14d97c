/**
 * A brand colour: the browser's colour picker and the same colour as a hex code, both labelled.
 * The picker only ever holds a valid colour; the code may be mid-edit and shows its error.
 */
import { useTranslation } from 'react-i18next';

interface ColorFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

const HEX = /^#[0-9a-f]{6}$/i;

export function ColorField({ id, label, value, onChange, error }: ColorFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="field color-field">
      <label htmlFor={`${id}-picker`}>{label}</label>
      <div className="color-inputs">
        <input
          id={`${id}-picker`}
          type="color"
          value={HEX.test(value) ? value.toLowerCase() : '#000000'}
          onChange={(event) => onChange(event.target.value)}
        />
        <label className="visually-hidden" htmlFor={id}>
          {t('dashboard.card.hexCode', { label })}
        </label>
        <input
          id={id}
          type="text"
          className="hex"
          value={value}
          maxLength={7}
          spellCheck={false}
          pattern="#[0-9a-fA-F]{6}"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
