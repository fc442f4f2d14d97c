/** Takes one item out of the briefcase; says what it removes to screen readers. */
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { useRemoveFromBriefcase } from './briefcaseQueries.ts';

interface RemoveButtonProps {
  itemId: string;
  name: string;
  onRemoved: (name: string) => void;
}

export function RemoveButton({ itemId, name, onRemoved }: RemoveButtonProps) {
  const { t } = useTranslation();
  const removing = useRemoveFromBriefcase();
  return (
    <span>
      <button
        type="button"
        disabled={removing.isPending}
        aria-label={`${t('briefcase.remove')}: ${name}`}
        // Through the promise: this button unmounts as soon as the item leaves the list.
        onClick={() =>
          void removing.mutateAsync(itemId).then(
            () => onRemoved(name),
            () => undefined,
          )
        }
      >
        {t('briefcase.remove')}
      </button>
      {removing.error && <ErrorText error={removing.error} />}
    </span>
  );
}
