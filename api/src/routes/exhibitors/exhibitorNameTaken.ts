/**
 * The answer to a new exhibitor or a renamed stand whose name another exhibitor already has, in
 * either language and whatever the letter case. The names' unique indexes decide, so two
 * organisers adding the same exhibitor at once get one stand and one plain 409, not a 500.
 */
import { LOCALES } from '@salon/shared';
import { EXHIBITOR_NAME_INDEXES } from '../../db/schema/exhibitors.ts';
import { violatedUniqueIndex } from '../../db/constraintViolation.ts';
import { HttpProblem } from '../../plugins/problems.ts';

const SENTENCE = 'An exhibitor with this name already exists';

/** The 409 naming the taken field (`body.name.ru` or `body.name.en`), or null for other errors. */
export function exhibitorNameTaken(error: unknown): HttpProblem | null {
  const index = violatedUniqueIndex(error);
  const locale = LOCALES.find((candidate) => EXHIBITOR_NAME_INDEXES[candidate] === index);
  if (!locale) return null;
  return new HttpProblem(
    409,
    'exhibitor-exists',
    'Exhibitor already exists',
    `${SENTENCE}. Open its stand instead, or choose another name.`,
    [{ path: `body.name.${locale}`, message: SENTENCE }],
  );
}

/** What `write` gives, or that 409 when the names' unique indexes refused it. */
export async function orNameTaken<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw exhibitorNameTaken(error) ?? error;
  }
}
