/**
 * The stand card: names and descriptions in Russian and English side by side, brand colours
 * with a contrast warning, contacts, and a live preview of the stand's header. Save sends only
 * what changed; the preview and the stand everywhere in this tab show the change at once and go
 * back if the api refuses it, with the api's message next to each field it names.
 */
import { StandUpdateSchema, type StandDetail, type StandUpdate } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/apiClient.ts';
import { updateStand } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { LocalizedFields } from '../LocalizedFields.tsx';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { useStandCache } from '../standQueries.ts';
import { ColorField } from './ColorField.tsx';
import { ColorWarnings } from './ColorWarnings.tsx';
import { fieldErrorsFrom, issueErrors, type FieldErrors } from '../fieldErrors.ts';
import { StandHeaderPreview } from './StandHeaderPreview.tsx';
import {
  applyStandUpdate,
  draftFromExhibitor,
  standUpdateDiff,
  type StandCardDraft,
} from './standUpdateDiff.ts';

const fieldId = (path: string) => `stand-${path.replaceAll('.', '-')}`;

function focusFirstError(errors: FieldErrors) {
  const first = Object.keys(errors).find((path) => path !== '');
  if (first) document.getElementById(fieldId(first))?.focus();
}

export function StandCardSection({
  exhibitorId,
  stand,
}: {
  exhibitorId: string;
  stand: StandDetail;
}) {
  const { t } = useTranslation();
  const cache = useStandCache(exhibitorId);
  const [draft, setDraft] = useState<StandCardDraft>(() => draftFromExhibitor(stand.exhibitor));
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = standUpdateDiff(stand.exhibitor, draft);
  const changed = Object.keys(update).length > 0;

  const save = useMutation({
    mutationFn: (body: StandUpdate) =>
      withSession((token) => updateStand(exhibitorId, body, { token })),
    onMutate: async (body) => {
      await cache.hold();
      const before = cache.get();
      cache.change((current) => ({
        ...current,
        exhibitor: applyStandUpdate(current.exhibitor, body),
      }));
      return { before };
    },
    onSuccess: (saved) => {
      cache.set(saved);
      setDraft(draftFromExhibitor(saved.exhibitor));
    },
    onError: (error, _body, context) => {
      if (context?.before) cache.set(context.before);
      if (error instanceof ApiError && error.errors.length > 0) {
        const found = fieldErrorsFrom(error.errors);
        setErrors(found);
        focusFirstError(found);
      }
    },
  });

  function edit(change: (current: StandCardDraft) => StandCardDraft) {
    setDraft(change);
    if (save.isSuccess || save.isError) save.reset();
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = StandUpdateSchema.safeParse(update);
    if (!checked.success) {
      const found = issueErrors(checked.error.issues, t('dashboard.required'));
      setErrors(found);
      focusFirstError(found);
      return;
    }
    setErrors({});
    save.mutate(checked.data);
  }

  // The schema's own wording of a bad contact or colour is for developers; say it for people.
  const friendly: Readonly<Record<string, string>> = {
    'contacts.website': t('dashboard.card.websiteInvalid'),
    'contacts.email': t('dashboard.card.emailInvalid'),
    'contacts.phone': t('dashboard.card.phoneInvalid'),
    'colors.primary': t('dashboard.card.colorInvalid'),
    'colors.accent': t('dashboard.card.colorInvalid'),
  };
  const required = t('dashboard.required');
  const err = (path: string) => {
    const message = errors[path];
    return message && message !== required ? (friendly[path] ?? message) : message;
  };
  return (
    <div className="card-editor">
      <form className="dashboard-form" onSubmit={submit} noValidate>
        <h2>{t('dashboard.card.title')}</h2>
        <LocalizedFields
          legend={t('dashboard.card.name')}
          idPrefix={fieldId('name')}
          value={draft.name}
          maxLength={200}
          onChange={(name) => edit((current) => ({ ...current, name }))}
          errors={{ ru: err('name.ru'), en: err('name.en') }}
        />
        <LocalizedFields
          legend={t('dashboard.card.description')}
          idPrefix={fieldId('description')}
          value={draft.description}
          multiline
          onChange={(description) => edit((current) => ({ ...current, description }))}
          errors={{ ru: err('description.ru'), en: err('description.en') }}
        />
        <fieldset>
          <legend>{t('dashboard.card.colors')}</legend>
          <div className="color-row">
            <ColorField
              id={fieldId('colors.primary')}
              label={t('dashboard.card.primary')}
              value={draft.colors.primary}
              error={err('colors.primary')}
              onChange={(primary) =>
                edit((current) => ({ ...current, colors: { ...current.colors, primary } }))
              }
            />
            <ColorField
              id={fieldId('colors.accent')}
              label={t('dashboard.card.accent')}
              value={draft.colors.accent}
              error={err('colors.accent')}
              onChange={(accent) =>
                edit((current) => ({ ...current, colors: { ...current.colors, accent } }))
              }
            />
          </div>
          <ColorWarnings colors={draft.colors} />
        </fieldset>
        <fieldset>
          <legend>{t('dashboard.card.contacts')}</legend>
          {(['website', 'email', 'phone'] as const).map((field) => {
            const id = fieldId(`contacts.${field}`);
            const error = err(`contacts.${field}`);
            return (
              <div className="field" key={field}>
                <label htmlFor={id}>{t(`dashboard.card.${field}`)}</label>
                <input
                  id={id}
                  type={field === 'website' ? 'url' : field === 'email' ? 'email' : 'tel'}
                  value={draft.contacts[field]}
                  placeholder={t(`dashboard.card.${field}Placeholder`)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) =>
                    edit((current) => ({
                      ...current,
                      contacts: { ...current.contacts, [field]: event.target.value },
                    }))
                  }
                />
                {error && (
                  <p className="field-error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!changed || save.isPending}>
            {t('dashboard.save')}
          </button>
          <button
            type="button"
            disabled={!changed || save.isPending}
            onClick={() => {
              setDraft(draftFromExhibitor(stand.exhibitor));
              setErrors({});
              save.reset();
            }}
          >
            {t('dashboard.discard')}
          </button>
          <p className="form-status" role="status" aria-live="polite">
            {save.isPending
              ? t('dashboard.saving')
              : save.isSuccess
                ? t('dashboard.saved')
                : changed
                  ? t('dashboard.unsaved')
                  : ''}
          </p>
        </div>
        {errors[''] && <p className="field-error">{errors['']}</p>}
        {save.isError && <ProblemMessage error={save.error} />}
      </form>
      <StandHeaderPreview draft={draft} logoUrl={stand.logoUrl} />
    </div>
  );
}
