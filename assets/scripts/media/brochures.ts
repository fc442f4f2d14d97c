/**
 * Renders a demo brochure as an A4 PDF with pdfkit: a cover, then one page per section with
 * the Russian text above the English. DejaVu Sans is embedded (subset) so that Cyrillic shows
 * in every viewer; the creation date is fixed so that the same brochure gives the same bytes.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { BrochureFacts, BrochureSection } from './tables/brochures.ts';
import { FONTS, type MediaJob } from './tools.ts';
import { brochureFile } from './catalogue.ts';

const MARGIN = 56;
const FIXED_DATE = new Date('2027-04-01T00:00:00Z');
const COVER_COLORS = ['#1d3557', '#264653', '#6a040f', '#3d2c5e', '#2d6a4f', '#7f4f24'];
const INK = '#1f2933';
const MUTED = '#52606d';

type Doc = InstanceType<typeof PDFDocument>;

function footer(doc: Doc, page: number, pages: number): void {
  const y = doc.page.height - MARGIN + 16;
  // Text below the bottom margin would otherwise start a new page.
  doc.page.margins.bottom = 0;
  doc.font('regular').fontSize(8).fillColor(MUTED);
  doc.text('ММСО 2027 · MIEF 2027 — демонстрационный материал / demo material', MARGIN, y, {
    lineBreak: false,
  });
  doc.text(`${String(page)} / ${String(pages)}`, doc.page.width - MARGIN - 40, y, {
    width: 40,
    align: 'right',
    lineBreak: false,
  });
}

function cover(doc: Doc, brochure: BrochureFacts, color: string): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.rect(0, 0, doc.page.width, 300).fill(color);
  doc.font('regular').fontSize(11).fillColor('#ffffff');
  doc.text('Московский международный салон образования', MARGIN, 72, { width });
  doc.text('Moscow International Education Fair', { width });
  doc.font('bold').fontSize(26).text(brochure.title[0], MARGIN, 150, { width });
  doc.font('regular').fontSize(16).fillColor(INK).text(brochure.title[1], MARGIN, 340, { width });
  doc.moveDown(2).fontSize(11).fillColor(MUTED);
  const headings = brochure.sections.map(({ heading }) => `${heading[0]} / ${heading[1]}`);
  doc.text(`В выпуске / Inside: ${headings.join(' · ')}`, { width });
}

function section(doc: Doc, part: BrochureSection, color: string): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.rect(MARGIN, MARGIN, 48, 4).fill(color);
  for (const language of [0, 1] as const) {
    doc.moveDown(language === 0 ? 0 : 1.5);
    const y = language === 0 ? MARGIN + 20 : undefined;
    doc
      .font('bold')
      .fontSize(18)
      .fillColor(language === 0 ? INK : color);
    doc.text(part.heading[language], MARGIN, y, { width });
    doc.moveDown(0.6).font('regular').fontSize(11.5).fillColor(INK);
    for (const paragraph of part.paragraphs) {
      doc.text(paragraph[language], { width, lineGap: 3, paragraphGap: 8 });
    }
  }
}

/** A note at the foot of each section page about what else the stand offers. */
function standNote(doc: Doc, color: string): void {
  const width = doc.page.width - 2 * MARGIN;
  const top = doc.page.height - MARGIN - 96;
  doc.rect(MARGIN, top, width, 72).fillOpacity(0.08).fill(color).fillOpacity(1);
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(color)
    .text('На стенде / At the stand', MARGIN + 14, top + 12);
  doc.font('regular').fontSize(9.5).fillColor(INK);
  doc.text(
    'Видеопрезентация, чат с представителями и материалы в ваш портфель. ' +
      'Video presentation, chat with the exhibitor’s staff and materials for your briefcase.',
    MARGIN + 14,
    top + 28,
    { width: width - 28, lineGap: 2 },
  );
}

export async function renderBrochure(
  brochure: BrochureFacts,
  index: number,
  output: string,
): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    lang: 'ru',
    displayTitle: true,
    info: {
      Title: `${brochure.title[0]} / ${brochure.title[1]}`,
      Author: 'Salon demo fair',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  const stream = doc.pipe(createWriteStream(output));
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const color = COVER_COLORS[index % COVER_COLORS.length] ?? INK;
  const pages = 1 + brochure.sections.length;
  doc.addPage();
  cover(doc, brochure, color);
  footer(doc, 1, pages);
  brochure.sections.forEach((part, sectionIndex) => {
    doc.addPage();
    section(doc, part, color);
    standNote(doc, color);
    footer(doc, sectionIndex + 2, pages);
  });
  doc.end();
  await finished(stream);
}

export function brochureJobs(brochures: readonly BrochureFacts[]): MediaJob[] {
  return brochures.map((brochure, index) => ({
    path: brochureFile(index),
    make: (output) => renderBrochure(brochure, index, output),
  }));
}
