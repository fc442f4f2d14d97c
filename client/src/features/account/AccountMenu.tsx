/**
 * The account menu in the header: the visitor's colour dot and name; inside, Sign in and
 * Register for a guest (with why it is worth it), the briefcase, any extra links, and Sign out
 * for an account. A disclosure, not an ARIA menu: a button that shows a list of links.
 *
 * Extending it: other features add links through the `links` prop (AppLayout passes
 * ACCOUNT_MENU_LINKS from features/layout/accountMenuLinks.ts), each shown only to the users
 * its `visible` accepts: "My stand" for exhibitor staff, "Organiser" for organisers.
 */
import type { SessionUser } from '@salon/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signOut } from '../../session/accountSession.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import './account.css';

export interface AccountMenuLink {
  to: string;
  /** An i18n key: the label follows the interface language. */
  labelKey: string;
  visible: (user: SessionUser) => boolean;
}

export function AccountMenu({ links = [] }: { links?: readonly AccountMenuLink[] }) {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const kind = useSessionStore((state) => state.kind);
  const [open, setOpen] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // Following a link (or any navigation) closes the menu.
  const [openedAt, setOpenedAt] = useState(pathname);
  if (open && openedAt !== pathname) {
    setOpen(false);
    setOpenedAt(pathname);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (!user) {
    return (
      <div className="account-menu">
        <Link to="/signin">{t('account.signIn')}</Link>
      </div>
    );
  }
  const next = pathname === '/signin' || pathname === '/register' ? '' : pathname;
  const query = next && next !== '/' ? `?next=${encodeURIComponent(next)}` : '';

  const doSignOut = async () => {
    setSignOutFailed(false);
    try {
      await signOut();
      setOpen(false);
      button.current?.focus();
    } catch {
      setSignOutFailed(true);
    }
  };

  return (
    <div
      className="account-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Escape closes the menu only, not the stand open behind it.
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="account-menu"
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
      >
        <span className="visitor-dot" style={{ background: user.color }} aria-hidden="true" />
        <span className="account-name">{user.displayName}</span>
        {kind === 'guest' && <span className="visually-hidden"> ({t('account.guest')})</span>}
      </button>
      <div id={panelId} className="account-panel" hidden={!open}>
        {kind === 'guest' ? (
          <>
            <p className="muted">{t('account.guestNote')}</p>
            <p className="account-actions">
              <Link to={`/signin${query}`}>{t('account.signIn')}</Link>
              <Link to={`/register${query}`}>{t('account.register')}</Link>
            </p>
          </>
        ) : (
          <p className="muted">{user.email}</p>
        )}
        <ul>
          <li>
            <Link to="/briefcase">{t('briefcase.title')}</Link>
          </li>
          {links
            .filter((link) => link.visible(user))
            .map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{t(link.labelKey)}</Link>
              </li>
            ))}
        </ul>
        {kind === 'account' && (
          <button type="button" onClick={() => void doSignOut()}>
            {t('account.signOut')}
          </button>
        )}
        {signOutFailed && (
          <p className="field-error" role="alert">
            {t('account.signOutFailed')}
          </p>
        )}
      </div>
    </div>
  );
}
