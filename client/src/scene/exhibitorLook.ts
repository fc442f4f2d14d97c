/** What the scene needs of an exhibitor to dress its stands: name, brand colours, kind, logo. */
import type { ExhibitorKind, LocalizedText } from '@salon/shared';

export interface ExhibitorLook {
  readonly name: LocalizedText;
  readonly colors: { readonly primary: string; readonly accent: string };
  readonly kind: ExhibitorKind;
  /** An uploaded logo to draw instead of the initials, when there is one. */
  readonly logoUrl?: string | null;
}

/** For a stand whose exhibitor the page has not loaded (yet): a neutral booth, no name. */
export const UNKNOWN_EXHIBITOR: ExhibitorLook = {
  name: { ru: ' ', en: ' ' },
  colors: { primary: '#6b7280', accent: '#d1d5db' },
  kind: 'business',
};
