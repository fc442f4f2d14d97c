/**
 * One material in the dashboard's list, with Delete behind an inline confirmation (a real
 * button pair, not `window.confirm`, so it reads well and keeps focus where the person is).
 */
import type { Material } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteMaterial } from '../../../api/dashboard.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { withSession } from '../../../session/withSession.ts';
import { formatBytes } from '../formatBytes.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';

interface MaterialRowProps {
  exhibitorId: string;
  material: Material;
  onRemoved: () => void;
}

export function MaterialRow({ exhibitorId, material, onRemoved }: MaterialRowProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const remove = useMutation({
    mutationFn: () => withSession((token) => deleteMaterial(exhibitorId, material.id, { token })),
    onSuccess: onRemoved,
  });

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const title = pick(material.title);
  return (
    <li className="material-row">
      <div>
        <a href={material.url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
        <p className="muted">
          {t(`dashboard.materials.kind.${material.kind}`)}
          {material.sizeBytes !== null && ` · ${formatBytes(material.sizeBytes, locale)}`}
        </p>
        {remove.isError && <ProblemMessage error={remove.error} />}
      </div>
      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label={t('dashboard.materials.confirm', { title })}
        >
          <span>{t('dashboard.materials.confirm', { title })}</span>
          <button
            ref={confirmButton}
            type="button"
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t('dashboard.materials.confirmDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} disabled={remove.isPending}>
            {t('dashboard.materials.keep')}
          </button>
        </div>
      ) : (
        <button
          ref={deleteButton}
          type="button"
          aria-label={t('dashboard.materials.deleteNamed', { title })}
          onClick={() => setConfirming(true)}
        >
          {t('dashboard.materials.delete')}
        </button>
      )}
    </li>
  );
}
