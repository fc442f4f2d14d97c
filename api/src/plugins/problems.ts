/**
 * Every error leaves the api as RFC 9457 `application/problem+json` with a sentence a person can
 * act on. Malformed requests are 4xx by construction; only our own bugs become a 500, and those
 * never echo internals.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '@salon/shared';

const PROBLEM_TYPE = 'https://salon.example/problems/';

export function sendProblem(
  reply: FastifyReply,
  status: number,
  slug: string,
  title: string,
  detail: string,
  errors?: Problem['errors'],
): FastifyReply {
  const problem: Problem = {
    type: `${PROBLEM_TYPE}${slug}`,
    title,
    status,
    detail,
    instance: reply.request.url.slice(0, 300),
    ...(errors ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problem);
}

/**
 * An error a route throws to answer with a problem; the error handler turns it into one.
 * `errors` names the fields it is about, so that a form shows the message beside them.
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly errors: Problem['errors'];
  constructor(
    status: number,
    slug: string,
    title: string,
    detail: string,
    errors?: Problem['errors'],
  ) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = errors;
  }
}

export function notFound(what: string, id: string): HttpProblem {
  return new HttpProblem(
    404,
    'not-found',
    `${what} not found`,
    `There is no ${what.toLowerCase()} with id "${id}". Check the link or search again.`,
  );
}

const WHERE: Partial<Record<string, string>> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

/** What Fastify and its parsers attach to the errors they throw. */
type RequestError = Error & { statusCode?: number; code?: string };

function describeStatus(error: RequestError): { slug: string; title: string; detail: string } {
  if (error.statusCode === 429) {
    return {
      slug: 'too-many-requests',
      title: 'Too many requests',
      detail: 'You are sending requests too quickly. Wait a minute and try again.',
    };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        slug: 'payload-too-large',
        title: 'Request body too large',
        detail: 'The request body is larger than this route accepts. Send less data at once.',
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        slug: 'unsupported-media-type',
        title: 'Unsupported content type',
        detail: 'Send the request body as application/json.',
      };
    default:
      return {
        slug: 'bad-request',
        title: 'Bad request',
        detail: error.message || 'The request could not be understood.',
      };
  }
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: RequestError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(reply, error.status, error.slug, error.title, error.message, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = WHERE[error.validationContext ?? ''] ?? 'request';
      const errors = error.validation.map((issue) => ({
        path: `${where}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message ?? 'Invalid value',
      }));
      const first = errors[0];
      return sendProblem(
        reply,
        400,
        'invalid-request',
        'Invalid request',
        first
          ? `${first.path}: ${first.message}`
          : 'The request does not match what this route accepts.',
        errors,
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const { slug, title, detail } = describeStatus(error);
      return sendProblem(reply, status, slug, title, detail);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(
      reply,
      500,
      'internal',
      'Something went wrong on our side',
      'The server could not complete this request. Try again in a minute; if it keeps failing, tell the organisers.',
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      404,
      'no-such-route',
      'No such route',
      `${request.method} ${request.url.split('?')[0] ?? ''} is not an api route. The list of routes is at /api/docs.`,
    ),
  );
}
