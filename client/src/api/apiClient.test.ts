import { createServer, type Server } from 'node:http';
import { ExhibitorPageSchema } from '@salon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, apiPath, getJson, problemSlug } from './apiClient.ts';

describe('apiPath', () => {
  it('leaves out empty filters and encodes the rest', () => {
    expect(
      apiPath('/exhibitors', { q: 'школа №1 & co', kind: '', region: undefined, page: 2 }),
    ).toBe('/api/exhibitors?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0+%E2%84%961+%26+co&page=2');
  });

  it('has no query string when there is nothing to filter', () => {
    expect(apiPath('/topics')).toBe('/api/topics');
  });
});

describe('getJson', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/ok') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ items: [], page: 1, pageSize: 20, total: 0 }));
      } else if (request.url === '/wrong-shape') {
        response.end(JSON.stringify({ items: 'nope' }));
      } else if (request.url === '/invalid') {
        response.statusCode = 400;
        response.setHeader('content-type', 'application/problem+json');
        response.end(
          JSON.stringify({
            type: 'x',
            title: 'Invalid request',
            status: 400,
            detail: 'body.name.en: Too small',
            errors: [{ path: 'body.name.en', message: 'Too small' }],
          }),
        );
      } else {
        response.statusCode = 404;
        response.setHeader('content-type', 'application/problem+json');
        response.end(
          JSON.stringify({
            type: 'https://salon.example/problems/not-found',
            title: 'Not found',
            status: 404,
            detail: 'No such exhibitor.',
          }),
        );
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  });
  afterAll(() => {
    server.close();
  });

  it('returns the parsed body', async () => {
    expect(await getJson(`${base}/ok`, ExhibitorPageSchema)).toEqual({
      items: [],
      page: 1,
      pageSize: 20,
      total: 0,
    });
  });

  it("turns a problem response into an ApiError with the api's sentence", async () => {
    const failure = getJson(`${base}/missing`, ExhibitorPageSchema);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, message: 'No such exhibitor.' });
  });

  it("names the problem's kind by the last part of its type", async () => {
    await expect(getJson(`${base}/missing`, ExhibitorPageSchema)).rejects.toMatchObject({
      problem: 'not-found',
    });
    expect(problemSlug('x')).toBe('x');
    expect(problemSlug('')).toBe('');
  });

  it("keeps the problem's field errors for forms to show in place", async () => {
    await expect(getJson(`${base}/invalid`, ExhibitorPageSchema)).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'body.name.en', message: 'Too small' }],
    });
    await expect(getJson(`${base}/missing`, ExhibitorPageSchema)).rejects.toMatchObject({
      errors: [],
    });
  });

  it('refuses a body that does not match the schema', async () => {
    await expect(getJson(`${base}/wrong-shape`, ExhibitorPageSchema)).rejects.toThrow();
  });

  it('reports an unreachable server as a network error', async () => {
    await expect(getJson('http://127.0.0.1:1/none', ExhibitorPageSchema)).rejects.toMatchObject({
      status: 0,
    });
  });
});
