/**
 * `npm run test:package`: the package works where users are, checked from the tarball, not
 * from the source tree:
 *
 *   npm pack ─▶ the file list: compiled library, types, schema, docs — no tests, fixtures or sources
 *     ─▶ npm install <tarball> into a fresh project
 *     ─▶ ESM `import { compare } from 'costmodel'`, CommonJS `require('costmodel')` (no warning)
 *     ─▶ TypeScript: NodeNext (.ts and .cts), bundler, node10 (top-level main/types, as tslab reads them)
 *     ─▶ the `costmodel` binary on copies of the scenario files
 *     ─▶ docs/examples/plain-node.mjs, the example for people without Jupyter
 *
 * Needs the npm registry (costmodel's dependencies are installed from it), so it is not part
 * of `npm test`. KEEP_PACKAGE_CHECK=1 keeps the temporary folder for a look.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { readChartFonts } from '../../lib/io/readChartFonts.js';
import { breakEvenChart } from '../../lib/render/charts/breakEvenChart.js';
import { renderPng } from '../../lib/render/renderPng.js';
import { foundingComparison } from '../render/charts/chartFixtures.js';
import { packAndInstall, run, type PackedPackage } from './packedPackage.js';

const FOUNDING_TOTALS = [
  ['Self-hosted', '144000.00'],
  ['Managed provider', '1485000.00'],
];
const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');

let packed: PackedPackage;
before(() => {
  packed = packAndInstall();
});
after(() => packed?.remove());

/** Runs a file of the user's project with node; returns stdout and stderr. */
function node(file: string, source: string, args: readonly string[] = []): { stdout: string; stderr: string } {
  writeFileSync(join(packed.project, file), source);
  const result = run(process.execPath, [...args, file], packed.project);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Type-checks files of the user's project with a tsconfig; fails with tsc's messages. */
function typecheck(name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>): void {
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(dirname(join(packed.project, file)), { recursive: true });
    writeFileSync(join(packed.project, file), source);
  }
  const config = { compilerOptions: { target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [], ...compilerOptions }, files: Object.keys(files) };
  writeFileSync(join(packed.project, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  const result = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: packed.project, encoding: 'utf8' });
  assert.equal(result.status, 0, `tsc with tsconfig.${name}.json failed:\n${result.stdout}${result.stderr}`);
}

describe('the tarball', () => {
  /** What may ship: the compiled library and CLI (each a launcher that runs its script from a code cache), the library's types, the generated validators beside them, vega's and vega-lite's single-file builds, the explore page's script, the schemas, and the docs npm always includes. */
  const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE(\.md|\.txt)?$/, /^docs\/CHANGELOG\.md$/, /^docs\/(scenario|decision-record)\.schema\.json$/, /^dist\/lib\/.+\.d\.ts$/, /^dist\/(lib\/index|bin\/costmodel)\.js$/, /^dist\/bin\/package\.json$/, /^dist\/bin\/simulationWorker\.mjs$/, /^dist\/chunks\/codeCachedScript\.cjs$/, /^dist\/(lib\/index|bin\/costmodel)\.script\.cjs(\.cache)?$/, /^dist\/chunks\/[\w-]+\.mjs$/, /^dist\/(lib|bin|chunks)\/generated\/(validateScenarioSchema|validateDecisionRecordSchema)\.cjs(\.cache)?$/, /^dist\/chunks\/vega(-lite)?\.cjs(\.cache)?$/, /^dist\/(lib|bin|chunks)\/costmodel-explore\.js$/, /^dist\/.+\.LEGAL\.txt$/];

  it('holds only the compiled library and CLI, the types of the library, the schemas, the README, the licence and the changelog', () => {
    const unexpected = packed.pack.files.map((f) => f.path).filter((path) => !allowed.some((pattern) => pattern.test(path)));
    assert.deepEqual(unexpected, [], 'files that should not be published (tests, fixtures, sources, source maps?)');
  });

  it('holds every file package.json and the README point at', () => {
    const paths = new Set(packed.pack.files.map((f) => f.path));
    // dist/bin/package.json makes the binary's launcher CommonJS: without it, Node would read it as an ES module and fail.
    const required = ['README.md', 'docs/CHANGELOG.md', 'docs/scenario.schema.json', 'docs/decision-record.schema.json', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/bin/costmodel.js', 'dist/bin/package.json'];
    assert.deepEqual(required.filter((path) => !paths.has(path)), []);
    const manifest = JSON.parse(readFileSync(join(packed.project, 'node_modules/costmodel/package.json'), 'utf8')) as Record<string, unknown>;
    // npx keeps the bin links it made in a project once: the binary must stay where they point.
    assert.deepEqual(manifest.bin, { costmodel: 'dist/bin/costmodel.js' });
    const pointed = [manifest.main, manifest.types, ...Object.values(manifest.bin as Record<string, string>), ...exportTargets(manifest.exports)];
    assert.deepEqual(
      pointed.map((target) => String(target).replace(/^\.\//, '')).filter((target) => !paths.has(target)),
      [],
      'package.json points at files the tarball lacks',
    );
    assert.ok(typeof manifest.license === 'string' && manifest.license !== '', 'package.json names a licence');
    assert.match(String((manifest.engines as { node?: string } | undefined)?.node), /^>=\s*20\.19/, 'engines.node is >=20.19 (require() of ES modules)');
  });

  it('ships no stale build output: every type declaration has its source in lib/', () => {
    // The JavaScript is bundled (dist/bin/costmodel.js, dist/lib/index.js and their chunks, see
    // test/tools/build.ts); declarations mirror the sources one to one.
    const stale = packed.pack.files
      .map((f) => f.path)
      .filter((path) => path.startsWith('dist/') && path.endsWith('.d.ts'))
      .filter((path) => !existsSync(join(projectRoot, path.replace(/^dist\//, '').replace(/(\.d\.ts|\.js)$/, '.ts'))));
    assert.deepEqual(stale, [], 'compiled files without a source: clean dist/ before building');
  });
});

describe('an installed costmodel', () => {
  it('resolves from the fresh project, not from the source tree', () => {
    const { stdout } = node('resolve.mjs', "console.log(import.meta.resolve('costmodel'));\n");
    assert.equal(stdout.trim(), `file://${packed.project}/node_modules/costmodel/dist/lib/index.js`);
  });

  it('works from an ES module: import { compare } from "costmodel"', () => {
    const { stdout, stderr } = node(
      'esm.mjs',
      [
        "import { compare, loadScenarios, toDecimal } from 'costmodel';",
        "const result = compare(await loadScenarios(['scenarios/self-hosted.json', 'scenarios/managed-provider.json']), { months: 36 });",
        'console.log(JSON.stringify(result.scenarios.map((s) => [s.name, s.total])));',
        "console.log(toDecimal(result.scenarios[1].total).minus(result.scenarios[0].total).toFixed(2));",
        '',
      ].join('\n'),
    );
    assert.deepEqual(stdout.trim().split('\n'), [JSON.stringify(FOUNDING_TOTALS), '1341000.00']);
    assert.equal(stderr, '');
  });

  it('works from CommonJS: require("costmodel"), without a warning', () => {
    const { stdout, stderr } = node(
      'commonjs.cjs',
      [
        "const { compare, loadScenarios } = require('costmodel');",
        "loadScenarios(['scenarios/self-hosted.json', 'scenarios/managed-provider.json']).then((scenarios) => {",
        '  console.log(JSON.stringify(compare(scenarios, { months: 36 }).scenarios.map((s) => [s.name, s.total])));',
        '});',
        '',
      ].join('\n'),
    );
    assert.equal(stdout.trim(), JSON.stringify(FOUNDING_TOTALS));
    assert.equal(stderr, '', 'require() of the ES module printed something');
  });

  it('exports the schemas and package.json, and nothing deeper', () => {
    const { stdout } = node(
      'subpaths.mjs',
      [
        "import schema from 'costmodel/scenario.schema.json' with { type: 'json' };",
        "import recordSchema from 'costmodel/decision-record.schema.json' with { type: 'json' };",
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);',
        "console.log(schema.$id, recordSchema.$id, require('costmodel/package.json').name);",
        "await import('costmodel/dist/lib/index.js').then(() => console.log('deep import allowed'), (error) => console.log(error.code));",
        '',
      ].join('\n'),
    );
    assert.equal(stdout.trim(), 'urn:costmodel:scenario:1 urn:costmodel:decision-record:1 costmodel\nERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('the types of an installed costmodel', () => {
  const esm = [
    "import { compare, loadScenarios, toDecimal, type AnalysisOptions, type Comparison, type Scenario } from 'costmodel';",
    "import schema from 'costmodel/scenario.schema.json' with { type: 'json' };",
    '',
    "const scenarios: Scenario[] = await loadScenarios(['scenarios/self-hosted.json', 'scenarios/managed-provider.json']);",
    'const options: AnalysisOptions = { months: 36, discountRate: "8%" };',
    'const result: Comparison = compare(scenarios, options);',
    'const total: string = result.scenarios[0]!.total;',
    'const difference: string = toDecimal(result.scenarios[1]!.total).minus(total).toFixed(2);',
    'const id: string = schema.$id;',
    '// @ts-expect-error the horizon is a number of months: proves the types are not `any`',
    "compare(scenarios, { months: '36' });",
    'export { difference, id };',
    '',
  ].join('\n');
  const commonjs = [
    "import costmodel = require('costmodel');",
    'export const total: string | undefined = costmodel.compare([]).scenarios[0]?.total;',
    '// @ts-expect-error not exported',
    'costmodel.notExported;',
    '',
  ].join('\n');
  const node10 = [
    "import { compare, loadScenarios, type Comparison } from 'costmodel';",
    'export async function totals(): Promise<string[]> {',
    "  const result: Comparison = compare(await loadScenarios(['scenarios/self-hosted.json']));",
    '  return result.scenarios.map((s) => s.total);',
    '}',
    '// @ts-expect-error not exported',
    "import { notExported } from 'costmodel';",
    '',
  ].join('\n');

  it('resolve under moduleResolution NodeNext, from ES modules and CommonJS', () => {
    typecheck('nodenext', { module: 'nodenext', moduleResolution: 'nodenext', resolveJsonModule: true }, { 'ts/esm.ts': esm, 'ts/commonjs.cts': commonjs });
  });

  it('resolve under moduleResolution bundler', () => {
    typecheck('bundler', { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true }, { 'ts/esm.ts': esm });
  });

  it('resolve through the top-level main/types fields (moduleResolution node10, as tslab does)', () => {
    // With skipLibCheck, as tslab compiles: vega-lite declares its types only in `exports`, which
    // node10 does not read, so under node10 the chart spec type (vega-lite's TopLevelSpec) is `any`.
    typecheck('node10', { module: 'commonjs', moduleResolution: 'node10', skipLibCheck: true }, { 'ts/node10.ts': node10 });
  });
});

describe('the installed costmodel binary', () => {
  it('compares copies of the founding scenarios: npx costmodel compare …', () => {
    const result = run('npx', ['--no-install', 'costmodel', 'compare', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json'], packed.project, {
      ...process.env,
      COLUMNS: '80',
    });
    assert.match(result.stdout, /^Self-hosted {8}48,000\.00 {2}48,000\.00 {2}48,000\.00 {3}144,000\.00 {13}—$/m);
    assert.match(result.stdout, /^Managed provider {2}525,000\.00 480,000\.00 480,000\.00 1,485,000\.00 \+1,341,000\.00$/m);
  });

  it('writes the JSON result: npx costmodel compare --format json', () => {
    const result = run('npx', ['--no-install', 'costmodel', 'compare', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json', '--format', 'json'], packed.project);
    const json = JSON.parse(result.stdout) as { version: number; scenarios: { name: string; total: string }[] };
    assert.equal(json.version, 1);
    assert.deepEqual(
      json.scenarios.map((s) => [s.name, s.total]),
      FOUNDING_TOTALS,
    );
  });
});

describe('the binary built in the project itself', () => {
  it('runs as the README\'s quick start types it, npx costmodel compare … in a clone: the build leaves it executable', () => {
    // What `npx costmodel` runs there: the file itself, by its #! line (npm pack built it).
    const result = run(join(projectRoot, 'dist/bin/costmodel.js'), ['compare', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json'], projectRoot, { ...process.env, COLUMNS: '80' });
    assert.match(result.stdout, /^Managed provider {2}525,000\.00 480,000\.00 480,000\.00 1,485,000\.00 \+1,341,000\.00$/m);
  });
});

describe('the explore page of the installed package', () => {
  it('is written by the binary with the script the build put beside it, and by the library alike', () => {
    run('npx', ['--no-install', 'costmodel', 'explore', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json', '-o', 'explore.html'], packed.project);
    const page = readFileSync(join(packed.project, 'explore.html'), 'utf8');
    assert.ok(page.startsWith('<!doctype html>') && page.length > 1_000_000 && page.length < 2_000_000, `${page.length} characters`);
    const library = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { explorePage, loadScenarios, readExploreAssets } from 'costmodel'; const s = await loadScenarios(['scenarios/self-hosted.json', 'scenarios/managed-provider.json']); process.stdout.write(explorePage(s, { assets: await readExploreAssets() }));",
      ],
      packed.project,
    );
    assert.equal(library.stdout, page);
  });
});

describe('simulations by the installed binary', () => {
  it('run on worker threads with the same result as on one: simulate --threads', () => {
    writeFileSync(
      join(packed.project, 'ranged.json'),
      JSON.stringify({ name: 'Ranged', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '30000', high: '45000' }, every: 'month' }] }),
    );
    const simulate = (threads: string) => {
      const json = JSON.parse(run('npx', ['--no-install', 'costmodel', 'simulate', 'scenarios/self-hosted.json', 'ranged.json', '--trials', '3000', '--threads', threads, '--format', 'json'], packed.project).stdout) as {
        settings: { threads: number };
      };
      return { threads: json.settings.threads, rest: JSON.stringify({ ...json, settings: { ...json.settings, threads: 0 } }) };
    };
    const one = simulate('1');
    const three = simulate('3');
    assert.deepEqual([one.threads, three.threads], [1, 3]);
    assert.equal(three.rest, one.rest);
  });
});

describe('decision records, written and read by the installed package', () => {
  it('the binary records a decision and reads it back: report --record, then report --previous', () => {
    const scenarios = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];
    const report = ['--no-install', 'costmodel', 'report', ...scenarios, '--date', '2009-05-04', '--format', 'json'];
    run('npx', [...report, '--record', 'decision.json'], packed.project);
    const later = run('npx', ['--no-install', 'costmodel', 'report', ...scenarios, '--date', '2010-05-03', '--format', 'json', '--previous', 'decision.json'], packed.project);
    const changes = (JSON.parse(later.stdout) as { changes: { since: { date: string }; scenarios: { unchanged: string[] } } }).changes;
    assert.deepEqual([changes.since.date, changes.scenarios.unchanged], ['2009-05-04', ['Self-hosted', 'Managed provider']]);
  });

  it('the library reads it too: readDecisionRecord', () => {
    const { stdout, stderr } = node(
      'record.mjs',
      [
        "import { readDecisionRecord } from 'costmodel';",
        "const read = await readDecisionRecord('decision.json');",
        'console.log(read.ok, read.ok && read.value.results.cheapest);',
        '',
      ].join('\n'),
    );
    assert.equal(stdout.trim(), 'true Self-hosted');
    assert.equal(stderr, '');
  });
});

describe('charts from the installed package', () => {
  it('draws the break-even chart with vega and vega-lite from their single-file builds, to the bytes of the golden file', () => {
    const cli = join(packed.project, 'node_modules/costmodel/dist/bin/costmodel.js');
    const result = run(process.execPath, [cli, 'chart', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json', '--revisit', '2010-05', '-o', 'breakeven.html'], packed.project);
    assert.equal(result.stderr, '');
    assert.equal(readFileSync(join(packed.project, 'breakeven.html')).equals(readFileSync(join(projectRoot, 'test/golden/chart.breakeven.html'))), true);
  });

  it("draws the PNG with resvg's binding for the platform, without the package's process report, to the bytes the sources draw", async () => {
    const cli = join(packed.project, 'node_modules/costmodel/dist/bin/costmodel.js');
    // Says so on stderr if anything asks Node for a diagnostic report, as @resvg/resvg-js's own loader does on Linux.
    const watch = `const report = process.report.getReport.bind(process.report); process.report.getReport = (...args) => { process.stderr.write('process report\\n'); return report(...args); };`;
    const result = run(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(watch)}`, cli, 'chart', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json', '--revisit', '2010-05', '-o', 'breakeven.png'], packed.project);
    assert.equal(result.stderr, '');
    const spec = breakEvenChart(foundingComparison(), { revisit: '2010-05' });
    const fromSources = await renderPng(spec, { fonts: await readChartFonts({ woff2: false }) });
    assert.equal(readFileSync(join(packed.project, 'breakeven.png')).equals(Buffer.from(fromSources)), true);
  });

  it("never starts Node's ES module loader, for a comparison or a PNG chart (its start-up cost a chart some 15 ms)", () => {
    const cli = join(packed.project, 'node_modules/costmodel/dist/bin/costmodel.js');
    const files = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];
    // NODE_DEBUG=esm makes the loader say each thing it does, from its first module on.
    const environment = { ...process.env, NODE_DEBUG: 'esm' };
    const compared = run(process.execPath, [cli, 'compare', ...files], packed.project, environment);
    const drawn = run(process.execPath, [cli, 'chart', ...files, '-o', 'quiet.png'], packed.project, environment);
    assert.equal(compared.stderr, '');
    assert.equal(drawn.stderr, '');
    assert.equal(readFileSync(join(packed.project, 'quiet.png')).subarray(1, 4).toString(), 'PNG');
  });

  it('compiles them with the code cache the build wrote, which this Node accepts', () => {
    const { stdout } = node(
      'cache.mjs',
      [
        "const chunks = new URL('./node_modules/costmodel/dist/chunks/', import.meta.url);",
        "const { codeCacheRejected } = await import(new URL('codeCachedScript.cjs', chunks));",
        "for (const file of ['vega.cjs', 'vega-lite.cjs']) console.log(file, codeCacheRejected(new URL(file, chunks), 'vendor'));",
        '',
      ].join('\n'),
    );
    assert.equal(stdout.trim(), 'vega.cjs false\nvega-lite.cjs false');
  });
});

describe('start-up of the installed package', () => {
  it('compiles the binary, the library and their scenario validators from the code caches the build wrote, which this Node accepts', () => {
    const { stdout } = node(
      'startCache.mjs',
      [
        "const dist = new URL('./node_modules/costmodel/dist/', import.meta.url);",
        "const { codeCacheRejected } = await import(new URL('chunks/codeCachedScript.cjs', dist));",
        "for (const script of ['bin/costmodel.script.cjs', 'lib/index.script.cjs']) console.log(script, codeCacheRejected(new URL(script, dist)));",
        "for (const validator of ['bin/generated/validateScenarioSchema.cjs', 'lib/generated/validateScenarioSchema.cjs']) console.log(validator, codeCacheRejected(new URL(validator, dist), 'commonjs'));",
        '',
      ].join('\n'),
    );
    assert.equal(stdout.trim(), ['bin/costmodel.script.cjs false', 'lib/index.script.cjs false', 'bin/generated/validateScenarioSchema.cjs false', 'lib/generated/validateScenarioSchema.cjs false'].join('\n'));
  });

  it('runs as well where V8 rejects those caches (here a V8 flag that changes compiled code), with the same output', () => {
    const cli = join(packed.project, 'node_modules/costmodel/dist/bin/costmodel.js');
    const files = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];
    const cached = run(process.execPath, [cli, 'compare', ...files], packed.project);
    const compiled = run(process.execPath, ['--no-opt', cli, 'compare', ...files], packed.project);
    assert.equal(compiled.stdout, cached.stdout);
    assert.equal(compiled.stderr, '');
    const { stdout, stderr } = node(
      'rejectedCache.mjs',
      [
        "const dist = new URL('./node_modules/costmodel/dist/', import.meta.url);",
        "const { codeCacheRejected } = await import(new URL('chunks/codeCachedScript.cjs', dist));",
        "const rejected = codeCacheRejected(new URL('lib/index.script.cjs', dist));",
        "const { compare, loadScenarios } = await import('costmodel');",
        `const result = compare(await loadScenarios(${JSON.stringify(files)}), { months: 36 });`,
        "console.log(rejected, JSON.stringify(result.scenarios.map((s) => [s.name, s.total])));",
        '',
      ].join('\n'),
      ['--no-opt'],
    );
    assert.equal(stdout.trim(), `true ${JSON.stringify(FOUNDING_TOTALS)}`);
    assert.equal(stderr, '');
  });

  it('never runs a cache made from another text of the same length: V8 checks only the length, the stamp the text', () => {
    // A copy of the package's dist whose library script has one letter changed: the same
    // length, another text. Its cache must go unused, or the old code would run.
    const copy = join(packed.project, 'stale-dist');
    cpSync(join(packed.project, 'node_modules/costmodel/dist'), copy, { recursive: true });
    const script = join(copy, 'lib/index.script.cjs');
    const text = readFileSync(script, 'utf8');
    const changed = text.replace('maximumFractionDigits', 'maximumFractionDigitz');
    assert.notEqual(changed, text);
    assert.equal(changed.length, text.length);
    writeFileSync(script, changed);
    const { stdout } = node(
      'staleCache.mjs',
      [
        `const { codeCacheRejected } = await import(${JSON.stringify(pathToFileURL(join(copy, 'chunks/codeCachedScript.cjs')).href)});`,
        `console.log(codeCacheRejected(new URL(${JSON.stringify(pathToFileURL(script).href)})), codeCacheRejected(new URL(${JSON.stringify(pathToFileURL(join(copy, 'bin/costmodel.script.cjs')).href)})));`,
        '',
      ].join('\n'),
    );
    assert.equal(stdout.trim(), 'true false');
  });
});

describe('docs/examples/plain-node.mjs, run against the installed package', () => {
  it('prints the comparison and the what-if, and writes the break-even chart', () => {
    mkdirSync(join(packed.project, 'docs/examples'), { recursive: true });
    copyFileSync(join(projectRoot, 'docs/examples/plain-node.mjs'), join(packed.project, 'docs/examples/plain-node.mjs'));
    const result = run(process.execPath, ['docs/examples/plain-node.mjs'], packed.project);
    const lines = result.stdout.split('\n');
    assert.ok(lines.includes('Managed provider  525,000.00 480,000.00 480,000.00 1,485,000.00 +1,341,000.00'), result.stdout);
    assert.deepEqual(lines.filter((line) => /^(The provider|Self-hosted:|Managed provider:|Provider at|Wrote)/.test(line)), [
      'The provider costs 37250.00 more a month on average.',
      'Self-hosted: 144000.00 (break-even: baseline)',
      'Managed provider: 1485000.00 (break-even: never within 36 months)',
      'Provider at 2,750/month: 144000.00 (break-even: 2012-04)',
      'Wrote break-even.svg',
    ]);
    assert.equal(result.stderr, '');
    assert.match(readFileSync(join(packed.project, 'break-even.svg'), 'utf8'), /^<svg/);
  });
});

/** Every file path an `exports` map points at. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}
