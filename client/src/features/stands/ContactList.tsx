/** An exhibitor's website, email and phone as links (the website opens in a new tab). */
import type { ExhibitorContacts } from '@salon/shared';
import { useTranslation } from 'react-i18next';

export function ContactList({ contacts }: { contacts: ExhibitorContacts }) {
  const { t } = useTranslation();
  if (!contacts.website && !contacts.email && !contacts.phone) {
    return <p className="muted">{t('stand.noContacts')}</p>;
  }
  return (
    <dl className="facts">
      {contacts.website && (
        <>
          <dt>{t('exhibitors.website')}</dt>
          <dd>
            <a href={contacts.website} target="_blank" rel="noopener noreferrer">
              {contacts.website}
              <span className="visually-hidden"> {t('stand.newTab')}</span>
            </a>
          </dd>
        </>
      )}
      {contacts.email && (
        <>
          <dt>{t('exhibitors.email')}</dt>
          <dd>
            <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
          </dd>
        </>
      )}
      {contacts.phone && (
        <>
          <dt>{t('exhibitors.phone')}</dt>
          <dd>
            <a href={`tel:${contacts.phone.replace(/[^+\d]/g, '')}`}>{contacts.phone}</a>
          </dd>
        </>
      )}
    </dl>
  );
}
