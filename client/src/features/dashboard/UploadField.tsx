/**
 * A labelled file input for one kind of upload: says what it takes, refuses a wrong or too
 * large file at once, shows the upload's progress with a Cancel button, and the api's reason
 * if it refuses (413 and 415 word for word). Focus follows the action: to Cancel while
 * uploading, back to the file input when it ends.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { formatBytes } from './formatBytes.ts';
import { ProblemMessage } from './ProblemMessage.tsx';
import { acceptFor, UPLOAD_RULES, type UploadPurpose } from './uploadRules.ts';
import { useUpload, type SendFile } from './useUpload.ts';

interface UploadFieldProps {
  purpose: UploadPurpose;
  label: string;
  /** The button that starts the upload, e.g. "Upload logo". */
  action: string;
  send: SendFile;
  /** Why the upload cannot start yet (say, titles missing); shown beside the button. */
  blockedReason?: string | undefined;
  disabled?: boolean;
  children?: ReactNode;
}

export function UploadField({
  purpose,
  label,
  action,
  send,
  blockedReason,
  disabled = false,
  children,
}: UploadFieldProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const { state, choose, start, cancel } = useUpload(purpose, send);
  const input = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const max = formatBytes(UPLOAD_RULES[purpose].maxBytes, locale);
  const kinds = t(`dashboard.upload.kinds.${purpose}`);

  useEffect(() => {
    if (!moveFocus.current) return;
    if (state.phase === 'uploading') cancelButton.current?.focus();
    else if (state.phase !== 'chosen') {
      moveFocus.current = false;
      input.current?.focus();
    }
  }, [state.phase]);

  // Once a file is in, the input is cleared so that choosing the same file again still counts.
  useEffect(() => {
    if (state.phase === 'done' && input.current) input.current.value = '';
  }, [state.phase]);

  const uploading = state.phase === 'uploading';
  const canStart = (state.phase === 'chosen' || state.phase === 'failed') && !blockedReason;
  return (
    <div className="upload-field">
      <label htmlFor={id}>{label}</label>
      <p className="muted" id={`${id}-hint`}>
        {t('dashboard.upload.hint', { kinds, max })}
      </p>
      {children}
      <input
        ref={input}
        id={id}
        type="file"
        accept={acceptFor(purpose)}
        disabled={disabled || uploading}
        aria-describedby={`${id}-hint`}
        onChange={(event) => choose(event.target.files?.[0] ?? null)}
      />
      {blockedReason && <p className="muted">{blockedReason}</p>}
      {state.phase === 'invalid' && (
        <p className="field-error" role="alert">
          {state.check.reason === 'empty'
            ? t('dashboard.upload.empty', { name: state.file.name })
            : state.check.reason === 'tooLarge'
              ? t('dashboard.upload.tooLarge', {
                  name: state.file.name,
                  size: formatBytes(state.file.size, locale),
                  max,
                })
              : t('dashboard.upload.wrongType', { name: state.file.name, kinds })}
        </p>
      )}
      {(state.phase === 'chosen' || state.phase === 'failed') && (
        <div className="upload-actions">
          <button
            type="button"
            className="primary"
            disabled={!canStart || disabled}
            onClick={() => {
              moveFocus.current = true;
              void start();
            }}
          >
            {state.phase === 'failed' ? t('dashboard.upload.retry') : action}
          </button>
          <span className="muted">
            {state.file.name} · {formatBytes(state.file.size, locale)}
          </span>
        </div>
      )}
      {uploading && (
        <div className="upload-actions">
          <progress
            value={state.progress}
            max={1}
            aria-label={t('dashboard.upload.progress', { name: state.file.name })}
          />
          <span aria-hidden="true">{Math.round(state.progress * 100)}%</span>
          <button ref={cancelButton} type="button" onClick={cancel}>
            {t('dashboard.upload.cancel')}
          </button>
        </div>
      )}
      <p className="form-status" role="status" aria-live="polite">
        {state.phase === 'done'
          ? t('dashboard.upload.done', { name: state.file.name })
          : state.phase === 'cancelled'
            ? t('dashboard.upload.cancelled')
            : ''}
      </p>
      {state.phase === 'failed' && <ProblemMessage error={state.error} />}
    </div>
  );
}
