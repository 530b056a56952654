/** Regenerates lib/render/charts/sourceSansWidths.ts; see sourceSansWidthsFile.ts. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceSansWidthsFile } from './sourceSansWidthsFile.js';

const path = 'lib/render/charts/sourceSansWidths.ts';
writeFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), sourceSansWidthsFile());
console.log(`wrote ${path}`);
