/**
 * Who you are in the hall, and for a guest a way to be called something else than "Guest 1234"
 * (an account's name is its own). The name is checked with the same schema as the api's before
 * anything is sent; the hall rejoins under the new name by itself (the session's identity
 * changes).
 */
import { DisplayNameSchema } from '@salon/shared';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renameGuest } from '../../session/session.ts';
import { useSessionStore } from '../../session/sessionStore.ts';

export function VisitorName() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const isGuest = useSessionStore((state) => state.kind === 'guest');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<'invalid' | 'failed' | null>(null);
  const [saving, setSaving] = useState(false);
  if (!user) return null;

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    const name = DisplayNameSchema.safeParse(draft);
    if (!name.success) {
      setProblem('invalid');
      return;
    }
    setSaving(true);
    try {
      await renameGuest(name.data);
      setEditing(false);
      setProblem(null);
    } catch {
      setProblem('failed');
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <p className="visitor-name">
        <span className="visitor-dot" style={{ background: user.color }} aria-hidden="true" />
        {t('hall.you', { name: user.displayName })}{' '}
        {isGuest && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setDraft(user.displayName);
              setEditing(true);
            }}
          >
            {t('hall.rename')}
          </button>
        )}
      </p>
    );
  }
  return (
    <form className="visitor-name" onSubmit={(event) => void save(event)}>
      <input
        aria-label={t('hall.nameLabel')}
        value={draft}
        maxLength={40}
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" disabled={saving}>
        {t('hall.saveName')}
      </button>
      <button type="button" className="link-button" onClick={() => setEditing(false)}>
        {t('hall.cancel')}
      </button>
      {problem && (
        <span className="connection-problem" role="alert">
          {t(`hall.nameProblem.${problem}`)}
        </span>
      )}
    </form>
  );
}
