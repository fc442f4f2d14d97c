/**
 * One file upload's life: chosen (and checked against the upload rules before any byte is
 * sent), uploading with progress, then done, failed or cancelled. Cancelling aborts the
 * request; the api keeps the old file unless the new one arrived whole, so a failed or
 * cancelled upload leaves the stand as it was. Each chosen file gets its own key, which every
 * retry of it sends again: an upload that was stored although its answer never came back is
 * then answered again by the api instead of stored a second time (Idempotency-Key).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkUpload, type UploadCheck, type UploadPurpose } from './uploadRules.ts';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'chosen'; file: File; key: string }
  | { phase: 'invalid'; file: File; check: Extract<UploadCheck, { ok: false }> }
  | { phase: 'uploading'; file: File; key: string; progress: number }
  | { phase: 'done'; file: File }
  | { phase: 'cancelled'; file: File }
  | { phase: 'failed'; file: File; key: string; error: unknown };

/** One attempt at sending `file`; `idempotencyKey` is the same on every retry of this file. */
export type SendFile = (
  file: File,
  attempt: {
    idempotencyKey: string;
    onProgress: (fraction: number) => void;
    signal: AbortSignal;
  },
) => Promise<void>;

export function useUpload(purpose: UploadPurpose, send: SendFile) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving the page (or the stand) stops an upload that would otherwise finish unseen.
  useEffect(() => () => controller.current?.abort(), []);

  const choose = useCallback(
    (file: File | null) => {
      if (!file) {
        setState({ phase: 'idle' });
        return;
      }
      const check = checkUpload(purpose, file);
      setState(
        check.ok
          ? { phase: 'chosen', file, key: crypto.randomUUID() }
          : { phase: 'invalid', file, check },
      );
    },
    [purpose],
  );

  const start = useCallback(async () => {
    if (state.phase !== 'chosen' && state.phase !== 'failed') return;
    const { file, key } = state;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'uploading', file, key, progress: 0 });
    try {
      await send(file, {
        idempotencyKey: key,
        signal: abort.signal,
        onProgress: (progress) =>
          setState((current) =>
            current.phase === 'uploading' && current.file === file
              ? { ...current, progress }
              : current,
          ),
      });
      setState({ phase: 'done', file });
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      setState(aborted ? { phase: 'cancelled', file } : { phase: 'failed', file, key, error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, [send, state]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, choose, start, cancel, reset };
}
