/**
 * The producer cues the moderator or a speaker: who, which cue, and an optional line of text
 * (shown to them as text, never markup). It reaches them through the studio state.
 */
import { CUE_KINDS, type CueKind } from '@salon/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import type { StudioPerson } from './studioPeople.ts';
import type { StudioChanger } from './useStudioChange.ts';

export function CueForm({ people, changer }: { people: StudioPerson[]; changer: StudioChanger }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const id = useId();
  const [to, setTo] = useState(people.find((person) => person.role === 'speaker')?.speakerId ?? '');
  const [kind, setKind] = useState<CueKind>('onAirIn10s');
  const [text, setText] = useState('');
  const submit = () => {
    if (!to) return;
    const trimmed = text.trim();
    changer.change({ type: 'cue', speakerId: to, kind, ...(trimmed ? { text: trimmed } : {}) });
    setText('');
  };
  return (
    <form
      className="studio-cue-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('studio.cue.label')}</h2>
      <label>
        {t('studio.cue.to')}
        <select
          value={to}
          onChange={(event) => setTo(event.target.value)}
          data-testid="studio-cue-to"
        >
          {people.map((person) => (
            <option key={person.speakerId} value={person.speakerId}>
              {pick(person.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('studio.cue.kind')}
        <select
          value={kind}
          onChange={(event) => setKind(event.target.value as CueKind)}
          data-testid="studio-cue-kind"
        >
          {CUE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`studio.cue.kinds.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('studio.cue.text')}
        <input value={text} maxLength={140} onChange={(event) => setText(event.target.value)} />
      </label>
      <button
        type="submit"
        data-testid="studio-cue-send"
        disabled={!to || changer.pending === 'cue'}
      >
        {changer.pending === 'cue' ? t('studio.cue.sending') : t('studio.cue.send')}
      </button>
    </form>
  );
}
