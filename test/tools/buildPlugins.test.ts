import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { lazyColorSchemes } from './buildPlugins.js';

type Vega = { scheme: (name: string) => ((value: number) => string) | string[] | undefined };

/** vega's published single file, run as the bundles run it: a CommonJS module. */
function loadVega(source: string): Vega {
  const module = { exports: {} as Vega };
  new Function('exports', 'require', 'module', source)(module.exports, () => undefined, module);
  return module.exports;
}

describe('lazyColorSchemes', () => {
  const published = readFileSync(join(dirname(createRequire(import.meta.url).resolve('vega')), 'vega.min.js'), 'utf8');
  const eager = loadVega(published);
  const lazy = loadVega(lazyColorSchemes(published));

  it('gives every continuous scheme the colours vega gives it, built on first use', () => {
    for (const name of ['blues', 'viridis', 'magma', 'redYellowBlue', 'darkRed']) {
      const [ours, theirs] = [lazy.scheme(name), eager.scheme(name)];
      assert.equal(typeof ours, 'function', name);
      for (const value of [0, 0.1, 0.25, 0.5, 0.77, 1]) assert.equal((ours as (v: number) => string)(value), (theirs as (v: number) => string)(value), `${name} at ${value}`);
    }
  });

  it('leaves the discrete schemes as they are', () => {
    assert.deepEqual(lazy.scheme('category10'), eager.scheme('category10'));
    assert.deepEqual(lazy.scheme('tableau10'), eager.scheme('tableau10'));
  });

  it('refuses a vega that no longer registers its schemes as expected, rather than shipping it unchanged', () => {
    assert.throws(() => lazyColorSchemes(published.replace('blues:', 'blue:')), /no longer registers its continuous colour schemes/);
  });
});
