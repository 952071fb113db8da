// From a comparison result and its two texts to what the views draw: paragraphs, the runs of
// each side (plain, shared, deleted or inserted), paragraph numbers and the words read out for
// each passage. Pure functions over offsets; no DOM here.

/** Kinds of a run. */
export const PLAIN = 0;
export const SAME = 1;
export const CHANGED = 2;  // deleted from A (on side A) or inserted in B (on side B)

const isBlank = (code) => code === 32 || code === 9 || code === 13 || code === 10;

/**
 * Paragraphs of a text as [start, end] pairs (flat array) of UTF-16 offsets. A blank line ends a
 * paragraph; a text with no blank line at all but with line breaks (one paragraph a line, as
 * many plain-text exports are) is split at every line break instead. A scan from line break to
 * line break: a regular expression that may start at every space is several times slower on a
 * megabyte of prose.
 */
export function paragraphs(text) {
  const byBlankLines = /\n[ \t\r]*\n/.test(text);
  const spans = [];
  const n = text.length;
  let start = 0;
  while (start < n && isBlank(text.charCodeAt(start))) ++start;
  const close = (at) => {
    let end = at;
    while (end > start && isBlank(text.charCodeAt(end - 1))) --end;
    if (end > start) spans.push(start, end);
  };
  for (let i = text.indexOf('\n', start); i >= 0;) {
    let next = i + 1;
    let breaks = 1;
    for (let c; next < n && isBlank(c = text.charCodeAt(next)); ++next) if (c === 10) ++breaks;
    if (!byBlankLines || breaks >= 2) {
      close(i);
      start = next;
    }
    i = next < n ? text.indexOf('\n', next) : -1;
  }
  close(n);
  return spans;
}

/** Index of the paragraph holding `offset`, or of the next one when it falls between two. */
export function paragraphAt(spans, offset) {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= offset) lo = mid + 1; else hi = mid;
  }
  return Math.min(lo, Math.max(0, spans.length / 2 - 1));
}

/** Passage indices ordered by their start on `side` ("a" is the result's own order). */
export function orderOn(passages, side) {
  const order = passages.map((_, i) => i);
  if (side === 'b') order.sort((x, y) => passages[x].b[0] - passages[y].b[0] || x - y);
  return order;
}

/**
 * The runs of one side as a flat array [start, end, passage, kind, …] tiling the whole text;
 * passage is -1 for plain text. Passages that overlap an earlier one on this side (possible
 * with allowRepeats) are clipped, so every character is drawn once.
 */
export function runs(result, side, length, order = orderOn(result.passages, side)) {
  const out = [];
  const skip = side === 'a' ? '+' : '-';
  const range = side === 'a' ? 1 : 2;
  let pos = 0;
  const push = (start, end, passage, kind) => {
    if (end > start) out.push(start, end, passage, kind);
  };
  for (const i of order) {
    const passage = result.passages[i];
    const start = Math.max(passage[side][0], pos);
    const end = Math.min(passage[side][1], length);
    if (end <= start) continue;
    push(pos, start, -1, PLAIN);
    let at = start;
    for (const edit of passage.edits) {
      if (edit[0] === skip) continue;
      const s = Math.max(edit[range][0], at);
      const e = Math.min(edit[range][1], end);
      if (e <= s) continue;
      push(at, s, i, SAME);  // a gap in the edit script: drawn as shared, never lost
      push(s, e, i, edit[0] === '=' ? SAME : CHANGED);
      at = e;
    }
    push(at, end, i, SAME);
    pos = end;
  }
  push(pos, length, -1, PLAIN);
  return out;
}

/**
 * The summary line, in the widget's language (`words`, see overlap-view-i18n.mjs): "The texts
 * are identical", or "41% of A appears in B · 27% of B from A · 7 passages · 4 moved ·
 * 12 changes · 30 words changed", the change figures from the result's stats. With
 * `changesOnly` (the changes view, given the in-order diff): "7 changes · 87 words changed · 1 moved".
 */
export function summary(result, words, texts, { changesOnly = false } = {}) {
  if (texts && texts.a === texts.b) return words.t('identical');
  const n = result.passages.length;
  const moved = result.passages.reduce((count, p) => count + (p.moved ? 1 : 0), 0);
  const changedWords = (result.a.changed ?? 0) + (result.b.changed ?? 0);
  if (result.changes === 0 && changedWords === 0) return changesOnly ? words.t('typographyOnly') : [
    words.t('sharedA', { p: words.percent(result.a.shared) }), words.t('sharedB', { p: words.percent(result.b.shared) }),
    words.t('passages', { n }), words.t('moved', { n: moved }), words.t('typographyOnly')].join(' · ');
  // The changes view: the figures of the in-order diff it shows, "7 changes · 87 words changed · 1 moved".
  if (changesOnly) return [words.t('changes', { n: result.changes }), words.t('changedWords', { n: changedWords }), words.t('moved', { n: moved })].join(' · ');
  const parts = [
    words.t('sharedA', { p: words.percent(result.a.shared) }),
    words.t('sharedB', { p: words.percent(result.b.shared) }),
    words.t('passages', { n }),
    words.t('moved', { n: moved }),
  ];
  parts.push(words.t('changes', { n: result.changes ?? 0 }), words.t('changedWords', { n: changedWords }));
  return parts.join(' · ');
}

/**
 * What a screen reader says for passage i seen from `side`:
 * "Passage 3 of 7, 96% similar, moved: also in B, paragraph 12" (in the source's name, not B,
 * against several sources).
 */
export function passageLabel(result, i, side, paragraphNumber, words) {
  const passage = result.passages[i];
  return words.t(passage.moved ? 'passageLabelMoved' : 'passageLabel', {
    i: i + 1, n: result.passages.length, p: words.percent(passage.similarity),
    other: side === 'b' ? 'A' : passage.source === undefined ? 'B' : result.sources[passage.source].name,
    para: paragraphNumber,
  });
}
