/**
 * The organiser's "new exhibitor" form: kind, names and descriptions in both languages, region,
 * topics, colours, contacts, the stand's first products and links, and the email of the person
 * who will run the stand. Checked with the shared schema before sending, each message next to
 * its field and focus on the first; the api's refusals (a taken name or email) land on their
 * fields too, anything else below the form.
 */
import {
  EXHIBITOR_KINDS,
  LINK_URL_MAX,
  NEW_STAND_LINKS_MAX,
  PRODUCTS_MAX,
  type ExhibitorCreate,
  type ExhibitorCreated,
} from '@salon/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiClient.ts';
import { createExhibitor } from '../../api/dashboard.ts';
import { useRegions, useTopics } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { withSession } from '../../session/withSession.ts';
import { ColorField } from '../dashboard/card/ColorField.tsx';
import type { FieldErrors } from '../dashboard/fieldErrors.ts';
import { LocalizedFields } from '../dashboard/LocalizedFields.tsx';
import { ProblemMessage } from '../dashboard/ProblemMessage.tsx';
import { productFieldId } from '../dashboard/products/ProductEditor.tsx';
import {
  emptyExhibitorDraft,
  errorsFromRefusal,
  inputFromDraft,
  type ExhibitorDraft,
} from './exhibitorDraft.ts';
import { NewStandLinks } from './NewStandLinks.tsx';
import { NewStandProducts } from './NewStandProducts.tsx';
import { TopicChoice } from './TopicChoice.tsx';

const fieldId = (path: string) => `new-exhibitor-${path.replaceAll('.', '-')}`;
const CONTACTS = ['website', 'email', 'phone'] as const;

function focusFirstError(errors: FieldErrors) {
  const first = Object.keys(errors)[0];
  if (!first) return;
  // Product rows are the dashboard's product editor, with that editor's field ids.
  const id = first.startsWith('products.') ? productFieldId(first) : fieldId(first);
  document.getElementById(id)?.focus();
}

interface CreateExhibitorFormProps {
  onCreated: (created: ExhibitorCreated) => void;
  onCancel: () => void;
}

export function CreateExhibitorForm({ onCreated, onCancel }: CreateExhibitorFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const topics = useTopics();
  const [draft, setDraft] = useState<ExhibitorDraft>(emptyExhibitorDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const messages = {
    required: t('dashboard.required'),
    regionCode: t('organiser.create.errors.region'),
    topicCodes: t('organiser.create.errors.topics'),
    'contacts.website': t('dashboard.card.websiteInvalid'),
    'contacts.email': t('dashboard.card.emailInvalid'),
    'contacts.phone': t('dashboard.card.phoneInvalid'),
    color: t('dashboard.card.colorInvalid'),
    products: t('organiser.create.errors.products', { max: PRODUCTS_MAX }),
    links: t('organiser.create.errors.links', { max: NEW_STAND_LINKS_MAX }),
    linkUrl: t('organiser.create.errors.linkUrl', { max: LINK_URL_MAX }),
    staffEmail: t('organiser.create.errors.staffEmail'),
    nameTaken: t('organiser.create.errors.nameTaken'),
    emailTaken: t('organiser.create.errors.emailTaken'),
  };

  const create = useMutation({
    mutationFn: (body: ExhibitorCreate) => withSession((token) => createExhibitor(body, { token })),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['exhibitors'] });
      onCreated(created);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const found = errorsFromRefusal(error, messages);
      setErrors(found);
      focusFirstError(found);
    },
  });

  function edit(change: (current: ExhibitorDraft) => ExhibitorDraft) {
    setDraft(change);
    if (create.isError) create.reset();
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = inputFromDraft(draft, messages);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(checked.errors);
      return;
    }
    setErrors({});
    create.mutate(checked.input);
  }

  if (regions.isPending || topics.isPending) {
    return (
      <p className="state" role="status">
        <span className="spinner" aria-hidden="true" /> {t('common.loading')}
      </p>
    );
  }
  if (regions.isError || topics.isError) {
    return <p className="problem">{t('organiser.create.dictionariesFailed')}</p>;
  }
  const error = (path: string) => errors[path];
  const fieldErrorsShown = Object.keys(errors).length > 0;
  return (
    <form className="dashboard-form create-exhibitor" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fieldId('kind')}>{t('organiser.create.kind')}</label>
        <select
          id={fieldId('kind')}
          value={draft.kind}
          onChange={(event) => {
            const kind = EXHIBITOR_KINDS.find((option) => option === event.target.value);
            if (kind) edit((current) => ({ ...current, kind }));
          }}
        >
          {EXHIBITOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`exhibitors.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <LocalizedFields
        legend={t('organiser.create.name')}
        idPrefix={fieldId('name')}
        value={draft.name}
        maxLength={200}
        onChange={(name) => edit((current) => ({ ...current, name }))}
        errors={{ ru: error('name.ru'), en: error('name.en') }}
      />
      <LocalizedFields
        legend={t('organiser.create.description')}
        idPrefix={fieldId('description')}
        value={draft.description}
        multiline
        rows={3}
        onChange={(description) => edit((current) => ({ ...current, description }))}
        errors={{ ru: error('description.ru'), en: error('description.en') }}
      />
      <div className="field">
        <label htmlFor={fieldId('regionCode')}>{t('organiser.create.region')}</label>
        <select
          id={fieldId('regionCode')}
          value={draft.regionCode}
          aria-invalid={error('regionCode') ? true : undefined}
          aria-describedby={error('regionCode') ? `${fieldId('regionCode')}-error` : undefined}
          onChange={(event) => edit((current) => ({ ...current, regionCode: event.target.value }))}
        >
          <option value="">{t('organiser.create.chooseRegion')}</option>
          {regions.data.map((region) => (
            <option key={region.code} value={region.code}>
              {pick(region.name)}
            </option>
          ))}
        </select>
        {error('regionCode') && (
          <p className="field-error" id={`${fieldId('regionCode')}-error`}>
            {error('regionCode')}
          </p>
        )}
      </div>
      <TopicChoice
        id={fieldId('topicCodes')}
        topics={topics.data}
        value={draft.topicCodes}
        error={error('topicCodes')}
        onChange={(topicCodes) => edit((current) => ({ ...current, topicCodes }))}
      />
      <fieldset>
        <legend>{t('organiser.create.colors')}</legend>
        <div className="color-row">
          {(['primary', 'accent'] as const).map((which) => (
            <ColorField
              key={which}
              id={fieldId(`colors.${which}`)}
              label={t(`dashboard.card.${which}`)}
              value={draft.colors[which]}
              error={error(`colors.${which}`)}
              onChange={(color) =>
                edit((current) => ({ ...current, colors: { ...current.colors, [which]: color } }))
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('organiser.create.contacts')}</legend>
        <p className="muted">{t('organiser.create.contactsHint')}</p>
        {CONTACTS.map((field) => {
          const id = fieldId(`contacts.${field}`);
          const message = error(`contacts.${field}`);
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>{t(`exhibitors.${field}`)}</label>
              <input
                id={id}
                type={field === 'website' ? 'url' : field === 'email' ? 'email' : 'tel'}
                value={draft.contacts[field]}
                placeholder={t(`dashboard.card.${field}Placeholder`)}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${id}-error` : undefined}
                onChange={(event) =>
                  edit((current) => ({
                    ...current,
                    contacts: { ...current.contacts, [field]: event.target.value },
                  }))
                }
              />
              {message && (
                <p className="field-error" id={`${id}-error`}>
                  {message}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <NewStandProducts
        value={draft.products}
        errors={errors}
        onChange={(products) => edit((current) => ({ ...current, products }))}
      />
      <NewStandLinks
        idPrefix={fieldId('links')}
        value={draft.links}
        errors={errors}
        onChange={(links) => edit((current) => ({ ...current, links }))}
      />
      <div className="field">
        <label htmlFor={fieldId('staffEmail')}>{t('organiser.create.staffEmail')}</label>
        <input
          id={fieldId('staffEmail')}
          type="email"
          autoComplete="off"
          maxLength={200}
          value={draft.staffEmail}
          aria-invalid={error('staffEmail') ? true : undefined}
          aria-describedby={`${fieldId('staffEmail')}-hint${error('staffEmail') ? ` ${fieldId('staffEmail')}-error` : ''}`}
          onChange={(event) => edit((current) => ({ ...current, staffEmail: event.target.value }))}
        />
        <p className="muted" id={`${fieldId('staffEmail')}-hint`}>
          {t('organiser.create.staffEmailHint')}
        </p>
        {error('staffEmail') && (
          <p className="field-error" id={`${fieldId('staffEmail')}-error`}>
            {error('staffEmail')}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t('organiser.create.working') : t('organiser.create.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={create.isPending}>
          {t('organiser.create.cancel')}
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {create.isPending
            ? t('organiser.create.working')
            : fieldErrorsShown
              ? t('organiser.create.fixFields')
              : ''}
        </p>
      </div>
      {create.isError && !fieldErrorsShown && <ProblemMessage error={create.error} />}
    </form>
  );
}
