// One text against several sources in <overlap-view>: `b` listing several selectors and `src-b`
// several URLs, a tab per source in its own colour, the summary naming the sources by share,
// selecting a passage of A turning to its source and bringing it level, keyboard access to the
// tabs, hostile names and texts staying text, and the strict CSP. The texts are the demo's storm
// example (demo/examples/storm-*.txt, written for the project).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertLevel, clickPassage, newPage, passageGeometry, repo, resultsDir, settled, setUp, until } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const NAMES = ['Wire 07:10', 'Wire 09:45', 'Source 3'];

async function openPage(base = env.url, options = {}) {
  const page = await newPage(env.browser, options);
  await page.goto(`${base}test/sources.html`);
  await page.waitForFunction(() => customElements.get('overlap-view'));
  return page;
}

// Waits until `selector` shows a comparison with several sources, and returns what it shows.
async function shown(page, selector) {
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    if (el?.state === 'error') throw new Error(el.shadowRoot.querySelector('.error').textContent);
    return el?.state === 'ready' && el.result?.sources && el.texts.a.length > 0;
  }, selector, { timeout: 30000, polling: 50 });
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    const root = el.shadowRoot;
    const colourOf = (node) => getComputedStyle(node).backgroundColor;
    return {
      result: el.result,
      source: el.source,
      summary: root.querySelector('.summary').textContent,
      tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => ({
        text: tab.textContent, selected: tab.getAttribute('aria-selected'), label: tab.getAttribute('aria-label'),
        tabIndex: tab.tabIndex, swatch: colourOf(tab.querySelector('.swatch')),
      })),
      tablist: root.querySelector('[role="tablist"]')?.getAttribute('aria-label'),
      labelB: root.querySelector('.label.b').textContent,
      // Each passage's colour in A, and the passages drawn in B.
      marksA: [...root.querySelectorAll('.scroll.a mark[data-passage]')].map((m) => [Number(m.dataset.passage), colourOf(m)]),
      passagesB: [...new Set([...root.querySelectorAll('.scroll.b mark[data-passage]')].map((m) => Number(m.dataset.passage)))],
      textB: [...root.querySelectorAll('.scroll.b p')].map((p) => {
        const copy = p.cloneNode(true);
        copy.querySelectorAll('.badge').forEach((b) => b.remove());
        return copy.textContent;
      }).join('\n\n'),
    };
  }, selector);
}

// The per-source checks every way of giving the sources must pass.
function checkSources(seen, names) {
  const { result } = seen;
  assert.deepEqual(result.sources.map((s) => s.name), names);
  assert.ok(result.passages.length >= 5, `${result.passages.length} passages`);
  const used = new Set(result.passages.map((p) => p.source));
  assert.deepEqual([...used].sort(), [0, 1, 2], 'the article took from every source');
  // The tabs: one per source, in order, named, with the share of A; the selected one is the
  // source A owes most to, and it is the one tab stop.
  assert.equal(seen.tabs.length, 3);
  const best = result.sources.reduce((b, s, k) => (s.aShared > result.sources[b].aShared ? k : b), 0);
  assert.equal(seen.source, best);
  seen.tabs.forEach((tab, k) => {
    assert.ok(tab.text.startsWith(names[k]), tab.text);
    assert.equal(tab.selected, String(k === best));
    assert.equal(tab.tabIndex, k === best ? 0 : -1);
    assert.match(tab.label, new RegExp(`^${names[k]}: \\d+% of A, \\d+ passages?$`));
  });
  assert.equal(seen.tablist, 'Sources');
  assert.equal(seen.labelB, `B · ${names[best]}`);
  // Each source its own colour: the tabs' swatches differ, and A's marks of one source share
  // a family (its full colour or its lighter shade) that no other source's marks use.
  assert.equal(new Set(seen.tabs.map((t) => t.swatch)).size, 3);
  const families = result.sources.map(() => new Set());
  for (const [i, colour] of seen.marksA) families[result.passages[i].source].add(colour);
  for (let k = 0; k < 3; ++k) {
    assert.ok(families[k].size >= 1 && families[k].size <= 2, `source ${k}: ${[...families[k]]}`);
    for (let j = 0; j < k; ++j) for (const c of families[k]) assert.ok(!families[j].has(c), `sources ${j} and ${k} share ${c}`);
  }
  // B shows the selected source's text and only its passages.
  assert.deepEqual(seen.passagesB.sort((x, y) => x - y),
    result.passages.flatMap((p, i) => (p.source === best ? [i] : [])));
  // The summary: A's share, then the sources it took from by their share, largest first.
  const byShare = result.sources.map((s, k) => k).sort((x, y) => result.sources[y].aShared - result.sources[x].aShared);
  const pct = (f) => `${Math.round(f * 100)}%`;
  const list = byShare.map((k) => `${names[k]} (${pct(result.sources[k].aShared)})`).join(', ');
  assert.equal(seen.summary.split(' · ')[0], `${pct(result.a.shared)} of A from 3 sources: ${list}`);
  assert.match(seen.summary, / · \d+ passages · \d+ moved$/);
}

test('b listing several selectors: a tab per source, named from data-name, title or position', async () => {
  const page = await openPage();
  const seen = await shown(page, '#by-elements');
  checkSources(seen, NAMES);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('src-b listing several URLs: the sources are named by their file names', async () => {
  const page = await openPage();
  const seen = await shown(page, '#by-urls');
  checkSources(seen, ['storm-wire-0710.txt', 'storm-wire-0945.txt', 'storm-council.txt']);
  await page.close();
});

test('selecting a passage of A turns to its source and brings it level; the tabs choose a source', async () => {
  const page = await openPage();
  const seen = await shown(page, '#by-elements');
  const { result } = seen;
  // A passage of another source than the one shown.
  const i = result.passages.findIndex((p) => p.source !== seen.source);
  assert.ok(i >= 0);
  const events = await page.evaluate(() => {
    const el = document.querySelector('#by-elements');
    window.sourceEvents = [];
    el.addEventListener('overlap-source', (e) => window.sourceEvents.push(e.detail));
    return true;
  });
  assert.ok(events);
  await clickPassage(page, 'a', i, '#by-elements');
  const after1 = await shown(page, '#by-elements');
  const k = result.passages[i].source;
  assert.equal(after1.source, k);
  assert.equal(after1.tabs[k].selected, 'true');
  assert.equal(after1.labelB, `B · ${NAMES[k]}`);
  assert.ok(after1.passagesB.includes(i));
  assertLevel(await passageGeometry(page, i, '#by-elements'), 'a', i);
  assert.deepEqual(await page.evaluate(() => window.sourceEvents), [{ index: k, name: NAMES[k] }]);
  // The passage's source text is what the second column shows.
  const source = await page.evaluate(() => document.querySelector('#by-elements').texts.b);
  assert.ok(after1.textB.includes(source[k].text.slice(...result.passages[i].b).slice(0, 40)));
  // Keyboard: the tabs are one tab stop; arrows move between them and show their source.
  const tab = page.locator(`#by-elements [role="tab"][data-source="${k}"]`);
  await tab.focus();
  await page.keyboard.press('ArrowRight');
  const next = (k + 1) % 3;
  await until(page, (n) => document.querySelector('#by-elements').source === n, next);
  assert.equal(await page.evaluate(() => document.querySelector('#by-elements').shadowRoot.activeElement?.dataset.source), String(next));
  await page.keyboard.press('End');
  await until(page, () => document.querySelector('#by-elements').source === 2);
  await page.keyboard.press('Home');
  await until(page, () => document.querySelector('#by-elements').source === 0);
  // A click on a tab; the property shows a source too.
  await page.locator('#by-elements [role="tab"][data-source="1"]').click();
  await until(page, () => document.querySelector('#by-elements').source === 1);
  // A tab chosen by the reader selects its source's first passage and brings A level with it.
  const first = await until(page, () => {
    const el = document.querySelector('#by-elements');
    return el.selected >= 0 && el.result.passages[el.selected].source === 1 && el.selected + 1;
  }) - 1;
  assert.equal(first, result.passages.map((p, j) => j).filter((j) => result.passages[j].source === 1)
    .sort((x, y) => result.passages[x].b[0] - result.passages[y].b[0])[0]);
  await settled(page, '#by-elements');
  assertLevel(await passageGeometry(page, first, '#by-elements'), 'b', first);
  await page.evaluate(() => { document.querySelector('#by-elements').source = 2; });
  const last = await shown(page, '#by-elements');
  assert.equal(last.source, 2);
  assert.deepEqual(last.passagesB.sort((x, y) => x - y), result.passages.flatMap((p, j) => (p.source === 2 ? [j] : [])));
  await page.screenshot({ path: join(resultsDir, 'sources.png') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the passages and changes views show the selected source', async () => {
  const page = await openPage();
  const seen = await shown(page, '#by-elements');
  await page.evaluate(() => document.querySelector('#by-elements').setAttribute('view', 'passages'));
  const rows = () => page.evaluate(() => [...document.querySelector('#by-elements').shadowRoot.querySelectorAll('.row')].map((r) => Number(r.dataset.passage)));
  await until(page, () => document.querySelector('#by-elements').shadowRoot.querySelectorAll('.row').length > 0);
  assert.deepEqual((await rows()).sort((x, y) => x - y), seen.result.passages.flatMap((p, i) => (p.source === seen.source ? [i] : [])));
  const other = (seen.source + 1) % 3;
  await page.evaluate((k) => { document.querySelector('#by-elements').source = k; }, other);
  await until(page, () => document.querySelector('#by-elements').shadowRoot.querySelectorAll('.row').length > 0);
  assert.deepEqual((await rows()).sort((x, y) => x - y), seen.result.passages.flatMap((p, i) => (p.source === other ? [i] : [])));
  await page.evaluate(() => document.querySelector('#by-elements').setAttribute('view', 'changes'));
  const summary = await until(page, () => {
    const s = document.querySelector('#by-elements').shadowRoot.querySelector('.summary').textContent;
    return /changes? ·/.test(s) && s;
  }, null, 30000);
  assert.match(summary, /^\d+ changes? · \d+ words? changed · \d+ moved$/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('compare(a, [sources]) from script, in the widget\'s language; a string B still gives the two-text view', async () => {
  const page = await openPage();
  const r = await page.evaluate(async () => {
    const el = document.querySelector('#by-script');
    const [a, w1, w2, c] = await window.stormTexts();
    el.setAttribute('min-words', '12');
    const result = await el.compare(a, [w1, { name: 'Second', text: w2 }, { text: c }]);
    const multi = { names: result.sources.map((s) => s.name), texts: el.texts.b.map((s) => s.name), tabs: el.shadowRoot.querySelectorAll('[role="tab"]').length };
    const pair = await el.compare(a, w2);
    const shownPair = {
      multi, pairKeys: Object.keys(pair), tabsHidden: el.shadowRoot.querySelector('[role="tablist"]').hidden,
      tabsAfter: el.shadowRoot.querySelectorAll('[role="tab"]').length, source: el.source, textsB: typeof el.texts.b,
      summary: el.shadowRoot.querySelector('.summary').textContent,
    };
    // The widget's language: its summary, tab list and default names in Arabic.
    el.setAttribute('lang', 'ar');
    const arabic = await el.compare(a, [w1, w2, c]);
    return {
      ...shownPair, arabicNames: arabic.sources.map((s) => s.name), arabicSummary: el.shadowRoot.querySelector('.summary').textContent,
      arabicTablist: el.shadowRoot.querySelector('[role="tablist"]').getAttribute('aria-label'),
    };
  });
  assert.deepEqual(r.arabicNames, ['المصدر 1', 'المصدر 2', 'المصدر 3']);  // digits as the widget's Arabic writes them
  assert.match(r.arabicSummary, /^.+ من النص A من .+ مصادر: المصدر/);
  assert.equal(r.arabicTablist, 'المصادر');
  assert.deepEqual(r.multi, { names: ['Source 1', 'Second', 'Source 3'], texts: ['Source 1', 'Second', 'Source 3'], tabs: 3 });
  assert.deepEqual(r.pairKeys, ['units', 'a', 'b', 'changes', 'passages', 'warnings']);
  assert.equal(r.tabsHidden, true);
  assert.equal(r.tabsAfter, 0);
  assert.equal(r.source, -1);
  assert.equal(r.textsB, 'string');
  assert.match(r.summary, /of A appears in B/);
  await page.close();
});

test('hostile source names and texts stay text', async () => {
  const page = await openPage();
  page.dialogs = [];
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss(); });
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const seen = await page.evaluate(async (p) => {
    const el = document.querySelector('#by-script');
    const story = await fetch('/examples/storm-wire-0945.txt').then((x) => x.text());
    el.setAttribute('min-words', '12');
    await el.compare(`${p}\n\n${story}`, [{ name: p, text: `${story}\n\n${p}` }, { name: `"><svg onload=alert(3)>`, text: p }]);
    const root = el.shadowRoot;
    const tags = new Set([...root.querySelectorAll('*')].map((n) => n.localName));
    return {
      tags: [...tags], tab: root.querySelector('[role="tab"]').textContent, summary: root.querySelector('.summary').textContent,
      label: root.querySelector('.label.b').textContent, columnA: root.querySelector('.scroll.a p').textContent,
    };
  }, payload);
  for (const tag of ['img', 'script', 'svg-onload', 'iframe']) assert.ok(!seen.tags.includes(tag), tag);
  assert.ok(seen.tab.startsWith(payload));
  assert.ok(seen.summary.includes(payload));
  assert.equal(seen.label, `B · ${payload}`);
  assert.ok(seen.columnA.includes(payload));
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('under the strict CSP, on a phone', async () => {
  const page = await openPage(env.cspUrl, { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const seen = await shown(page, '#by-urls');
  checkSources(seen, ['storm-wire-0710.txt', 'storm-wire-0945.txt', 'storm-council.txt']);
  // The tabs stay on one line that scrolls, within the widget's width.
  const box = await page.evaluate(() => {
    const root = document.querySelector('#by-urls').shadowRoot;
    const tabs = root.querySelector('[role="tablist"]').getBoundingClientRect();
    return { tabs: tabs.width, widget: document.querySelector('#by-urls').getBoundingClientRect().width, narrow: root.querySelector('.root').classList.contains('narrow') };
  });
  assert.ok(box.narrow && box.tabs <= box.widget, JSON.stringify(box));
  // One pane at a time: selecting a passage of A of another source turns to that source's pane.
  const i = seen.result.passages.findIndex((p) => p.source !== seen.source);
  await page.evaluate((n) => document.querySelector('#by-urls').select(n), i);
  const turned = await until(page, () => {
    const el = document.querySelector('#by-urls');
    const root = el.shadowRoot.querySelector('.root');
    return root.dataset.pane === 'b' && { source: el.source, pane: root.dataset.pane };
  });
  assert.deepEqual(turned, { source: seen.result.passages[i].source, pane: 'b' });
  // The tab of the source shown is scrolled into the strip.
  const inStrip = await page.evaluate((k) => {
    const root = document.querySelector('#by-urls').shadowRoot;
    const strip = root.querySelector('[role="tablist"]').getBoundingClientRect();
    const tab = root.querySelector(`[role="tab"][data-source="${k}"]`).getBoundingClientRect();
    return tab.left >= strip.left - 1 && tab.right <= strip.right + 1;
  }, turned.source);
  assert.ok(inStrip, 'the selected tab is inside the strip');
  await page.locator('#by-urls').screenshot({ path: join(resultsDir, 'sources-phone.png') });
  assert.deepEqual(page.problems, [], 'no CSP violation or page error');
  await page.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe-core: no violations on the demo's three-source example, ${theme} theme`, async () => {
    const page = await newPage(env.browser, { colorScheme: theme });
    await page.goto(`${env.url}?example=sources&theme=${theme}`);
    const seen = await shown(page, '#widget');
    assert.deepEqual(seen.result.sources.map((s) => s.name), ['Wire 07:10', 'Wire 09:45', 'Council statement']);
    assert.match(seen.summary, /^\d+% of A from 3 sources: /);
    await page.evaluate(() => document.getElementById('widget').select(1));
    await page.addScriptTag({ path: join(repo, 'node_modules/axe-core/axe.min.js') });
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`), []);
    if (theme === 'light') await page.screenshot({ path: join(resultsDir, 'sources-demo.png'), fullPage: false });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
