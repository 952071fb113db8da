// UTF-16 offsets: every span indexes the caller's string directly, whatever it holds — emoji
// (surrogate pairs, skin tones, ZWJ sequences), CJK, combining marks, and lone surrogates, which
// must neither crash nor shift any offset.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { api, tiles } from './support.mjs';

const overlap = await api.createOverlap({ dictionaries: true });

const paragraph = 'The café owner 👩🏽‍🍳 said the cafe\u0301 would reopen in Kyiv 🇺🇦 next week, ' +
  'after 北京 officials and the Ελληνικά delegation agreed that the repairs 🛠️ were finished ' +
  'and the street outside was safe again for families with children 👨‍👩‍👧‍👦 to visit.';
const filler = 'Unrelated sentences about the weather in another country fill the space between. ';

// No offset may fall between the two halves of a surrogate pair.
function onCodePointBoundary(text, offset) {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before < 0xdc00 && after >= 0xdc00 && after < 0xe000);
}

function checkAlignment(r, a, b) {
  assert.equal(r.a.length, a.length);
  assert.equal(r.b.length, b.length);
  for (const p of r.passages) {
    for (const [text, [s, e]] of [[a, p.a], [b, p.b]]) {
      assert.ok(0 <= s && s <= e && e <= text.length);
      assert.ok(onCodePointBoundary(text, s) && onCodePointBoundary(text, e));
    }
    const onA = p.edits.filter(([k]) => k !== '+').map(([, s]) => s.map((x) => x - p.a[0]));
    const onB = p.edits.filter(([k]) => k !== '-').map(([, , s]) => s.map((x) => x - p.b[0]));
    assert.ok(tiles(onA, p.a[1] - p.a[0]) && tiles(onB, p.b[1] - p.b[0]), JSON.stringify(p.edits));
  }
}

test('segment() slices emoji sequences, CJK and combining marks whole', () => {
  const text = 'A 👩🏽‍🍳 and 👨‍👩‍👧‍👦 in 北京 at the cafe\u0301 🇺🇦.';
  const pieces = overlap.segment(text).map(([s, e]) => text.slice(s, e));
  assert.equal(pieces.join(''), text);
  for (const piece of ['👩🏽‍🍳', '👨‍👩‍👧‍👦', '北京', 'cafe\u0301', '🇺🇦']) assert.ok(pieces.includes(piece), piece);
});

test('compare() finds a passage moved between emoji-laden texts, with offsets into the strings', () => {
  const a = paragraph + filler.repeat(3);
  const b = filler.replace('weather', 'markets').repeat(2) + paragraph.replace(' next week', '') + ' The end.';
  const r = overlap.compare(a, b);
  checkAlignment(r, a, b);
  // The paragraph, and the filler sentences next to it in both texts (moved text against a
  // passage is shared from five words on).
  const p = r.passages.find((q) => a.slice(...q.a).includes('café owner'));
  assert.ok(p, JSON.stringify(r.passages));
  assert.ok(r.passages.filter((q) => q !== p).every((q) => a.slice(...q.a).includes('in another country fill')));
  assert.ok(a.slice(...p.a).startsWith('The café owner 👩🏽‍🍳'));
  assert.ok(b.slice(...p.b).endsWith('👨‍👩‍👧‍👦 to visit.'));
  const removed = p.edits.filter(([k]) => k === '-').map(([, s]) => a.slice(...s)).join('');
  assert.match(removed, /next week/);
});

test('lone surrogates do not crash or shift offsets: they count as one U+FFFD each', () => {
  for (const lone of ['\uD83D', '\uDE00', '\uDE00\uD83D', 'x\uD800']) {
    const a = `${paragraph} ${lone}tail words ${lone} here.`;
    const replaced = a.replace(/[\uD800-\uDFFF]/g, (c, i) => {
      const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(a.slice(i, i + 2)) || /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(a.slice(i - 1, i + 1));
      return pair ? c : '\uFFFD';
    });
    assert.equal(replaced.length, a.length);
    assert.deepEqual(overlap.segment(a), overlap.segment(replaced));
    const b = `Before. ${paragraph}`;
    const r = overlap.compare(a, b);
    checkAlignment(r, a, b);
    assert.deepEqual(r, overlap.compare(replaced, b));
    assert.equal(overlap.fold(lone), overlap.fold(lone.replace(/[\uD800-\uDFFF]/g, '\uFFFD')));
  }
});

test('diff() offsets index the strings too', () => {
  const a = 'Ελληνικά 👩🏽‍🍳 text with cafe\u0301 and 北京大学 words in it.';
  const b = 'Ελληνικά 👩🏽‍🍳 text with café and 北京 words in it, now 👍🏿.';
  const r = overlap.diff(a, b);
  checkAlignment(r, a, b);
  const [p] = r.passages;
  assert.deepEqual([p.a, p.b], [[0, a.length], [0, b.length]]);
});
