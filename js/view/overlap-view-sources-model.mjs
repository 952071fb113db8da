// One text against several sources (compare(a, [b1, b2, …])): what the views need beyond a
// comparison of two texts. Each source has its own family of colours: its hue (one of the
// PAIR_COLOURS), its passages alternating between the full and a lighter shade of it, so that
// neighbouring passages of one source stay apart. Sources 9 to 16 take the same hues again
// with a pattern of their own, and so on (overlap-view-sources-styles.mjs): 56 sources never
// look alike. Pure functions; no DOM here.
import { PAIR_COLOURS } from './overlap-view-palette.mjs';
import { SOURCE_PATTERNS } from './overlap-view-sources-styles.mjs';

const shades = new WeakMap();  // result -> per passage, 1 for the lighter shade of its source

function shadesOf(result) {
  if (!shades.has(result)) {
    const seen = new Array(result.sources.length).fill(0);
    shades.set(result, result.passages.map((p) => seen[p.source]++ % 2));
  }
  return shades.get(result);
}

/** The colour classes of passage i: its source's, with a shade. */
export function passageColour(result, i) {
  return `${sourceColour(result.passages[i].source)}${shadesOf(result)[i] ? ' alt' : ''}`;
}

/** The colour classes of source k (its passages, its tab and its swatch): its hue, and from
 *  the ninth source on, its pattern (sp1 for sources 9–16, sp2 for 17–24, …). Past the 56th
 *  source (the API takes up to 1000) the looks start over: the tabs still name each one. */
export function sourceColour(k) {
  const pattern = Math.floor(k / PAIR_COLOURS) % SOURCE_PATTERNS;
  return `pc${k % PAIR_COLOURS}${pattern ? ` sp${pattern}` : ''}`;
}

/** Passage indices of source k, in their order in that source's text. */
export function sourceOrder(result, k) {
  const order = [];
  result.passages.forEach((p, i) => { if (p.source === k) order.push(i); });
  return order.sort((x, y) => result.passages[x].b[0] - result.passages[y].b[0] || x - y);
}

/** The source A owes most to (the first one on a tie): the one shown first. */
export function mainSource(result) {
  let best = 0;
  result.sources.forEach((s, k) => { if (s.aShared > result.sources[best].aShared) best = k; });
  return best;
}

/**
 * The summary line of a comparison with several sources: "62% of A from 3 sources: PA 16:54
 * (41%), PA 19:20 (15%), Reuters (6%) · 9 passages · 2 moved", the sources A took something from
 * by their share, largest first ("from 2 of 3 sources" when one gave nothing).
 */
export function sourcesSummary(result, words) {
  const used = result.sources.map((s, k) => k).filter((k) => result.sources[k].aShared > 0)
    .sort((x, y) => result.sources[y].aShared - result.sources[x].aShared || x - y);
  const list = used.map((k) => words.t('sourceShare', { name: result.sources[k].name, p: words.percent(result.sources[k].aShared) }))
    .join(words.t('listSeparator'));
  const total = result.sources.length;
  const values = { p: words.percent(result.a.shared), n: used.length, total, list };
  const head = used.length === 0 ? words.t('sourcesNone', { n: total })
    : words.t(used.length === total ? 'sourcesSummary' : 'sourcesSummarySome', values);
  const moved = result.passages.reduce((count, p) => count + (p.moved ? 1 : 0), 0);
  return [head, words.t('passages', { n: result.passages.length }), words.t('moved', { n: moved })].join(' · ');
}
