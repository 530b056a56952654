/**
 * The charts' fonts as the renderers take them: the renderers read no file themselves, so
 * whoever calls them hands the fonts in ({@link readChartFonts} reads the ones costmodel
 * installs with it, the Source Sans 3 of the `source-sans` package).
 *
 * @example
 * const fonts: ChartFonts = await readChartFonts();
 * [fonts.ttfFiles.regular.endsWith('SourceSans3-Regular.ttf'), (fonts.woff2?.bold.length ?? 0) > 0]; // [true, true]
 */
export type ChartFonts = {
  /** Paths of the TrueType files the PNG renderer loads (it reads them by path). */
  readonly ttfFiles: { readonly regular: string; readonly bold: string };
  /** The WOFF2 bytes a self-contained HTML page embeds; without them the page names the font and falls back to the reader's sans-serif. */
  readonly woff2?: { readonly regular: Uint8Array; readonly bold: Uint8Array };
};
