/** Where the api serves a stored file (see fileRoutes.ts). */
export function fileUrl(fileId: string): string {
  return `/api/files/${fileId}`;
}
