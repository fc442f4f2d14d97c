/**
 * The exhibitor dashboard's and the organisers' calls: editing a stand, its products and
 * materials (uploads with progress), going on duty, removing staff, reading leads, adding exhibitors, inviting
 * staff and accepting an invitation. Every call but the last acts for a signed-in user, so it
 * takes the session token; every answer is parsed with its shared schema.
 */
import {
  ExhibitorCreatedSchema,
  InvitationSchema,
  LeadSchema,
  MaterialSchema,
  SessionSchema,
  StaffMemberSchema,
  StandDetailSchema,
  pageOf,
  type ExhibitorCreate,
  type StandUpdate,
} from '@salon/shared';
import type { z } from 'zod';
import { apiPath, getJson, postJson, sendJson, type RequestOptions } from './apiClient.ts';
import { NoContentSchema } from './noContent.ts';
import { uploadWithProgress } from './uploadWithProgress.ts';

export const LeadPageSchema = pageOf(LeadSchema);
export type LeadPage = z.infer<typeof LeadPageSchema>;

/** A product as the api takes it: the list is replaced whole, so ids are not sent. */
export interface ProductInput {
  name: { ru: string; en: string };
  description: { ru: string; en: string };
}

const standPath = (exhibitorId: string, rest = '') =>
  `/stands/${encodeURIComponent(exhibitorId)}${rest}`;

export function updateStand(exhibitorId: string, update: StandUpdate, options: RequestOptions) {
  return sendJson('PATCH', apiPath(standPath(exhibitorId)), update, StandDetailSchema, options);
}

export function replaceProducts(
  exhibitorId: string,
  products: readonly ProductInput[],
  options: RequestOptions,
) {
  return sendJson(
    'PUT',
    apiPath(standPath(exhibitorId, '/products')),
    { products },
    StandDetailSchema,
    options,
  );
}

export function addLinkMaterial(
  exhibitorId: string,
  link: { title: { ru: string; en: string }; url: string },
  options: RequestOptions,
) {
  return postJson(
    apiPath(standPath(exhibitorId, '/materials/links')),
    link,
    MaterialSchema,
    options,
  );
}

export async function deleteMaterial(
  exhibitorId: string,
  materialId: string,
  options: RequestOptions,
): Promise<void> {
  await sendJson(
    'DELETE',
    apiPath(standPath(exhibitorId, `/materials/${encodeURIComponent(materialId)}`)),
    undefined,
    NoContentSchema,
    options,
  );
}

/** Goes on or off duty; calling it again also tells the api the person is still here. */
export function setDuty(exhibitorId: string, onDuty: boolean, options: RequestOptions) {
  return sendJson(
    'PUT',
    apiPath(standPath(exhibitorId, '/staff/me')),
    { onDuty },
    StaffMemberSchema,
    options,
  );
}

/** Takes a person off the stand's staff; they keep their account as a visitor. */
export async function removeStaff(
  exhibitorId: string,
  userId: string,
  options: RequestOptions,
): Promise<void> {
  await sendJson(
    'DELETE',
    apiPath(standPath(exhibitorId, `/staff/${encodeURIComponent(userId)}`)),
    undefined,
    NoContentSchema,
    options,
  );
}

export function fetchLeads(
  exhibitorId: string,
  paging: { page: number; pageSize: number },
  options: RequestOptions,
) {
  return getJson(apiPath(standPath(exhibitorId, '/leads'), paging), LeadPageSchema, options);
}

export function inviteStaff(exhibitorId: string, email: string, options: RequestOptions) {
  return postJson(
    apiPath(`/exhibitors/${encodeURIComponent(exhibitorId)}/invitations`),
    { email },
    InvitationSchema,
    options,
  );
}

/** Adds an exhibitor with its stand; the answer holds its first staff member's invitation. */
export function createExhibitor(body: ExhibitorCreate, options: RequestOptions) {
  return postJson(apiPath('/exhibitors'), body, ExhibitorCreatedSchema, options);
}

/** Sets a password for the invited email; the answer is the new staff member's session. */
export function acceptInvitation(
  token: string,
  body: { password: string; displayName: string },
  options: RequestOptions = {},
) {
  return postJson(
    apiPath(`/invitations/${encodeURIComponent(token)}/accept`),
    body,
    SessionSchema,
    options,
  );
}

export type MediaPurpose = 'logo' | 'video' | 'poster' | 'captions';

export interface UploadProgress {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Replaces the stand's logo, video, poster or captions (of `language`); answers the stand. */
export function uploadStandMedia(
  exhibitorId: string,
  purpose: MediaPurpose,
  file: File,
  extra: { language?: 'ru' | 'en' },
  token: string,
  progress: UploadProgress = {},
) {
  return uploadWithProgress(
    {
      method: 'PUT',
      url: apiPath(standPath(exhibitorId, `/media/${purpose}`)),
      token,
      fields: extra.language ? { language: extra.language } : {},
      file,
      fileName: file.name,
      ...progress,
    },
    StandDetailSchema,
  );
}

/**
 * Adds a PDF or an image to the stand's materials, with its title in both languages. Every retry
 * of one upload sends the same `idempotencyKey`: one the api already stored answers again.
 */
export function uploadMaterialFile(
  exhibitorId: string,
  title: { ru: string; en: string },
  file: File,
  token: string,
  attempt: UploadProgress & { idempotencyKey: string },
) {
  return uploadWithProgress(
    {
      method: 'POST',
      url: apiPath(standPath(exhibitorId, '/materials/files')),
      token,
      fields: { titleRu: title.ru, titleEn: title.en },
      file,
      fileName: file.name,
      ...attempt,
    },
    MaterialSchema,
  );
}
