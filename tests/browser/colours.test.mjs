// The pair palettes, read from the widget's own stylesheet as the page computes it: in both
// themes every two pair colours differ by a CIEDE2000 ΔE of at least 20 (the tints behind
// passages and the accents of their edges and connectors alike), and the text keeps a contrast
// of at least 4.5:1 on every tint.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contrast, deltaE2000, hexToRgb, rgbToLab } from './colour-math.mjs';
import { join } from 'node:path';
import { newPage, resultsDir, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

test('the colour arithmetic agrees with published CIEDE2000 test pairs', () => {
  // Sharma, Wu and Dalal (2005), pairs 1, 7 and 34 of their table.
  assert.equal(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485]).toFixed(4), '2.0425');
  assert.equal(deltaE2000([50, 0, 0], [50, -1, 2]).toFixed(4), '2.3669');
  assert.equal(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514]).toFixed(4), '0.9082');
  assert.equal(contrast([255, 255, 255], [0, 0, 0]).toFixed(1), '21.0');
});

for (const theme of ['light', 'dark']) {
  test(`pair colours are far apart and keep text readable (${theme})`, async (t) => {
    const page = await newPage(env.browser);
    await page.goto(`${env.url}?theme=${theme}`);
    await waitReady(page, '#widget');
    const palette = await page.evaluate(() => {
      const style = getComputedStyle(document.getElementById('widget'));
      const get = (name) => style.getPropertyValue(name).trim();
      return {
        fg: get('--overlap-fg'), bg: get('--overlap-bg'),
        tints: Array.from({ length: 8 }, (_, i) => get(`--overlap-pair-${i}`)),
        accents: Array.from({ length: 8 }, (_, i) => get(`--overlap-pair-${i}-accent`)),
      };
    });
    const fg = hexToRgb(palette.fg);
    const problems = [];
    let smallest = Infinity;
    for (const kind of ['tints', 'accents']) {
      const labs = palette[kind].map((hex) => rgbToLab(hexToRgb(hex)));
      for (let i = 0; i < 8; ++i) {
        for (let j = i + 1; j < 8; ++j) {
          const d = deltaE2000(labs[i], labs[j]);
          smallest = Math.min(smallest, d);
          if (d < 20) problems.push(`${kind} ${i} and ${j}: ΔE ${d.toFixed(1)}`);
        }
      }
    }
    for (const [i, tint] of palette.tints.entries()) {
      const ratio = contrast(fg, hexToRgb(tint));
      if (ratio < 4.5) problems.push(`text on tint ${i}: ${ratio.toFixed(2)}:1`);
    }
    assert.deepEqual(problems, []);
    assert.ok(smallest >= 20, `smallest ΔE ${smallest.toFixed(1)}`);
    const lowest = Math.min(...palette.tints.map((tint) => contrast(fg, hexToRgb(tint))));
    t.diagnostic(`${theme}: smallest ΔE2000 between pair colours ${smallest.toFixed(1)}; lowest text contrast on a tint ${lowest.toFixed(2)}:1`);
    await page.locator('#widget').screenshot({ path: join(resultsDir, `colours-${theme}.png`) });
    // The drawn marks really use these colours (the stylesheet, not a copy of it, is tested).
    const drawn = await page.evaluate(() => getComputedStyle(document.getElementById('widget').shadowRoot.querySelector('mark.pc0')).backgroundColor);
    assert.equal(drawn, `rgb(${hexToRgb(palette.tints[0]).join(', ')})`);
  });
}
