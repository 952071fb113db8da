// Hostile text: more than 30 XSS payloads as article text, given by script, read from page
// elements, fetched as an HTML document and used as labels. Nothing executes, no element is
// injected, and the payloads show as the literal characters they are.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newPage, setUp, waitReady } from './helpers.mjs';
import { PAYLOADS, hostileTexts } from './xss-payloads.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

// The only elements the widget ever creates.
const ALLOWED = ['div', 'p', 'span', 'mark', 'del', 'ins', 'button', 'svg', 'path', 'progress', 'ul', 'ol', 'li'];

async function openPage() {
  const page = await newPage(env.browser);
  page.dialogs = [];
  page.requests = [];
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on('request', (request) => page.requests.push(request.url()));
  await page.goto(`${env.url}test/xss.html`);
  await page.waitForFunction(() => customElements.get('overlap-view'));
  return page;
}

// Everything in the widget's shadow tree that could carry code, as a list of problems.
function inspect(page, selector) {
  return page.evaluate(([s, allowed]) => {
    const root = document.querySelector(s).shadowRoot;
    const problems = [];
    for (const el of root.querySelectorAll('*')) {
      if (!allowed.includes(el.localName)) problems.push(`element <${el.localName}>`);
      for (const attr of el.attributes) {
        // The one style the widget sets itself (through CSSOM): a chunk's estimated height.
        if (attr.name === 'style' && el.classList.contains('chunk') && /^contain-intrinsic-size: auto \d+px;$/.test(attr.value)) continue;
        if (/^on/i.test(attr.name) || ['href', 'src', 'style', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
          problems.push(`attribute ${attr.name} on <${el.localName}>`);
        }
      }
    }
    // Paragraph texts as drawn, badges left out.
    const column = (side) => [...root.querySelectorAll(`.scroll.${side} p`)].map((p) => {
      const copy = p.cloneNode(true);
      copy.querySelectorAll('.badge').forEach((b) => b.remove());
      return copy.textContent;
    });
    return { problems, a: column('a'), b: column('b'), texts: document.querySelector(s).texts };
  }, [selector, ALLOWED]);
}

test(`${PAYLOADS.length} XSS payloads given by script render as literal text`, async () => {
  assert.ok(PAYLOADS.length >= 30);
  const page = await openPage();
  const texts = hostileTexts();
  const elementsBefore = await page.evaluate(() => document.querySelectorAll('*').length);
  await page.evaluate(({ a, b }) => document.getElementById('by-script').compare(a, b), texts);
  await waitReady(page, '#by-script');
  const seen = await inspect(page, '#by-script');
  assert.deepEqual(seen.problems, []);
  // Each paragraph is drawn character for character (the core's paragraphs are the blank-line ones).
  assert.deepEqual(seen.a, texts.a.split('\n\n'));
  assert.deepEqual(seen.b, texts.b.split('\n\n'));
  const counts = await page.evaluate(() => {
    const root = document.getElementById('by-script').shadowRoot;
    return { marks: root.querySelectorAll('mark').length, del: root.querySelectorAll('del').length, ins: root.querySelectorAll('ins').length };
  });
  assert.ok(counts.marks > 10 && counts.ins > 0, `payloads drawn inside passages and edits: ${JSON.stringify(counts)}`);

  // The passages view draws the same text its own way.
  await page.evaluate(() => document.getElementById('by-script').setAttribute('view', 'passages'));
  await page.waitForFunction(() => document.getElementById('by-script').shadowRoot.querySelectorAll('.row').length > 0);
  assert.deepEqual((await inspect(page, '#by-script')).problems, []);

  // Hostile labels are text too.
  await page.evaluate((p) => {
    const w = document.getElementById('by-script');
    w.setAttribute('label-a', p[0]);
    w.setAttribute('label-b', p[1]);
  }, PAYLOADS);
  const labels = await page.evaluate(() => [...document.getElementById('by-script').shadowRoot.querySelectorAll('.label')].map((l) => l.textContent));
  assert.equal(labels[0], `A · ${PAYLOADS[0]}`);

  await page.mouse.move(300, 300);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.xss), []);
  assert.deepEqual(page.dialogs, []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('*').length), elementsBefore, 'no element added to the page');
  assert.ok(!page.requests.some((url) => /\/x$|javascript:|should-not-load/.test(url)), 'no payload URL requested');
  assert.deepEqual(page.problems, []);
});

test('payloads read from page elements (a="#…") stay text', async () => {
  const page = await openPage();
  const texts = hostileTexts();
  await page.evaluate(({ a, b }) => {
    for (const [id, text] of [['hostile-a', a], ['hostile-b', b]]) {
      const box = document.getElementById(id);
      for (const paragraph of text.split('\n\n')) box.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
    }
    const w = document.getElementById('by-script');
    w.setAttribute('a', '#hostile-a');
    w.setAttribute('b', '#hostile-b');
  }, texts);
  await page.waitForFunction(() => document.getElementById('by-script').texts?.a.includes('__xss(1)'));
  await waitReady(page, '#by-script');
  const seen = await inspect(page, '#by-script');
  assert.deepEqual(seen.problems, []);
  // Page text is read with white space collapsed as rendered: the payloads themselves survive.
  for (const payload of PAYLOADS.slice(0, 40)) {
    const rendered = payload.replace(/\s+/g, ' ').trim();
    assert.ok(seen.texts.a.includes(rendered), `payload missing from the text read: ${payload}`);
  }
  assert.deepEqual(await page.evaluate(() => window.xss), []);
  assert.deepEqual(page.dialogs, []);
});

test('a hostile HTML document fetched with src-a is read as inert text', async () => {
  const page = await openPage();
  await waitReady(page, '#by-url');
  const seen = await inspect(page, '#by-url');
  assert.deepEqual(seen.problems, []);
  assert.ok(seen.texts.a.startsWith('Ferry service to Marrow Island suspended\n\nThe only ferry'));
  assert.match(seen.texts.a, /Literal markup in text: <script>__xss\('src-entity'\)<\/script> and &lt;b&gt;/);
  assert.ok(!/src-script|src-svg-script/.test(seen.texts.a), 'script contents are not text');
  assert.ok(seen.a.some((p) => p.includes("<script>__xss('src-entity')</script>")), 'shown literally');
  const result = await page.evaluate(() => document.getElementById('by-url').result.passages.length);
  assert.ok(result >= 1, 'the shared paragraph is found');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.xss), []);
  assert.deepEqual(page.dialogs, []);
  assert.ok(!page.requests.some((url) => /should-not-load/.test(url)), 'no resource of the fetched document loads');
  // Everything the page requested: its own files, the widget's module files and the two src URLs.
  const allowed = /^\/(test\/(xss\.html|page\.css|record\.js|hostile\.html)|dist\/overlap[\w-]*\.(js|mjs|wasm)|examples\/ferry-published\.txt)$/;
  const unexpected = page.requests.map((url) => new URL(url)).filter((url) => url.origin !== new URL(env.url).origin || !allowed.test(url.pathname));
  assert.deepEqual(unexpected.map(String), []);
});
