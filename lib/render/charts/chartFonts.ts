import { createRequire } from 'node:module';

/**
 * The font files the renderers use: Source Sans 3 Regular and Bold from the `source-sans` package.
 *
 * @example
 * const files: ChartFontFiles = chartFontFiles();
 * files.boldWoff2.endsWith('SourceSans3-Bold.ttf.woff2'); // true
 */
export type ChartFontFiles = {
  /** TrueType files, for the PNG renderer. */
  readonly regularTtf: string;
  readonly boldTtf: string;
  /** WOFF2 files, for the HTML page to embed. */
  readonly regularWoff2: string;
  readonly boldWoff2: string;
};

/**
 * Where the charts' fonts are installed. They come with costmodel (the `source-sans`
 * dependency), so a PNG renders the same on a machine without any system fonts. Throws when
 * the package is missing, rather than letting the PNG renderer silently drop every label.
 *
 * @example
 * chartFontFiles().regularTtf.endsWith('SourceSans3-Regular.ttf'); // true
 */
export function chartFontFiles(): ChartFontFiles {
  const require = createRequire(import.meta.url);
  const resolve = (file: string) => {
    try {
      return require.resolve(`source-sans/${file}`);
    } catch {
      throw new Error(`the charts' font source-sans/${file} is not installed; reinstall costmodel's dependencies`);
    }
  };
  return {
    regularTtf: resolve('TTF/SourceSans3-Regular.ttf'),
    boldTtf: resolve('TTF/SourceSans3-Bold.ttf'),
    regularWoff2: resolve('WOFF2/TTF/SourceSans3-Regular.ttf.woff2'),
    boldWoff2: resolve('WOFF2/TTF/SourceSans3-Bold.ttf.woff2'),
  };
}
