/** Adds a link to the stand's materials: a title in both languages and an http(s) address. */
import { LinkMaterialInputSchema, type Material } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/apiClient.ts';
import { addLinkMaterial } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { fieldErrorsFrom, issueErrors, type FieldErrors } from '../fieldErrors.ts';
import { LocalizedFields } from '../LocalizedFields.tsx';
import { ProblemMessage } from '../ProblemMessage.tsx';

const EMPTY = { title: { ru: '', en: '' }, url: '' };

export function AddLinkForm({
  exhibitorId,
  onAdded,
}: {
  exhibitorId: string;
  onAdded: (material: Material) => void;
}) {
  const { t } = useTranslation();
  const [link, setLink] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutation({
    mutationFn: (body: typeof EMPTY) =>
      withSession((token) => addLinkMaterial(exhibitorId, body, { token })),
    onSuccess: (material) => {
      onAdded(material);
      setLink(EMPTY);
      document.getElementById('link-title-ru')?.focus();
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrorsFrom(error.errors));
    },
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = LinkMaterialInputSchema.safeParse(link);
    if (!checked.success) {
      const found = issueErrors(checked.error.issues, t('dashboard.required'));
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`link-${first.replaceAll('.', '-')}`)?.focus();
      return;
    }
    setErrors({});
    add.mutate(checked.data);
  }

  return (
    <form className="dashboard-form compact" onSubmit={submit} noValidate>
      <h3>{t('dashboard.materials.addLink')}</h3>
      <LocalizedFields
        legend={t('dashboard.materials.linkTitle')}
        idPrefix="link-title"
        value={link.title}
        maxLength={200}
        onChange={(title) => setLink((current) => ({ ...current, title }))}
        errors={{ ru: errors['title.ru'], en: errors['title.en'] }}
      />
      <div className="field">
        <label htmlFor="link-url">{t('dashboard.materials.url')}</label>
        <input
          id="link-url"
          type="url"
          value={link.url}
          maxLength={500}
          placeholder="https://"
          aria-invalid={errors['url'] ? true : undefined}
          aria-describedby={errors['url'] ? 'link-url-error' : undefined}
          onChange={(event) => setLink((current) => ({ ...current, url: event.target.value }))}
        />
        {errors['url'] && (
          <p className="field-error" id="link-url-error">
            {t('dashboard.materials.badUrl')}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('dashboard.materials.addLinkButton')}
        </button>
        <p className="form-status" role="status" aria-live="polite">
          {add.isPending
            ? t('dashboard.saving')
            : add.isSuccess
              ? t('dashboard.materials.linkAdded')
              : ''}
        </p>
      </div>
      {add.isError && <ProblemMessage error={add.error} />}
    </form>
  );
}
