/**
 * The invitation just made: its link (shown this once), a Copy button, who it is for and until
 * when it works. Focus moves here, so the organiser hears that the link is ready.
 */
import type { Invitation } from '@salon/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';

interface InvitationLinkProps {
  invitation: Invitation;
  exhibitorName: string;
  /** What the button that leaves this link says; "invite another staff member" unless given. */
  doneLabel?: string;
  onDone: () => void;
}

export function invitationUrl(origin: string, token: string): string {
  return `${origin}/invite/${encodeURIComponent(token)}`;
}

export function InvitationLink({
  invitation,
  exhibitorName,
  doneLabel,
  onDone,
}: InvitationLinkProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const url = invitationUrl(window.location.origin, invitation.token);
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(invitation.expiresAt),
  );
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // Without clipboard access (an insecure page, a refusal) the link is selected to copy by hand.
      field.current?.select();
      setCopied('no');
    }
  }

  return (
    <div className="invitation" data-testid="invitation">
      <h3 ref={heading} tabIndex={-1}>
        {t('organiser.link.ready')}
      </h3>
      <p>{t('organiser.link.for', { email: invitation.email, name: exhibitorName })}</p>
      <div className="field">
        <label htmlFor="invitation-url">{t('organiser.link.label')}</label>
        <div className="copy-row">
          <input
            ref={field}
            id="invitation-url"
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="primary" onClick={() => void copy()}>
            {t('organiser.link.copy')}
          </button>
        </div>
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {copied === 'yes'
          ? t('organiser.link.copied')
          : copied === 'no'
            ? t('organiser.link.copyByHand')
            : ''}
      </p>
      <p>
        {t('organiser.link.expires')} <time dateTime={invitation.expiresAt}>{expires}</time>
      </p>
      <p className="warning">{t('organiser.link.once')}</p>
      <button type="button" onClick={onDone}>
        {doneLabel ?? t('organiser.link.another')}
      </button>
    </div>
  );
}
