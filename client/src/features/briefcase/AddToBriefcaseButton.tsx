/**
 * "Add to briefcase" for a material or an exhibitor's contacts. Once the briefcase holds it
 * (now, or from an earlier visit) it says so, with a link to the briefcase, instead. It asks the
 * api for this stand's items only, so it knows however many the briefcase holds.
 */
import type { BriefcaseAdd } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { useAddToBriefcase, useBriefcaseOf } from './briefcaseQueries.ts';

interface AddToBriefcaseButtonProps {
  add: BriefcaseAdd;
  /** The stand the material or contacts belong to. */
  exhibitorId: string;
  label: string;
  /** Names the thing for screen readers, when the label alone does not ("Add to briefcase"). */
  itemName?: string;
}

export function AddToBriefcaseButton({
  add,
  exhibitorId,
  label,
  itemName,
}: AddToBriefcaseButtonProps) {
  const { t } = useTranslation();
  const briefcase = useBriefcaseOf(exhibitorId);
  const adding = useAddToBriefcase();
  const held =
    adding.isSuccess ||
    briefcase.data?.items.some((item) =>
      'materialId' in add
        ? item.material?.id === add.materialId
        : item.contacts !== null && item.exhibitor.id === add.contactsOf,
    );
  if (held) {
    return (
      <span className="in-briefcase" role="status">
        ✓ {t('briefcase.inBriefcase')} · <Link to="/briefcase">{t('briefcase.open')}</Link>
      </span>
    );
  }
  return (
    <span className="add-to-briefcase">
      <button
        type="button"
        disabled={adding.isPending}
        aria-busy={adding.isPending}
        aria-label={itemName ? `${label}: ${itemName}` : undefined}
        onClick={() => adding.mutate(add)}
      >
        {label}
      </button>
      {adding.error && <ErrorText error={adding.error} />}
    </span>
  );
}
