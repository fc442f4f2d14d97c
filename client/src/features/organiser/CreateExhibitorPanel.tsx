/**
 * "New exhibitor" on the organiser page: a button that opens the form, and once the exhibitor
 * is added, its first staff member's invitation link (shown this once, like any invitation)
 * with a way into the new stand's dashboard.
 */
import type { ExhibitorCreated } from '@salon/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { CreateExhibitorForm } from './CreateExhibitorForm.tsx';
import { InvitationLink } from './InvitationLink.tsx';
import './organiser.css';

export function CreateExhibitorPanel({ onCreated }: { onCreated: (exhibitorId: string) => void }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<ExhibitorCreated | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    setCreated(null);
    // Back to the button that opened the form, so keyboard users keep their place.
    requestAnimationFrame(() => opener.current?.focus());
  }

  return (
    <section className="create-exhibitor-panel" aria-labelledby="create-exhibitor-title">
      <div className="section-bar">
        <h2 id="create-exhibitor-title">{t('organiser.create.title')}</h2>
        {!open && (
          <button
            ref={opener}
            type="button"
            className="primary"
            aria-controls="create-exhibitor-body"
            aria-expanded={false}
            onClick={() => setOpen(true)}
          >
            {t('organiser.create.open')}
          </button>
        )}
      </div>
      <div id="create-exhibitor-body">
        {!open ? null : created ? (
          <>
            <p role="status">
              {t('organiser.create.done', { name: pick(created.exhibitor.name) })}{' '}
              <Link to={`/exhibitor?exhibitor=${encodeURIComponent(created.exhibitor.id)}`}>
                {t('organiser.openDashboard')}
              </Link>
            </p>
            <InvitationLink
              invitation={created.invitation}
              exhibitorName={pick(created.exhibitor.name)}
              doneLabel={t('organiser.create.another')}
              onDone={() => setCreated(null)}
            />
            <button type="button" className="close-create" onClick={close}>
              {t('organiser.create.cancel')}
            </button>
          </>
        ) : (
          <>
            <p className="muted">{t('organiser.create.lead')}</p>
            <CreateExhibitorForm
              onCancel={close}
              onCreated={(made) => {
                setCreated(made);
                onCreated(made.exhibitor.id);
              }}
            />
          </>
        )}
      </div>
    </section>
  );
}
