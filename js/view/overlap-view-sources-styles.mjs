// The stylesheet of the view of several sources, adopted next to the widget's own
// (overlap-view-styles.mjs) when a comparison with several sources is first drawn: the source
// tabs, the lighter shade of every other passage of a source, and the patterns that tell
// sources apart beyond the eight pair colours.
//
// Sources 1–8 take the eight pair colours as they are; sources 9–16 take the same eight with a
// second pattern, 17–24 with a third, and so on. A pattern speaks in each way the widget can be
// seen:
// - on screen, a hatching over the tint (its stripes mixed from the tint towards the background,
//   so that the text keeps at least the contrast it has on the tint, light and dark themes
//   alike; tests/browser/sources-many.test.mjs measures it);
// - in forced colours, where backgrounds become system colours and gradients are dropped (the
//   eight hues then look alike too), the style of the passage's edges (dashed, dotted, double)
//   and of an underline, which keep their shape;
// - on paper, where backgrounds may not print, the edges and the style of the underline that
//   the print styles give every passage (overlap-view-print.mjs);
// - in the connectors between the columns, a dash pattern of their outline.
// The numbered badges keep their plain tint: the passage they number carries the pattern.
import { styleSheet } from './overlap-view-dom.mjs';
import { PAIR_COLOURS } from './overlap-view-palette.mjs';

const STRIPE = 'var(--overlap-source-stripe)';
const lines = (angle) => `repeating-linear-gradient(${angle}, ${STRIPE} 0 2px, transparent 2px 6px)`;

// Pattern 0 is none: sources 1–8 look as pairs of two texts do. Edges `double` need 3px to
// show two lines.
const PATTERNS = [
  null,
  { hatch: lines('45deg'), edge: 'dashed', underline: 'dashed', dash: '6 3' },
  { hatch: lines('-45deg'), edge: 'dotted', underline: 'dotted', dash: '2 2' },
  { hatch: lines('90deg'), edge: 'double', underline: 'double', dash: '8 2 2 2' },
  { hatch: `${lines('45deg')}, ${lines('-45deg')}`, edge: 'dashed', underline: 'wavy', dash: '3 3' },
  { hatch: `radial-gradient(${STRIPE} 1.5px, transparent 2px) 0 0 / 6px 6px`, edge: 'dotted', underline: 'wavy', dash: '1 3' },
  { hatch: `linear-gradient(90deg, ${STRIPE} 2px, transparent 2px) 0 0 / 6px 6px, linear-gradient(${STRIPE} 2px, transparent 2px) 0 0 / 6px 6px`,
    edge: 'double', underline: 'wavy', dash: '10 3' },
];

/** How many looks a source's hue comes in (the first without a pattern). */
export const SOURCE_PATTERNS = PATTERNS.length;

const patternRules = PATTERNS.map((p, n) => p && `
:is(mark, .swatch).sp${n} { background: ${p.hatch}, var(--pc); border-inline-style: ${p.edge};${p.edge === 'double' ? ' border-inline-width: 3px;' : ''} }
.link.sp${n} { stroke-dasharray: ${p.dash}; }
@media print { mark.sp${n} { text-decoration-style: ${p.underline}; } }
@media (forced-colors: active) { mark.sp${n} { text-decoration: underline ${p.underline} 2px; text-underline-offset: .22em; } }`).filter(Boolean).join('');

// Every other passage of a source takes a lighter shade of its hue (towards the background, so
// the text keeps its contrast).
const shadeRules = Array.from({ length: PAIR_COLOURS }, (_, i) =>
  `.pc${i}.alt { --pc: color-mix(in srgb, var(--overlap-pair-${i}) 55%, var(--overlap-bg)); }`).join('\n');

export const SOURCES_CSS = `
${shadeRules}
:is(mark, .swatch) { --overlap-source-stripe: color-mix(in srgb, var(--pc) 35%, var(--overlap-bg)); }
${patternRules}
.tabs { flex: 1 1 100%; display: flex; flex-wrap: wrap; gap: .3em; }
.tabs[hidden] { display: none; }
.tab { display: inline-flex; align-items: center; gap: .35em; max-inline-size: 22em; flex: none; white-space: nowrap; }
.tab .name { overflow: hidden; text-overflow: ellipsis; }
.tab .swatch { inline-size: 1.1em; block-size: 1.1em; padding: 0; flex: none; background-color: var(--pc); border-inline-color: var(--pa); }
.tab .share { color: var(--overlap-muted); }
.tab[aria-selected="true"] { border: 2px solid var(--overlap-fg); font-weight: 700; }
.tab[aria-selected="true"] .share { color: inherit; }
.root.narrow .tabs { flex-wrap: nowrap; overflow-x: auto; }
`;

let shared = null;

/** One CSSStyleSheet for every widget of the page showing several sources. */
export function sourcesStyleSheet() {
  shared ??= styleSheet(SOURCES_CSS);
  return shared;
}
