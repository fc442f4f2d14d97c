/**
 * Which database constraint a failed write broke, when that is why it failed. Rules that must hold
 * under concurrent requests are kept by the database: a unique index (one exhibitor per name)
 * becomes a 409; a foreign key whose row another transaction deleted meanwhile (a material its
 * exhibitor removed while a visitor added it) becomes the 404 of a row that was never there.
 * pg and PGlite both report the SQLSTATE in `code` and the constraint's name in `constraint`;
 * drizzle wraps their error in its own, as `cause`.
 */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** The driver's error with this SQLSTATE in `error` or its causes, or null. */
function driverError(error: unknown, sqlState: string): DriverError | null {
  let current: unknown = error;
  // A short walk down the causes: drizzle's error, the driver's, nothing deeper in practice.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const found = current as DriverError;
    if (found.code === sqlState) return found;
    current = found.cause;
  }
  return null;
}

/** The index's name, or null when `error` is not a unique violation (or names no index). */
export function violatedUniqueIndex(error: unknown): string | null {
  const found = driverError(error, UNIQUE_VIOLATION);
  return typeof found?.constraint === 'string' ? found.constraint : null;
}

/** Whether `error` is a foreign key violation: the row the write pointed at is not there. */
export function isForeignKeyViolation(error: unknown): boolean {
  return driverError(error, FOREIGN_KEY_VIOLATION) !== null;
}
