/**
 * A labelled input with an optional hint shown up front and an error shown in place; both are
 * tied to the input (aria-describedby) so a screen reader reads them with it. `multiline` makes
 * it a textarea. Forms focus the first field with aria-invalid after a refused submit.
 */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import './forms.css';

interface CommonProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

type TextFieldProps = CommonProps &
  (
    | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>)
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>)
  );

export function TextField(props: TextFieldProps) {
  const id = useId();
  const { label, hint, error } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const shared = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  let control: ReactNode;
  if (props.multiline) {
    const { label: _l, hint: _h, error: _e, multiline: _m, ...rest } = props;
    control = <textarea {...rest} {...shared} />;
  } else {
    const { label: _l, hint: _h, error: _e, multiline: _m, ...rest } = props;
    control = <input {...rest} {...shared} />;
  }
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {control}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Moves focus to the first invalid field of a form, after its errors have rendered. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
