/**
 * Renders pages of a speaker's PDF to canvases with pdf.js (its worker from the bundle), for
 * the compositor to draw. One deck is open at a time; each page is rendered once, at a size
 * fit for the program, and kept. `page(url, index)` answers at once with the rendered page, or
 * the page shown before while it renders (null at first).
 */
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

const RENDER_WIDTH = 1280;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]).then(([module, worker]) => {
    module.GlobalWorkerOptions.workerSrc = worker.default;
    return module;
  });
  return pdfjs;
}

export class SlideRenderer {
  private url: string | null = null;
  private document: Promise<PDFDocumentProxy> | null = null;
  private readonly pages = new Map<number, HTMLCanvasElement>();
  private readonly rendering = new Set<number>();
  private pageCount = Infinity;
  private shown: HTMLCanvasElement | null = null;
  /** The last page that failed to open or render, for the producer to see. */
  failed: string | null = null;
  /** Called when a page finished rendering. */
  onReady: () => void = () => {};

  page(url: string, index: number): HTMLCanvasElement | null {
    if (url !== this.url) this.open(url);
    const ready = this.pages.get(index);
    if (ready) {
      this.shown = ready;
      // The producer usually goes forward: have the next page ready before it is asked for.
      if (!this.pages.has(index + 1)) this.request(url, index + 1);
      return ready;
    }
    this.request(url, index);
    // While the new page renders, the one on screen stays rather than a gap.
    return this.shown;
  }

  close(): void {
    void this.document?.then((document) => document.loadingTask.destroy()).catch(() => {});
    this.document = null;
    this.url = null;
    this.pages.clear();
    this.rendering.clear();
    this.pageCount = Infinity;
    this.shown = null;
  }

  private request(url: string, index: number): void {
    if (index < this.pageCount && !this.rendering.has(index)) void this.render(url, index);
  }

  private open(url: string): void {
    this.close();
    this.url = url;
    this.failed = null;
    this.document = loadPdfJs().then((module) => module.getDocument({ url, verbosity: 0 }).promise);
  }

  private async render(url: string, index: number): Promise<void> {
    this.rendering.add(index);
    try {
      const document = await this.document;
      if (!document || url !== this.url) return;
      this.pageCount = document.numPages;
      if (index >= document.numPages) return;
      const page = await document.getPage(index + 1);
      const unit = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: RENDER_WIDTH / unit.width });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      if (url !== this.url) return;
      this.pages.set(index, canvas);
      this.onReady();
    } catch (error) {
      if (url === this.url) this.failed = error instanceof Error ? error.message : String(error);
    } finally {
      this.rendering.delete(index);
    }
  }
}
