/**
 * A progress bar for a long run, on standard error when it is a terminal:
 *
 *   Simulating [##############..............]  48%  about 6 s left
 *
 * Nothing is drawn for the first second, so a quick run stays quiet; then one line is
 * redrawn in place (a carriage return, no escape codes, so even a dumb terminal shows it) at
 * most ten times a second, and erased when the run ends, so it never mixes with the output.
 */
import type { CliIo } from './context.js';

/** Nothing is drawn before this many milliseconds have passed. */
const QUIET_MS = 1000;
/** The least time between two drawings, in milliseconds. */
const REDRAW_MS = 100;
/** The widest the line gets, in columns. */
const MAX_WIDTH = 72;

/** Hears progress (`done` of `total`) and erases the bar at the end. */
export type ProgressBar = {
  readonly update: (done: number, total: number) => void;
  readonly end: () => void;
};

/** A progress bar on standard error when it is a terminal (`io.stderrColumns`); undefined when it is not. */
export function progressOnTerminal(io: CliIo, label: string): ProgressBar | undefined {
  if (io.stderrColumns === undefined) return undefined;
  // A terminal that does not say its width (0) gets the usual 80 columns.
  const columns = io.stderrColumns > 0 ? io.stderrColumns : 80;
  return progressBar(io.stderr, { label, columns, now: io.now ?? (() => performance.now()) });
}

/** A progress bar that writes its line with `write`, `columns` wide at most, timed by `now` (milliseconds). */
export function progressBar(write: (text: string) => void, options: { readonly label: string; readonly columns: number; readonly now: () => number }): ProgressBar {
  const { label, now } = options;
  const width = Math.max(1, Math.min(MAX_WIDTH, options.columns - 1));
  const start = now();
  let drawnAt: number | undefined;
  return {
    update: (done, total) => {
      const time = now();
      if (time - start < QUIET_MS || (drawnAt !== undefined && time - drawnAt < REDRAW_MS && done < total)) return;
      drawnAt = time;
      write(`\r${progressLine(label, done, total, time - start, width)}`);
    },
    end: () => {
      if (drawnAt !== undefined) write(`\r${' '.repeat(width)}\r`);
    },
  };
}

/** The room kept for the time left ("about 59 s left", "about 120 min left"), so the bar keeps its length while it changes. */
const TIME_LEFT_WIDTH = 18;
/** The shortest bar worth drawing. */
const MIN_BAR = 10;

/**
 * "Simulating [####....]  48%  about 6 s left", `width` columns long: on a narrower terminal
 * the time left goes first, then the bar, and the percentage stays.
 */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, width: number): string {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const fixed = label.length + percent.length + 4; // "label [" + "] " + percent
  const withTime = width - fixed - 2 - TIME_LEFT_WIDTH >= MIN_BAR;
  const barWidth = width - fixed - (withTime ? 2 + TIME_LEFT_WIDTH : 0);
  if (barWidth < MIN_BAR) return `${label} ${percent}`.slice(0, width).padEnd(width);
  const filled = Math.floor(fraction * barWidth);
  const left = withTime ? `  ${(done > 0 && done < total ? timeLeft((elapsedMs * (total - done)) / done) : '').padEnd(TIME_LEFT_WIDTH)}` : '';
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${percent}${left}`;
}

function timeLeft(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 90 ? `about ${seconds} s left` : `about ${Math.ceil(seconds / 60)} min left`;
}
