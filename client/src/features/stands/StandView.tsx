/**
 * The whole stand, for its page and (compact, one column, headings a level down) for the hall's
 * stand panel: header on brand colours, webinars (live now and coming up), video presentation,
 * materials, chat, products, staff on duty, contacts and "Leave my contacts". Joining the live
 * webinar opens its viewer in place, which takes the stand chat beside it (one chat, one stream).
 */
import type { StandDetail, Webinar } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { Heading } from '../../ui/Heading.tsx';
import { LiveViewer } from '../webinars/LiveViewer.tsx';
import { StandWebinars } from '../webinars/StandWebinars.tsx';
import { StandChat } from './chat/StandChat.tsx';
import { LeaveContactsForm } from './LeaveContactsForm.tsx';
import { StandContacts } from './StandContacts.tsx';
import { StandHeader } from './StandHeader.tsx';
import { StandMaterials } from './StandMaterials.tsx';
import { StandProducts } from './StandProducts.tsx';
import { StandStaff } from './StandStaff.tsx';
import { StandVideo } from './StandVideo.tsx';
import './stand.css';

interface StandViewProps {
  stand: StandDetail;
  /** The hall's side panel: one column, the stand's name as h2. */
  compact?: boolean;
}

export function StandView({ stand, compact = false }: StandViewProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  // Only an account prefills the contacts form: a guest session arriving must not reset it.
  const formOwner = useSessionStore((state) =>
    state.kind === 'account' ? (state.user?.id ?? 'none') : 'guest',
  );
  const { exhibitor } = stand;
  const name = pick(exhibitor.name);
  const level = compact ? 3 : 2;
  const [watching, setWatching] = useState<Webinar | null>(null);
  return (
    <article className={compact ? 'stand stand-compact' : 'stand'} data-exhibitor-id={exhibitor.id}>
      <StandHeader stand={stand} level={compact ? 2 : 1} />
      {watching && (
        <LiveViewer
          key={watching.id}
          webinar={watching}
          level={level}
          compact={compact}
          onClose={() => setWatching(null)}
        />
      )}
      <div className="stand-layout">
        <div className="stand-main">
          {!watching && (
            <StandWebinars
              exhibitorId={exhibitor.id}
              level={level}
              compact={compact}
              onJoin={setWatching}
            />
          )}
          <section className="stand-section">
            <Heading level={level} className="visually-hidden">
              {t('stand.video')}
            </Heading>
            {stand.video ? (
              <StandVideo video={stand.video} exhibitorName={name} />
            ) : (
              <p className="muted">{t('stand.noVideo')}</p>
            )}
          </section>
          <StandMaterials exhibitorId={exhibitor.id} materials={stand.materials} level={level} />
          {!watching && <StandChat exhibitorId={exhibitor.id} level={level} />}
          {!compact && <StandProducts products={stand.products} level={level} />}
        </div>
        <div className="stand-side">
          <StandStaff staff={stand.staff} level={level} />
          <StandContacts exhibitor={exhibitor} level={level} />
          {/* A new person signing in gets the form afresh, with their own name and email. */}
          <LeaveContactsForm
            key={formOwner}
            exhibitorId={exhibitor.id}
            exhibitorName={name}
            level={level}
          />
          {compact && <StandProducts products={stand.products} level={level} />}
        </div>
      </div>
    </article>
  );
}
