import type { ExportBank, ExportOutput } from './model.js';

export const EXPORT_FORMATS = ['json', 'markdown', 'html', 'moodle', 'gift', 'prairielearn', 'anki'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatOptions {
  /** Markdown: add the answer section. */
  answers: boolean;
}

export { collectExport, type Collected, type ExportRequest } from './collect.js';
export type { ExportBank, ExportOutput, ExportWarning } from './model.js';

/**
 * The export in one format, as files and warnings; nothing is written here.
 * Each format is imported when asked for, so KaTeX and the XML library load
 * only for the formats that use them.
 */
export async function renderExport(format: ExportFormat, bank: ExportBank, opts: FormatOptions): Promise<ExportOutput> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).exportJson(bank);
    case 'markdown':
      return (await import('./markdown.js')).exportMarkdown(bank, opts);
    case 'html':
      return (await import('./html.js')).exportHtml(bank);
    case 'moodle':
      return (await import('./moodle.js')).exportMoodle(bank);
    case 'gift':
      return (await import('./gift.js')).exportGift(bank);
    case 'prairielearn':
      return (await import('./prairielearn.js')).exportPrairieLearn(bank);
    case 'anki':
      return (await import('./anki.js')).exportAnki(bank);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
