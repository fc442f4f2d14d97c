/**
 * The people route tests act as, each with a live session made the way the api makes them:
 * guests through the guest route, everyone else as user rows with the role under test.
 */
import type { Role, Session } from '@salon/shared';
import type { FastifyInstance } from 'fastify';
import { issueSession } from '../src/routes/sessions/issueSession.ts';
import { createUser } from '../src/routes/sessions/userRepository.ts';
import { guestSession } from './sessionsForTests.ts';

let counter = 0;

export async function actor(
  app: FastifyInstance,
  role: Role,
  exhibitorId: string | null = null,
): Promise<Session> {
  counter += 1;
  const row = await createUser(app.db, {
    email: `${role}-${String(counter)}-${String(Date.now())}@test.example`,
    displayName: `${role} ${String(counter)}`,
    role,
    exhibitorId,
  });
  return issueSession(app, row);
}

export interface StandActors {
  own: Session;
  otherExhibitor: Session;
  visitor: Session;
  guest: Session;
  organiser: Session;
}

/** Staff of `exhibitorId`, staff of another stand, a registered visitor, a guest, an organiser. */
export async function standActors(
  app: FastifyInstance,
  exhibitorId: string,
  otherId: string,
): Promise<StandActors> {
  return {
    own: await actor(app, 'exhibitor', exhibitorId),
    otherExhibitor: await actor(app, 'exhibitor', otherId),
    visitor: await actor(app, 'visitor'),
    guest: await guestSession(app),
    organiser: await actor(app, 'organiser'),
  };
}

export function auth(session: Session): { authorization: string } {
  return { authorization: `Bearer ${session.token}` };
}

/** A multipart body as a browser would send it, for `inject`. */
export async function multipart(
  fields: Record<string, string>,
  file: { name: string; type: string; bytes: Uint8Array } | null,
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  };
}

/** A valid 1×1 PNG. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** A minimal valid PDF. */
export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
