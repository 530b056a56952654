/**
 * The package as a user gets it: `npm pack` (which runs `prepare`, the build) into a
 * temporary folder, then `npm install <tarball>` into a fresh project beside it, with copies
 * of the scenario files. Used by the package and notebook checks, never by `npm test`:
 * it needs the npm registry for costmodel's dependencies.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/fixtures.js';

/** What `npm pack --json` says about the tarball. */
export type PackReport = {
  readonly filename: string;
  readonly files: readonly { readonly path: string; readonly size: number }[];
};

export type PackedPackage = {
  /** The temporary folder holding everything; removed by `remove()`. */
  readonly folder: string;
  readonly tarball: string;
  readonly pack: PackReport;
  /** A fresh project with the tarball installed, and scenarios/ copied into it. */
  readonly project: string;
  remove(): void;
};

/** Packs the project and installs the tarball (and `extraPackages` from the registry) into a fresh project. */
export function packAndInstall(options: { readonly extraPackages?: readonly string[] } = {}): PackedPackage {
  const folder = mkdtempSync(join(tmpdir(), 'costmodel-package-'));
  const remove = () => {
    if (process.env.KEEP_PACKAGE_CHECK === undefined) rmSync(folder, { recursive: true, force: true });
    else console.log(`kept ${folder}`);
  };
  try {
    const packed = run('npm', ['pack', '--json', '--pack-destination', folder], projectRoot);
    const pack = parsePackReport(packed.stdout);
    const tarball = join(folder, pack.filename);
    const project = join(folder, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'costmodel-user', private: true, type: 'module' }, null, 2)}\n`);
    cpSync(join(projectRoot, 'scenarios'), join(project, 'scenarios'), { recursive: true });
    run('npm', ['install', '--no-audit', '--no-fund', tarball, ...(options.extraPackages ?? [])], project);
    return { folder, tarball, pack, project, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** `npm pack --json` prints its report after whatever the `prepare` script printed. */
export function parsePackReport(stdout: string): PackReport {
  const start = stdout.search(/^\[/m);
  if (start < 0) throw new Error(`npm pack printed no JSON report:\n${stdout}`);
  const [report] = JSON.parse(stdout.slice(start)) as PackReport[];
  if (report === undefined) throw new Error('npm pack reported no tarball');
  return report;
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}
