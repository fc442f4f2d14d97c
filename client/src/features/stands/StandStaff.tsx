/**
 * Who of the exhibitor's staff is on duty at the stand, each with a dot for online now. When no
 * one is, the visitor learns that the chat and "Leave my contacts" still reach the exhibitor.
 */
import type { StaffMember } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';

export function StandStaff({ staff, level }: { staff: StaffMember[]; level: HeadingLevel }) {
  const { t } = useTranslation();
  const onDuty = staff.filter((member) => member.onDuty);
  return (
    <section className="stand-section">
      <Heading level={level}>{t('stand.staff')}</Heading>
      {onDuty.length === 0 ? (
        <p className="muted">{t('stand.noStaff')}</p>
      ) : (
        <ul className="stand-staff">
          {onDuty.map((member) => (
            <li key={member.userId}>
              <span
                className={member.online ? 'presence presence-online' : 'presence'}
                aria-hidden="true"
              />
              {member.displayName}{' '}
              <span className="muted">
                {member.online ? t('stand.online') : t('stand.offline')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
