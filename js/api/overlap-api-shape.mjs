// Building the public result shapes from the flat typed arrays the module returns. Where each
// field sits comes from the module (the layout of overlap_info(), defined once in
// wasm/layout.hpp), never from numbers written here. The same code shapes results of the direct
// API and of the worker, which is what makes the two identical.

/** [[start, end, kind], ...] with UTF-16 offsets: `text.slice(start, end)` is the token. */
export function shapeTokens(raw, kindNames) {
  const { spans, kinds } = raw;
  const tokens = new Array(kinds.length);
  for (let i = 0; i < kinds.length; ++i) tokens[i] = [spans[2 * i], spans[2 * i + 1], kindNames[kinds[i]]];
  return tokens;
}

function stats(values, at, f) {
  return {
    length: values[at + f.length], words: values[at + f.words], shared: values[at + f.shared],
    passages: values[at + f.passages], moved: values[at + f.moved], changed: values[at + f.changed],
  };
}

// The passages of `raw` (either kind of result) in the public shape; `source` is each passage's
// source (a Uint32Array) comparing with several sources, else undefined.
function shapePassages(raw, { layout, editKinds }, source) {
  const { passages: p, similarity, edits: e } = raw;
  const { passage: P, edit: E } = layout;
  const passages = new Array(similarity.length);
  let k = 0;
  for (let i = 0; i < passages.length; ++i) {
    const at = i * P.stride;
    const edits = new Array(p[at + P.editCount]);
    for (let j = 0; j < edits.length; ++j, k += E.stride)
      edits[j] = [editKinds[e[k + E.kind]], [e[k + E.aStart], e[k + E.aEnd]], [e[k + E.bStart], e[k + E.bEnd]]];
    const passage = {
      a: [p[at + P.aStart], p[at + P.aEnd]], b: [p[at + P.bStart], p[at + P.bEnd]],
      similarity: similarity[i], moved: p[at + P.moved] === 1, edits,
    };
    passages[i] = source ? { source: source[i], ...passage } : passage;
  }
  return passages;
}

/**
 * The shape of the CLI's JSON (`overlap --json --units utf16`), with unrounded fractions.
 * `info` is the engine's: its `layout` and `editKinds` (from the module's overlap_info()).
 */
export function shapeAlignment(raw, info) {
  const S = info.layout.stats;
  return {
    units: raw.units, a: stats(raw.stats, 0, S), b: stats(raw.stats, S.stride, S),
    changes: raw.stats[S.changes], passages: shapePassages(raw, info), warnings: [...raw.warnings],
  };
}

/**
 * A comparison with several sources, in the shape of the CLI's JSON (`overlap A B1 B2 …`) but
 * for `aShared` (a_shared there): {units, a, sources: [{name, length, words, shared, aShared,
 * passages, moved, changed}], passages: [{source, a, b, similarity, moved, edits}], warnings}.
 * `names` name the sources in order.
 */
export function shapeSources(raw, info, names) {
  const S = info.layout.stats;
  const sources = names.map((name, k) => {
    const { length, words, shared, passages, moved, changed } = stats(raw.stats, (k + 1) * S.stride, S);
    return { name, length, words, shared, aShared: raw.aShared[k], passages, moved, changed };
  });
  return {
    units: raw.units, a: stats(raw.stats, 0, S), sources,
    passages: shapePassages(raw, info, raw.sources), warnings: [...raw.warnings],
  };
}
