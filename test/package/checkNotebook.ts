/**
 * `npm run test:notebook`: docs/notebook.ipynb runs in Jupyter with the tslab TypeScript
 * kernel against the installed tarball, and its committed outputs are what it shows today.
 *
 *   npm pack ─▶ npm install <tarball> tslab into a fresh project (packAndInstall)
 *     ─▶ the tslab kernel spec in a temporary JUPYTER_PATH
 *     ─▶ project/docs/notebook.ipynb beside project/scenarios/, as in the repository
 *     ─▶ jupyter nbconvert --to notebook --execute
 *     ─▶ no errors; the founding totals; a chart; the same text as the committed outputs
 *
 * Needs Debian's Jupyter (`apt-get install -y jupyter-nbconvert jupyter-client
 * python3-nbclient`) and the npm registry. UPDATE_NOTEBOOK=1 writes the executed notebook
 * back to docs/notebook.ipynb: that is how its committed outputs are made.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { packAndInstall, run, type PackedPackage } from './packedPackage.js';

/** The tslab version the notebook is checked with (it bundles its own TypeScript, 5.0). */
const TSLAB = 'tslab@1.0.22';
const NOTEBOOK = join(projectRoot, 'docs/notebook.ipynb');

type Output = {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | string[];
  readonly data?: Record<string, string | string[]>;
  readonly ename?: string;
  readonly evalue?: string;
};
type Cell = { readonly cell_type: string; readonly id?: string; readonly source: string | string[]; readonly outputs?: Output[] };
type Notebook = { readonly cells: Cell[]; readonly metadata: { readonly kernelspec?: { readonly name?: string } } };

const jupyter = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' });
if (jupyter.status !== 0) {
  throw new Error('jupyter nbconvert is missing: apt-get install -y jupyter-nbconvert jupyter-client python3-nbclient');
}

let packed: PackedPackage;
let executed: Notebook;
before(() => {
  packed = packAndInstall({ extraPackages: [TSLAB] });
  const jupyterPath = join(packed.folder, 'jupyter');
  const kernel = join(jupyterPath, 'kernels/tslab');
  mkdirSync(kernel, { recursive: true });
  // What `tslab install` writes; written here so that registering the kernel needs no IPython.
  const kernelSpec = { argv: [join(packed.project, 'node_modules/.bin/tslab'), 'kernel', '--config-path', '{connection_file}'], display_name: 'TypeScript', language: 'typescript' };
  writeFileSync(join(kernel, 'kernel.json'), JSON.stringify(kernelSpec, null, 2));
  const docs = join(packed.project, 'docs');
  mkdirSync(docs);
  copyFileSync(NOTEBOOK, join(docs, 'notebook.ipynb'));
  const env = {
    ...process.env,
    JUPYTER_PATH: jupyterPath,
    JUPYTER_CONFIG_DIR: join(packed.folder, 'jupyter-config'),
    JUPYTER_DATA_DIR: join(packed.folder, 'jupyter-data'),
    JUPYTER_RUNTIME_DIR: join(packed.folder, 'jupyter-runtime'),
  };
  run(
    'jupyter',
    [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--ExecutePreprocessor.timeout=300',
      '--ExecutePreprocessor.record_timing=False',
      '--output',
      'executed.ipynb',
      'notebook.ipynb',
    ],
    docs,
    env,
  );
  const text = readFileSync(join(docs, 'executed.ipynb'), 'utf8');
  executed = JSON.parse(text) as Notebook;
  if (process.env.UPDATE_NOTEBOOK !== undefined) writeFileSync(NOTEBOOK, text.endsWith('\n') ? text : `${text}\n`);
});
after(() => packed?.remove());

const joined = (text: string | string[] | undefined) => (Array.isArray(text) ? text.join('') : (text ?? ''));
const codeCells = (notebook: Notebook) => notebook.cells.filter((cell) => cell.cell_type === 'code');
/** Everything a cell printed or displayed as text, images left out (their bytes vary with the renderer's version). */
const textOf = (cell: Cell) =>
  (cell.outputs ?? [])
    .map((output) => joined(output.text) + Object.entries(output.data ?? {}).filter(([type]) => type.startsWith('text/')).map(([, value]) => joined(value)).join(''))
    .join('');

describe('docs/notebook.ipynb, executed with the tslab kernel against the installed package', () => {
  it('uses the tslab kernel', () => {
    assert.equal(executed.metadata.kernelspec?.name, 'tslab');
  });

  it('runs every cell without an error', () => {
    const errors = codeCells(executed).flatMap((cell) => (cell.outputs ?? []).filter((o) => o.output_type === 'error').map((o) => `${cell.id}: ${o.ename}: ${o.evalue}`));
    assert.deepEqual(errors, []);
    // tslab reports compile errors (a type error, an unresolved import) as printed text, not as an error output.
    const compileErrors = codeCells(executed).filter((cell) => /\d+:\d+ - |error TS\d+|Cannot find module/.test(textOf(cell)));
    assert.deepEqual(compileErrors.map((cell) => `${cell.id}: ${textOf(cell)}`), []);
  });

  it('shows the founding totals: 144,000.00 and 1,485,000.00', () => {
    const text = codeCells(executed).map(textOf).join('\n');
    for (const total of ['144000.00', '1485000.00', '144,000.00', '1,485,000.00']) assert.ok(text.includes(total), `the notebook never shows ${total}`);
  });

  it('shows the break-even chart as a picture', () => {
    const chart = executed.cells.find((cell) => cell.id === 'chart');
    const picture = (chart?.outputs ?? []).find((o) => o.data?.['image/png'] !== undefined || o.data?.['image/svg+xml'] !== undefined);
    assert.ok(picture !== undefined, 'the chart cell displays no PNG or SVG');
  });

  it('is committed with the outputs it produces (UPDATE_NOTEBOOK=1 npm run test:notebook refreshes them)', () => {
    const committed = JSON.parse(readFileSync(NOTEBOOK, 'utf8')) as Notebook;
    assert.deepEqual(
      codeCells(committed).map((cell) => [cell.id, textOf(cell), (cell.outputs ?? []).map((o) => Object.keys(o.data ?? {}).sort())]),
      codeCells(executed).map((cell) => [cell.id, textOf(cell), (cell.outputs ?? []).map((o) => Object.keys(o.data ?? {}).sort())]),
    );
  });
});
