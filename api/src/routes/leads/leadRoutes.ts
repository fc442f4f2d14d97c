/** "Leave my contacts" for visitors; the stand's leads and their CSV export for its staff. */
import { Readable } from 'node:stream';
import {
  LeadSchema,
  LeaveContactsSchema,
  PaginationQuerySchema,
  ProblemSchema,
  StandParamsSchema,
  can,
  pageOf,
} from '@salon/shared';
import { stringify } from 'csv-stringify';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as t from '../../db/schema/index.ts';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';
import { requireStandAccess } from '../stands/standAccess.ts';
import { allLeads, leaveContacts, listLeads } from './leadRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  429: ProblemSchema,
};
const CSV_COLUMNS = ['createdAt', 'name', 'email', 'organisation', 'note'] as const;

export const leadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/stands/:exhibitorId/leads',
    {
      config: {
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          keyGenerator: (r) => r.sessionClaims?.sub ?? r.ip,
        },
      },
      schema: {
        tags: ['leads'],
        summary: 'Leave my contacts with this exhibitor',
        description: 'Only the fields sent are shared, and only with `consent: true`.',
        security: [{ session: [] }],
        params: StandParamsSchema,
        body: LeaveContactsSchema,
        response: { 201: LeadSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { exhibitorId } = request.params;
      const user = await requireUser(app, request);
      if (!can(user.row.role, 'lead.leave')) throw forbidden('Your role cannot leave contacts.');
      const [stand] = await app.db
        .select({ id: t.exhibitors.id })
        .from(t.exhibitors)
        .where(eq(t.exhibitors.id, exhibitorId));
      if (!stand) throw notFound('Stand', exhibitorId);
      return reply
        .code(201)
        .send(await leaveContacts(app.db, exhibitorId, user.row.id, request.body));
    },
  );

  app.get(
    '/stands/:exhibitorId/leads',
    {
      schema: {
        tags: ['leads'],
        summary: "The stand's leads, newest first (its staff and organisers)",
        security: [{ session: [] }],
        params: StandParamsSchema,
        querystring: PaginationQuerySchema,
        response: { 200: pageOf(LeadSchema), ...ERRORS },
      },
    },
    async (request) => {
      await requireStandAccess(app, request, 'stand.leads.read', request.params.exhibitorId);
      return listLeads(app.db, request.params.exhibitorId, request.query);
    },
  );

  app.get(
    '/stands/:exhibitorId/leads.csv',
    {
      schema: {
        tags: ['leads'],
        summary: "Export the stand's leads as CSV (UTF-8 with BOM, for spreadsheets)",
        security: [{ session: [] }],
        params: StandParamsSchema,
        response: {
          200: z.string().describe('CSV: createdAt, name, email, organisation, note'),
          ...ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { exhibitorId } = request.params;
      await requireStandAccess(app, request, 'stand.leads.read', exhibitorId);
      // Visitors write these fields: a cell starting with =, +, -, @, tab or CR is prefixed with
      // an apostrophe so that a spreadsheet shows it as text instead of running it as a formula.
      const csv = stringify({
        header: true,
        columns: [...CSV_COLUMNS],
        bom: true,
        escape_formulas: true,
      });
      Readable.from(allLeads(app.db, exhibitorId)).pipe(csv);
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="leads-${exhibitorId}.csv"`)
          // A stream is piped as it is; the 200 schema above only documents the CSV for OpenAPI.
          .send(csv as unknown as string)
      );
    },
  );
};
