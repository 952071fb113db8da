// On a phone (375 × 667): a compact header and one text at a time, so that at least 60% of
// the screen is text; the pane switch turns between the texts, and selecting a passage turns
// to its partner in the other text.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, resultsDir, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

function panes(page) {
  return page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none';
    const box = (el) => el.getBoundingClientRect();
    const a = root.querySelector('.scroll.a');
    const b = root.querySelector('.scroll.b');
    const shown = visible(a) ? a : b;
    return {
      a: visible(a), b: visible(b),
      textHeight: Math.min(box(shown).bottom, innerHeight) - Math.max(box(shown).top, 0),
      textWidth: box(shown).width,
      pressed: [...root.querySelectorAll('.panes button')].map((p) => p.getAttribute('aria-pressed')),
    };
  });
}

test('on a phone one text fills most of the screen, and a passage leads to its partner', async (t) => {
  const page = await newPage(env.browser, PHONE);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  // The widget as a page would give it on a phone: the height of the screen, scrolled to.
  await page.evaluate(() => {
    const w = document.getElementById('widget');
    w.style.setProperty('height', '100dvh');
    w.scrollIntoView();
  });
  await until(page, () => document.getElementById('widget').shadowRoot.querySelector('.root').classList.contains('narrow'));
  let state = await panes(page);
  assert.deepEqual([state.a, state.b], [true, false], 'one pane at a time');
  // The text pane's share of the screen (the demo's own margins included against it).
  const share = (state.textHeight * state.textWidth) / (375 * 667);
  t.diagnostic(`text pane ${state.textWidth}×${Math.round(state.textHeight)} px: ${Math.round(100 * share)}% of a 375×667 screen`);
  assert.ok(share >= 0.6, `text is ${Math.round(100 * share)}% of the screen (${state.textWidth}×${Math.round(state.textHeight)})`);
  await page.screenshot({ path: join(resultsDir, 'phone-a.png') });

  // The switch shows B.
  await page.locator('#widget .panes button[data-pane="b"]').click();
  state = await panes(page);
  assert.deepEqual([state.a, state.b, ...state.pressed], [false, true, 'false', 'true']);
  await page.locator('#widget .panes button[data-pane="a"]').click();

  // A tap on passage 2 in A turns to B with passage 2 in view and its badge focused.
  await page.locator('#widget .scroll.a mark[data-passage="2"]').first().tap();
  await until(page, () => document.getElementById('widget').shadowRoot.querySelector('.root').dataset.pane === 'b');
  const partner = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const pane = root.querySelector('.scroll.b').getBoundingClientRect();
    const mark = root.querySelector('.scroll.b mark[data-passage="2"]').getBoundingClientRect();
    return { inView: mark.top >= pane.top - 1 && mark.top < pane.bottom, focused: root.activeElement?.dataset.passage, selected: document.getElementById('widget').selected };
  });
  assert.deepEqual(partner, { inView: true, focused: '2', selected: 2 });
  await page.screenshot({ path: join(resultsDir, 'phone-partner.png') });
  assert.deepEqual(page.problems, []);
});
