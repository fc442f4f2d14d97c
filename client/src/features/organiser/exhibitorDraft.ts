/**
 * The "new exhibitor" form's values as typed, and the api's input made from them: trimmed, empty
 * contacts as none, checked with the shared schema before sending so that each field shows its
 * message in place. Messages are the interface's own words; the schema's are for developers.
 * Products and links are lists the person adds rows to; each row keeps a local key for React.
 */
import { ExhibitorCreateSchema, type ExhibitorCreate, type ExhibitorKind } from '@salon/shared';
import { fieldErrorsFrom, type FieldErrors } from '../dashboard/fieldErrors.ts';
import { productInputs, type ProductDraft } from '../dashboard/products/productList.ts';

export interface LinkDraft {
  key: string;
  title: { ru: string; en: string };
  url: string;
}

export interface ExhibitorDraft {
  kind: ExhibitorKind;
  name: { ru: string; en: string };
  description: { ru: string; en: string };
  regionCode: string;
  topicCodes: readonly string[];
  colors: { primary: string; accent: string };
  contacts: { website: string; email: string; phone: string };
  products: readonly ProductDraft[];
  links: readonly LinkDraft[];
  staffEmail: string;
}

export const MAX_TOPICS = 10;

export function emptyExhibitorDraft(): ExhibitorDraft {
  return {
    kind: 'business',
    name: { ru: '', en: '' },
    description: { ru: '', en: '' },
    regionCode: '',
    topicCodes: [],
    colors: { primary: '#1d4e89', accent: '#f2a541' },
    contacts: { website: '', email: '', phone: '' },
    products: [],
    links: [],
    staffEmail: '',
  };
}

export function emptyLink(key: string): LinkDraft {
  return { key, title: { ru: '', en: '' }, url: '' };
}

/** Field paths (as the api names them, without `body.`) to the message shown there. */
export interface DraftMessages {
  required: string;
  regionCode: string;
  topicCodes: string;
  'contacts.website': string;
  'contacts.email': string;
  'contacts.phone': string;
  color: string;
  /** More rows than the schema takes (the add buttons stop at the limit first). */
  products: string;
  links: string;
  linkUrl: string;
  staffEmail: string;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Our words for a field the schema refused, whatever its wording was. */
function friendly(path: string, messages: DraftMessages): string {
  if (/^(name|description)\./.test(path)) return messages.required;
  if (/^(products\.\d+|links\.\d+\.title)\./.test(path)) return messages.required;
  if (/^links\.\d+\.url$/.test(path)) return messages.linkUrl;
  if (path.startsWith('colors.')) return messages.color;
  if (path.startsWith('topicCodes')) return messages.topicCodes;
  const byPath: Readonly<Record<string, string>> = {
    regionCode: messages.regionCode,
    'contacts.website': messages['contacts.website'],
    'contacts.email': messages['contacts.email'],
    'contacts.phone': messages['contacts.phone'],
    products: messages.products,
    links: messages.links,
    staffEmail: messages.staffEmail,
  };
  return byPath[path] ?? messages.required;
}

/** One message per field; a topic's index (`topicCodes.3`) counts as the topics field. */
function inOurWords(errors: FieldErrors, messages: DraftMessages): FieldErrors {
  return Object.fromEntries(
    Object.keys(errors).map((path) => [path.replace(/\.\d+$/, ''), friendly(path, messages)]),
  );
}

export type DraftCheck = { ok: true; input: ExhibitorCreate } | { ok: false; errors: FieldErrors };

export function inputFromDraft(draft: ExhibitorDraft, messages: DraftMessages): DraftCheck {
  const input: ExhibitorCreate = {
    kind: draft.kind,
    name: { ru: draft.name.ru.trim(), en: draft.name.en.trim() },
    description: { ru: draft.description.ru.trim(), en: draft.description.en.trim() },
    regionCode: draft.regionCode,
    topicCodes: [...draft.topicCodes],
    colors: {
      primary: draft.colors.primary.toLowerCase(),
      accent: draft.colors.accent.toLowerCase(),
    },
    contacts: {
      website: orNull(draft.contacts.website),
      email: orNull(draft.contacts.email),
      phone: orNull(draft.contacts.phone),
    },
    products: productInputs(draft.products),
    links: draft.links.map((link) => ({
      title: { ru: link.title.ru.trim(), en: link.title.en.trim() },
      url: link.url.trim(),
    })),
    staffEmail: draft.staffEmail.trim(),
  };
  const checked = ExhibitorCreateSchema.safeParse(input);
  if (checked.success) return { ok: true, input };
  return { ok: false, errors: inOurWords(fieldErrorsFrom(checked.error.issues), messages) };
}

/**
 * The api's refusal as field messages, where it names a field: its own per-field errors, and the
 * two conflicts it answers with 409 (a taken name beside the Russian or English name it names).
 * Empty when the refusal is about no one field.
 */
export function errorsFromRefusal(
  refusal: { problem: string; errors: ReadonlyArray<{ path: string; message: string }> },
  messages: DraftMessages & { nameTaken: string; emailTaken: string },
): FieldErrors {
  if (refusal.problem === 'exhibitor-exists') {
    const english = refusal.errors.some((error) => error.path === 'body.name.en');
    return { [english ? 'name.en' : 'name.ru']: messages.nameTaken };
  }
  if (refusal.problem === 'email-taken') return { staffEmail: messages.emailTaken };
  return inOurWords(fieldErrorsFrom(refusal.errors), messages);
}
