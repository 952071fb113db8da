// The changes view's model: from the core's in-order diff (overlap.diff(): passage 0 tiles both
// texts with word edits, the passages after it are blocks moved between them) to B's text in
// paragraphs with A's deletions inline, as tracked changes read. Pure functions; no DOM here.
//
// A paragraph is a list of items: text kept ("same"), a change group (deletions and insertions
// next to each other, one navigation stop), a moved block shown at its new place ("here", its
// own edits inside) and a marker where a moved block used to be ("away").

/** Pieces of the diff in B's order: {kind: 'same'|'del'|'ins', text}, {kind: 'here', move,
 *  pieces}, {kind: 'away', move}; `move` is the moved passage's index in the result. */
export function changePieces(diff, a, b) {
  const [whole, ...others] = diff.passages;
  if (!whole) return [];
  const moves = others.map((p, i) => ({ p, k: i + 1 })).filter(({ p }) => p.moved);
  const movesA = moves.map(({ p, k }) => ({ k, s: p.a[0], e: p.a[1] })).sort((x, y) => x.s - y.s);
  const movesB = moves.map(({ p, k }) => ({ k, s: p.b[0], e: p.b[1] })).sort((x, y) => x.s - y.s);
  const out = [];
  const shown = new Set();
  const push = (given, text) => {
    if (!text) return;
    // White space alone deleted or inserted changes nothing a reader sees but where a
    // paragraph ends: it is drawn as plain text (its paragraph breaks kept).
    const kind = text.trim() ? given : 'same';
    const last = out[out.length - 1];
    if (last?.kind === kind && last.text !== undefined) last.text += text;
    else out.push({ kind, text });
  };
  const here = (k) => {
    if (shown.has(`h${k}`)) return;
    shown.add(`h${k}`);
    out.push({ kind: 'here', move: k, pieces: editPieces(diff.passages[k].edits, a, b) });
  };
  const away = (k) => {
    if (shown.has(`a${k}`)) return;
    shown.add(`a${k}`);
    out.push({ kind: 'away', move: k });
  };
  // [start, end) of one text, cut around the moved blocks' spans on that side.
  const split = (start, end, spans, outside, inside) => {
    let at = start;
    for (const m of spans) {
      if (m.e <= at || m.s >= m.e) continue;
      if (m.s >= end) break;
      if (m.s > at) outside(at, m.s);
      inside(m.k);
      at = Math.max(at, Math.min(m.e, end));
    }
    if (at < end) outside(at, end);
  };
  for (const [kind, sa, sb] of whole.edits) {
    if (kind === '-') split(sa[0], sa[1], movesA, (s, e) => push('del', a.slice(s, e)), away);
    else split(sb[0], sb[1], movesB, (s, e) => push(kind === '=' ? 'same' : 'ins', b.slice(s, e)), here);
  }
  return out;
}

function editPieces(edits, a, b) {
  return edits.map(([kind, sa, sb]) => (kind === '-' ? { kind: 'del', text: a.slice(sa[0], sa[1]) }
    : { kind: kind === '=' ? 'same' : 'ins', text: b.slice(sb[0], sb[1]) })).filter((p) => p.text);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Items of pieces: consecutive deletions and insertions (with only white space between them)
 * become one group; a group is a stop of the navigation when it changes a word: it holds a
 * letter or digit, or sits inside a word (an apostrophe between letters). Changes of
 * punctuation alone are drawn but not counted, and a change that runs on into the next
 * paragraph is one change, as the core counts them (Alignment.changes).
 */
export function groupItems(pieces) {
  const items = [];
  for (const piece of pieces) {
    const last = items[items.length - 1];
    if (piece.kind === 'del' || piece.kind === 'ins') {
      if (last?.kind === 'group') last.parts.push(piece);
      else if (last?.kind === 'same' && !last.text.trim() && items[items.length - 2]?.kind === 'group') {
        items.pop();
        items[items.length - 1].parts.push(last, piece);
      } else items.push({ kind: 'group', parts: [piece] });
    } else if (piece.kind === 'here') {
      items.push({ kind: 'here', move: piece.move, items: groupItems(piece.pieces) });
    } else {
      items.push({ ...piece });
    }
  }
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    if (item.kind !== 'group') continue;
    const text = item.parts.map((p) => p.text).join('');
    const before = items[i - 1]?.kind === 'same' ? items[i - 1].text.slice(-1) : '';
    const after = items[i + 1]?.kind === 'same' ? items[i + 1].text.slice(0, 1) : '';
    item.stop = !item.parts[0].cont && (WORD.test(text) || (WORD.test(before) && WORD.test(after)));
  }
  return items;
}

/** Whether `a` or `b` separates paragraphs by blank lines (else: one paragraph a line). */
export function breakPattern(a, b) {
  return /\n[ \t\r]*\n/.test(a) || /\n[ \t\r]*\n/.test(b) ? /\n[ \t\r]*\n\s*/ : /\n\s*/;
}

/**
 * Pieces cut into paragraphs at the paragraph breaks of their text: [{pieces, changed}]. A
 * moved block stays whole inside the paragraph where it lands (its own line breaks are kept).
 */
export function paragraphsOf(pieces, pattern) {
  const paragraphs = [];
  let current = [];
  const close = () => {
    const kept = current.filter((p) => p.kind === 'here' || p.kind === 'away' || p.text);
    if (kept.some((p) => p.kind !== 'same' || p.text.trim())) {
      paragraphs.push({ pieces: kept, changed: kept.some((p) => p.kind !== 'same') });
    }
    current = [];
  };
  const breaks = new RegExp(pattern.source, 'g');
  const started = () => current.some((p) => p.text === undefined || p.text.trim());
  for (const piece of pieces) {
    if (piece.text === undefined) {
      current.push(piece);
      continue;
    }
    let at = 0;
    let shown = false;  // whether some of the piece's text came before this paragraph
    for (const m of piece.text.matchAll(breaks)) {
      // A deletion that ends a paragraph of A in the middle of one of B ("library; [no one
      // injured¶][archive saved¶]"): the paragraph goes on in B, where B's own break ends it.
      if (piece.kind === 'del' && m.index + m[0].length === piece.text.length && started()) break;
      const text = piece.text.slice(at, m.index);
      current.push({ kind: piece.kind, text, cont: shown });
      shown ||= !!text.trim();
      close();
      at = m.index + m[0].length;
    }
    const rest = piece.text.slice(at);
    // `cont`: the rest of a change begun in an earlier paragraph, part of the same change.
    current.push({ kind: piece.kind, text: piece.kind === 'del' && started() ? rest.replace(pattern, ' ') : rest, cont: shown });
  }
  close();
  return paragraphs;
}

/**
 * Which paragraphs to fold away: runs of unchanged paragraphs, less one paragraph of context on
 * each side of a change, when two or more are left. [{first, count}] in paragraph indices.
 */
export function foldedRuns(paragraphs) {
  const keep = paragraphs.map((p, i) => p.changed || paragraphs[i - 1]?.changed || paragraphs[i + 1]?.changed);
  const runs = [];
  for (let i = 0; i < paragraphs.length;) {
    if (keep[i]) { ++i; continue; }
    let j = i;
    while (j < paragraphs.length && !keep[j]) ++j;
    if (j - i >= 2) runs.push({ first: i, count: j - i });
    i = j;
  }
  return runs;
}
