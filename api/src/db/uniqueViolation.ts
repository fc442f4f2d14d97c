/**
 * Which unique index a failed write broke, when that is why it failed. Rules that must hold under
 * concurrent requests (one exhibitor per name) are kept by the database's unique indexes; a route
 * turns the violation into a 409. pg and PGlite both report SQLSTATE 23505 with the index's name
 * in `constraint`; drizzle wraps their error in its own, as `cause`.
 */
const UNIQUE_VIOLATION = '23505';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** The index's name, or null when `error` is not a unique violation (or names no index). */
export function violatedUniqueIndex(error: unknown): string | null {
  let current: unknown = error;
  // A short walk down the causes: drizzle's error, the driver's, nothing deeper in practice.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, constraint, cause } = current as DriverError;
    if (code === UNIQUE_VIOLATION) return typeof constraint === 'string' ? constraint : null;
    current = cause;
  }
  return null;
}
