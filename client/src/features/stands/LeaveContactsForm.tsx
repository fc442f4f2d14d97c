/**
 * "Leave my contacts": the visitor ticks what to share (name, email, organisation), may add a
 * note, and must consent; only what is ticked is sent. A signed-in visitor finds their name
 * and email filled in (still unticked: nothing is shared by default). The confirmation says
 * exactly what the exhibitor received.
 */
import { LeadSchema, type LeaveContacts } from '@salon/shared';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPath, postJson } from '../../api/apiClient.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { withSession } from '../../session/withSession.ts';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';
import { TextField, focusFirstInvalid } from '../../ui/TextField.tsx';
import { FormProblemMessage } from '../account/FormProblemMessage.tsx';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../account/formErrors.ts';
import {
  SHAREABLE,
  leadPayload,
  sharedFields,
  type LeadField,
  type LeadForm,
  type Shareable,
} from './leadPayload.ts';

interface LeaveContactsFormProps {
  exhibitorId: string;
  exhibitorName: string;
  level: HeadingLevel;
}

const FIELDS: readonly LeadField[] = [...SHAREABLE, 'note', 'consent'];
const INPUT_TYPE = { name: 'text', email: 'email', organisation: 'text' } as const;
const AUTOCOMPLETE = { name: 'name', email: 'email', organisation: 'organization' } as const;

export function LeaveContactsForm({ exhibitorId, exhibitorName, level }: LeaveContactsFormProps) {
  const { t } = useTranslation();
  const user = useSessionStore((state) => (state.kind === 'account' ? state.user : null));
  const [form, setForm] = useState<LeadForm>(() => ({
    share: { name: false, email: false, organisation: false },
    values: { name: user?.displayName ?? '', email: user?.email ?? '', organisation: '', note: '' },
    consent: false,
  }));
  const [errors, setErrors] = useState<FormErrors<LeadField>>(NO_ERRORS);
  const [nothingChosen, setNothingChosen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<LeaveContacts | null>(null);
  const formElement = useRef<HTMLFormElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const chooseId = useId();
  const consentErrorId = useId();
  useEffect(() => focusFirstInvalid(formElement.current), [errors]);
  useEffect(() => {
    if (sent) confirmation.current?.focus();
  }, [sent]);

  const setShare = (field: Shareable, on: boolean) =>
    setForm((current) => ({ ...current, share: { ...current.share, [field]: on } }));
  const setValue = (field: Shareable | 'note', value: string) =>
    setForm((current) => ({ ...current, values: { ...current.values, [field]: value } }));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const check = leadPayload(form);
    if (!check.ok) {
      setNothingChosen(check.nothingChosen);
      setErrors({ fields: check.fields, problem: null, detail: null });
      return;
    }
    setNothingChosen(false);
    setBusy(true);
    try {
      const path = apiPath(`/stands/${encodeURIComponent(exhibitorId)}/leads`);
      await withSession((token) => postJson(path, check.payload, LeadSchema, { token }));
      setErrors(NO_ERRORS);
      setSent(check.payload);
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    const shared = sharedFields(sent).map((field) => t(`stand.lead.field.${field}`));
    return (
      <section className="stand-section">
        <Heading level={level}>{t('stand.lead.title')}</Heading>
        <div
          ref={confirmation}
          className="lead-sent"
          role="status"
          tabIndex={-1}
          data-testid="lead-sent"
        >
          <p>{t('stand.lead.sent', { name: exhibitorName, fields: shared.join(', ') })}</p>
          {sent.note && <p className="muted">{t('stand.lead.sentNote')}</p>}
          <button type="button" onClick={() => setSent(null)}>
            {t('stand.lead.again')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="stand-section">
      <Heading level={level}>{t('stand.lead.title')}</Heading>
      <p className="muted">{t('stand.lead.intro', { name: exhibitorName })}</p>
      <form
        ref={formElement}
        className="lead-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        data-testid="lead-form"
      >
        <FormProblemMessage errors={errors} />
        <fieldset aria-describedby={nothingChosen ? chooseId : undefined}>
          <legend>{t('stand.lead.choose')}</legend>
          {nothingChosen && (
            <p id={chooseId} className="field-error" role="alert">
              {t('stand.lead.nothingChosen')}
            </p>
          )}
          {SHAREABLE.map((field) => (
            <div key={field} className="lead-share">
              <label className="check">
                <input
                  type="checkbox"
                  checked={form.share[field]}
                  onChange={(event) => setShare(field, event.target.checked)}
                />{' '}
                {t(`stand.lead.share.${field}`)}
              </label>
              <TextField
                label={t(`stand.lead.field.${field}`)}
                type={INPUT_TYPE[field]}
                autoComplete={AUTOCOMPLETE[field]}
                value={form.values[field]}
                disabled={!form.share[field]}
                error={errors.fields.has(field) ? t(`stand.lead.invalid.${field}`) : null}
                onChange={(event) => setValue(field, event.target.value)}
              />
            </div>
          ))}
        </fieldset>
        <TextField
          multiline
          label={t('stand.lead.note')}
          hint={t('stand.lead.noteHint')}
          rows={3}
          value={form.values.note}
          error={errors.fields.has('note') ? t('stand.lead.invalid.note') : null}
          onChange={(event) => setValue('note', event.target.value)}
        />
        <div className={errors.fields.has('consent') ? 'field field-invalid' : 'field'}>
          <label className="check">
            <input
              type="checkbox"
              checked={form.consent}
              aria-invalid={errors.fields.has('consent') || undefined}
              aria-describedby={errors.fields.has('consent') ? consentErrorId : undefined}
              onChange={(event) =>
                setForm((current) => ({ ...current, consent: event.target.checked }))
              }
            />{' '}
            {t('stand.lead.consent', { name: exhibitorName })}
          </label>
          {errors.fields.has('consent') && (
            <p id={consentErrorId} className="field-error">
              {t('stand.lead.consentNeeded')}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {t('stand.lead.send')}
        </button>
      </form>
    </section>
  );
}
