import {
  ChatEventSchema,
  ChatHistorySchema,
  ChatMessageSchema,
  ProblemSchema,
  type ChatEvent,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();

function post(exhibitorId: string, body: unknown, headers: Record<string, string>) {
  return app().inject({
    method: 'POST',
    url: `/api/stands/${exhibitorId}/chat`,
    payload: body as object,
    headers,
  });
}

/** Opens the stand's event stream over real HTTP and collects the events it receives. */
async function openStream(exhibitorId: string) {
  const address = app().server.address();
  if (!address || typeof address === 'string') throw new Error('The app is not listening');
  const controller = new AbortController();
  const response = await fetch(
    `http://127.0.0.1:${String(address.port)}/api/stands/${exhibitorId}/chat/events`,
    {
      signal: controller.signal,
    },
  );
  const events: ChatEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const body = response.body;
  const reading = (async () => {
    if (!body) return;
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        const parts = buffer.split('\n\n');
        buffer = parts.pop() ?? '';
        for (const part of parts) {
          if (part.startsWith('data: '))
            events.push(ChatEventSchema.parse(JSON.parse(part.slice(6))));
        }
      }
    } catch {
      // The test aborted the stream.
    }
  })();
  return {
    response,
    events,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  await app().listen({ host: '127.0.0.1', port: 0 });
});

describe('stand chat', () => {
  it('delivers a visitor’s message live to an open stream and keeps it in the history', async () => {
    const stream = await openStream('e003');
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    const visitor = await guestSession(app(), 'Ирина');
    const response = await post(
      'e003',
      { body: 'Есть ли у вас программы для СПО?' },
      auth(visitor),
    );
    expect(response.statusCode).toBe(201);
    const message = ChatMessageSchema.parse(response.json());
    await until(() => stream.events.length > 0);
    expect(stream.events[0]).toEqual({ type: 'message', message });
    await stream.close();

    const history = ChatHistorySchema.parse((await app().inject('/api/stands/e003/chat')).json());
    expect(history.items.at(-1)).toMatchObject({
      body: 'Есть ли у вас программы для СПО?',
      author: { displayName: 'Ирина', isStaff: false },
    });
  });

  it('marks the stand’s own staff as staff', async () => {
    const staff = await actor(app(), 'exhibitor', 'e004');
    const message = ChatMessageSchema.parse(
      (await post('e004', { body: 'Да, конечно.' }, auth(staff))).json(),
    );
    expect(message.author.isStaff).toBe(true);
  });

  it('stores markup as text exactly as written', async () => {
    const visitor = await guestSession(app());
    const body = '<img src=x onerror=alert(1)> & <b>bold</b>';
    const message = ChatMessageSchema.parse((await post('e005', { body }, auth(visitor))).json());
    expect(message.body).toBe(body);
  });

  it('pages back through older messages', async () => {
    const visitor = await actor(app(), 'visitor');
    for (let index = 0; index < 7; index += 1) {
      await post('e006', { body: `сообщение ${String(index)}` }, auth(visitor));
    }
    const latest = ChatHistorySchema.parse(
      (await app().inject('/api/stands/e006/chat?limit=5')).json(),
    );
    expect(latest.items.map((item) => item.body)).toEqual([
      'сообщение 2',
      'сообщение 3',
      'сообщение 4',
      'сообщение 5',
      'сообщение 6',
    ]);
    const older = ChatHistorySchema.parse(
      (
        await app().inject(`/api/stands/e006/chat?limit=5&before=${latest.nextBefore ?? ''}`)
      ).json(),
    );
    expect(older.items.map((item) => item.body)).toEqual(['сообщение 0', 'сообщение 1']);
    expect(older.nextBefore).toBeNull();
  });

  it('lets staff hide a message: visitors stop seeing it and open streams are told', async () => {
    const visitor = await guestSession(app());
    const staff = await actor(app(), 'exhibitor', 'e007');
    const message = ChatMessageSchema.parse(
      (await post('e007', { body: 'спам спам' }, auth(visitor))).json(),
    );
    const stream = await openStream('e007');
    const hidden = await app().inject({
      method: 'POST',
      url: `/api/stands/e007/chat/${message.id}/hide`,
      headers: auth(staff),
    });
    expect(hidden.statusCode).toBe(204);
    await until(() => stream.events.length > 0);
    expect(stream.events[0]).toEqual({ type: 'hidden', messageId: message.id });
    await stream.close();
    const forVisitors = ChatHistorySchema.parse(
      (await app().inject('/api/stands/e007/chat')).json(),
    );
    expect(forVisitors.items.map((item) => item.id)).not.toContain(message.id);
    const forStaff = ChatHistorySchema.parse(
      (await app().inject({ url: '/api/stands/e007/chat', headers: auth(staff) })).json(),
    );
    expect(forStaff.items.find((item) => item.id === message.id)?.hidden).toBe(true);
  });

  it.each([
    ['an empty message', { body: '   ' }],
    ['a message over 1000 characters', { body: 'я'.repeat(1001) }],
    ['a NUL character', { body: 'a\u0000b' }],
    ['a number', { body: 5 }],
  ])('refuses %s', async (_case, body) => {
    const visitor = await guestSession(app());
    const response = await post('e008', body, auth(visitor));
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.body');
  });

  it('refuses writing without a session and to an unknown stand', async () => {
    expect((await post('e008', { body: 'привет' }, {})).statusCode).toBe(401);
    const visitor = await guestSession(app());
    expect((await post('e999', { body: 'привет' }, auth(visitor))).statusCode).toBe(404);
  });

  it('limits a flooding visitor without slowing anyone else', async () => {
    const flooder = await guestSession(app());
    const statuses: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      statuses.push(
        (await post('e009', { body: `flood ${String(index)}` }, auth(flooder))).statusCode,
      );
    }
    expect(statuses.slice(0, 8).every((status) => status === 201)).toBe(true);
    expect(statuses).toContain(429);
    const bystander = await guestSession(app());
    expect((await post('e009', { body: 'а я просто спросить' }, auth(bystander))).statusCode).toBe(
      201,
    );
  });
});
