/** People of an event as links to their speaker pages, separated by commas. */
import type { PersonRef } from '@salon/shared';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import './speakers.css';

export const speakerPath = (id: string) => `/speakers/${encodeURIComponent(id)}`;

export function SpeakerLinks({ people }: { people: readonly PersonRef[] }) {
  const { pick } = useLocale();
  return (
    <>
      {people.map((person, index) => (
        <Fragment key={person.id}>
          {index > 0 && ', '}
          <Link to={speakerPath(person.id)} className="speaker-link">
            {pick(person.name)}
          </Link>
        </Fragment>
      ))}
    </>
  );
}
