/**
 * /signin: email and password. A guest's briefcase moves into the account (the api merges it);
 * an account whose session ended finds its email filled in. Goes to `?next=` afterwards.
 */
import { SignInBodySchema } from '@salon/shared';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { signIn } from '../../session/accountSession.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { TextField, focusFirstInvalid } from '../../ui/TextField.tsx';
import { FormProblemMessage } from './FormProblemMessage.tsx';
import { fieldsAt, formErrorsOf, issuePaths, NO_ERRORS, type FormErrors } from './formErrors.ts';
import { KeepsCollected } from './KeepsCollected.tsx';
import { SignedInNote } from './SignedInNote.tsx';
import { safeNext } from './safeNext.ts';
import './account.css';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const kind = useSessionStore((state) => state.kind);
  const ended = useSessionStore((state) => state.ended);
  const [email, setEmail] = useState(ended?.email ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstInvalid(form.current), [errors]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const body = SignInBodySchema.safeParse({ email, password });
    if (!body.success) {
      const fields = fieldsAt(issuePaths(body.error.issues), FIELDS);
      setErrors({ fields, problem: null, detail: null });
      return;
    }
    setBusy(true);
    try {
      await signIn(body.data);
      setDone(true);
      await navigate(next, { replace: true });
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
      setBusy(false);
    }
  };

  const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return (
    <section className="account-page">
      <h1>{t('account.signInTitle')}</h1>
      {kind === 'account' && !done ? (
        <SignedInNote />
      ) : (
        <div className="account-columns">
          <form ref={form} className="account-form" noValidate onSubmit={(e) => void submit(e)}>
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
              {t('account.noAccount')} <Link to={`/register${query}`}>{t('account.register')}</Link>
            </p>
          </form>
          <KeepsCollected />
        </div>
      )}
    </section>
  );
}
