/**
 * Staff on duty: the signed-in staff member's own "on duty" switch (visitors see who is on
 * duty and online on the stand page), and everyone on the stand's staff with their state.
 * Organisers see the list but are not staff of the stand, so they have no switch. Staff may
 * take a colleague off the stand, organisers anyone (the api refuses staff the last one).
 */
import { can, canOnStand, type SessionUser, type StandDetail } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setDuty } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { useStandCache } from '../standQueries.ts';
import { StaffRow } from './StaffRow.tsx';

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
  const team = useRef<HTMLHeadingElement>(null);
  const [removedName, setRemovedName] = useState<string | null>(null);
  const mayRemove = canOnStand(user, 'stand.staff.remove', exhibitorId);
  // Staff leave the stand through the organisers; from here they take off colleagues only.
  const canRemove = (userId: string) =>
    mayRemove && (userId !== user.id || can(user.role, 'stand.staff.removeLast'));
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
      <h3 ref={team} tabIndex={-1}>
        {t('dashboard.staff.team')}
      </h3>
      <p className="form-status" role="status" aria-live="polite">
        {removedName ? t('dashboard.staff.removed', { name: removedName }) : ''}
      </p>
      {stand.staff.length === 0 ? (
        <p className="state">{t('dashboard.staff.none')}</p>
      ) : (
        <ul className="staff-list">
          {stand.staff.map((member) => (
            <StaffRow
              key={member.userId}
              exhibitorId={exhibitorId}
              member={member}
              isMe={member.userId === user.id}
              canRemove={canRemove(member.userId)}
              isLast={stand.staff.length === 1}
              onRemoved={() => {
                cache.change((current) => ({
                  ...current,
                  staff: current.staff.filter((other) => other.userId !== member.userId),
                }));
                setRemovedName(member.displayName);
                // The row and its buttons are gone; the list's heading keeps the person's place.
                team.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
