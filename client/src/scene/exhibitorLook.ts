/** What the scene needs of an exhibitor to dress its stands: name, brand colours and kind. */
import type { ExhibitorKind, LocalizedText } from '@salon/shared';

export interface ExhibitorLook {
  readonly name: LocalizedText;
  readonly colors: { readonly primary: string; readonly accent: string };
  readonly kind: ExhibitorKind;
}

/** For a stand whose exhibitor the page has not loaded (yet): a neutral booth, no name. */
export const UNKNOWN_EXHIBITOR: ExhibitorLook = {
  name: { ru: ' ', en: ' ' },
  colors: { primary: '#6b7280', accent: '#d1d5db' },
  kind: 'business',
};
