/** How to reach the exhibitor, and "Add contacts to my briefcase" to take them along. */
import type { ExhibitorDetail } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';
import { AddToBriefcaseButton } from '../briefcase/AddToBriefcaseButton.tsx';
import { ContactList } from './ContactList.tsx';

interface StandContactsProps {
  exhibitor: ExhibitorDetail;
  level: HeadingLevel;
}

export function StandContacts({ exhibitor, level }: StandContactsProps) {
  const { t } = useTranslation();
  return (
    <section className="stand-section">
      <Heading level={level}>{t('exhibitors.contacts')}</Heading>
      <ContactList contacts={exhibitor.contacts} />
      <AddToBriefcaseButton
        add={{ contactsOf: exhibitor.id }}
        exhibitorId={exhibitor.id}
        label={t('stand.addContacts')}
      />
    </section>
  );
}
