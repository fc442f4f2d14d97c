/**
 * /speakers/:id: who the speaker is (name, position, organisation, region) and the forum events
 * they speak at or moderate, in time order, each with its page and "Add to my schedule".
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useForumFacets, useRegions } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { EventListItem } from '../forum/EventListItem.tsx';
import { SpeakerAvatar } from './SpeakerAvatar.tsx';
import { useSpeaker } from './speakerQueries.ts';
import './speakers.css';

export function SpeakerPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { id = '' } = useParams();
  const speaker = useSpeaker(id);
  const facets = useForumFacets();
  const regions = useRegions();
  const stageName = new Map(
    (facets.data?.stages ?? []).map((stage) => [stage.id, pick(stage.name)]),
  );
  const data = speaker.data;
  const region = data?.regionCode
    ? regions.data?.find((entry) => entry.code === data.regionCode)
    : undefined;
  return (
    <section className="speaker-page">
      <Link to="/speakers">← {t('speakers.title')}</Link>
      <QueryState
        isPending={speaker.isPending}
        error={speaker.error}
        onRetry={() => void speaker.refetch()}
      >
        {data && (
          <>
            <header className="speaker-header">
              <SpeakerAvatar id={data.id} name={pick(data.name)} size="large" />
              <div>
                <h1>{pick(data.name)}</h1>
                {pick(data.position) && <p className="speaker-position">{pick(data.position)}</p>}
                {pick(data.organisation) && <p>{pick(data.organisation)}</p>}
                {region && (
                  <p className="muted">
                    {t('exhibitors.region')}: {pick(region.name)}
                  </p>
                )}
              </div>
            </header>
            <h2>{t('speakers.events', { count: data.events.length })}</h2>
            {data.events.length === 0 ? (
              <p className="state">{t('speakers.noEvents')}</p>
            ) : (
              <ol className="schedule" data-testid="speaker-events">
                {data.events.map((event) => (
                  <EventListItem
                    key={event.id}
                    event={event}
                    stageName={stageName.get(event.stageId)}
                  />
                ))}
              </ol>
            )}
            <p>
              <Link to={`/forum?speaker=${encodeURIComponent(data.id)}`}>
                {t('speakers.inSchedule')}
              </Link>
            </p>
          </>
        )}
      </QueryState>
    </section>
  );
}
