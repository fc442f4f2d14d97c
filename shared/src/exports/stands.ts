/** A stand's content and staff, its chat, the contacts visitors leave there. */

export {
  MATERIAL_KINDS,
  MaterialKindSchema,
  MaterialSchema,
  ProductSchema,
  StaffMemberSchema,
  StandVideoSchema,
} from '../fair/stand.ts';
export type { Material, MaterialKind, Product, StaffMember, StandVideo } from '../fair/stand.ts';
export {
  LINK_URL_MAX,
  LinkMaterialInputSchema,
  MaterialParamsSchema,
  MaterialUploadHeadersSchema,
  PRODUCTS_MAX,
  ProductInputSchema,
  ProductListInputSchema,
  StaffDutySchema,
  StaffParamsSchema,
  StandDetailSchema,
  StandParamsSchema,
  StandUpdateSchema,
} from '../api/stands.ts';
export type { StandDetail, StandUpdate } from '../api/stands.ts';
export {
  CHAT_MESSAGE_MAX,
  ChatEventSchema,
  ChatHistoryQuerySchema,
  ChatHistorySchema,
  ChatMessageParamsSchema,
  ChatMessageSchema,
  ChatPostSchema,
} from '../api/standChat.ts';
export type { ChatEvent, ChatHistory, ChatMessage } from '../api/standChat.ts';
export { LeadListSchema, LeadSchema, LeaveContactsSchema } from '../api/leads.ts';
export type { Lead, LeaveContacts } from '../api/leads.ts';
