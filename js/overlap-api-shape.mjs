// Building the public result shapes from the flat typed arrays the module returns (the layouts
// are written down in wasm/convert.cpp). The same code shapes results of the direct API and of
// the worker, which is what makes the two identical.

const PASSAGE = 6;  // a.start, a.end, b.start, b.end, moved, edit count
const EDIT = 5;     // kind, a.start, a.end, b.start, b.end
const STATS = 6;    // length, words, shared, passages, moved, changed; then the change count

/** [[start, end, kind], ...] with UTF-16 offsets: `text.slice(start, end)` is the token. */
export function shapeTokens(raw, kindNames) {
  const { spans, kinds } = raw;
  const tokens = new Array(kinds.length);
  for (let i = 0; i < kinds.length; ++i) tokens[i] = [spans[2 * i], spans[2 * i + 1], kindNames[kinds[i]]];
  return tokens;
}

function stats(values, at) {
  return {
    length: values[at], words: values[at + 1], shared: values[at + 2],
    passages: values[at + 3], moved: values[at + 4], changed: values[at + 5],
  };
}

/** The shape of the CLI's JSON (`overlap --json --units utf16`), with unrounded fractions. */
export function shapeAlignment(raw, editNames) {
  const { passages: p, similarity, edits: e } = raw;
  const passages = new Array(similarity.length);
  let k = 0;
  for (let i = 0; i < passages.length; ++i) {
    const at = i * PASSAGE;
    const edits = new Array(p[at + 5]);
    for (let j = 0; j < edits.length; ++j, k += EDIT)
      edits[j] = [editNames[e[k]], [e[k + 1], e[k + 2]], [e[k + 3], e[k + 4]]];
    passages[i] = {
      a: [p[at], p[at + 1]], b: [p[at + 2], p[at + 3]],
      similarity: similarity[i], moved: p[at + 4] === 1, edits,
    };
  }
  return {
    units: raw.units, a: stats(raw.stats, 0), b: stats(raw.stats, STATS),
    changes: raw.stats[2 * STATS], passages, warnings: [...raw.warnings],
  };
}
