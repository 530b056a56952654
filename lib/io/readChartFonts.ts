import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Where the charts' fonts are installed: Source Sans 3 Regular and Bold from the `source-sans`
 * package, which comes with costmodel, so a PNG renders the same on a machine without any
 * system fonts. Throws when the package is missing, rather than letting the PNG renderer
 * silently drop every label.
 *
 * @example
 * const files = chartFontFiles();
 * [files.regular.endsWith('SourceSans3-Regular.ttf'), files.boldWoff2.endsWith('SourceSans3-Bold.ttf.woff2')]; // [true, true]
 */
export function chartFontFiles(): { readonly regular: string; readonly bold: string; readonly regularWoff2: string; readonly boldWoff2: string } {
  const require = createRequire(import.meta.url);
  const resolve = (file: string) => {
    try {
      return require.resolve(`source-sans/${file}`);
    } catch {
      throw new Error(`the charts' font source-sans/${file} is not installed; reinstall costmodel's dependencies`);
    }
  };
  return {
    regular: resolve('TTF/SourceSans3-Regular.ttf'),
    bold: resolve('TTF/SourceSans3-Bold.ttf'),
    regularWoff2: resolve('WOFF2/TTF/SourceSans3-Regular.ttf.woff2'),
    boldWoff2: resolve('WOFF2/TTF/SourceSans3-Bold.ttf.woff2'),
  };
}

/**
 * The charts' fonts as the renderers take them (a `ChartFonts`): the TrueType files for the
 * PNG renderer and, unless `woff2` is false, the WOFF2 bytes (about 290 kB) a self-contained
 * HTML page embeds. Reads files of the installed `source-sans` package only, never a user's
 * file.
 *
 * @example
 * const fonts = await readChartFonts();
 * const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text y="15">$4,000</text></svg>', { fonts });
 * String.fromCharCode(...png.subarray(1, 4)); // 'PNG'
 * (await readChartFonts({ woff2: false })).woff2; // undefined
 */
export async function readChartFonts(options: { readonly woff2?: boolean } = {}): Promise<{
  readonly ttfFiles: { readonly regular: string; readonly bold: string };
  readonly woff2?: { readonly regular: Uint8Array; readonly bold: Uint8Array };
}> {
  const files = chartFontFiles();
  const ttfFiles = { regular: files.regular, bold: files.bold };
  if (options.woff2 === false) return { ttfFiles };
  const [regular, bold] = await Promise.all([readFile(files.regularWoff2), readFile(files.boldWoff2)]);
  return { ttfFiles, woff2: { regular, bold } };
}
