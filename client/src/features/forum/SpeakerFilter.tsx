/**
 * The schedule's speaker filter. With no speaker chosen it is a search over the speakers
 * (after two letters, a short list of matches to pick from, as buttons reached with the arrow
 * keys, closed by Escape or by leaving); once one is chosen it shows their name with a link to
 * their page and a button to drop the filter.
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { speakerPath } from '../speakers/SpeakerLinks.tsx';
import { useSpeaker, useSpeakers } from '../speakers/speakerQueries.ts';

const SUGGESTIONS = 8;
const MIN_LETTERS = 2;

interface SpeakerFilterProps {
  value: string;
  onChange: (speakerId: string) => void;
}

export function SpeakerFilter({ value, onChange }: SpeakerFilterProps) {
  return value ? (
    <ChosenSpeaker id={value} onClear={() => onChange('')} />
  ) : (
    <SpeakerSearch onPick={onChange} />
  );
}

function ChosenSpeaker({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const speaker = useSpeaker(id);
  const name = speaker.data ? pick(speaker.data.name) : speaker.isPending ? '…' : id;
  return (
    <span className="chosen-speaker" data-testid="chosen-speaker">
      {t('forum.speaker')}: <Link to={speakerPath(id)}>{name}</Link>
      <button
        type="button"
        className="chip-clear"
        aria-label={t('forum.clearSpeaker', { name })}
        onClick={onClear}
      >
        ×
      </button>
    </span>
  );
}

function SpeakerSearch({ onPick }: { onPick: (speakerId: string) => void }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const searching = query.length >= MIN_LETTERS;
  const speakers = useSpeakers({ page: 1, pageSize: SUGGESTIONS, q: query }, searching);
  const items = searching ? (speakers.data?.items ?? []) : [];

  // Arrow keys walk the field and the suggestions; Escape closes them; leaving closes them.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [
      ...event.currentTarget.querySelectorAll<HTMLElement>('input, [data-suggestion]'),
    ];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      setOpen(true);
      next.focus();
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div
      className="speaker-filter"
      onKeyDown={onKeyDown}
      onFocus={() => setOpen(true)}
      onInput={() => setOpen(true)}
      onBlur={onBlur}
    >
      <SearchBox
        value={query}
        label={t('forum.speakerSearch')}
        placeholder={t('forum.speakerPlaceholder')}
        onSearch={setQuery}
      />
      {searching && open && (
        <div className="speaker-suggestions" data-testid="speaker-suggestions">
          <p className="visually-hidden" role="status" aria-live="polite">
            {speakers.isFetching
              ? t('common.loading')
              : t('forum.speakersFound', { count: speakers.data?.total ?? 0 })}
          </p>
          {speakers.error ? (
            <p className="muted">{t('common.error')}</p>
          ) : items.length === 0 && !speakers.isFetching ? (
            <p className="muted">{t('forum.noSpeakers')}</p>
          ) : (
            <ul>
              {items.map((speaker) => (
                <li key={speaker.id}>
                  <button type="button" data-suggestion onClick={() => onPick(speaker.id)}>
                    <strong>{pick(speaker.name)}</strong>
                    <span className="muted"> · {pick(speaker.organisation)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
