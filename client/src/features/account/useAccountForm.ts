/**
 * The submit cycle the sign-in and registration forms share: check the fields with the shared
 * schema first (no request for what the api would refuse anyway), then ask the api, show its
 * problem on the fields it names, focus the first invalid field, and go to `?next=` on success.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { focusFirstInvalid } from '../../ui/TextField.tsx';
import { fieldsAt, formErrorsOf, issuePaths, NO_ERRORS, type FormErrors } from './formErrors.ts';
import { safeNext } from './safeNext.ts';

export function useAccountForm<Field extends string, Body>(options: {
  fields: readonly Field[];
  schema: z.ZodType<Body>;
  send: (body: Body) => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstInvalid(form.current), [errors]);

  const submit = async (event: SyntheticEvent, values: unknown) => {
    event.preventDefault();
    const body = options.schema.safeParse(values);
    if (!body.success) {
      const fields = fieldsAt(issuePaths(body.error.issues), options.fields);
      setErrors({ fields, problem: null, detail: null });
      return;
    }
    setBusy(true);
    try {
      await options.send(body.data);
      setDone(true);
      await navigate(next, { replace: true });
    } catch (error) {
      setErrors(formErrorsOf(error, options.fields));
      setBusy(false);
    }
  };

  /** `?next=…` to carry to the other form's link. */
  const nextQuery = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return { errors, busy, done, form, submit, nextQuery };
}
