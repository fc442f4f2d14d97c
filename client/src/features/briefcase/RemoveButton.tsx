/**
 * Takes one item out of the briefcase ("Remove", or "Dismiss" for a note of a removed material);
 * says what it removes to screen readers.
 */
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { useRemoveFromBriefcase } from './briefcaseQueries.ts';

interface RemoveButtonProps {
  itemId: string;
  name: string;
  onRemoved: (name: string) => void;
  /** The button's text; "Remove" unless given. */
  label?: string;
}

export function RemoveButton({ itemId, name, onRemoved, label }: RemoveButtonProps) {
  const { t } = useTranslation();
  const removing = useRemoveFromBriefcase();
  const text = label ?? t('briefcase.remove');
  return (
    <span>
      <button
        type="button"
        disabled={removing.isPending}
        aria-label={`${text}: ${name}`}
        // Through the promise: this button unmounts as soon as the item leaves the list.
        onClick={() =>
          void removing.mutateAsync(itemId).then(
            () => onRemoved(name),
            () => undefined,
          )
        }
      >
        {text}
      </button>
      {removing.error && <ErrorText error={removing.error} />}
    </span>
  );
}
