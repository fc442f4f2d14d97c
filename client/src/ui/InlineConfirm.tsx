/**
 * An action that asks "are you sure?" in place: its trigger turns into a group holding the
 * question, a danger confirm button and a keep button (real buttons, not `window.confirm`).
 * Keyboard focus moves to the confirm button when the question opens and back to the trigger
 * when it closes, so someone on a keyboard keeps their place in the list.
 */
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';

interface InlineConfirmProps {
  /** The trigger's visible text. */
  triggerLabel: string;
  /** The trigger's accessible name, which says what it acts on. */
  triggerName: string;
  triggerClassName?: string;
  question: string;
  confirmLabel: string;
  /** The confirm button's text while pending; the confirm label unless given. */
  pendingLabel?: string;
  keepLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** The question's element: `span` where the row lays out inline content. */
  as?: 'div' | 'span';
  /** Places the trigger among the row's other actions, which give way to the question. */
  frame?: (trigger: ReactNode) => ReactNode;
}

export function InlineConfirm({
  triggerLabel,
  triggerName,
  triggerClassName,
  question,
  confirmLabel,
  pendingLabel = confirmLabel,
  keepLabel,
  pending,
  onConfirm,
  as: Group = 'div',
  frame = (trigger) => trigger,
}: InlineConfirmProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const triggerButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) triggerButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (confirming) {
    return (
      <Group className="confirm" role="group" aria-label={question}>
        <span>{question}</span>
        <button
          ref={confirmButton}
          type="button"
          className="danger"
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button type="button" onClick={() => setConfirming(false)} disabled={pending}>
          {keepLabel}
        </button>
      </Group>
    );
  }
  return frame(
    <button
      ref={triggerButton}
      type="button"
      className={triggerClassName}
      aria-label={triggerName}
      onClick={() => setConfirming(true)}
    >
      {triggerLabel}
    </button>,
  );
}
