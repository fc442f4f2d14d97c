/**
 * A failed dashboard action in words, below the form it belongs to: the api's own sentence for
 * a request it refused (413 and 415 uploads word for word), or ours for a lost connection or an
 * ended session (with a way to sign in again). The wording is ui/ErrorText's, as everywhere.
 */
import { ErrorText } from '../../ui/ErrorText.tsx';

export function ProblemMessage({ error }: { error: unknown }) {
  const asError = error instanceof Error ? error : new Error(String(error));
  return (
    <p className="problem">
      <ErrorText error={asError} />
    </p>
  );
}
