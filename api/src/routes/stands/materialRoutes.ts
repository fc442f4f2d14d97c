/**
 * A stand's materials: add a link, upload a document or image, remove one (visitors' briefcases
 * keep a note of what was removed: removeMaterial.ts). An upload may carry an `Idempotency-Key`:
 * a retry with the same key (the answer was lost, the person pressed the button again) answers
 * with the material the first one made, and stores nothing (uploadedMaterials.ts).
 */
import {
  LinkMaterialInputSchema,
  LocalizedTextSchema,
  MaterialParamsSchema,
  MaterialSchema,
  MaterialUploadHeadersSchema,
  ProblemSchema,
  StandParamsSchema,
} from '@salon/shared';
import { count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { requireStandAccess } from './standAccess.ts';
import { listMaterials } from './standRepository.ts';
import { readMultipart, skipFile } from './readMultipart.ts';
import { removeMaterial } from './removeMaterial.ts';
import { insertUploadedMaterial, materialIdByUploadKey } from './uploadedMaterials.ts';

const MATERIALS_PER_STAND = 50;
const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
};

export const materialRoutes: FastifyPluginAsyncZod = async (app) => {
  async function nextPosition(exhibitorId: string): Promise<number> {
    const [row] = await app.db
      .select({ n: count() })
      .from(t.materials)
      .where(eq(t.materials.exhibitorId, exhibitorId));
    const n = row?.n ?? 0;
    if (n >= MATERIALS_PER_STAND) {
      throw new HttpProblem(
        409,
        'too-many-materials',
        'Too many materials',
        `A stand holds at most ${MATERIALS_PER_STAND} materials. Remove one first.`,
      );
    }
    return n;
  }

  async function materialOrThrow(exhibitorId: string, materialId: string) {
    const found = (await listMaterials(app.db, exhibitorId)).find((item) => item.id === materialId);
    if (!found) throw notFound('Material', materialId);
    return found;
  }

  app.post(
    '/stands/:exhibitorId/materials/links',
    {
      schema: {
        tags: ['stands'],
        summary: 'Add a link to the stand’s materials',
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: LinkMaterialInputSchema,
        response: { 201: MaterialSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      const [row] = await app.db
        .insert(t.materials)
        .values({
          exhibitorId,
          kind: 'link',
          titleRu: request.body.title.ru,
          titleEn: request.body.title.en,
          url: request.body.url,
          position: await nextPosition(exhibitorId),
        })
        .returning({ id: t.materials.id });
      return reply.code(201).send(await materialOrThrow(exhibitorId, row?.id ?? ''));
    },
  );

  app.post(
    '/stands/:exhibitorId/materials/files',
    {
      schema: {
        tags: ['stands'],
        summary: 'Upload a PDF or an image to the stand’s materials',
        description:
          'multipart/form-data: `titleRu` and `titleEn` fields, then one `file`. Send a new UUID as `Idempotency-Key` with each upload and the same one when retrying it: an upload already stored is then answered again (201, the same material) instead of stored twice.',
        security: [{ session: [] }],
        consumes: ['multipart/form-data'],
        params: StandParamsSchema,
        headers: MaterialUploadHeadersSchema,
        response: { 201: MaterialSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId } = request.params;
      const idempotencyKey = request.headers['idempotency-key'] ?? null;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      // A quick answer to a plain retry; two at once are settled by the unique index below.
      const earlier = idempotencyKey
        ? await materialIdByUploadKey(app.db, exhibitorId, idempotencyKey)
        : null;
      if (earlier) {
        await skipFile((await readMultipart(request, 'material')).file);
        return reply.code(201).send(await materialOrThrow(exhibitorId, earlier));
      }
      const position = await nextPosition(exhibitorId);
      const { file, fields } = await readMultipart(request, 'material');
      const title = LocalizedTextSchema.safeParse({ ru: fields['titleRu'], en: fields['titleEn'] });
      if (!title.success) {
        file.file.resume();
        throw new HttpProblem(
          400,
          'invalid-request',
          'Title needed',
          'Give the material a title in Russian (titleRu) and English (titleEn), sent before the file.',
        );
      }
      const stored = await app.fileStore.save('material', file.file, file.mimetype);
      const { materialId, created } = await insertUploadedMaterial(app.db, {
        exhibitorId,
        idempotencyKey,
        title: title.data,
        position,
        file: {
          storageKey: stored.storageKey,
          contentType: stored.contentType,
          sizeBytes: stored.sizeBytes,
          originalName: file.filename.slice(0, 200),
        },
      }).catch(async (error: unknown) => {
        await stored.discard();
        throw error;
      });
      // Another request with this key got in first: its material is the answer, these bytes go.
      if (!created) await stored.discard();
      return reply.code(201).send(await materialOrThrow(exhibitorId, materialId));
    },
  );

  app.delete(
    '/stands/:exhibitorId/materials/:materialId',
    {
      schema: {
        tags: ['stands'],
        summary: 'Remove a material from the stand',
        description:
          'Visitors who had it in their briefcase keep an entry saying it was removed, with its title.',
        security: [{ session: [] }],
        params: MaterialParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId, materialId } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      const removed = await removeMaterial(app.db, exhibitorId, materialId);
      if (!removed) throw notFound('Material', materialId);
      if (removed.storageKey) await app.fileStore.remove(removed.storageKey);
      return reply.code(204).send(null);
    },
  );
};
