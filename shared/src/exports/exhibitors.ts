/** Exhibitors: who they are, how they are listed and found, and how an organiser adds one. */

export {
  EXHIBITOR_KINDS,
  ExhibitorContactsSchema,
  ExhibitorKindSchema,
  ExhibitorSchema,
  HexColorSchema,
} from '../fair/exhibitor.ts';
export type { Exhibitor, ExhibitorContacts, ExhibitorKind } from '../fair/exhibitor.ts';
export {
  ExhibitorDetailSchema,
  ExhibitorPageSchema,
  ExhibitorQuerySchema,
  ExhibitorSummarySchema,
  StandLocationSchema,
} from '../api/exhibitors.ts';
export type {
  ExhibitorDetail,
  ExhibitorQuery,
  ExhibitorSummary,
  StandLocation,
} from '../api/exhibitors.ts';
export {
  ExhibitorCreateSchema,
  ExhibitorCreatedSchema,
  NEW_STAND_LINKS_MAX,
} from '../api/exhibitorCreate.ts';
export type { ExhibitorCreate, ExhibitorCreated } from '../api/exhibitorCreate.ts';
