/**
 * `/studio/:eventId`: the forum event's studio for its producer, moderator and speakers. Loads
 * the studio (my roles at the event and its state), the event and its staff; anyone without a
 * studio role (a viewer, the chat expert, a guest) is told it is for the event's team, with a
 * way to sign in and a way to the event's page.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiClient.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useSessionStore } from '../../session/sessionStore.ts';
import { Studio } from './Studio.tsx';
import { fetchEventDetail, fetchStaff, fetchStudioView } from './studioApi.ts';
import '../webinars/webinars.css';
import './studio.css';

const STUDIO_ROLES = ['producer', 'moderator', 'speaker'] as const;

export function StudioPage() {
  const { eventId = '' } = useParams();
  const sessionToken = useSessionStore((state) => state.token);
  const view = useQuery({
    queryKey: ['studio', eventId, sessionToken],
    queryFn: ({ signal }) => fetchStudioView(eventId, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    staleTime: Infinity,
  });
  const member = view.data?.myRoles.some((role) =>
    (STUDIO_ROLES as readonly string[]).includes(role),
  );
  const event = useQuery({
    queryKey: ['event', eventId],
    queryFn: ({ signal }) => fetchEventDetail(eventId, signal),
    enabled: member === true,
  });
  const staff = useQuery({
    queryKey: ['event-staff', eventId, sessionToken],
    queryFn: ({ signal }) => fetchStaff(eventId, signal),
    enabled: member === true,
  });

  const refused =
    view.error instanceof ApiError && (view.error.status === 401 || view.error.status === 403);
  if (refused || (view.data && !member)) return <ForTeamOnly eventId={eventId} />;
  return (
    <div className="studio-page" data-testid="studio-page">
      <QueryState
        isPending={view.isPending || (member === true && (event.isPending || staff.isPending))}
        error={view.error ?? event.error ?? staff.error}
        onRetry={() => {
          void view.refetch();
          void event.refetch();
          void staff.refetch();
        }}
      >
        {view.data && event.data && staff.data && (
          <Studio
            key={eventId}
            eventId={eventId}
            initial={view.data.state}
            myRoles={view.data.myRoles}
            event={event.data}
            staff={staff.data}
          />
        )}
      </QueryState>
    </div>
  );
}

function ForTeamOnly({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname);
  return (
    <div className="studio-page">
      <h1>{t('studio.title')}</h1>
      <p className="state" data-testid="studio-team-only">
        {t('studio.forTeam')}
      </p>
      <p className="form-actions">
        <Link className="button-link" to={`/signin?next=${next}`}>
          {t('studio.signIn')}
        </Link>
        <Link className="button-link" to={`/forum/${encodeURIComponent(eventId)}`}>
          {t('studio.watch')}
        </Link>
      </p>
    </div>
  );
}
