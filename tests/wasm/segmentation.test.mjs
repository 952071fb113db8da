// Segmentation and folding in wasm against the shared vectors (tests/vectors/segmentation.json,
// also run by the native suite), and the optional dictionaries: scripts written without spaces
// split into words only when they are loaded.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { api, readJson, sourceDir, tiles, utf16ToUtf8 } from './support.mjs';

const plain = await api.createOverlap();
const withDictionaries = await api.createOverlap({ dictionaries: true });
const vectors = readJson(path.join(sourceDir, 'tests/vectors/segmentation.json'));

// The vectors' tokens in UTF-8 bytes, as the native suite sees them.
function utf8Tokens(overlap, text) {
  const toUtf8 = utf16ToUtf8(text);
  return overlap.segment(text).map(([start, end, kind]) => [toUtf8(start), toUtf8(end), kind]);
}

test('the shared vectors exist and are not empty', () => {
  assert.ok(Array.isArray(vectors) && vectors.length > 0);
});

for (const vector of vectors) {
  test(`vector "${vector.name}": tokens and folded words as natively`, () => {
    const instances = vector.needs_dictionaries ? [withDictionaries] : [withDictionaries, plain];
    for (const overlap of instances) {
      assert.deepEqual(utf8Tokens(overlap, vector.text), vector.tokens);
      const words = overlap.segment(vector.text).filter(([, , kind]) => kind === 'word' || kind === 'number');
      assert.deepEqual(words.map(([s, e]) => overlap.fold(vector.text.slice(s, e))), vector.folded);
    }
  });
}

const chinese = '我们今天去北京大学学习中文';
const thai = 'ภาษาไทยง่ายนิดเดียว';

test('without dictionaries, Chinese and Thai stay one token each', () => {
  assert.equal(plain.dictionaries, false);
  assert.deepEqual(plain.segment(chinese), [[0, chinese.length, 'word']]);
  assert.deepEqual(plain.segment(thai), [[0, thai.length, 'word']]);
});

test('with dictionaries, Chinese and Thai split into words', () => {
  assert.equal(withDictionaries.dictionaries, true);
  const words = (text) => withDictionaries.segment(text).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(words(chinese), ['我们', '今天', '去', '北京', '大学', '学习', '中文']);
  assert.deepEqual(words(thai), ['ภาษา', 'ไทย', 'ง่าย', 'นิด', 'เดียว']);
  assert.ok(tiles(withDictionaries.segment(chinese), chinese.length));
});

test('dictionaries do not change text that has spaces', () => {
  const text = 'Zelenskyy’s 3,200 words: مرحبا بالعالم 👩🏽‍💻!';
  assert.deepEqual(withDictionaries.segment(text), plain.segment(text));
});

test('without dictionaries, a comparison says which text was matched in runs, not words', () => {
  const a = `Reporters from Chiang Mai filed the story. ${thai} ${chinese}`;
  const b = `${chinese} The story was filed from Chiang Mai.`;
  assert.deepEqual(plain.compare(a, b).warnings, [
    "input A has Chinese or Japanese text but ICU's word dictionary for it is not loaded: that text was matched in whole runs of characters, not word by word",
    "input A has Thai text but ICU's word dictionary for it is not loaded: that text was matched in whole runs of characters, not word by word",
    "input B has Chinese or Japanese text but ICU's word dictionary for it is not loaded: that text was matched in whole runs of characters, not word by word",
  ]);
  assert.deepEqual(plain.diff(b, b).warnings.length, 2);
  assert.deepEqual(withDictionaries.compare(a, b).warnings, []);
  assert.deepEqual(plain.compare('Only Latin text here.', 'And here.').warnings, []);
});

test('the warning names each script from its first letter on, and no other script', () => {
  // The scripts are found by their UTF-8: everything whose lead byte is below 0xE0 (ASCII, the
  // two-byte scripts) is passed over undecoded, then U+0800..U+0DFF are decoded and passed over.
  const warned = (text) => plain.compare(text, 'Latin only.').warnings.map((w) => w.match(/^input A has (.+?) text but/)[1]);
  const latin = 'Café, Москва, Ελλάδα, مرحبا, नमस्ते, ශ්‍රී, 👩🏽‍💻';
  assert.deepEqual(warned(latin), []);
  assert.deepEqual(warned(`${latin} \u0E01`), ['Thai']);
  assert.deepEqual(warned(`${latin}\u0E81`), ['Lao']);
  assert.deepEqual(warned(`\u1780 ${latin}`), ['Khmer']);
  assert.deepEqual(warned(`${latin}\u1000`), ['Burmese']);
  for (const cjk of ['\u4E00', '\u3042', '\u30A2']) assert.deepEqual(warned(`${latin} ${cjk}`), ['Chinese or Japanese'], cjk);
  assert.deepEqual(warned('\u0DFF\u0E00'), [], 'U+0E00 is unassigned, not Thai');
  // Skipped eight bytes at a time: the letter is found wherever it falls in (or after) a block.
  for (let pad = 0; pad <= 17; ++pad) {
    assert.deepEqual(warned(`${'x'.repeat(pad)}\u0E01`), ['Thai'], `after ${pad} ASCII letters`);
    assert.deepEqual(warned(`${'é'.repeat(pad)}\u0E01${'é'.repeat(pad)}`), ['Thai'], `after ${pad} two-byte letters`);
  }
});
