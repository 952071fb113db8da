// createOverlapWorker(): the same results as the direct API, errors with the same codes,
// cancellation through AbortSignal, progress stages, and recovery after a cancelled or failed call.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { api } from './support.mjs';

const direct = await api.createOverlap({ dictionaries: true });
const worker = await api.createOverlapWorker({ dictionaries: true });
after(() => worker.terminate());

const a = 'The talks will continue on Wednesday in Geneva, officials said after a long day of meetings ' +
  'between the two delegations, which ended without agreement on the ceasefire lines 🇺🇦. ';
const b = 'Meanwhile, officials said the talks will continue Wednesday in Geneva after a long day of meetings ' +
  'between the two delegations and unity, which ended without agreement on the ceasefire lines 🇺🇦. ';
// Long enough to still be running when the test aborts it.
const long = Array.from({ length: 150000 }, (_, i) => `word${i % 5000} `).join('');

test('the worker describes itself like the direct API', () => {
  for (const key of ['version', 'dictionaries', 'maxInputBytes', 'defaults'])
    assert.deepEqual(worker[key], direct[key], key);
});

test('results are identical to the direct API', async () => {
  assert.deepEqual(await worker.compare(a, b, { minWords: 5 }), direct.compare(a, b, { minWords: 5 }));
  assert.deepEqual(await worker.diff(a, b), direct.diff(a, b));
  assert.deepEqual(await worker.segment('我们今天去北京大学 and more'), direct.segment('我们今天去北京大学 and more'));
  assert.equal(await worker.fold('ＺＥＬＥＮＳＫＹＹ’S'), direct.fold('ＺＥＬＥＮＳＫＹＹ’S'));
});

test('errors reject with the same codes, messages and subjects', async () => {
  for (const [call, code] of [
    [(o) => o.compare(a, b, { minWords: 0 }), 'invalid_options'],
    [(o) => o.compare(a, b, { nope: 1 }), 'invalid_options'],
    [(o) => o.diff(a, 7), 'invalid_input'],
    [(o) => o.segment('x'.repeat(direct.maxInputBytes + 1)), 'input_too_large'],
  ]) {
    let expected;
    try { call(direct); } catch (error) { expected = error; }
    assert.equal(expected?.code, code);
    assert.ok(expected.option ?? expected.input, `no subject: ${expected.message}`);
    await assert.rejects(call(worker), (error) => {
      assert.deepEqual([error.name, error.code, error.message, error.option, error.input],
                       ['OverlapError', code, expected.message, expected.option, expected.input]);
      return true;
    });
  }
  await assert.rejects(worker.segment('x', { minWords: 3 }), { code: 'invalid_options' });
  await assert.rejects(worker.segment('x', { signal: 'no' }), { code: 'invalid_options', option: 'signal' });
});

test('progress reports the stages of a call', async () => {
  const stages = [];
  await worker.compare(a, b, { onProgress: (p) => { stages.push(p.stage); assert.ok(p.elapsed >= 0); } });
  assert.deepEqual(stages, ['computing', 'done']);
});

test('an aborted signal rejects before anything runs', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(worker.compare(a, b, { signal: controller.signal }), { name: 'AbortError' });
});

test('aborting a running call stops it; the next call gets a fresh worker', async () => {
  const controller = new AbortController();
  const stages = [];
  const running = worker.compare(long, long, {
    signal: controller.signal,
    onProgress: ({ stage }) => {
      stages.push(stage);
      if (stage === 'computing') setTimeout(() => controller.abort(), 5);
    },
  });
  const queued = worker.segment('still queued');
  await assert.rejects(running, { name: 'AbortError' });
  // Rejected while still computing (no "done" stage came first): the worker was stopped, not
  // waited for. No clock is read: a busy machine must not fail this test.
  assert.deepEqual(stages, ['computing']);
  assert.deepEqual(await queued, direct.segment('still queued'));
  assert.deepEqual(await worker.compare(a, b), direct.compare(a, b));
});

test('aborting a queued call removes only that call', async () => {
  const controller = new AbortController();
  const first = worker.compare(a, b);
  const second = worker.compare(a, b, { signal: controller.signal });
  const third = worker.fold('ABC');
  controller.abort(new Error('changed my mind'));
  await assert.rejects(second, { message: 'changed my mind' });
  assert.deepEqual(await first, direct.compare(a, b));
  assert.equal(await third, 'abc');
});

test('a bad worker URL or bad dictionaries fail createOverlapWorker()', async () => {
  await assert.rejects(api.createOverlapWorker({ workerUrl: new URL('file:///nonexistent/worker.mjs') }), { code: 'worker_failed' });
  await assert.rejects(api.createOverlapWorker({ dictionaries: new Uint8Array(16) }), { code: 'invalid_data' });
});

test('terminate() rejects pending and later calls', async () => {
  const mine = await api.createOverlapWorker();
  const pending = mine.compare(long, long);
  mine.terminate();
  await assert.rejects(pending, { code: 'worker_failed' });
  await assert.rejects(mine.segment('x'), { code: 'worker_failed' });
});

test('a worker that dies fails its call with worker_failed; the next call works', async () => {
  const crashing = await api.createOverlapWorker({ workerUrl: new URL('./fixtures/crashing-worker.mjs', import.meta.url) });
  try {
    await assert.rejects(crashing.fold('crash'), { code: 'worker_failed', message: /exited with code 3/ });
    assert.equal(await crashing.fold('ABC'), 'abc');
    assert.deepEqual(await crashing.compare(a, b), direct.compare(a, b));
  } finally {
    crashing.terminate();
  }
});
