/**
 * The frame of every page: header with navigation, language and the account menu, a notice
 * when an account's session has ended, then the page. Every page starts with a session.
 */
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { setLocale, useLocale } from '../../i18n/i18n.ts';
import { AccountMenu } from '../account/AccountMenu.tsx';
import { SessionEndedBanner } from '../account/SessionEndedBanner.tsx';
import { useSessionBootstrap } from '../account/useSessionBootstrap.ts';
import { ACCOUNT_MENU_LINKS } from './accountMenuLinks.ts';

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/hall', key: 'nav.hall', end: false },
  { to: '/map', key: 'nav.map', end: false },
  { to: '/exhibitors', key: 'nav.exhibitors', end: false },
  { to: '/forum', key: 'nav.forum', end: false },
  { to: '/university', key: 'nav.university', end: false },
  { to: '/schedule', key: 'schedule.nav', end: false },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  useSessionBootstrap();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            М
          </span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.fair')}</small>
          </span>
        </NavLink>
        <nav aria-label="main">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end}>
              {t(item.key)}
            </NavLink>
          ))}
        </nav>
        <div className="language" role="group" aria-label={t('language.label')}>
          {(['ru', 'en'] as const).map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={locale === option}
              onClick={() => setLocale(option)}
            >
              {option.toUpperCase()}
            </button>
          ))}
        </div>
        <AccountMenu links={ACCOUNT_MENU_LINKS} />
      </header>
      <SessionEndedBanner />
      <main id="main" className="main">
        <Outlet />
      </main>
    </>
  );
}
