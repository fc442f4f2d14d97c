/**
 * Field messages for a form, keyed by dotted path (`name.en`, `contacts.email`), from either the
 * shared schema's issues (checked before sending) or the api's problem.errors (`body.name.en`).
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** The first message per field; the api's `body.` prefix is dropped. */
export function fieldErrorsFrom(
  errors: ReadonlyArray<{ path: string | readonly PropertyKey[]; message: string }>,
): FieldErrors {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const path =
      typeof error.path === 'string'
        ? error.path
        : error.path.map((part) => String(part)).join('.');
    const field = path.replace(/^body\.?/, '');
    byField[field] ??= error.message;
  }
  return byField;
}

/**
 * Field messages from the shared schema's issues, checked before sending. An empty required
 * text gets the interface's own "fill this in" (the schema's wording is for developers).
 */
export function issueErrors(
  issues: ReadonlyArray<{
    code: string;
    path: readonly PropertyKey[];
    message: string;
    minimum?: unknown;
  }>,
  requiredMessage: string,
): FieldErrors {
  return fieldErrorsFrom(
    issues.map((issue) => ({
      path: issue.path,
      message:
        issue.code === 'too_small' && Number(issue.minimum) === 1 ? requiredMessage : issue.message,
    })),
  );
}
