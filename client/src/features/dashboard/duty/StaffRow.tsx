/**
 * One person on the stand's staff: presence, duty, and, for those who may, Remove behind an
 * inline confirmation (a real button pair, as for materials, so focus stays where the person
 * is). The person keeps their account; they only lose the stand.
 */
import type { StaffMember } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeStaff } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
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
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const remove = useMutation({
    mutationFn: () => withSession((token) => removeStaff(exhibitorId, member.userId, { token })),
    onSuccess: onRemoved,
  });

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

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
      {canRemove &&
        (confirming ? (
          <span className="confirm" role="group" aria-label={question}>
            <span>{question}</span>
            <button
              ref={confirmButton}
              type="button"
              className="danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {remove.isPending
                ? t('dashboard.staff.removing')
                : t('dashboard.staff.confirmRemove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={remove.isPending}>
              {t('dashboard.staff.keep')}
            </button>
          </span>
        ) : (
          <button
            ref={removeButton}
            type="button"
            className="staff-remove"
            aria-label={t('dashboard.staff.removeNamed', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('dashboard.staff.remove')}
          </button>
        ))}
      {remove.isError && <ProblemMessage error={remove.error} />}
    </li>
  );
}
