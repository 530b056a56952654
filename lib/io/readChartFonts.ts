import { readFile } from 'node:fs/promises';
import { chartFontFiles } from '../render/charts/chartFonts.js';

/**
 * The WOFF2 bytes of the charts' fonts, for a self-contained HTML page. Reads files of the
 * installed `source-sans` package only, never a user's file.
 *
 * @example
 * const { regular, bold } = await readChartFontsWoff2();
 * regular.length > 0; // true
 */
export async function readChartFontsWoff2(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const files = chartFontFiles();
  const [regular, bold] = await Promise.all([readFile(files.regularWoff2), readFile(files.boldWoff2)]);
  return { regular, bold };
}
