/**
 * What the chart tests share: comparisons of the example scenarios and of edge cases, the
 * official Vega-Lite JSON schema as an ajv validator, and a small PNG decoder.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { Ajv } from 'ajv';
import type { TopLevelSpec } from 'vega-lite';
import type { AnalysisOptions } from '../../../lib/analysis/analysisSettings.js';
import { compare } from '../../../lib/report/compare.js';
import type { Comparison } from '../../../lib/report/comparison.js';
import type { Scenario } from '../../../lib/scenario/scenario.js';
import { exampleScenario, monthlyScenario, scenarioOf } from '../fixtures.js';

/** The founding example over 36 months: self-hosted (baseline) against the managed provider. */
export function foundingComparison(options: AnalysisOptions = {}): Comparison {
  return compare([exampleScenario('self-hosted.json'), exampleScenario('managed-provider.json')], { months: 36, ...options });
}

/** All three example scenarios. */
export function examplesComparison(options: AnalysisOptions = {}): Comparison {
  return compare(
    [exampleScenario('self-hosted.json'), exampleScenario('self-hosted-with-it-hire.json'), exampleScenario('managed-provider.json')],
    { months: 36, ...options },
  );
}

/** A provider with a high setup fee and a low monthly fee: it breaks even against self-hosting in month 16 (2010-08). */
export function cheaperProvider(name = 'Cheaper provider'): Scenario {
  return scenarioOf({
    name,
    currency: 'USD',
    start: '2009-05',
    commitment: { months: 12 },
    costs: [
      { name: 'Setup', kind: 'one-time', amount: '45000', category: 'migration' },
      { name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month', category: 'hosting' },
    ],
  });
}

/** A scenario that costs nothing. */
export function freeScenario(name = 'Free tier'): Scenario {
  return scenarioOf({ name, currency: 'USD', start: '2009-05', costs: [] });
}

/** Comparisons that stress the charts: one scenario, nothing to pay, one month, a century, a break-even, long names. */
export function edgeComparisons(): Record<string, Comparison> {
  const selfHosted = exampleScenario('self-hosted.json');
  const managed = exampleScenario('managed-provider.json');
  const itHire = exampleScenario('self-hosted-with-it-hire.json');
  return {
    'a single scenario': compare([managed], { months: 36 }),
    'zero-cost scenarios only': compare([freeScenario(), freeScenario('Also free')], { months: 24 }),
    'a zero-cost challenger': compare([selfHosted, freeScenario()], { months: 36 }),
    'a horizon of 1 month': compare([selfHosted, itHire, managed], { months: 1 }),
    'a horizon of 12 months': compare([selfHosted, managed], { months: 12 }),
    'a horizon of 13 months': compare([selfHosted, managed], { months: 13 }),
    'a horizon of 1200 months, discounted': compare([selfHosted, itHire, managed], { months: 1200, discountRate: '5%' }),
    'a break-even': compare([selfHosted, cheaperProvider()], { months: 36 }),
    'long scenario names': compare(
      [monthlyScenario('Self-hosted in our own rack at the colocation centre on Main Street', '4000'), cheaperProvider('A managed provider whose name runs on and on past any legend limit')],
      { months: 60, discountRate: '8%' },
    ),
    'nine scenarios, so colours repeat': compare(
      Array.from({ length: 9 }, (_, i) => monthlyScenario(`Option ${i + 1}`, String(1000 * (i + 1)))),
      { months: 24 },
    ),
  };
}

let validator: ((spec: unknown) => boolean) & { errors?: unknown } | undefined;

/** Validates a spec against the JSON schema shipped inside the vega-lite package; returns ajv's errors. */
export function vegaLiteSchemaErrors(spec: TopLevelSpec): unknown[] {
  if (validator === undefined) {
    const schemaPath = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    // The schema is draft-07, which ajv's default class implements; strict mode off, as the
    // vega-lite schema uses keywords and formats ajv's strict mode rejects.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    validator = ajv.compile(schema);
  }
  return validator(spec) ? [] : ((validator.errors as unknown[] | undefined) ?? ['invalid']);
}

/** A decoded PNG: size and 8-bit RGBA pixels, row by row. */
export type DecodedPng = { readonly width: number; readonly height: number; readonly rgba: Uint8Array };

/**
 * Decodes a non-interlaced 8-bit RGB or RGBA PNG (what resvg writes) with node:zlib, so the
 * tests need no image library.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const buffer = Buffer.from(bytes);
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (bitDepth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colorType}`);
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= channels ? (pixels[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const upLeft = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] as number) : 0;
      const predicted =
        filter === 0 ? 0 : filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : NaN;
      if (Number.isNaN(predicted)) throw new Error(`bad PNG filter ${String(filter)}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([pixels[i * 3] as number, pixels[i * 3 + 1] as number, pixels[i * 3 + 2] as number, 255], i * 4);
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** How many pixels in a rectangle are dark (text-like): every channel below 100. */
export function darkPixels(png: DecodedPng, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = box.y; y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = box.x; x < Math.min(png.width, box.x + box.width); x++) {
      const i = (y * png.width + x) * 4;
      if ((png.rgba[i] as number) < 100 && (png.rgba[i + 1] as number) < 100 && (png.rgba[i + 2] as number) < 100) count++;
    }
  }
  return count;
}

/** The width and height an SVG document declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  if (match === null) throw new Error('the SVG declares no size');
  return { width: Number(match[1]), height: Number(match[2]) };
}
