/**
 * The new exhibitor's topics: a checkbox per topic of the fair, up to MAX_TOPICS ticked (the
 * rest are disabled once the limit is reached). The first checkbox carries `id`, so a form can
 * move focus here when the topics are refused.
 */
import type { Topic } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { MAX_TOPICS } from './exhibitorDraft.ts';

interface TopicChoiceProps {
  id: string;
  topics: readonly Topic[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
}

export function TopicChoice({ id, topics, value, onChange, error }: TopicChoiceProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const full = value.length >= MAX_TOPICS;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className="topic-choice"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('organiser.create.topics')}</legend>
      <p className="muted" id={`${id}-hint`}>
        {t('organiser.create.topicsHint')}
      </p>
      <div className="topic-options">
        {topics.map((topic, index) => {
          const checked = value.includes(topic.code);
          return (
            <label key={topic.code}>
              <input
                type="checkbox"
                id={index === 0 ? id : undefined}
                checked={checked}
                disabled={!checked && full}
                onChange={() =>
                  onChange(
                    checked ? value.filter((code) => code !== topic.code) : [...value, topic.code],
                  )
                }
              />{' '}
              {pick(topic.name)}
            </label>
          );
        })}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
