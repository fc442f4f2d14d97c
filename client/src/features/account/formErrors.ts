/**
 * What went wrong with a submitted form, in terms the form can show: which of its fields to mark
 * (from the api's problem `errors`, paths like `body.email`, or from the shared schema's issues
 * before sending) and a form-level problem. Messages are the UI's own, in its language; the
 * api's English sentence is kept only for problems the form does not know.
 */
import { ApiError } from '../../api/apiClient.ts';
import { SessionEndedError } from '../../session/withSession.ts';

export type FormProblem =
  'wrongCredentials' | 'emailTaken' | 'tooMany' | 'network' | 'sessionEnded' | 'unknown';

export interface FormErrors<Field extends string> {
  fields: ReadonlySet<Field>;
  problem: FormProblem | null;
  /** The api's own sentence, for a problem the form has no words for. */
  detail: string | null;
}

export const NO_ERRORS: FormErrors<never> = { fields: new Set(), problem: null, detail: null };

/** The form's fields named by `paths` ("body.email", "body.name.en" → "name"). */
export function fieldsAt<Field extends string>(
  paths: readonly string[],
  fields: readonly Field[],
): Set<Field> {
  const found = new Set<Field>();
  for (const path of paths) {
    const first = path.replace(/^body\./, '').split('.')[0];
    const field = fields.find((candidate) => candidate === first);
    if (field) found.add(field);
  }
  return found;
}

/** Issues of a shared schema checked before sending, as api-style paths. */
export function issuePaths(issues: readonly { path: readonly PropertyKey[] }[]): string[] {
  return issues.map((issue) => ['body', ...issue.path.map(String)].join('.'));
}

export function formErrorsOf<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): FormErrors<Field> {
  if (error instanceof SessionEndedError) {
    return { fields: new Set(), problem: 'sessionEnded', detail: null };
  }
  if (!(error instanceof ApiError)) return { fields: new Set(), problem: 'unknown', detail: null };
  if (error.status === 0) return { fields: new Set(), problem: 'network', detail: null };
  if (error.status === 429) return { fields: new Set(), problem: 'tooMany', detail: null };
  // The account forms (they have a password) know what these two statuses mean.
  const accountForm = fields.some((field) => field === 'password');
  if (accountForm && error.status === 409) {
    return { fields: fieldsAt(['body.email'], fields), problem: 'emailTaken', detail: null };
  }
  if (accountForm && error.status === 401) {
    return { fields: new Set(), problem: 'wrongCredentials', detail: null };
  }
  const marked = fieldsAt(
    error.errors.map((entry) => entry.path),
    fields,
  );
  // Every refused field is marked in place; anything else is said at the top of the form.
  const unplaced = error.errors.some((entry) => fieldsAt([entry.path], fields).size === 0);
  if (error.status === 400 && marked.size > 0 && !unplaced) {
    return { fields: marked, problem: null, detail: null };
  }
  return { fields: marked, problem: 'unknown', detail: error.status < 500 ? error.message : null };
}
