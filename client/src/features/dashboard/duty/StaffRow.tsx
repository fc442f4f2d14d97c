/**
 * One person on the stand's staff: presence, duty, and, for those who may, Remove behind an
 * inline confirmation (a real button pair, as for materials, so focus stays where the person
 * is). The person keeps their account; they only lose the stand.
 */
import type { StaffMember } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { removeStaff } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { InlineConfirm } from '../../../ui/InlineConfirm.tsx';
import { ProblemMessage } from '../ProblemMessage.tsx';

interface StaffRowProps {
  exhibitorId: string;
  member: StaffMember;
  isMe: boolean;
  canRemove: boolean;
  /** Said in the confirmation when this is the stand's only staff member. */
  isLast: boolean;
  onRemoved: () => void;
}

export function StaffRow({
  exhibitorId,
  member,
  isMe,
  canRemove,
  isLast,
  onRemoved,
}: StaffRowProps) {
  const { t } = useTranslation();
  const remove = useMutation({
    mutationFn: () => withSession((token) => removeStaff(exhibitorId, member.userId, { token })),
    onSuccess: onRemoved,
  });

  const name = member.displayName;
  const question = t(isLast ? 'dashboard.staff.confirmLast' : 'dashboard.staff.confirm', { name });
  return (
    <li className="staff-row">
      <span className={`presence ${member.online ? 'is-online' : ''}`} aria-hidden="true" />
      <span>
        {name}
        {isMe && ` (${t('dashboard.staff.you')})`}
      </span>
      <span className="muted">
        {member.onDuty ? t('dashboard.staff.dutyYes') : t('dashboard.staff.dutyNo')}
        {' · '}
        {member.online ? t('dashboard.staff.online') : t('dashboard.staff.offline')}
      </span>
      {canRemove && (
        <InlineConfirm
          as="span"
          triggerLabel={t('dashboard.staff.remove')}
          triggerName={t('dashboard.staff.removeNamed', { name })}
          triggerClassName="staff-remove"
          question={question}
          confirmLabel={t('dashboard.staff.confirmRemove')}
          pendingLabel={t('dashboard.staff.removing')}
          keepLabel={t('dashboard.staff.keep')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      )}
      {remove.isError && <ProblemMessage error={remove.error} />}
    </li>
  );
}
