// The binding contract of createOverlap(): defaults, result shapes, and errors as OverlapErrors
// with a code — never an abort, never a silent default.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { api, distDir, tiles } from './support.mjs';

const { createOverlap, OverlapError } = api;
const overlap = await createOverlap();

const a = 'The talks will continue on Wednesday in Geneva, officials said after a long day of meetings ' +
  'between the two delegations, which ended without agreement on the ceasefire lines. ';
const b = 'Meanwhile, officials said the talks will continue Wednesday in Geneva after a long day of meetings ' +
  'between the two delegations and unity, which ended without agreement on the ceasefire lines. ';

// The folded words of `text`: what "=" edits must agree on (spaces and punctuation may differ).
function words(text) {
  return overlap.segment(text).filter(([, , k]) => k === 'word' || k === 'number')
    .map(([s, e]) => overlap.fold(text.slice(s, e)));
}

// `about`: the error's expected `option` and `input` (absent when not given).
function throwsCode(fn, code, pattern, about = {}) {
  assert.throws(fn, (error) => {
    assert.ok(error instanceof OverlapError, `not an OverlapError: ${error}`);
    assert.equal(error.code, code);
    if (pattern) assert.match(error.message, pattern);
    assert.equal(error.option, about.option);
    assert.equal(error.input, about.input);
    return true;
  });
}

test('the instance describes itself', () => {
  assert.match(overlap.version, /^\d+\.\d+\.\d+$/);
  assert.equal(overlap.dictionaries, false);
  assert.equal(overlap.maxInputBytes, 16 * 2 ** 20);  // wasm's own limit, below the native 64 MB
  assert.deepEqual(Object.keys(overlap.defaults).sort(), ['allowRepeats', 'gapWords', 'minSimilarity', 'minWords', 'showTypography']);
  assert.ok(Object.isFrozen(overlap) && Object.isFrozen(overlap.defaults));
});

test('compare() returns the CLI JSON shape with UTF-16 offsets', () => {
  const r = overlap.compare(a, b, { minWords: 5 });
  assert.deepEqual(Object.keys(r), ['units', 'a', 'b', 'changes', 'passages', 'warnings']);
  assert.equal(r.units, 'utf16');
  assert.deepEqual(Object.keys(r.a), ['length', 'words', 'shared', 'passages', 'moved', 'changed']);
  assert.equal(r.a.length, a.length);
  assert.equal(r.b.length, b.length);
  assert.equal(r.passages.length, 1);
  const [p] = r.passages;
  assert.deepEqual(Object.keys(p), ['a', 'b', 'similarity', 'moved', 'edits']);
  assert.ok(p.similarity > 0.5 && p.similarity <= 1);
  assert.equal(typeof p.moved, 'boolean');
  for (const [kind, ea, eb] of p.edits) {
    assert.ok(['=', '-', '+'].includes(kind));
    if (kind === '=') assert.deepEqual(words(a.slice(...ea)), words(b.slice(...eb)));
    if (kind === '-') assert.equal(eb[0], eb[1]);
    if (kind === '+') assert.equal(ea[0], ea[1]);
  }
  // The edits tile the passage on both sides.
  const onA = p.edits.filter(([k]) => k !== '+').map(([, s]) => s.map((x) => x - p.a[0]));
  const onB = p.edits.filter(([k]) => k !== '-').map(([, , s]) => s.map((x) => x - p.b[0]));
  assert.ok(tiles(onA, p.a[1] - p.a[0]), JSON.stringify(p.edits));
  assert.ok(tiles(onB, p.b[1] - p.b[0]), JSON.stringify(p.edits));
  assert.ok(b.slice(...p.edits.find(([k]) => k === '+')[2]).includes('Meanwhile'));
});

test('omitted options are the defaults, given ones are used', () => {
  assert.deepEqual(overlap.compare(a, b), overlap.compare(a, b, overlap.defaults));
  assert.deepEqual(overlap.compare(a, b, {}), overlap.compare(a, b, undefined));
  assert.equal(overlap.compare(a, b, { minWords: 10000 }).passages.length, 0);
});

test('diff() covers both texts with one passage whose edits tile them', () => {
  const r = overlap.diff(a, b);
  assert.ok(r.passages.length >= 1);
  const [p] = r.passages;
  assert.deepEqual(p.a, [0, a.length]);
  assert.deepEqual(p.b, [0, b.length]);
  assert.ok(tiles(p.edits.filter(([k]) => k !== '+').map(([, s]) => s), a.length));
  assert.ok(tiles(p.edits.filter(([k]) => k !== '-').map(([, , s]) => s), b.length));
});


test('segment() returns [start, end, kind] tokens that tile the text', () => {
  const text = 'Zelenskyy’s 3,200 words, “quoted”.';
  const tokens = overlap.segment(text);
  assert.ok(tiles(tokens, text.length));
  assert.deepEqual(tokens.slice(0, 4), [[0, 11, 'word'], [11, 12, 'space'], [12, 17, 'number'], [17, 18, 'space']]);
  assert.ok(tokens.every(([, , kind]) => ['space', 'punctuation', 'word', 'number'].includes(kind)));
});

test('fold() is NFKC case folding plus quotes and dashes', () => {
  assert.equal(overlap.fold('ＺＥＬＥＮＳＫＹＹ’S'), "zelenskyy's");
  assert.equal(overlap.fold('“Straße” — ﬁne'), '"strasse" - fine');
});

test('bad options are errors that name the option', () => {
  throwsCode(() => overlap.compare(a, b, { minWord: 3 }), 'invalid_options', /unknown option "minWord".*minWords/, { option: 'minWord' });
  throwsCode(() => overlap.compare(a, b, { minWords: '3' }), 'invalid_options', /minWords must be a whole number, not "3"/, { option: 'minWords' });
  throwsCode(() => overlap.compare(a, b, { minWords: 2.5 }), 'invalid_options', /minWords/, { option: 'minWords' });
  throwsCode(() => overlap.compare(a, b, { minSimilarity: NaN }), 'invalid_options', /minSimilarity/, { option: 'minSimilarity' });
  throwsCode(() => overlap.compare(a, b, { allowRepeats: 1 }), 'invalid_options', /allowRepeats must be true or false/, { option: 'allowRepeats' });
  throwsCode(() => overlap.compare(a, b, 5), 'invalid_options', /options must be an object/);
  // Ranges are the C++ core's, reported with the JS names (the core's Error::subject).
  throwsCode(() => overlap.compare(a, b, { minWords: 0 }), 'invalid_options', /^minWords must be between/, { option: 'minWords' });
  throwsCode(() => overlap.diff(a, b, { minSimilarity: 1.5 }), 'invalid_options', /^minSimilarity must be between/, { option: 'minSimilarity' });
  throwsCode(() => overlap.diff(a, b, { gapWords: 20000 }), 'invalid_options', /^gapWords must be between 0 and 10000, not 20000$/, { option: 'gapWords' });
});

test('non-string texts are errors', () => {
  throwsCode(() => overlap.compare(a, 42), 'invalid_input', /B must be a string, not 42/, { input: 'B' });
  throwsCode(() => overlap.compare(null, b), 'invalid_input', /A must be a string, not null/, { input: 'A' });
  throwsCode(() => overlap.segment(new Uint8Array(3)), 'invalid_input', /text must be a string/, { input: 'text' });
  throwsCode(() => overlap.fold(), 'invalid_input', undefined, { input: 'text' });
});

test('texts over maxInputBytes fail clearly, before reaching wasm', () => {
  const max = overlap.maxInputBytes;
  // Worded by the C++ core (overlap::check_size), as natively and in the CLI.
  throwsCode(() => overlap.compare('x'.repeat(max + 1), b), 'input_too_large', /^input A is 17 MB; the limit is 16 MB$/, { input: 'A' });
  throwsCode(() => overlap.diff(b, 'x'.repeat(3 * max)), 'input_too_large', /^input B is 48 MB; the limit is 16 MB$/, { input: 'B' });
  // Under the limit in UTF-16 units but over it in UTF-8 bytes.
  const cjk = '字'.repeat(Math.ceil(max / 3) + 1);
  throwsCode(() => overlap.segment(cjk), 'input_too_large', /^input text is 17 MB; the limit is 16 MB$/, { input: 'text' });
  assert.equal(overlap.segment('still works').length, 3);
});

test('createOverlap() checks its own options and files', async () => {
  await assert.rejects(createOverlap({ wasmURL: 'x' }), { code: 'invalid_options', message: /unknown option "wasmURL"/ });
  await assert.rejects(createOverlap({ dictionaries: 3 }), { code: 'invalid_options' });
  await assert.rejects(createOverlap({ wasmUrl: path.join(distDir, 'missing.wasm') }), { code: 'load_failed' });
  await assert.rejects(createOverlap({ dictionaries: new Uint8Array(64) }), { code: 'invalid_data' });
  const bytes = readFileSync(path.join(distDir, 'overlap.wasm'));
  const fromBytes = await createOverlap({ wasm: bytes });
  assert.deepEqual(fromBytes.segment('a b'), overlap.segment('a b'));
});

test('empty and identical texts', () => {
  assert.deepEqual(overlap.compare('', '').passages, []);
  assert.deepEqual(overlap.segment(''), []);
  assert.equal(overlap.fold(''), '');
  const same = overlap.compare(a, a, { minWords: 5 });
  assert.equal(same.passages.length, 1);
  assert.equal(same.passages[0].similarity, 1);
  assert.ok(same.passages[0].edits.every(([k]) => k === '='));
});

test('overlap.d.ts declares what the module exports and the options it takes', () => {
  const dts = readFileSync(path.join(distDir, 'overlap.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export (?:function|class) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, Object.keys(api).sort());
  const block = dts.match(/interface CompareOptions \{([^}]*)\}/)[1];
  const names = [...block.matchAll(/^\s+(\w+)\?:/gm)].map((m) => m[1]).sort();
  assert.deepEqual(names, Object.keys(overlap.defaults).sort());
});
