/**
 * Counts the pages of an uploaded PDF with pdf.js (through unpdf, its dependency-free build
 * for servers). A file whose first bytes say PDF but that pdf.js cannot open is not a PDF a
 * studio can show, so it counts as none.
 */
import { readFile } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';

export async function countPdfPages(file: string): Promise<number | null> {
  try {
    const document = await getDocumentProxy(new Uint8Array(await readFile(file)), {
      // Reading structure only: no warnings printed.
      verbosity: 0,
    });
    const pages = document.numPages;
    await document.loadingTask.destroy();
    return pages > 0 ? pages : null;
  } catch {
    return null;
  }
}
