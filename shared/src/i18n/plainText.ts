/**
 * Text people type: trimmed, bounded, and free of control characters, which no one means to
 * send and which PostgreSQL refuses to store (NUL) or terminals misrender.
 */
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above, plus line breaks and tabs
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f]/;

/** One line: names, titles, search text. */
export function singleLineText(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength, `Use at most ${maxLength} characters`)
    .refine((text) => !CONTROL_OR_BREAK.test(text), 'Remove control characters and line breaks');
}

/** Several lines: descriptions, messages. */
export function multiLineText(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength, `Use at most ${maxLength} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'Remove control characters');
}
