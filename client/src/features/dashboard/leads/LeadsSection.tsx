/**
 * The stand's leads, newest first, a page at a time, refreshed while the section is open; and
 * "Export CSV" of all of them. Only what each visitor chose to share is there.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchLeads } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { Pagination } from '../../../ui/Pagination.tsx';
import { QueryState } from '../../../ui/QueryState.tsx';
import { ProblemMessage } from '../ProblemMessage.tsx';
import { downloadLeadsCsv } from './leadsCsv.ts';
import { LeadsTable } from './LeadsTable.tsx';

const PAGE_SIZE = 20;
const REFRESH_MS = 20_000;

export function LeadsSection({ exhibitorId, visible }: { exhibitorId: string; visible: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const leads = useQuery({
    queryKey: ['stand-leads', exhibitorId, page],
    queryFn: ({ signal }) =>
      withSession((token) =>
        fetchLeads(exhibitorId, { page, pageSize: PAGE_SIZE }, { signal, token }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: visible ? REFRESH_MS : false,
    refetchOnMount: 'always',
    staleTime: 0,
  });
  const exportCsv = useMutation({
    mutationFn: () => withSession((token) => downloadLeadsCsv(exhibitorId, token)),
  });

  const total = leads.data?.total ?? 0;
  return (
    <div className="dashboard-stack">
      <div className="section-bar">
        <h2>{t('dashboard.leads.title')}</h2>
        <button type="button" onClick={() => void leads.refetch()} disabled={leads.isFetching}>
          {t('dashboard.leads.refresh')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => exportCsv.mutate()}
          disabled={exportCsv.isPending || total === 0}
        >
          {t('dashboard.leads.export')}
        </button>
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {exportCsv.isPending
          ? t('dashboard.leads.exporting')
          : exportCsv.isSuccess
            ? t('dashboard.leads.exported', { name: exportCsv.data })
            : ''}
      </p>
      {exportCsv.isError && <ProblemMessage error={exportCsv.error} />}
      <QueryState
        isPending={leads.isPending}
        error={leads.error}
        onRetry={() => void leads.refetch()}
      >
        {leads.data && leads.data.total === 0 ? (
          <div className="state">
            <p>{t('dashboard.leads.empty')}</p>
            <p className="muted">{t('dashboard.leads.emptyHow')}</p>
          </div>
        ) : (
          leads.data && (
            <>
              <p className="muted">{t('dashboard.leads.count', { count: total })}</p>
              <LeadsTable leads={leads.data.items} busy={leads.isPlaceholderData} />
              <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
            </>
          )
        )}
      </QueryState>
    </div>
  );
}
