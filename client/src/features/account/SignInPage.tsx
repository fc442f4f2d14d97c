/**
 * /signin: email and password. A guest's briefcase moves into the account (the api merges it);
 * an account whose session ended finds its email filled in. Goes to `?next=` afterwards.
 */
import { SignInBodySchema } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signIn } from '../../session/accountSession.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { TextField } from '../../ui/TextField.tsx';
import { FormProblemMessage } from './FormProblemMessage.tsx';
import { KeepsCollected } from './KeepsCollected.tsx';
import { SignedInNote } from './SignedInNote.tsx';
import { useAccountForm } from './useAccountForm.ts';
import './account.css';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useTranslation();
  const kind = useSessionStore((state) => state.kind);
  const ended = useSessionStore((state) => state.ended);
  const [email, setEmail] = useState(ended?.email ?? '');
  const [password, setPassword] = useState('');
  const { errors, busy, done, form, submit, nextQuery } = useAccountForm({
    fields: FIELDS,
    schema: SignInBodySchema,
    send: signIn,
  });

  return (
    <section className="account-page">
      <h1>{t('account.signInTitle')}</h1>
      {kind === 'account' && !done ? (
        <SignedInNote />
      ) : (
        <div className="account-columns">
          <form
            ref={form}
            className="account-form"
            noValidate
            onSubmit={(e) => void submit(e, { email, password })}
          >
            {ended && (
              <p className="muted">{t('account.endedLead', { name: ended.displayName })}</p>
            )}
            <FormProblemMessage errors={errors} />
            <TextField
              label={t('account.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              error={errors.fields.has('email') ? t('account.fieldError.email') : null}
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextField
              label={t('account.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              error={errors.fields.has('password') ? t('account.fieldError.passwordMissing') : null}
              onChange={(event) => setPassword(event.target.value)}
            />
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t('account.signingIn') : t('account.signIn')}
            </button>
            <p>
              {t('account.noAccount')}{' '}
              <Link to={`/register${nextQuery}`}>{t('account.register')}</Link>
            </p>
          </form>
          <KeepsCollected />
        </div>
      )}
    </section>
  );
}
