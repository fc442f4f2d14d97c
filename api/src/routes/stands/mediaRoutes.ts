/**
 * Uploading a stand's logo, video presentation, poster frame and captions. A new file replaces
 * the previous one of the same purpose (and language, for captions) in one transaction; a
 * refused or failed upload changes nothing. Upload the video first, then its poster and captions.
 */
import { ProblemSchema, StandDetailSchema, StandParamsSchema } from '@salon/shared';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { requireStandAccess } from './standAccess.ts';
import { getStand } from './standRepository.ts';
import { readMultipart } from './readMultipart.ts';

const MEDIA_PURPOSES = ['logo', 'video', 'poster', 'captions'] as const;
const MediaParamsSchema = StandParamsSchema.extend({ purpose: z.enum(MEDIA_PURPOSES) });

export const mediaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/stands/:exhibitorId/media/:purpose',
    {
      schema: {
        tags: ['stands'],
        summary: 'Upload the logo, the video presentation, its poster or its captions',
        description:
          'multipart/form-data with one `file`; for captions a `language` field (ru or en) before the file. The type is checked from the bytes.',
        security: [{ session: [] }],
        consumes: ['multipart/form-data'],
        params: MediaParamsSchema,
        response: {
          200: StandDetailSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
        },
      },
    },
    async (request) => {
      const { exhibitorId, purpose } = request.params;
      await requireStandAccess(app, request, 'stand.edit', exhibitorId);
      const { file, fields } = await readMultipart(request, purpose);
      const language = purpose === 'captions' ? fields['language'] : null;
      if (purpose === 'captions' && language !== 'ru' && language !== 'en') {
        file.file.resume();
        throw new HttpProblem(
          400,
          'bad-request',
          'Captions language',
          'Send a `language` field of ru or en before the captions file.',
        );
      }
      const stored = await app.fileStore.save(purpose, file.file, file.mimetype);
      const replaced = await app.db
        .transaction(async (tx) => {
          const [row] = await tx
            .insert(t.storedFiles)
            .values({
              exhibitorId,
              purpose,
              contentType: stored.contentType,
              sizeBytes: stored.sizeBytes,
              storageKey: stored.storageKey,
              originalName: file.filename.slice(0, 200),
              language,
            })
            .returning({ id: t.storedFiles.id });
          if (!row) throw new Error('The database did not return the stored file');
          // A new video replaces both formats and the old video's poster and captions, which
          // describe a video that is gone; other purposes replace their own kind.
          const replacedPurposes =
            purpose === 'video' ? (['video', 'poster', 'captions'] as const) : [purpose];
          const sameSlot = and(
            eq(t.storedFiles.exhibitorId, exhibitorId),
            inArray(t.storedFiles.purpose, [...replacedPurposes]),
            ne(t.storedFiles.id, row.id),
            ...(language ? [eq(t.storedFiles.language, language)] : []),
          );
          return tx
            .delete(t.storedFiles)
            .where(sameSlot)
            .returning({ storageKey: t.storedFiles.storageKey });
        })
        .catch(async (error: unknown) => {
          await stored.discard();
          throw error;
        });
      await Promise.all(replaced.map((old) => app.fileStore.remove(old.storageKey)));
      const stand = await getStand(app.db, exhibitorId);
      if (!stand) throw notFound('Stand', exhibitorId);
      return stand;
    },
  );
};
