// compare(a, [b1, b2, …]): one text against several sources, through dist/overlap.mjs and its
// worker. The shared vectors (tests/vectors/sources_planted.json, written by the native suite,
// tests/core/sources_vectors_test.cpp) must come out identical; passages name their source and
// index its text in UTF-16 units; names default by position; errors come back as OverlapErrors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { api, readJson, round4, sourceDir } from './support.mjs';

const overlap = await api.createOverlap();
const worker = await api.createOverlapWorker();
after(() => worker.terminate());

const { cases } = readJson(path.join(sourceDir, 'tests/vectors/sources_planted.json'));

// `result` as the C++ JSON writer prints it: fractions to 4 decimals, a_shared in its C++ spelling.
function asNativeJson(result) {
  return {
    ...result,
    a: { ...result.a, shared: round4(result.a.shared) },
    sources: result.sources.map(({ aShared, ...s }) => {
      const { name, length, words, shared, passages, moved, changed } = s;
      return { name, length, words, shared: round4(shared), a_shared: round4(aShared), passages, moved, changed };
    }),
    passages: result.passages.map((p) => ({ ...p, similarity: round4(p.similarity) })),
  };
}

const planted = (file) => readFileSync(path.join(sourceDir, 'tests/fixtures/planted', file), 'utf8');

test('the shared vectors are there', () => {
  assert.ok(cases.length >= 3, `only ${cases.length} cases`);
  for (const c of cases) assert.ok(c.expected.passages.length > 0, c.name);
});

for (const c of cases) {
  test(`${c.name}: identical to the native result (tests/vectors/sources_planted.json)`, async () => {
    const direct = overlap.compare(c.a, c.sources, c.options);
    assert.deepEqual(asNativeJson(direct), c.expected);
    assert.deepEqual(await worker.compare(c.a, c.sources, c.options), direct, 'the worker gives the direct result');
  });
}

test('each passage names its source, and its offsets index that source as UTF-16', () => {
  const c = cases.find((x) => x.name === 'four languages');
  const r = overlap.compare(c.a, c.sources);
  assert.deepEqual(r.sources.map((s) => s.name), c.sources.map((s) => s.name));
  const seen = new Set();
  for (const p of r.passages) {
    const source = c.sources[p.source].text;
    seen.add(p.source);
    for (const [kind, a, b] of p.edits) {
      if (kind === '=') assert.equal(c.a.slice(...a).length > 0 && source.slice(...b).length > 0, true);
    }
    // A verbatim word in the middle of the passage reads the same on both sides.
    const equal = p.edits.find(([kind, a]) => kind === '=' && a[1] - a[0] > 20);
    if (equal) assert.equal(c.a.slice(...equal[1]).normalize('NFKC').toLowerCase(), source.slice(...equal[2]).normalize('NFKC').toLowerCase());
    assert.ok(p.b[1] <= source.length);
  }
  assert.deepEqual([...seen].sort(), [0, 1, 2, 3], 'every source gave A something');
  // The shares of the sources add up to A's, each stretch of A going to one source.
  const sum = r.sources.reduce((n, s) => n + s.aShared, 0);
  assert.ok(Math.abs(sum - r.a.shared) < 1e-9, `${sum} vs ${r.a.shared}`);
  assert.equal(r.sources[0].length, c.sources[0].text.length);
});

test('a text against three planted stories: each planted paragraph goes to its story', () => {
  const stories = ['en.txt', 'de.txt', 'he.txt'].map(planted);
  const pieces = stories.map((s) => s.split('\n\n')[2]);
  const a = `Intro.\n\n${pieces[2]}\n\n${pieces[0]}\n\n${pieces[1]}\n`;
  const r = overlap.compare(a, stories);
  assert.deepEqual(r.sources.map((s) => s.name), ['Source 1', 'Source 2', 'Source 3']);
  const sourceAt = (piece) => {
    const at = a.indexOf(piece);
    return r.passages.filter((p) => p.a[0] < at + piece.length && at < p.a[1]).map((p) => p.source);
  };
  assert.deepEqual(sourceAt(pieces[0]), [0]);
  assert.deepEqual(sourceAt(pieces[1]), [1]);
  assert.deepEqual(sourceAt(pieces[2]), [2]);
});

test('one source gives the figures and passages of compare(a, b)', () => {
  const [a, b] = [planted('en.txt'), planted('en.txt').split('\n\n').slice(2, 6).join('\n\n')];
  const pair = overlap.compare(a, b);
  const one = overlap.compare(a, [{ name: 'Only', text: b }]);
  assert.deepEqual(one.passages.map(({ source, ...p }) => p), pair.passages);
  assert.ok(one.passages.every((p) => p.source === 0));
  assert.equal(one.a.shared, pair.a.shared);
  assert.equal(one.sources[0].shared, pair.b.shared);
});

test('compare(a, b) with a string B is unchanged: no source fields', () => {
  const r = overlap.compare(planted('en.txt'), planted('en.txt'));
  assert.ok(!('sources' in r) && 'b' in r && 'changes' in r);
  assert.ok(r.passages.every((p) => !('source' in p)));
});

function throwsCode(fn, code, message, fields = {}) {
  assert.throws(fn, (error) => {
    assert.equal(error.name, 'OverlapError');
    assert.equal(error.code, code);
    if (message) assert.match(error.message, message);
    for (const [k, v] of Object.entries(fields)) assert.equal(error[k], v, k);
    return true;
  });
}

test('bad sources are errors that name the source', () => {
  throwsCode(() => overlap.compare('a', []), 'invalid_options', /sources must number between 1 and 1000, not 0/, { option: 'sources' });
  throwsCode(() => overlap.compare('a', Array(1001).fill('b')), 'invalid_options', /not 1001/, { option: 'sources' });
  throwsCode(() => overlap.compare('a', ['b', 42]), 'invalid_input', /^source 2: it must be a string or \{name, text\}, not 42$/, { input: 'source 2' });
  throwsCode(() => overlap.compare('a', [{ name: 'x' }]), 'invalid_input', /source 1: its text must be a string, not undefined/, { input: 'source 1' });
  throwsCode(() => overlap.compare('a', [{ name: 7, text: 'b' }]), 'invalid_input', /source 1: its name must be a string/, { input: 'source 1' });
  throwsCode(() => overlap.compare(null, ['b']), 'invalid_input', /A must be a string/, { input: 'A' });
  throwsCode(() => overlap.compare('a', ['b'], { minWords: -1 }), 'invalid_options', /minWords/, { option: 'minWords' });
  throwsCode(() => overlap.diff('a', ['b']), 'invalid_input', /B must be a string, not an array/, { input: 'B' });
});

test('sources over the size limit fail clearly, alone or together', () => {
  const max = overlap.maxInputBytes;
  throwsCode(() => overlap.compare('a', ['b', 'x'.repeat(max + 1)]), 'input_too_large', /^input source 2 is 17 MB; the limit is 16 MB$/, { input: 'source 2' });
  const half = 'y'.repeat(Math.floor(max / 2) + 1024);
  throwsCode(() => overlap.compare('a', [half, half]), 'input_too_large', /^input the sources together is 17 MB; the limit is 16 MB$/, { input: 'the sources together' });
  assert.equal(overlap.compare('still works', ['still works']).sources.length, 1);
});

test('the worker rejects bad sources like the direct API, and keeps working', async () => {
  await assert.rejects(worker.compare('a', []), { name: 'OverlapError', code: 'invalid_options', option: 'sources' });
  await assert.rejects(worker.compare('a', ['b', null]), { name: 'OverlapError', code: 'invalid_input', input: 'source 2' });
  const stages = [];
  const r = await worker.compare(planted('en.txt'), [planted('de.txt'), { name: 'EN', text: planted('en.txt') }], {
    onProgress: ({ stage }) => stages.push(stage),
  });
  assert.deepEqual(r.sources.map((s) => s.name), ['Source 1', 'EN']);
  assert.ok(r.passages.length > 0 && r.passages.every((p) => p.source === 1));
  assert.equal(stages.at(-1), 'done');
});
