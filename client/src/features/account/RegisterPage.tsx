/**
 * /register: name, email, password, with the password rules shown before anyone gets them
 * wrong. Registering from a guest session turns that guest into the account: the briefcase
 * stays. Field errors come from the shared schema first, then from the api's problem.
 */
import { PasswordSchema, RegisterBodySchema } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { register } from '../../session/accountSession.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { TextField } from '../../ui/TextField.tsx';
import { FormProblemMessage } from './FormProblemMessage.tsx';
import { KeepsCollected } from './KeepsCollected.tsx';
import { SignedInNote } from './SignedInNote.tsx';
import { useAccountForm } from './useAccountForm.ts';
import './account.css';

const FIELDS = ['displayName', 'email', 'password'] as const;

/** A name the visitor chose as a guest is worth keeping; "Гость 1234" is not. */
const DEFAULT_GUEST_NAME = /^(Гость|Guest) \d{4}$/;

export function RegisterPage() {
  const { t } = useTranslation();
  const kind = useSessionStore((state) => state.kind);
  const guestName = useSessionStore((state) =>
    state.kind === 'guest' && state.user && !DEFAULT_GUEST_NAME.test(state.user.displayName)
      ? state.user.displayName
      : '',
  );
  const [displayName, setDisplayName] = useState(guestName);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const { errors, busy, done, form, submit, nextQuery } = useAccountForm({
    fields: FIELDS,
    schema: RegisterBodySchema,
    send: register,
  });

  const passwordOk = PasswordSchema.safeParse(password).success;
  return (
    <section className="account-page">
      <h1>{t('account.registerTitle')}</h1>
      {kind === 'account' && !done ? (
        <SignedInNote />
      ) : (
        <div className="account-columns">
          <form
            ref={form}
            className="account-form"
            noValidate
            onSubmit={(e) => void submit(e, { displayName, email, password })}
          >
            <FormProblemMessage errors={errors} />
            <TextField
              label={t('account.displayName')}
              hint={t('account.displayNameHint')}
              name="displayName"
              autoComplete="name"
              required
              maxLength={40}
              value={displayName}
              error={errors.fields.has('displayName') ? t('account.fieldError.displayName') : null}
              onChange={(event) => setDisplayName(event.target.value)}
            />
            <TextField
              label={t('account.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              error={
                errors.problem === 'emailTaken'
                  ? t('account.problem.emailTaken')
                  : errors.fields.has('email')
                    ? t('account.fieldError.email')
                    : null
              }
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextField
              label={t('account.password')}
              hint={
                <>
                  {t('account.passwordRules')}{' '}
                  <span className={passwordOk ? 'password-ok' : undefined}>
                    {passwordOk
                      ? t('account.passwordLongEnough')
                      : t('account.passwordTyped', { count: password.length })}
                  </span>
                </>
              }
              type={showPassword ? 'text' : 'password'}
              name="password"
              autoComplete="new-password"
              required
              minLength={10}
              maxLength={200}
              value={password}
              error={errors.fields.has('password') ? t('account.fieldError.password') : null}
              onChange={(event) => setPassword(event.target.value)}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={showPassword}
                onChange={(event) => setShowPassword(event.target.checked)}
              />{' '}
              {t('account.showPassword')}
            </label>
            <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
              {busy ? t('account.registering') : t('account.register')}
            </button>
            <p>
              {t('account.haveAccount')}{' '}
              <Link to={`/signin${nextQuery}`}>{t('account.signIn')}</Link>
            </p>
          </form>
          <KeepsCollected />
        </div>
      )}
    </section>
  );
}
