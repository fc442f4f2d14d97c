/**
 * /invite/:token: the invited person chooses the name visitors will see and a password, and
 * lands on their stand's dashboard, signed in. A link that expired, was used, or is malformed
 * gets a plain message: ask the organisers for a new one.
 */
import { DisplayNameSchema, InvitationTokenParamsSchema, PasswordSchema } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/apiClient.ts';
import { acceptInvitation } from '../../api/dashboard.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { ProblemMessage } from '../dashboard/ProblemMessage.tsx';
import { startInvitedSession } from './startInvitedSession.ts';
import '../dashboard/dashboard.css';

type Field = 'displayName' | 'password' | 'repeat';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  // Someone already signed in here (an organiser testing the link) is told they will switch.
  const signedIn = useSessionStore((state) =>
    state.kind === 'account' ? state.user?.displayName : undefined,
  );
  const wellFormed = InvitationTokenParamsSchema.safeParse({ token }).success;

  const accept = useMutation({
    mutationFn: (body: { displayName: string; password: string }) => acceptInvitation(token, body),
    onSuccess: async (session) => {
      startInvitedSession(session);
      await navigate('/exhibitor', { replace: true });
    },
  });

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  // 404: expired or used; 400: the token itself is malformed. Either way the link is dead.
  const dead =
    !wellFormed ||
    (accept.error instanceof ApiError &&
      (accept.error.status === 404 || accept.error.status === 400));
  if (dead) {
    return (
      <section className="workspace access-notice" data-testid="invitation-dead">
        <h1>{t('organiser.accept.deadTitle')}</h1>
        <p>{t('organiser.accept.deadText')}</p>
      </section>
    );
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const name = DisplayNameSchema.safeParse(displayName);
    const secret = PasswordSchema.safeParse(password);
    const found: Partial<Record<Field, string>> = {};
    if (!name.success) found.displayName = t('organiser.accept.nameRule');
    if (!secret.success) found.password = t('organiser.accept.passwordLength');
    else if (repeat !== password) found.repeat = t('organiser.accept.mismatch');
    setErrors(found);
    if (name.success && secret.success && Object.keys(found).length === 0) {
      accept.mutate({ displayName: name.data, password: secret.data });
    }
  }

  const field = (id: Field, label: string, input: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`accept-${id}`}>{label}</label>
      {hint && (
        <p className="muted" id={`accept-${id}-hint`}>
          {hint}
        </p>
      )}
      {input}
      {errors[id] && (
        <p className="field-error" id={`accept-${id}-error`}>
          {errors[id]}
        </p>
      )}
    </div>
  );
  const describedBy = (id: Field, hint: boolean) =>
    [hint ? `accept-${id}-hint` : '', errors[id] ? `accept-${id}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <section className="workspace accept-page">
      <h1>{t('organiser.accept.title')}</h1>
      <p className="lead">{t('organiser.accept.lead')}</p>
      {signedIn && !accept.isSuccess && (
        <p className="warning">{t('organiser.accept.signedInAs', { name: signedIn })}</p>
      )}
      <form ref={form} className="dashboard-form compact" onSubmit={submit} noValidate>
        {field(
          'displayName',
          t('organiser.accept.displayName'),
          <input
            id="accept-displayName"
            type="text"
            autoComplete="name"
            maxLength={40}
            value={displayName}
            aria-invalid={errors.displayName ? true : undefined}
            aria-describedby={describedBy('displayName', true)}
            onChange={(event) => setDisplayName(event.target.value)}
          />,
          t('organiser.accept.displayNameHint'),
        )}
        {field(
          'password',
          t('organiser.accept.password'),
          <input
            id="accept-password"
            type="password"
            autoComplete="new-password"
            maxLength={200}
            value={password}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy('password', true)}
            onChange={(event) => setPassword(event.target.value)}
          />,
          t('organiser.accept.passwordRule'),
        )}
        {field(
          'repeat',
          t('organiser.accept.repeat'),
          <input
            id="accept-repeat"
            type="password"
            autoComplete="new-password"
            maxLength={200}
            value={repeat}
            aria-invalid={errors.repeat ? true : undefined}
            aria-describedby={describedBy('repeat', false)}
            onChange={(event) => setRepeat(event.target.value)}
          />,
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={accept.isPending || accept.isSuccess}>
            {t('organiser.accept.submit')}
          </button>
          <p className="form-status" role="status" aria-live="polite">
            {accept.isPending ? t('organiser.accept.working') : ''}
          </p>
        </div>
        {accept.isError && <ProblemMessage error={accept.error} />}
      </form>
    </section>
  );
}
