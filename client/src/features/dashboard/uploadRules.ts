/**
 * What the api accepts for each upload, checked in the browser BEFORE any byte is sent, so a
 * wrong or oversized file is refused at once instead of after a long upload. This mirrors
 * api/src/files/uploadRules.ts (the api's table, which also checks the bytes themselves): change
 * both together. A file whose type the browser does not know is judged by its extension.
 */
const MB = 1024 * 1024;
const IMAGES = ['image/png', 'image/jpeg', 'image/webp'] as const;

export const UPLOAD_PURPOSES = ['logo', 'poster', 'video', 'captions', 'material'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

interface UploadRule {
  types: readonly string[];
  maxBytes: number;
}

export const UPLOAD_RULES = {
  logo: { types: IMAGES, maxBytes: 2 * MB },
  poster: { types: IMAGES, maxBytes: 2 * MB },
  video: { types: ['video/webm', 'video/mp4'], maxBytes: 200 * MB },
  captions: { types: ['text/vtt'], maxBytes: 256 * 1024 },
  material: { types: ['application/pdf', ...IMAGES], maxBytes: 20 * MB },
} as const satisfies Record<UploadPurpose, UploadRule>;

/** Extensions of the accepted types, for files the browser gives no type. */
const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  webm: 'video/webm',
  mp4: 'video/mp4',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
};

export type UploadCheck =
  | { ok: true; type: string }
  | { ok: false; reason: 'empty' | 'wrongType' | 'tooLarge'; maxBytes: number };

/** The file's type as the browser says it, or as its extension says when the browser is silent. */
export function fileType(file: { name: string; type: string }): string {
  if (file.type) return file.type.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? '';
}

export function checkUpload(
  purpose: UploadPurpose,
  file: { name: string; type: string; size: number },
): UploadCheck {
  const rule: UploadRule = UPLOAD_RULES[purpose];
  if (file.size === 0) return { ok: false, reason: 'empty', maxBytes: rule.maxBytes };
  const type = fileType(file);
  if (!rule.types.includes(type)) {
    return { ok: false, reason: 'wrongType', maxBytes: rule.maxBytes };
  }
  if (file.size > rule.maxBytes) return { ok: false, reason: 'tooLarge', maxBytes: rule.maxBytes };
  return { ok: true, type };
}

/** The `accept` attribute of a file input for this purpose: types and their extensions. */
export function acceptFor(purpose: UploadPurpose): string {
  const types: readonly string[] = UPLOAD_RULES[purpose].types;
  const extensions = Object.entries(TYPE_BY_EXTENSION)
    .filter(([, type]) => types.includes(type))
    .map(([extension]) => `.${extension}`);
  return [...types, ...extensions].join(',');
}
