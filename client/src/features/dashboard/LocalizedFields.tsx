/**
 * One text in both interface languages, side by side: a fieldset named after the text, with a
 * labelled Russian and English field, each with its own error. Field ids are `${idPrefix}-ru`
 * and `${idPrefix}-en`, so a form can move focus to the first field with an error.
 */
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@salon/shared';

interface LocalizedFieldsProps {
  legend: string;
  /** What each field's label starts with, when the legend alone is too short (list items). */
  fieldLabel?: string;
  idPrefix: string;
  value: { ru: string; en: string };
  onChange: (value: { ru: string; en: string }) => void;
  errors?: { ru?: string | undefined; en?: string | undefined };
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

export function LocalizedFields({
  legend,
  fieldLabel = legend,
  idPrefix,
  value,
  onChange,
  errors = {},
  multiline = false,
  rows = 5,
  maxLength = 4000,
  required = true,
}: LocalizedFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="localized">
      <legend>{legend}</legend>
      {LOCALES.map((locale: Locale) => {
        const id = `${idPrefix}-${locale}`;
        const error = errors[locale];
        const props = {
          id,
          lang: locale,
          value: value[locale],
          maxLength,
          required,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
        };
        return (
          <div className="field" key={locale}>
            <label htmlFor={id}>
              {fieldLabel} — {t(`language.${locale}`)}
            </label>
            {multiline ? (
              <textarea
                {...props}
                rows={rows}
                onChange={(event) => onChange({ ...value, [locale]: event.target.value })}
              />
            ) : (
              <input
                {...props}
                type="text"
                onChange={(event) => onChange({ ...value, [locale]: event.target.value })}
              />
            )}
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
