/**
 * One stand's dashboard: its name and a link to the public page, the section tabs, and the open
 * section. A section stays mounted (hidden) once opened, so unsaved edits survive a look at
 * another tab. Staff of the stand keep their "online now" fresh while it is open.
 */
import { canOnStand, type SessionUser } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { StandCardSection } from './card/StandCardSection.tsx';
import { ChatSection } from './chat/ChatSection.tsx';
import { DashboardTabs, panelId, tabId } from './DashboardTabs.tsx';
import { sectionFrom, type DashboardSection } from './dashboardSections.ts';
import { DutySection } from './duty/DutySection.tsx';
import { useDutyHeartbeat } from './duty/useDutyHeartbeat.ts';
import { LeadsSection } from './leads/LeadsSection.tsx';
import { MaterialsSection } from './materials/MaterialsSection.tsx';
import { MediaSection } from './media/MediaSection.tsx';
import { ProductsSection } from './products/ProductsSection.tsx';
import { WebinarsSection } from './webinars/WebinarsSection.tsx';
import { useStand } from '../stands/standQueries.ts';

interface StandDashboardProps {
  exhibitorId: string;
  user: SessionUser;
}

export function StandDashboard({ exhibitorId, user }: StandDashboardProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const stand = useStand(exhibitorId);
  const [params, setParams] = useSearchParams();
  const section = sectionFrom(params.get('section'));
  const [opened, setOpened] = useState<readonly DashboardSection[]>([section]);
  if (!opened.includes(section)) setOpened([...opened, section]);
  // Only the stand's own staff go on duty; organisers see the stand without being staff of it.
  const isOwnStaff = user.role === 'exhibitor' && user.exhibitorId === exhibitorId;
  useDutyHeartbeat(exhibitorId, user.id, isOwnStaff && stand.isSuccess);

  function select(next: DashboardSection) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('section', next);
        return updated;
      },
      { replace: true },
    );
  }

  if (!canOnStand(user, 'stand.edit', exhibitorId)) return null;
  const data = stand.data;
  return (
    <QueryState
      isPending={stand.isPending}
      error={stand.error}
      onRetry={() => void stand.refetch()}
    >
      {data && (
        <div className="dashboard">
          <header className="dashboard-header">
            <div>
              <p className="muted">{t('dashboard.title')}</p>
              <h1>{pick(data.exhibitor.name)}</h1>
            </div>
            <Link to={`/stands/${encodeURIComponent(exhibitorId)}`}>
              {t('dashboard.publicPage')}
            </Link>
          </header>
          <div className="dashboard-body">
            <DashboardTabs current={section} onSelect={select} />
            {opened.map((shown) => (
              <section
                key={shown}
                className="dashboard-panel"
                role="tabpanel"
                id={panelId(shown)}
                aria-labelledby={tabId(shown)}
                hidden={shown !== section}
                tabIndex={0}
              >
                <SectionContent
                  section={shown}
                  visible={shown === section}
                  stand={data}
                  exhibitorId={exhibitorId}
                  user={user}
                  isOwnStaff={isOwnStaff}
                />
              </section>
            ))}
          </div>
        </div>
      )}
    </QueryState>
  );
}

function SectionContent({
  section,
  visible,
  stand,
  exhibitorId,
  user,
  isOwnStaff,
}: {
  section: DashboardSection;
  visible: boolean;
  stand: NonNullable<ReturnType<typeof useStand>['data']>;
  exhibitorId: string;
  user: SessionUser;
  isOwnStaff: boolean;
}) {
  switch (section) {
    case 'card':
      return <StandCardSection key={exhibitorId} exhibitorId={exhibitorId} stand={stand} />;
    case 'media':
      return <MediaSection exhibitorId={exhibitorId} stand={stand} />;
    case 'materials':
      return <MaterialsSection exhibitorId={exhibitorId} stand={stand} />;
    case 'products':
      return <ProductsSection key={exhibitorId} exhibitorId={exhibitorId} stand={stand} />;
    case 'webinars':
      return <WebinarsSection exhibitorId={exhibitorId} isOwnStaff={isOwnStaff} />;
    case 'staff':
      return (
        <DutySection exhibitorId={exhibitorId} stand={stand} user={user} isOwnStaff={isOwnStaff} />
      );
    case 'leads':
      return <LeadsSection exhibitorId={exhibitorId} visible={visible} />;
    case 'chat':
      return <ChatSection exhibitorId={exhibitorId} />;
  }
}
