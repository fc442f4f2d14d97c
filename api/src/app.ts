/**
 * Builds the Fastify app around an open database. Every route lives under /api, declares its
 * schemas from @salon/shared, and answers errors as problem+json.
 */
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createSessionTokens } from './auth/sessionTokens.ts';
import type { Database, DatabaseHandle, DatabaseKind } from './db/database.ts';
import { createFileStore, type FileStore } from './files/fileStore.ts';
import type { FfmpegPaths } from './files/remuxWebm.ts';
import type { RetrySchedule } from './live/backgroundRetries.ts';
import { createLiveRooms, type LivekitSettings, type LiveRooms } from './live/liveRooms.ts';
import { createChatBroadcaster, type ChatBroadcaster } from './routes/chat/chatBroadcaster.ts';
import { createForumBroadcasts, type ForumBroadcasts } from './routes/studio/forumBroadcasts.ts';
import { registerAuthentication } from './plugins/authentication.ts';
import { registerOpenApi } from './plugins/openApi.ts';
import { registerProblemHandlers } from './plugins/problems.ts';
import { createPublicCache, type PublicCache } from './plugins/publicCache.ts';
import { dictionaryRoutes } from './routes/dictionaries/dictionaryRoutes.ts';
import { exhibitorRoutes } from './routes/exhibitors/exhibitorRoutes.ts';
import { fileRoutes } from './routes/files/fileRoutes.ts';
import { forumRoutes } from './routes/forum/forumRoutes.ts';
import { hallRoutes } from './routes/halls/hallRoutes.ts';
import { healthRoutes } from './routes/health/healthRoutes.ts';
import { sessionRoutes } from './routes/sessions/sessionRoutes.ts';
import { briefcaseRoutes } from './routes/briefcase/briefcaseRoutes.ts';
import { chatRoutes } from './routes/chat/chatRoutes.ts';
import { invitationRoutes } from './routes/invitations/invitationRoutes.ts';
import { leadRoutes } from './routes/leads/leadRoutes.ts';
import { materialRoutes } from './routes/stands/materialRoutes.ts';
import { liveRoutes } from './routes/webinars/liveRoutes.ts';
import { scheduleRoutes } from './routes/webinars/scheduleRoutes.ts';
import { webinarRoutes } from './routes/webinars/webinarRoutes.ts';
import { mediaRoutes } from './routes/stands/mediaRoutes.ts';
import { standRoutes } from './routes/stands/standRoutes.ts';
import { universityRoutes } from './routes/university/universityRoutes.ts';
import { eventChatRoutes } from './routes/event-chat/eventChatRoutes.ts';
import { feedbackRoutes } from './routes/feedback/feedbackRoutes.ts';
import { recordingRoutes } from './routes/recording/recordingRoutes.ts';
import { broadcastRoutes } from './routes/studio/broadcastRoutes.ts';
import { slideRoutes } from './routes/studio/slideRoutes.ts';
import { staffRoutes } from './routes/studio/staffRoutes.ts';
import { studioRoutes } from './routes/studio/studioRoutes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    databaseKind: DatabaseKind;
    publicCache: PublicCache;
    fileStore: FileStore;
    chatBroadcaster: ChatBroadcaster;
    forumBroadcasts: ForumBroadcasts;
    liveRooms: LiveRooms | null;
    /** The ffmpeg and ffprobe programs that make uploaded recordings seekable. */
    ffmpeg: FfmpegPaths;
  }
}

export interface AppOptions {
  database: DatabaseHandle;
  /** Signs session tokens; the game server verifies them with the same secret. */
  sessionSecret: string;
  /** Where uploaded files are kept. */
  uploadsDir: string;
  /** LiveKit for live webinars; null when not configured (live routes answer 503). */
  livekit: LivekitSettings | null;
  /** How long closing rooms and removing people are retried while LiveKit is out of reach. */
  livekitRetries?: RetrySchedule;
  logLevel?: string;
  /** How long public read responses are reused; 0 turns the cache off (tests of writes). */
  publicCacheTtlMs?: number;
  /** Where ffmpeg and ffprobe are; by default found on the PATH. */
  ffmpeg?: FfmpegPaths;
}

/** JSON bodies beyond this are refused with 413 unless a route allows more. */
const BODY_LIMIT = 256 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    bodyLimit: BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  // The api speaks JSON only; anything else is refused with 415 before it reaches a route.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.database.db);
  app.decorate('databaseKind', options.database.kind);
  app.decorate('chatBroadcaster', createChatBroadcaster(options.database));
  app.decorate('forumBroadcasts', createForumBroadcasts(options.database));
  app.decorate('ffmpeg', options.ffmpeg ?? { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' });
  app.decorate(
    'liveRooms',
    options.livekit ? createLiveRooms(options.livekit, app.log, options.livekitRetries) : null,
  );
  app.addHook('onClose', () => app.liveRooms?.stop());
  app.decorate(
    'publicCache',
    createPublicCache({ ttlMs: options.publicCacheTtlMs ?? 5_000, maxEntries: 1_000 }),
  );
  registerProblemHandlers(app);
  registerAuthentication(app, createSessionTokens(options.sessionSecret));
  app.decorate('fileStore', createFileStore(options.uploadsDir));
  // Limits are per route (`config.rateLimit`); routes without one are not limited.
  await app.register(rateLimit, { global: false });
  // Upload routes set their own per-purpose size limits when they read the file.
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 4000 } });
  // Only for `reply.sendFile` in the files route; nothing is served by path.
  await app.register(fastifyStatic, { root: options.uploadsDir, serve: false });
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(sessionRoutes);
      await api.register(dictionaryRoutes);
      await api.register(exhibitorRoutes);
      await api.register(hallRoutes);
      await api.register(forumRoutes);
      await api.register(universityRoutes);
      await api.register(standRoutes);
      await api.register(mediaRoutes);
      await api.register(materialRoutes);
      await api.register(fileRoutes);
      await api.register(chatRoutes);
      await api.register(leadRoutes);
      await api.register(briefcaseRoutes);
      await api.register(invitationRoutes);
      await api.register(webinarRoutes);
      await api.register(liveRoutes);
      await api.register(scheduleRoutes);
      await api.register(staffRoutes);
      await api.register(studioRoutes);
      await api.register(broadcastRoutes);
      await api.register(slideRoutes);
      await api.register(recordingRoutes);
      await api.register(eventChatRoutes);
      await api.register(feedbackRoutes);
    },
    { prefix: '/api' },
  );
  return app;
}
