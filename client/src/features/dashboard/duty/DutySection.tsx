/**
 * Staff on duty: the signed-in staff member's own "on duty" switch (visitors see who is on
 * duty and online on the stand page), and everyone on the stand's staff with their state.
 * Organisers see the list but are not staff of the stand, so they have no switch.
 */
import type { SessionUser, StandDetail } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setDuty } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { useStandCache } from '../standQueries.ts';

interface DutySectionProps {
  exhibitorId: string;
  stand: StandDetail;
  user: SessionUser;
  isOwnStaff: boolean;
}

export function DutySection({ exhibitorId, stand, user, isOwnStaff }: DutySectionProps) {
  const { t } = useTranslation();
  const cache = useStandCache(exhibitorId);
  const me = stand.staff.find((member) => member.userId === user.id);
  const toggle = useMutation({
    mutationFn: (onDuty: boolean) =>
      withSession((token) => setDuty(exhibitorId, onDuty, { token })),
    onMutate: async (onDuty) => {
      await cache.hold();
      const before = cache.get();
      cache.change((current) => ({
        ...current,
        staff: current.staff.map((member) =>
          member.userId === user.id ? { ...member, onDuty } : member,
        ),
      }));
      return { before };
    },
    onSuccess: (fresh) =>
      cache.change((current) => ({
        ...current,
        staff: current.staff.map((member) => (member.userId === user.id ? fresh : member)),
      })),
    onError: (_error, _onDuty, context) => {
      if (context?.before) cache.set(context.before);
    },
  });

  return (
    <div className="dashboard-stack">
      <h2>{t('dashboard.staff.title')}</h2>
      {isOwnStaff ? (
        <div className="duty-switch">
          <input
            id="duty-toggle"
            type="checkbox"
            role="switch"
            checked={me?.onDuty ?? false}
            disabled={toggle.isPending}
            onChange={(event) => toggle.mutate(event.target.checked)}
          />
          <label htmlFor="duty-toggle">{t('dashboard.staff.onDuty')}</label>
          <p className="muted">{t('dashboard.staff.onDutyHint')}</p>
          {toggle.isError && <ProblemMessage error={toggle.error} />}
        </div>
      ) : (
        <p className="muted">{t('dashboard.staff.organiserNote')}</p>
      )}
      <h3>{t('dashboard.staff.team')}</h3>
      {stand.staff.length === 0 ? (
        <p className="state">{t('dashboard.staff.none')}</p>
      ) : (
        <ul className="staff-list">
          {stand.staff.map((member) => (
            <li key={member.userId}>
              <span className={`presence ${member.online ? 'is-online' : ''}`} aria-hidden="true" />
              <span>
                {member.displayName}
                {member.userId === user.id && ` (${t('dashboard.staff.you')})`}
              </span>
              <span className="muted">
                {member.onDuty ? t('dashboard.staff.dutyYes') : t('dashboard.staff.dutyNo')}
                {' · '}
                {member.online ? t('dashboard.staff.online') : t('dashboard.staff.offline')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
