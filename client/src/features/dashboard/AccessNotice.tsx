/**
 * Why a page is not shown, and what to do: sign in (coming back here afterwards), or, for a
 * signed-in person without the right role, who this page is for. The heading takes focus so a
 * screen reader hears the reason first.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface AccessNoticeProps {
  title: string;
  text: string;
  /** Set when signing in would help: the sign-in link returns to this path. */
  signInNext?: string;
  /** A greeting for someone whose session just ended. */
  endedName?: string | null;
}

export function AccessNotice({ title, text, signInNext, endedName }: AccessNoticeProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="access-notice">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {endedName && <p>{t('dashboard.access.ended', { name: endedName })}</p>}
      <p>{text}</p>
      {signInNext ? (
        <p>
          <Link className="button-link" to={`/signin?next=${encodeURIComponent(signInNext)}`}>
            {t('dashboard.access.signIn')}
          </Link>
        </p>
      ) : (
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      )}
    </section>
  );
}
