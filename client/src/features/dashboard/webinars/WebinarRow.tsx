/**
 * One webinar or master class in the dashboard's list: which of the two, when (in the
 * exhibitor's local time), how long, which language, its status; "Edit" opens the form in
 * place, "Cancel webinar" asks first, and the stand's own staff open the host console from here.
 */
import type { Webinar } from '@salon/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteWebinar, updateWebinar } from '../../../api/webinars.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { withSession } from '../../../session/withSession.ts';
import { InlineConfirm } from '../../../ui/InlineConfirm.tsx';
import { consolePath } from '../../webinars/StandWebinars.tsx';
import { WebinarFormatLabel } from '../../webinars/WebinarFormatLabel.tsx';
import { formatStart } from '../../webinars/webinarTime.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { draftFromWebinar } from './webinarDraft.ts';
import { WebinarForm } from './WebinarForm.tsx';

interface WebinarRowProps {
  webinar: Webinar;
  isOwnStaff: boolean;
  onChanged: (webinar: Webinar) => void;
  onRemoved: (webinar: Webinar) => void;
}

export function WebinarRow({ webinar, isOwnStaff, onChanged, onRemoved }: WebinarRowProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const remove = useMutation({
    mutationFn: () =>
      withSession((token) => deleteWebinar(webinar.exhibitorId, webinar.id, { token })),
    onSuccess: () => onRemoved(webinar),
  });

  const title = pick(webinar.title);
  if (mode === 'edit') {
    return (
      <li className="webinar-row" data-webinar-id={webinar.id}>
        <h3>{t('live.manage.editNamed', { title })}</h3>
        <WebinarForm
          idPrefix={`webinar-${webinar.id}`}
          initial={draftFromWebinar(webinar)}
          send={(input, token) => updateWebinar(webinar.exhibitorId, webinar.id, input, { token })}
          submitLabel={t('live.manage.saveChanges')}
          onSaved={(saved) => {
            onChanged(saved);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      </li>
    );
  }
  return (
    <li className="webinar-row material-row" data-webinar-id={webinar.id}>
      <div>
        <p className="webinar-title">
          <WebinarFormatLabel format={webinar.format} /> {title}{' '}
          <span className={`webinar-status webinar-status-${webinar.status}`}>
            {t(`live.status.${webinar.status}`)}
          </span>
        </p>
        <p className="muted">
          <time dateTime={webinar.startsAt}>{formatStart(webinar.startsAt, locale)}</time> ·{' '}
          {t('live.minutes', { count: webinar.durationMinutes })} ·{' '}
          {t(`language.${webinar.language}`)}
        </p>
        {remove.isError && <ProblemMessage error={remove.error} />}
      </div>
      <InlineConfirm
        triggerLabel={t('live.manage.cancel')}
        triggerName={t('live.manage.cancelNamed', { title })}
        question={t('live.manage.cancelConfirm', { title })}
        confirmLabel={t('live.manage.cancelYes')}
        keepLabel={t('live.manage.keep')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
        frame={(trigger) => (
          <div className="form-actions">
            {isOwnStaff && (
              <Link
                className="button-link"
                to={consolePath(webinar.id)}
                aria-label={t('live.manage.consoleNamed', { title })}
              >
                {t('live.manage.console')}
              </Link>
            )}
            {webinar.status === 'scheduled' && (
              <button
                type="button"
                aria-label={t('live.manage.editNamed', { title })}
                onClick={() => setMode('edit')}
              >
                {t('live.manage.edit')}
              </button>
            )}
            {trigger}
          </div>
        )}
      />
    </li>
  );
}
