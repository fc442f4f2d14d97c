/**
 * Scheduling a webinar, or changing one: its format (webinar or master class), title and
 * description in both languages, the start in the exhibitor's own local time (sent with their
 * offset), the duration and the language.
 * Checked before sending; the api's refusals show at their fields.
 */
import {
  LOCALES,
  WEBINAR_FORMATS,
  WEBINAR_MINUTES,
  type Webinar,
  type WebinarInput,
} from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/apiClient.ts';
import { withSession } from '../../../session/withSession.ts';
import { focusFirstInvalid, TextField } from '../../../ui/TextField.tsx';
import { localTimeZone } from '../../webinars/webinarTime.ts';
import { fieldErrorsFrom, type FieldErrors } from '../fieldErrors.ts';
import { LocalizedFields } from '../LocalizedFields.tsx';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { inputFromDraft, type WebinarDraft } from './webinarDraft.ts';

interface WebinarFormProps {
  initial: WebinarDraft;
  /** Sends the checked input: a new webinar, or the change of one. */
  send: (input: WebinarInput, token: string) => Promise<Webinar>;
  submitLabel: string;
  onSaved: (webinar: Webinar) => void;
  onCancel?: () => void;
  idPrefix: string;
}

export function WebinarForm({
  initial,
  send,
  submitLabel,
  onSaved,
  onCancel,
  idPrefix,
}: WebinarFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const languageId = useId();
  const save = useMutation({
    mutationFn: (input: WebinarInput) => withSession((token) => send(input, token)),
    onSuccess: onSaved,
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrorsFrom(error.errors));
      requestAnimationFrame(() => focusFirstInvalid(form.current));
    },
  });

  function change(next: Partial<WebinarDraft>) {
    setDraft((current) => ({ ...current, ...next }));
    if (save.isError) save.reset();
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = inputFromDraft(draft, {
      required: t('dashboard.required'),
      start: t('live.manage.startInvalid'),
      duration: t('live.manage.durationInvalid', WEBINAR_MINUTES),
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setErrors({});
    save.mutate(checked.input);
  }

  return (
    <form ref={form} className="dashboard-form" onSubmit={submit} noValidate>
      <fieldset className="webinar-format-choice">
        <legend>{t('live.manage.format')}</legend>
        {WEBINAR_FORMATS.map((format) => (
          <label key={format}>
            <input
              type="radio"
              name={`${idPrefix}-format`}
              value={format}
              checked={draft.format === format}
              onChange={() => change({ format })}
            />{' '}
            <span>{t(`live.format.${format}`)}</span>{' '}
            <span className="muted small">{t(`live.manage.formatHint.${format}`)}</span>
          </label>
        ))}
      </fieldset>
      <LocalizedFields
        legend={t('live.manage.titleField')}
        idPrefix={`${idPrefix}-title`}
        value={draft.title}
        onChange={(title) => change({ title })}
        errors={{ ru: errors['title.ru'], en: errors['title.en'] }}
        maxLength={200}
      />
      <LocalizedFields
        legend={t('live.manage.description')}
        idPrefix={`${idPrefix}-description`}
        value={draft.description}
        onChange={(description) => change({ description })}
        errors={{ ru: errors['description.ru'], en: errors['description.en'] }}
        multiline
        rows={3}
      />
      <div className="inline-field">
        <TextField
          label={t('live.manage.start')}
          hint={t('live.manage.startHint', { zone: localTimeZone() })}
          type="datetime-local"
          value={draft.start}
          onChange={(event) => change({ start: event.target.value })}
          error={errors['startsAt']}
          required
        />
        <TextField
          label={t('live.manage.duration')}
          hint={t('live.manage.durationHint', WEBINAR_MINUTES)}
          type="number"
          inputMode="numeric"
          min={WEBINAR_MINUTES.min}
          max={WEBINAR_MINUTES.max}
          step={5}
          value={draft.duration}
          onChange={(event) => change({ duration: event.target.value })}
          error={errors['durationMinutes']}
          required
        />
        <div className="field">
          <label htmlFor={languageId}>{t('live.manage.language')}</label>
          <select
            id={languageId}
            value={draft.language}
            onChange={(event) => change({ language: event.target.value === 'en' ? 'en' : 'ru' })}
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t(`language.${locale}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={save.isPending}>
            {t('live.manage.cancelEdit')}
          </button>
        )}
        <p className="form-status" role="status" aria-live="polite">
          {save.isPending ? t('dashboard.saving') : ''}
        </p>
      </div>
      {save.isError && <ProblemMessage error={save.error} />}
    </form>
  );
}
