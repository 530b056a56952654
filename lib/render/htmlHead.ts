import { escapeHtml } from './escapeHtml.js';

/**
 * The opening of costmodel's self-contained HTML pages, up to `<body>`: UTF-8, the policy of
 * what the page may load (when given), a viewport for phones, the title and the style sheet.
 *
 * @example
 * htmlHead('R&D', 'p { margin: 0; }').slice(-4); // ['<title>R&amp;D</title>', '<style>p { margin: 0; }</style>', '</head>', '<body>']
 */
export function htmlHead(title: string, style: string, contentSecurityPolicy?: string): string[] {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    ...(contentSecurityPolicy === undefined ? [] : [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`]),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="costmodel">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
  ];
}
