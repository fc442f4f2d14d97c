/**
 * "Export CSV": the leads file needs the session's Authorization header, which a plain link
 * cannot send, so it is fetched, turned into a Blob and saved through a temporary object URL.
 * The file is named after the stand and the day of the export, so exports from different days
 * do not end up as "leads (1).csv", "leads (2).csv".
 */
import { ApiError, apiPath } from '../../../api/apiClient.ts';
import { ProblemSchema } from '@salon/shared';

/** `leads-e001-2027-04-26.csv`: the api's name (or the stand's id) with the local date added. */
export function leadsCsvFileName(
  contentDisposition: string | null,
  exhibitorId: string,
  now: Date,
): string {
  const offered = /filename="?([^";]+)"?/i.exec(contentDisposition ?? '')?.[1] ?? '';
  // Only a plain name is taken from the header: no folders, no hidden files.
  const safe = /^[\w-]+\.csv$/i.test(offered) ? offered.replace(/\.csv$/i, '') : '';
  const base = safe || `leads-${exhibitorId.replace(/[^\w-]/g, '')}`;
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `${base}-${day}.csv`;
}

/** Downloads the stand's leads as a CSV file the browser saves. */
export async function downloadLeadsCsv(exhibitorId: string, token: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiPath(`/stands/${encodeURIComponent(exhibitorId)}/leads.csv`), {
      headers: { authorization: `Bearer ${token}`, accept: 'text/csv' },
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(
      response.status,
      problem.success ? problem.data.detail : response.statusText,
    );
  }
  const name = leadsCsvFileName(
    response.headers.get('content-disposition'),
    exhibitorId,
    new Date(),
  );
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the Blob to the browser's download; the URL can go after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}
