// Hostile inputs from JavaScript (issue 8 §3 and §4): lone surrogates in every call, the size
// limit on each side and in each method, hostile values where texts and options belong, and
// errors that are Errors with a code, after which the instance keeps working. Native outcomes of
// the same inputs are in tests/core/hostile_inputs_test.cpp; the basic contract in api.test.mjs.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { api, tiles, utf16ToUtf8 } from './support.mjs';

const { createOverlap, createOverlapWorker, OverlapError } = api;
const overlap = await createOverlap();
const worker = await createOverlapWorker();
after(() => worker.terminate());

const prose = 'Investigators examined the wreckage of the light aircraft for a second day on Saturday, and ' +
  'said the pilot had reported engine trouble shortly before contact was lost over the hills north ' +
  'of the airfield, where the weather had been clear all afternoon.';

// Each lone surrogate replaced by U+FFFD, pairs kept: what the module sees.
function replaced(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// Every offset of `r` lies in its string and never between the halves of a surrogate pair.
function checkOffsets(r, a, b) {
  for (const [text, side] of [[a, 0], [b, 1]]) {
    const splits = (o) => o > 0 && o < text.length && /[\uD800-\uDBFF]/.test(text[o - 1]) && /[\uDC00-\uDFFF]/.test(text[o]);
    for (const p of r.passages) {
      const spans = [side ? p.b : p.a, ...p.edits.map((e) => (side ? e[2] : e[1]))];
      for (const [s, e] of spans) {
        assert.ok(s >= 0 && s <= e && e <= text.length, `span [${s}, ${e}) outside a text of ${text.length}`);
        assert.ok(!splits(s) && !splits(e), `span [${s}, ${e}) splits a surrogate pair`);
      }
    }
  }
}

function expectError(fn, code, pattern) {
  let error;
  try { fn(); } catch (e) { error = e; }
  assert.ok(error instanceof Error, `expected an Error, got ${error}`);
  assert.ok(error instanceof OverlapError);
  assert.equal(error.name, 'OverlapError');
  assert.equal(error.code, code);
  assert.equal(typeof error.message, 'string');
  if (pattern) assert.match(error.message, pattern);
  return error;
}

test('lone surrogates anywhere give the result of U+FFFD in their place, in every method', () => {
  const lones = ['\uD800', '\uDFFF', '\uDE00\uD83D', '\uD83D\uD83D\uDE00', '\uD83D\uDE00\uDE00'];
  for (const lone of lones) {
    for (const a of [`${lone}${prose}`, `${prose}${lone}`, `${prose.slice(0, 50)}${lone}${prose.slice(50)}`]) {
      const b = `Before. ${prose}`;
      for (const method of ['compare', 'diff']) {
        const r = overlap[method](a, b);
        checkOffsets(r, a, b);
        assert.deepEqual(r, overlap[method](replaced(a), b), `${method} ${JSON.stringify(lone)}`);
        assert.equal(r.passages.length >= 1, true);
        // The surrogates are valid UTF-8 once replaced: no warning, unlike invalid bytes natively.
        assert.deepEqual(r.warnings, []);
      }
      const whole = overlap.diff(a, b).passages[0];
      assert.deepEqual([whole.a, whole.b], [[0, a.length], [0, b.length]]);
      assert.ok(tiles(whole.edits.filter(([k]) => k !== '+').map((e) => e[1]), a.length));
      assert.ok(tiles(whole.edits.filter(([k]) => k !== '-').map((e) => e[2]), b.length));
    }
  }
});

test('a text of nothing but lone surrogates is handled like U+FFFD text', () => {
  const a = '\uD800'.repeat(100000), b = '\uDC00'.repeat(100000);
  const r = overlap.compare(a, b);
  assert.deepEqual(r.passages, []);
  assert.equal(r.a.length, a.length);
  assert.equal(r.b.length, b.length);
  const tokens = overlap.segment(`x\uD800y`);
  assert.ok(tiles(tokens, 3));
  assert.equal(overlap.fold('\uDC00A'), '\uFFFDa');
  // UTF-8 offsets of the same string agree with support.mjs's model: 3 bytes per lone surrogate.
  assert.equal(utf16ToUtf8('\uD800x')(2), 4);
});

test('the size limit holds on each side and in each method, and the instance keeps working', () => {
  const max = overlap.maxInputBytes;
  assert.equal(max, 16 * 2 ** 20);  // wasm's limit (wasm/bindings.cpp), below the native 64 MB
  const big = 'x'.repeat(max + 1);
  expectError(() => overlap.compare(prose, big), 'input_too_large', /^input B is 17 MB; the limit is 16 MB$/);
  expectError(() => overlap.diff(big, prose), 'input_too_large', /^input A /);
  expectError(() => overlap.diff(prose, big), 'input_too_large', /^input B /);
  expectError(() => overlap.fold(big), 'input_too_large', /^input text /);
  // Over the limit only once lone surrogates become 3-byte U+FFFDs.
  const lone = '\uD800'.repeat(Math.floor(max / 3) + 1);
  expectError(() => overlap.segment(lone), 'input_too_large', /^input text is 17 MB; the limit is 16 MB$/);
  const r = overlap.compare(prose, prose);
  assert.equal(r.passages.length, 1);
});

test('a large input within the limit grows wasm memory instead of failing', () => {
  const a = 'word '.repeat(2 ** 20 / 5 * 4);  // 4 MB of one word: no evidence, no passage
  const r = overlap.compare(a, a);
  assert.deepEqual(r.passages, []);
  assert.equal(r.a.words, a.length / 5);
  const noSpaces = 'abcdefghij'.repeat(2 ** 20 / 10);
  const d = overlap.diff(noSpaces, noSpaces);
  assert.equal(d.passages.length, 1);
  assert.deepEqual(d.passages[0].edits, [['=', [0, noSpaces.length], [0, noSpaces.length]]]);
  assert.equal(overlap.compare(prose, prose).passages.length, 1);
});

test('hostile values where texts belong are invalid_input, never coerced', () => {
  let called = false;
  const sneaky = { toString() { called = true; return prose; }, valueOf() { called = true; return prose; } };
  for (const value of [sneaky, new String(prose), Symbol('x'), 12n, [prose], undefined]) {
    expectError(() => overlap.compare(value, prose), 'invalid_input', /^A must be a string/);
    expectError(() => overlap.diff(prose, value), 'invalid_input', /^B must be a string/);
  }
  assert.equal(called, false, 'a text was converted with toString/valueOf');
});

test('hostile option values are invalid_options, never coerced', () => {
  expectError(() => overlap.compare(prose, prose, { minWords: { valueOf: () => 3 } }), 'invalid_options', /^minWords must be a whole number/);
  expectError(() => overlap.compare(prose, prose, { minWords: 2 ** 32 }), 'invalid_options', /^minWords/);
  expectError(() => overlap.compare(prose, prose, { minSimilarity: Infinity }), 'invalid_options', /^minSimilarity/);
  expectError(() => overlap.compare(prose, prose, { gapWords: -1 }), 'invalid_options', /^gapWords/);
  assert.equal(overlap.compare(prose, prose).passages.length, 1);
});

// "__proto__" (an own key of a parsed JSON object), "constructor", "toString" … once found
// Object.prototype members in resolveOptions() and threw a TypeError.
test('option names from Object.prototype are unknown options', async () => {
  for (const options of [JSON.parse('{"__proto__": {"minWords": 1}}'), { constructor: 1 }, { toString: 1 }, { hasOwnProperty: 1 }]) {
    const name = Object.keys(options)[0];
    expectError(() => overlap.compare(prose, prose, options), 'invalid_options', new RegExp(`unknown option "${name}"`));
    await assert.rejects(worker.compare(prose, prose, options), { name: 'OverlapError', code: 'invalid_options' });
  }
  assert.equal(({}).minWords, undefined, 'Object.prototype was polluted');
});

test('the worker rejects with Errors carrying the same codes, and keeps working', async () => {
  const big = 'x'.repeat(overlap.maxInputBytes + 1);
  for (const [call, code] of [
    [(o) => o.diff(prose, big), 'input_too_large'],
    [(o) => o.compare(Symbol('x'), prose), 'invalid_input'],
    [(o) => o.compare(prose, prose, { minWords: -1 }), 'invalid_options'],
  ]) {
    let error;
    try { await call(worker); } catch (e) { error = e; }
    assert.ok(error instanceof Error, `expected an Error, got ${error}`);
    assert.equal(error.name, 'OverlapError');
    assert.equal(error.code, code);
  }
  const lone = `${prose}\uD800`;
  assert.deepEqual(await worker.compare(lone, prose), overlap.compare(lone, prose));
});
