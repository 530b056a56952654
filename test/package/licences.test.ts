/**
 * docs/licences.md lists every runtime dependency with its version and licence, and cannot go
 * stale: each row is checked against the installed package (node_modules/NAME/package.json),
 * every dependency of package.json must have a row, and every package they pull in must be
 * under one of the licences the page names.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';

type PackageJson = {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
};

/** A row of the table: package, version, licence. */
type LicenceRow = { readonly name: string; readonly version: string; readonly licence: string };

/** The licences the page allows for the packages the dependencies pull in. */
const ALLOWED_LICENCES = ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0', 'MPL-2.0', 'OFL-1.1', 'Unlicense'];

const readPackage = (directory: string): PackageJson => JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as PackageJson;

/** The rows of the table in docs/licences.md. */
function licenceRows(): LicenceRow[] {
  const page = readFileSync(join(projectRoot, 'docs/licences.md'), 'utf8');
  return [...page.matchAll(/^\| `([^`]+)` \| ([^ |]+) \| ([^ |]+) \| .+ \|$/gm)].map(([, name = '', version = '', licence = '']) => ({ name, version, licence }));
}

/** Where Node finds package `name` from `directory`: its node_modules, or a parent's. */
function packageDirectory(name: string, directory: string): string | undefined {
  for (let at = directory; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/** Every installed package the runtime dependencies pull in, by directory (optional ones only when installed). */
function runtimePackages(): Map<string, PackageJson> {
  const found = new Map<string, PackageJson>();
  const visit = (name: string, from: string, required: boolean): void => {
    const directory = packageDirectory(name, from);
    assert.ok(directory !== undefined || !required, `${name}, needed by ${from}, is not installed`);
    if (directory === undefined || found.has(directory)) return;
    const manifest = readPackage(directory);
    found.set(directory, manifest);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, directory, true);
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) visit(dependency, directory, false);
  };
  for (const name of Object.keys(readPackage(projectRoot).dependencies ?? {})) visit(name, projectRoot, true);
  return found;
}

describe('docs/licences.md', () => {
  const rows = licenceRows();

  it('has a row for every runtime dependency of package.json, and no other', () => {
    const dependencies = Object.keys(readPackage(projectRoot).dependencies ?? {}).sort();
    assert.deepEqual(rows.map((row) => row.name).sort(), dependencies);
  });

  for (const row of rows) {
    it(`gives the installed version and licence of ${row.name}`, () => {
      const directory = packageDirectory(row.name, projectRoot);
      assert.ok(directory !== undefined, `${row.name} is not installed: run npm ci`);
      const installed = readPackage(directory);
      assert.deepEqual({ name: row.name, version: row.version, licence: row.licence }, { name: row.name, version: installed.version, licence: installed.license });
    });
  }

  it('names the licence of every package the runtime dependencies pull in', () => {
    const others = [...runtimePackages().values()].filter((manifest) => !ALLOWED_LICENCES.includes(manifest.license ?? '')).map((manifest) => `${manifest.name} ${manifest.version}: ${manifest.license ?? 'no licence'}`);
    assert.deepEqual(others, []);
    const page = readFileSync(join(projectRoot, 'docs/licences.md'), 'utf8');
    for (const licence of ALLOWED_LICENCES) assert.ok(page.includes(licence), `docs/licences.md does not name ${licence}`);
  });

  it('names every copied data file of test/fixtures/focus, and its licence', () => {
    const page = readFileSync(join(projectRoot, 'docs/licences.md'), 'utf8');
    const copied = readdirSync(join(projectRoot, 'test/fixtures/focus')).filter((name) => name.endsWith('.csv'));
    assert.ok(copied.length > 0);
    for (const name of copied) assert.ok(page.includes(`test/fixtures/focus/${name}`), `docs/licences.md does not name test/fixtures/focus/${name}`);
    assert.ok(page.includes('PDDL'));
  });
});
