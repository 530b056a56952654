/**
 * Files the page hands out: each scenario file as changed, the schedule as CSV, the chart as
 * SVG. Made in the page from its current state, saved through a link to a Blob: nothing is
 * sent anywhere.
 */
import { element } from './dom.js';

/** Saves `text` as a file named `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { href: url, download: name, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; keep the URL a little longer for slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A scenario file as costmodel writes JSON: two-space indents and a final newline. */
export function scenarioFileText(definition: unknown): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}
