/**
 * Vega-Lite spec → SVG, offline, in Node, without a canvas package:
 *
 *   spec ─▶ vega-lite compile ─▶ vega parse ─▶ headless View (renderer 'none') ─▶ toSVG()
 *
 * vega and vega-lite are imported here, lazily, so only the commands that draw pay for
 * loading them. Text is measured with the advance widths of Source Sans 3 (the charts' font)
 * instead of vega's rough estimate, so labels are laid out as the PNG renderer draws them,
 * identically on every machine.
 */
import type { TopLevelSpec } from 'vega-lite';
import { isBoldWeight, textWidth } from './charts/textWidth.js';

/**
 * Options of {@link renderSvg}.
 *
 * @example
 * const warnings: string[] = [];
 * const options: RenderSvgOptions = { onWarning: (message) => warnings.push(message), tooltips: false };
 * (await renderSvg({ data: { values: [{ cost: 4000 }] }, mark: 'point' }, options)).includes('<title>'); // false
 * warnings; // []
 */
export type RenderSvgOptions = {
  /** Receives each warning vega-lite or vega reports (by default they are dropped: renderers never print). */
  readonly onWarning?: (message: string) => void;
  /**
   * Adds a `<title>` to every mark that has a description, so a browser shows the full
   * scenario name and exact amount on hover (default true).
   */
  readonly tooltips?: boolean;
};

/** The parts of vega's text item that text measurement reads. */
type TextItem = { readonly fontSize?: number | string; readonly fontWeight?: string | number | null };
type TextMetrics = { width: (item: TextItem, text: unknown) => number };

/** vega's log levels: 0 none, 1 error, 2 warn, 3 info, 4 debug. */
const WARN_LEVEL = 2;

/**
 * Renders a Vega-Lite spec to an SVG document string. Deterministic: the same spec gives the
 * same bytes on any machine and in any time zone (costmodel's charts use UTC time scales).
 *
 * @example
 * const svg = await renderSvg({ data: { values: [{ cost: 4000 }] }, mark: 'point', encoding: { x: { field: 'cost', type: 'quantitative' } } });
 * svg.startsWith('<svg'); // true
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  const [vegaLite, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  // vega's module exports textMetrics at run time, which its typings leave out. The cast is
  // sound: the field is typed optional and checked before use, so a vega without it fails plainly.
  measureTextWithChartFont(vega as unknown as { textMetrics?: TextMetrics });
  const logger = forwardingLogger(options.onWarning ?? (() => undefined));
  const compiled = vegaLite.compile(spec, { logger });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logger });
  try {
    const svg = withXmlCharactersOnly(numberDefinitionsInOrder(await view.toSVG()));
    return options.tooltips === false ? svg : withTitles(svg);
  } finally {
    view.finalize();
  }
}

/**
 * Replaces vega's width estimate (0.8 em a character, far too wide) with Source Sans 3's
 * real advance widths. vega reads `textMetrics.width` for layout, label overlap and
 * truncation; costmodel's charts are set in that font whatever canvas is installed.
 */
function measureTextWithChartFont(vega: { textMetrics?: TextMetrics }): void {
  const metrics = vega.textMetrics;
  if (metrics === undefined) throw new Error('vega no longer exports textMetrics: update renderSvg');
  metrics.width = (item, text) => {
    const size = item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
    const line = text === null || text === undefined ? '' : String(text).trim();
    return textWidth(line, size, isBoldWeight(item.fontWeight) ? 'bold' : 'regular');
  };
}

type Logger = {
  level(): number;
  level(level: number): Logger;
  error(...args: unknown[]): Logger;
  warn(...args: unknown[]): Logger;
  info(...args: unknown[]): Logger;
  debug(...args: unknown[]): Logger;
};

/** A vega/vega-lite logger that prints nothing and hands warnings and errors to `onWarning`. */
function forwardingLogger(onWarning: (message: string) => void): Logger {
  const forward = (args: unknown[]) => onWarning(args.map(String).join(' '));
  const logger: Logger = {
    level: ((level?: number) => (level === undefined ? WARN_LEVEL : logger)) as Logger['level'],
    error: (...args) => (forward(args), logger),
    warn: (...args) => (forward(args), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * vega numbers clip paths and gradients with counters global to the process (`clip17`), so
 * the same chart would come out different on a second render. Renumbering them in order of
 * first appearance makes the bytes depend on the chart alone.
 */
function numberDefinitionsInOrder(svg: string): string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  const rename = (id: string, prefix: string) => {
    let name = renamed.get(id);
    if (name === undefined) {
      const count = (counts.get(prefix) ?? 0) + 1;
      counts.set(prefix, count);
      name = `${prefix}${count}`;
      renamed.set(id, name);
    }
    return name;
  };
  // Only inside tags, and only where an id is defined or referenced: text may say anything.
  return svg.replace(/<[^<>]*>/g, (tag) => tag.replace(/(id="|url\(#)((clip|gradient_)\d+)/g, (_match, before: string, id: string, prefix: string) => before + rename(id, prefix)));
}

/**
 * vega writes each mark's description as `aria-label`, which screen readers use but browsers
 * do not show on hover; a `<title>` child shows it as a tooltip. Only self-closing marks
 * (points, bars, rules, line paths) get one.
 */
function withTitles(svg: string): string {
  return svg.replace(
    /<(path|rect|line|circle)( [^<>]*?aria-label="([^"]*)"[^<>]*?)\/>/g,
    (_match, tag: string, attributes: string, label: string) => `<${tag}${attributes}><title>${label}</title></${tag}>`,
  );
}

// What XML 1.0 does not allow in a document: control characters but tab and line breaks,
// lone surrogates, U+FFFE and U+FFFF. Scenario files cannot hold them, but a chart spec built
// in code can; one of them would make the whole SVG (and the PNG drawn from it) unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The SVG with every character XML does not allow replaced by `�`. */
function withXmlCharactersOnly(svg: string): string {
  return svg.replace(NOT_XML, '\uFFFD');
}
