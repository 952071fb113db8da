// Errors and recovery with the real module: an input over the wasm limit, a worker that dies
// during a comparison, a comparison cancelled by a newer one, invalid options. Each is shown
// inside the widget (its error part) with an overlap-error event, the host page keeps working
// and is left untouched, and the next comparison renders normally.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bigPair } from './big-texts.mjs';
import { newPage, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const WORKER = /overlap-worker\.mjs/;

async function openPage() {
  const page = await newPage(env.browser);
  // Every worker the page starts, and whether it has gone.
  page.workersSeen = [];
  page.on('worker', (worker) => {
    if (!WORKER.test(worker.url())) return;
    const entry = { worker, closed: false };
    worker.on('close', () => { entry.closed = true; });
    page.workersSeen.push(entry);
  });
  await page.goto(`${env.url}test/errors.html`);
  await until(page, () => document.getElementById('options')?.state === 'error' && window.ticks > 0);
  return page;
}

/** Resolves once a worker seen by openPage() has gone; fails after 5 s. */
async function closed(entry, what) {
  if (entry.closed) return;
  let timer;
  await Promise.race([
    new Promise((resolve) => entry.worker.once('close', resolve)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`not closed: ${what}`)), 5000); }),
  ]).finally(() => clearTimeout(timer));
}

/** The widget's error part: its text, whether it shows, and whether the page's ::part(error) rule reaches it. */
function errorPart(page, id) {
  return page.evaluate((id) => {
    const w = document.getElementById(id);
    const part = w.shadowRoot.querySelector('[part~="error"]');
    const box = part.getBoundingClientRect();
    return {
      state: w.state, text: part.textContent, hidden: part.hidden,
      visible: part.checkVisibility() && box.width > 0 && box.height > 0,
      partStyled: getComputedStyle(part).outlineColor === 'rgb(0, 128, 0)',
    };
  }, id);
}

/** Compares the page's two sample texts in widget `id`; resolves once it is drawn. */
async function compareSample(page, id) {
  const drawn = await page.evaluate(async (id) => {
    const w = document.getElementById(id);
    const result = await w.compare(window.sample.a, window.sample.b);
    const root = w.shadowRoot;
    return {
      state: w.state, passages: result.passages.length, same: w.result === result,
      marks: root.querySelectorAll('.scroll.a mark[data-passage], .scroll.b mark[data-passage]').length,
      errorHidden: root.querySelector('[part~="error"]').hidden,
      shown: w.texts.a === window.sample.a && w.texts.b === window.sample.b,
    };
  }, id);
  await waitReady(page, `#${id}`);
  assert.deepEqual(drawn, { ...drawn, state: 'ready', same: true, errorHidden: true, shown: true });
  assert.ok(drawn.passages >= 1, 'the shared paragraph is found');
  assert.ok(drawn.marks >= 2, 'passages are drawn in both columns');
  return drawn;
}

/** The page still runs its own code and answers input. */
async function pageStillWorks(page) {
  const ticks = await page.evaluate(() => window.ticks);
  await until(page, (n) => window.ticks > n + 2 && document.getElementById('ticks').textContent === String(window.ticks), ticks);
  const clicks = await page.evaluate(() => window.clicks);
  await page.click('#bump');
  assert.equal(await page.textContent('#clicks'), String(clicks + 1));
  await page.fill('#field', 'still typing');
  assert.equal(await page.inputValue('#field'), 'still typing');
}

for (const [id, how, path] of [
  ['auto', 'compare()', 'the worker'],
  ['direct', 'the texts property', 'the direct API (worker="never")'],
]) {
  test(`an input over maxInputBytes given through ${how} is an error inside the widget, via ${path}; the page keeps working`, async () => {
    const page = await openPage();
    const before = await page.evaluate(() => window.outside());
    const maxInputBytes = await page.evaluate(async () => (await import('/dist/overlap.mjs')).createOverlap().then((o) => o.maxInputBytes));
    assert.equal(maxInputBytes, 16 * 2 ** 20);
    const outcome = await page.evaluate(async ([id, viaProperty]) => {
      const w = document.getElementById(id);
      const huge = 'word '.repeat(3_400_000);  // 17 million ASCII characters
      const small = window.sample.b;
      const errorRaised = new Promise((resolve) => w.addEventListener('overlap-error', (e) => resolve(e.detail), { once: true }));
      let rejection = null;
      if (viaProperty) {
        w.texts = { a: small, b: huge };  // B this time
      } else {
        rejection = await w.compare(huge, small).then(() => null, (e) => ({ name: e.name, code: e.code, message: e.message }));
      }
      const detail = await errorRaised;
      return { length: huge.length, rejection, detail: { code: detail.code, message: detail.message, errorCode: detail.error?.code } };
    }, [id, id === 'direct']);
    assert.equal(outcome.length, 17_000_000);
    assert.ok(outcome.length > maxInputBytes);
    const side = id === 'direct' ? 'B' : 'A';
    const expected = new RegExp(`^input ${side} is 17 MB; the limit is 16 MB$`);
    assert.equal(outcome.detail.code, 'input_too_large');
    assert.equal(outcome.detail.errorCode, 'input_too_large');
    assert.match(outcome.detail.message, expected);
    if (outcome.rejection) {
      assert.equal(outcome.rejection.code, 'input_too_large');
      assert.match(outcome.rejection.message, expected);
    }
    // Shown inside the widget, in its error part, which the page can style.
    const shown = await errorPart(page, id);
    assert.deepEqual(shown, { state: 'error', text: outcome.detail.message, hidden: false, visible: true, partStyled: true });
    // Which path rejected it: the worker only where the widget was allowed one.
    assert.equal(page.workersSeen.length > 0, id === 'auto', `workers started: ${page.workersSeen.length}`);
    // Nothing outside the widget changed, and the page still runs.
    assert.equal(await page.evaluate(() => window.outside()), before);
    assert.equal(await page.evaluate(() => document.body.innerText.includes('the limit is')), false);
    await pageStillWorks(page);
    const events = await page.evaluate((id) => window.errors.filter((e) => e.id === id), id);
    assert.deepEqual(events.map((e) => e.code), ['input_too_large']);
    // The next comparison of two normal texts renders, with no error left showing.
    await compareSample(page, id);
    assert.equal((await errorPart(page, id)).visible, false);
    assert.deepEqual(page.problems, []);
  });
}

test('a worker that dies during a comparison fails that call with worker_failed; the next comparison works', async () => {
  const page = await openPage();
  await compareSample(page, 'always');  // starts the widgets' shared worker
  assert.equal(page.workersSeen.length, 1);
  const [first] = page.workersSeen;
  // A real crash of the real worker: an uncaught exception in it while it owes an answer.
  // Armed here, the worker's next call is computed but never answered (its messages are
  // dropped), and an uncaught error is thrown in the worker right after.
  await first.worker.evaluate(() => {
    const post = self.postMessage.bind(self);
    let doomed = null;
    self.postMessage = (message, transfer) => {
      if (doomed === null && message?.type === 'progress') {
        doomed = message.id;
        setTimeout(() => { throw new Error('injected crash'); }, 0);
      }
      if (doomed !== null && message?.id === doomed) return;
      post(message, transfer);
    };
  });
  const before = await page.evaluate(() => window.outside());
  const rejection = await page.evaluate(() => document.getElementById('always')
    .compare(window.sample.a, window.sample.b)
    .then(() => null, (e) => ({ name: e.name, code: e.code, message: e.message })));
  assert.equal(rejection?.code, 'worker_failed', JSON.stringify(rejection));
  assert.match(rejection.message, /the worker failed: .*injected crash/);
  const shown = await errorPart(page, 'always');
  assert.deepEqual(shown, { state: 'error', text: rejection.message, hidden: false, visible: true, partStyled: true });
  const events = await page.evaluate(() => window.errors.filter((e) => e.id === 'always'));
  assert.deepEqual(events.map((e) => e.code), ['worker_failed']);
  await closed(first, 'the failed worker was terminated');
  assert.equal(await page.evaluate(() => window.outside()), before);
  await pageStillWorks(page);
  // The next comparison starts a fresh worker and renders.
  await compareSample(page, 'always');
  assert.equal(page.workersSeen.length, 2, 'a new worker was started');
  assert.equal(page.workersSeen[1].closed, false);
  // And another widget of the page, sharing that worker, works too.
  const big = await page.evaluate(() => document.getElementById('auto')
    .compare(window.sample.a.repeat(150), window.sample.b.repeat(150)).then((r) => r.units));
  assert.equal(big, 'utf16');
  assert.deepEqual(page.problems.filter((p) => !/injected crash/.test(p)), []);
});

test('a comparison replaced mid-way by a newer one rejects with AbortError; the newer one renders', async () => {
  const page = await openPage();
  await compareSample(page, 'always');
  assert.equal(page.workersSeen.length, 1);
  const { a, b } = bigPair(3_000_000);
  const outcome = await page.evaluate(async ([a, b]) => {
    const w = document.getElementById('always');
    const big = w.compare(a, b).then(() => ({ resolved: true }), (e) => ({ name: e.name, message: e.message }));
    // Once the call is posted to the worker (its start is a chain of microtasks), replace it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const small = await w.compare(window.sample.a, window.sample.b);
    return { big: await big, passages: small.passages.length, state: w.state, shown: w.texts.a === window.sample.a };
  }, [a, b]);
  assert.equal(outcome.big.name, 'AbortError', JSON.stringify(outcome.big));
  assert.equal(outcome.state, 'ready');
  assert.ok(outcome.passages >= 1 && outcome.shown);
  // The running call was stopped the only way a wasm call can be: its worker was terminated,
  // and the small comparison ran in a new one.
  assert.equal(page.workersSeen.length, 2);
  await closed(page.workersSeen[0], 'the worker running the big comparison was terminated');
  // Cancelling is not an error: nothing was reported.
  assert.deepEqual(await page.evaluate(() => window.errors.filter((e) => e.id === 'always')), []);
  assert.equal((await errorPart(page, 'always')).visible, false);
  await compareSample(page, 'always');
  assert.deepEqual(page.problems, []);
});

test('invalid min-words ("0", "abc") is an invalid_options error inside the widget; a valid value renders', async () => {
  const page = await openPage();
  const before = await page.evaluate(() => window.outside());
  // min-words="0" in the markup.
  let shown = await errorPart(page, 'options');
  assert.deepEqual(shown, { state: 'error', text: 'minWords must be between 1 and 10000, not 0', hidden: false, visible: true, partStyled: true });
  assert.deepEqual(await page.evaluate(() => window.errors.filter((e) => e.id === 'options').map((e) => e.code)), ['invalid_options']);
  // min-words="abc".
  await page.evaluate(() => document.getElementById('options').setAttribute('min-words', 'abc'));
  await until(page, () => window.errors.filter((e) => e.id === 'options').length === 2);
  shown = await errorPart(page, 'options');
  assert.equal(shown.state, 'error');
  assert.ok(shown.visible && shown.partStyled);
  assert.match(shown.text, /^minWords must be a whole number/);
  assert.deepEqual(await page.evaluate(() => window.errors.filter((e) => e.id === 'options').map((e) => e.code)), ['invalid_options', 'invalid_options']);
  assert.equal(await page.evaluate(() => window.outside()), before.replace('min-words="0"', 'min-words="abc"'));
  await pageStillWorks(page);
  // Fixed: the same texts render.
  await page.evaluate(() => document.getElementById('options').setAttribute('min-words', '8'));
  await until(page, () => document.getElementById('options').state === 'ready', undefined, 30000);
  const drawn = await page.evaluate(() => {
    const w = document.getElementById('options');
    return {
      passages: w.result.passages.length, marks: w.shadowRoot.querySelectorAll('.scroll mark[data-passage]').length,
      fromPage: w.texts.a.startsWith('Harbour festival returns after three quiet years'),
    };
  });
  assert.ok(drawn.passages >= 1 && drawn.marks >= 2 && drawn.fromPage, JSON.stringify(drawn));
  assert.equal((await errorPart(page, 'options')).visible, false);
  assert.equal(await page.evaluate(() => window.errors.length), 2);
  assert.deepEqual(page.problems, []);
});
