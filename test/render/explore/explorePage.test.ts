import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { readExploreAssets } from '../../../lib/io/readExploreAssets.js';
import { loadScenarios } from '../../../lib/io/loadScenarios.js';
import { tryExplorePage } from '../../../lib/render/explore/explorePage.js';
import type { ExploreAssets } from '../../../lib/render/explore/renderExplorePage.js';
import type { Scenario } from '../../../lib/scenario/scenario.js';
import { projectRoot, scenarioOf } from '../../support/fixtures.js';

const HOSTILE = '</script><script>window.__xss=1</script><!--';
const ASSETS: ExploreAssets = { script: 'window.page = 1;', vega: 'vega', vegaLite: 'vegaLite' };

describe('explorePage', () => {
  let founding: Scenario[];
  before(async () => {
    founding = await loadScenarios(['self-hosted.json', 'managed-provider.json'].map((file) => `${projectRoot}scenarios/${file}`));
  });

  it('holds the scenario files and options as JSON that no name can end early', () => {
    const hostile = scenarioOf({ name: HOSTILE, currency: 'USD', start: '2009-05', costs: [{ name: `<img src=x onerror=alert(1)>`, kind: 'one-time', amount: '1' }] }, 'x/evil.json');
    const page = tryExplorePage([...founding, hostile], { months: 24, discountRate: '8%', assets: ASSETS });
    assert.ok(page.ok);
    const html = page.value;
    // One data element, three scripts: the hostile name never opens or closes one.
    assert.equal(html.match(/<script/g)?.length, 4);
    assert.equal(html.match(/<\/script>/g)?.length, 4);
    const json = /<script type="application\/json" id="explore-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    assert.ok(!json.includes('<'));
    const data = JSON.parse(json) as { scenarios: { file: string; definition: { name: string } }[]; options: unknown };
    assert.deepEqual(
      data.scenarios.map((s) => [s.file, s.definition.name]),
      [
        ['self-hosted.json', 'Self-hosted'],
        ['managed-provider.json', 'Managed provider'],
        ['evil.json', HOSTILE],
      ],
    );
    assert.deepEqual(data.options, { months: 24, discountRate: '8%' });
    assert.ok(html.includes('<script>window.page = 1;</script>'));
    assert.ok(html.includes(`<title>What if: Self-hosted, Managed provider or &lt;/script&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;!--</title>`));
  });

  it('refuses to inline a script that would end its element early or open a comment, rather than change it', () => {
    for (const script of ['window.page = "</script>";', 'const re = /<!--/;']) {
      assert.throws(() => tryExplorePage(founding, { assets: { ...ASSETS, script } }), /a script of the page holds "(<\/script|<!--)"/);
    }
  });

  it('forbids every request but data: and blob: URLs', () => {
    const page = tryExplorePage(founding, { assets: ASSETS });
    assert.ok(page.ok);
    assert.ok(page.value.includes(`content="default-src &#39;none&#39;; script-src &#39;unsafe-inline&#39; &#39;unsafe-eval&#39;; style-src &#39;unsafe-inline&#39;; img-src data: blob:; font-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;"`));
  });

  it('gives files of the same name names of their own, since downloads are saved under them', () => {
    const copy = scenarioOf({ ...founding[0]!.definition, name: 'Self-hosted, elsewhere' }, 'other/self-hosted.json');
    const page = tryExplorePage([founding[0]!, copy], { assets: ASSETS });
    assert.ok(page.ok);
    assert.ok(page.value.includes('"file":"self-hosted.json"') && page.value.includes('"file":"self-hosted-2.json"'));
  });

  it('reports options the analysis refuses, and writes nothing', () => {
    const page = tryExplorePage(founding, { months: 36, revisit: '2013-01', assets: ASSETS });
    assert.deepEqual(page.ok ? [] : page.issues.map((issue) => issue.message), ['--revisit: 2013-01 is after the end of the analysis (2012-04); choose an earlier month or a longer horizon (--months)']);
  });

  it('stays under 2 MB for the founding example, with its scripts and fonts', async () => {
    const page = tryExplorePage(founding, { assets: await readExploreAssets() });
    assert.ok(page.ok);
    const bytes = Buffer.byteLength(page.value);
    assert.ok(bytes < 2_000_000, `${bytes} bytes`);
  });
});
