/**
 * GET /api/files/:fileId: the bytes of a stored file (video, poster, captions, logo, material),
 * with range requests for video seeking. Files never change under an id, so they cache forever.
 * Materials download as attachments under their original names; nothing is ever sniffed. A
 * material its exhibitor removed answers 410 Gone, saying so: its bytes are gone with it.
 */
import path from 'node:path';
import { ProblemSchema } from '@salon/shared';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';

const FileParamsSchema = z.object({ fileId: z.uuid('Use the id of a file') });

function attachmentName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/files/:fileId',
    {
      schema: {
        tags: ['stands'],
        summary: 'Download or stream a stored file',
        params: FileParamsSchema,
        response: { 400: ProblemSchema, 404: ProblemSchema, 410: ProblemSchema },
      },
    },
    async (request, reply) => {
      const [file] = await app.db
        .select()
        .from(t.storedFiles)
        .where(eq(t.storedFiles.id, request.params.fileId));
      if (!file) throw notFound('File', request.params.fileId);
      if (file.removedAt) {
        throw new HttpProblem(
          410,
          'material-removed',
          'Material removed',
          'The exhibitor removed this material from their stand, so it can no longer be downloaded. Look on the stand for a newer version.',
        );
      }
      const absolute = app.fileStore.absolutePath(file.storageKey);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-security-policy', "default-src 'none'; sandbox");
      if (file.purpose === 'material')
        reply.header('content-disposition', attachmentName(file.originalName));
      return reply
        .type(file.contentType)
        .sendFile(path.basename(absolute), path.dirname(absolute), {
          maxAge: '365d',
          immutable: true,
          contentType: false,
        });
    },
  );
};
