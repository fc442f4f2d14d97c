/**
 * Invites a person by email to run one exhibitor's stand. The answer's link holds a secret the
 * api never shows again, so it is kept only in this component's state: shown once, with Copy,
 * until the organiser invites someone else or leaves the page.
 */
import { EmailSchema, type Invitation } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteStaff } from '../../api/dashboard.ts';
import { withSession } from '../../session/withSession.ts';
import { ProblemMessage } from '../dashboard/ProblemMessage.tsx';
import { InvitationLink } from './InvitationLink.tsx';

interface InviteStaffFormProps {
  exhibitorId: string;
  exhibitorName: string;
}

export function InviteStaffForm({ exhibitorId, exhibitorName }: InviteStaffFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const invite = useMutation({
    mutationFn: (address: string) =>
      withSession((token) => inviteStaff(exhibitorId, address, { token })),
    onSuccess: (made) => {
      setInvitation(made);
      setEmail('');
    },
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = EmailSchema.safeParse(email.trim());
    if (!checked.success) {
      setEmailError(t('organiser.invite.badEmail'));
      document.getElementById('invite-email')?.focus();
      return;
    }
    setEmailError(null);
    invite.mutate(checked.data);
  }

  if (invitation) {
    return (
      <InvitationLink
        invitation={invitation}
        exhibitorName={exhibitorName}
        onDone={() => {
          setInvitation(null);
          invite.reset();
        }}
      />
    );
  }
  return (
    <form className="dashboard-form compact" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="invite-email">{t('organiser.invite.email')}</label>
        <input
          id="invite-email"
          type="email"
          autoComplete="off"
          value={email}
          maxLength={200}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'invite-email-error' : 'invite-email-hint'}
          onChange={(event) => setEmail(event.target.value)}
        />
        <p className="muted" id="invite-email-hint">
          {t('organiser.invite.emailHint')}
        </p>
        {emailError && (
          <p className="field-error" id="invite-email-error">
            {emailError}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={invite.isPending}>
          {t('organiser.invite.send')}
        </button>
      </div>
      {invite.isError && <ProblemMessage error={invite.error} />}
    </form>
  );
}
