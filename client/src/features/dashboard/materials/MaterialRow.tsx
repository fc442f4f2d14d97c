/**
 * One material in the dashboard's list, with Delete behind an inline confirmation (a real
 * button pair, not `window.confirm`, so it reads well and keeps focus where the person is).
 */
import type { Material } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteMaterial } from '../../../api/dashboard.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { withSession } from '../../../session/withSession.ts';
import { InlineConfirm } from '../../../ui/InlineConfirm.tsx';
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
  const remove = useMutation({
    mutationFn: () => withSession((token) => deleteMaterial(exhibitorId, material.id, { token })),
    onSuccess: onRemoved,
  });

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
      <InlineConfirm
        triggerLabel={t('dashboard.materials.delete')}
        triggerName={t('dashboard.materials.deleteNamed', { title })}
        question={t('dashboard.materials.confirm', { title })}
        confirmLabel={t('dashboard.materials.confirmDelete')}
        keepLabel={t('dashboard.materials.keep')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </li>
  );
}
