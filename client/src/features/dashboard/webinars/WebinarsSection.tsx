/**
 * The dashboard's Webinars section: scheduling form on top, then the stand's coming and live
 * webinars with their status. Every change refreshes the stand's list (the stand page and the
 * hall read the same), the fair's schedule, and the webinar itself.
 */
import type { Webinar } from '@salon/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createWebinar, refreshWebinar, useStandWebinars } from '../../../api/webinars.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { emptyDraft } from './webinarDraft.ts';
import { WebinarForm } from './WebinarForm.tsx';
import { WebinarRow } from './WebinarRow.tsx';

export function WebinarsSection({
  exhibitorId,
  isOwnStaff,
}: {
  exhibitorId: string;
  isOwnStaff: boolean;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const client = useQueryClient();
  const list = useStandWebinars(exhibitorId);
  // A new form after each webinar scheduled: a fresh key resets it.
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState('');
  const [firstDraft] = useState(() => emptyDraft(new Date(), locale));

  function changed(webinar: Webinar, message: string) {
    refreshWebinar(client, webinar);
    setNotice(message);
  }

  return (
    <div className="dashboard-stack" data-testid="webinars-section">
      <h2>{t('live.manage.title')}</h2>
      <p className="muted">{t('live.manage.lead')}</p>
      {!isOwnStaff && <p className="warning">{t('live.manage.hostOnly')}</p>}
      <section aria-labelledby="webinar-new-title">
        <h3 id="webinar-new-title">{t('live.manage.new')}</h3>
        <WebinarForm
          key={formKey}
          idPrefix="webinar-new"
          initial={firstDraft}
          send={(input, token) => createWebinar(exhibitorId, input, { token })}
          submitLabel={t('live.manage.submit')}
          onSaved={(webinar) => {
            changed(webinar, t('live.manage.created', { title: pick(webinar.title) }));
            setFormKey((value) => value + 1);
          }}
        />
      </section>
      <p className="form-status" role="status" aria-live="polite">
        {notice}
      </p>
      <section aria-labelledby="webinar-list-title">
        <h3 id="webinar-list-title">{t('live.manage.list')}</h3>
        <QueryState
          isPending={list.isPending}
          error={list.error}
          onRetry={() => void list.refetch()}
        >
          {list.data?.items.length === 0 ? (
            <p className="state">{t('live.manage.empty')}</p>
          ) : (
            <ul className="material-list webinar-rows" data-testid="webinar-rows">
              {list.data?.items.map((webinar) => (
                <WebinarRow
                  key={webinar.id}
                  webinar={webinar}
                  isOwnStaff={isOwnStaff}
                  onChanged={(saved) => changed(saved, t('live.manage.saved'))}
                  onRemoved={(removed) => changed(removed, '')}
                />
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </div>
  );
}
