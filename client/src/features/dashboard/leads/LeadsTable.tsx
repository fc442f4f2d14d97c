/** Leads as a table: when, who, how to reach them, and their note, as plain text. */
import type { Lead } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';

export function LeadsTable({ leads, busy }: { leads: readonly Lead[]; busy: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const empty = <span className="muted">—</span>;
  return (
    <div className="table-scroll">
      <table className="leads-table" aria-busy={busy} data-testid="leads-table">
        <caption className="visually-hidden">{t('dashboard.leads.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.leads.date')}</th>
            <th scope="col">{t('dashboard.leads.name')}</th>
            <th scope="col">{t('dashboard.leads.email')}</th>
            <th scope="col">{t('dashboard.leads.organisation')}</th>
            <th scope="col">{t('dashboard.leads.note')}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td>
                <time dateTime={lead.createdAt}>{when.format(new Date(lead.createdAt))}</time>
              </td>
              <td>{lead.name ?? empty}</td>
              <td>{lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : empty}</td>
              <td>{lead.organisation ?? empty}</td>
              <td className="lead-note">{lead.note ?? empty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
