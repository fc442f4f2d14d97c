/**
 * A rating from 1 to 5 as a group of radio buttons drawn as stars: Tab reaches the group, the
 * arrow keys move within it, and each star says its number and meaning to screen readers.
 */
import { FEEDBACK_RATINGS } from '@salon/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface RatingInputProps {
  value: number | null;
  onChange: (rating: number) => void;
  invalid?: boolean;
}

export function RatingInput({ value, onChange, invalid = false }: RatingInputProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="rating-input" aria-invalid={invalid || undefined}>
      <legend>{t('feedback.rating')}</legend>
      {FEEDBACK_RATINGS.map((rating) => (
        <label key={rating} className={value !== null && rating <= value ? 'rating-on' : undefined}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={rating}
            checked={value === rating}
            onChange={() => onChange(rating)}
          />
          <span aria-hidden="true">★</span>
          <span className="visually-hidden">{t(`feedback.stars.${String(rating)}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
