// The widget's only stylesheet, adopted by each shadow root as a constructable stylesheet:
// constructable sheets are not subject to a page's `style-src`, unlike <style> elements and
// style="" attributes, so the widget renders under a strict Content-Security-Policy.
//
// Every colour is a custom property on :host, so a host page themes the widget with ordinary
// CSS (`overlap-view { --overlap-bg: … }`), and its own declarations win over these defaults.
// The pair palettes were searched for (in CIELAB, per theme) so that every two pair colours
// differ by a CIEDE2000 ΔE of at least 20, the background tints as well as the accents (edges,
// connectors), while text keeps a contrast above 4.5:1 on every tint; tests/browser/colours
// recomputes both from the values below. Accents are the tints darkened (light theme) or
// brightened (dark theme) so that edges stand out against the tint they frame.

import { CHANGES_CSS } from './overlap-view-changes-styles.mjs';
import { styleSheet } from './overlap-view-dom.mjs';
import { PAIR_COLOURS } from './overlap-view-palette.mjs';
import { printStyles } from './overlap-view-print.mjs';

const LIGHT = `
  --overlap-bg: #ffffff; --overlap-fg: #1b1d22; --overlap-muted: #555a69;
  --overlap-surface: #f3f4f7; --overlap-border: #c4c8d2; --overlap-focus: #1456c8;
  --overlap-pair-0: #0aacfe; --overlap-pair-0-accent: #066798;
  --overlap-pair-1: #f9815f; --overlap-pair-1-accent: #954d39;
  --overlap-pair-2: #e1fc8a; --overlap-pair-2-accent: #879753;
  --overlap-pair-3: #77faff; --overlap-pair-3-accent: #479699;
  --overlap-pair-4: #c69c2e; --overlap-pair-4-accent: #775e1c;
  --overlap-pair-5: #01b879; --overlap-pair-5-accent: #016e49;
  --overlap-pair-6: #f675b8; --overlap-pair-6-accent: #94466e;
  --overlap-pair-7: #d4d4fd; --overlap-pair-7-accent: #7f7f98;
  color-scheme: light;`;

const DARK = `
  --overlap-bg: #17191e; --overlap-fg: #e9eaee; --overlap-muted: #a4a9b6;
  --overlap-surface: #22252c; --overlap-border: #474c58; --overlap-focus: #8ab4f8;
  --overlap-pair-0: #8e560f; --overlap-pair-0-accent: #f79e2c;
  --overlap-pair-1: #363704; --overlap-pair-1-accent: #6a6c1a;
  --overlap-pair-2: #a53a6e; --overlap-pair-2-accent: #ff71c4;
  --overlap-pair-3: #3a2a68; --overlap-pair-3-accent: #7157ba;
  --overlap-pair-4: #004045; --overlap-pair-4-accent: #147a82;
  --overlap-pair-5: #6e0b0c; --overlap-pair-5-accent: #c42627;
  --overlap-pair-6: #0065ae; --overlap-pair-6-accent: #14b6ff;
  --overlap-pair-7: #007243; --overlap-pair-7-accent: #14ca7f;
  color-scheme: dark;`;

const pairClasses = Array.from({ length: PAIR_COLOURS }, (_, i) =>
  `.pc${i} { --pc: var(--overlap-pair-${i}); --pa: var(--overlap-pair-${i}-accent); }`).join('\n');

export const CSS = `
:host {
  /* !important: in a shadow root it wins even over a host page's !important, so a global
     reset ("* { display: inline }") cannot collapse the widget. */
  display: block !important;
  contain: content !important;
  position: relative;
  height: var(--overlap-height, 640px);
  ${LIGHT}
}
:host([hidden]) { display: none !important; }
:host([theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"]):not([theme="dark"])) { ${DARK} } }
/* theme="auto" follows the page behind the widget where custom states exist (overlap-view-scheme). */
:host(:not([theme="light"]):not([theme="dark"]):state(page-dark)) { ${DARK} }
:host(:not([theme="light"]):not([theme="dark"]):state(page-light)) { ${LIGHT} }
${pairClasses}

/* Cut every inherited property the page may have set (fonts, colours, text-transform, …). */
.root {
  all: initial;
  display: flex; flex-direction: column; box-sizing: border-box; height: 100%;
  font-family: var(--overlap-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif);
  font-size: var(--overlap-font-size, 16px); line-height: 1.5;
  color: var(--overlap-fg); background: var(--overlap-bg);
  border: 1px solid var(--overlap-border); border-radius: 6px; overflow: hidden;
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

.bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: .35em 1em;
  padding: .45em .75em; background: var(--overlap-surface); border-bottom: 1px solid var(--overlap-border);
  font-size: .875em;
}
.summary { margin: 0; font-weight: 600; flex: 1 1 18em; }
.legend { display: flex; flex-wrap: wrap; gap: .25em .9em; margin: 0; padding: 0; list-style: none; color: var(--overlap-fg); }
.legend li { white-space: nowrap; }
.swatch { padding: 0 .3em; border-radius: 3px; background: var(--overlap-pair-0); border-inline: 2px solid var(--overlap-pair-0-accent); }
.switch { display: inline-flex; gap: 0; }
button {
  font: inherit; color: var(--overlap-fg); background: var(--overlap-bg); margin: 0;
  border: 1px solid var(--overlap-border); border-radius: 4px; padding: .1em .6em; cursor: pointer;
  text-transform: none; letter-spacing: normal;
}
.switch button { border-radius: 0; }
.switch button:first-child { border-radius: 4px 0 0 4px; }
.switch button:last-child { border-radius: 0 4px 4px 0; margin-inline-start: -1px; }
.switch button[aria-pressed="true"] { background: var(--overlap-fg); color: var(--overlap-bg); }
:focus-visible { outline: 3px solid var(--overlap-focus); outline-offset: 2px; }

.status { display: flex; align-items: center; gap: .75em; padding: .5em .75em; color: var(--overlap-fg); }
.status progress { inline-size: 12em; accent-color: var(--overlap-focus); }
.error { margin: .5em .75em; padding: .5em .75em; border: 2px solid #c01c28; border-radius: 4px; }

/* Document view: two scrolling columns and the connector gutter between them. */
.doc {
  flex: 1 1 auto; min-height: 0; display: grid;
  grid-template-columns: minmax(0, 1fr) var(--overlap-gutter, 56px) minmax(0, 1fr);
  grid-template-rows: auto minmax(0, 1fr);
}
.label { margin: 0; padding: .35em .9em; font-size: .8125em; font-weight: 700; color: var(--overlap-muted); border-bottom: 1px solid var(--overlap-border); }
.label.a { grid-column: 1; }
.label.gap { grid-column: 2; padding: 0; }
.label.b { grid-column: 3; }
.scroll { overflow: auto; overscroll-behavior: contain; min-height: 0; }
.scroll.a { grid-column: 1; grid-row: 2; }
.scroll.b { grid-column: 3; grid-row: 2; }
.links { grid-column: 2; grid-row: 2; width: 100%; height: 100%; display: block; overflow: visible; }
.text {
  padding: .6em 1em 40vh; font-family: var(--overlap-text-font-family, Georgia, "DejaVu Serif", serif);
  font-size: var(--overlap-text-font-size, 1em); line-height: var(--overlap-line-height, 1.6);
  overflow-wrap: anywhere; white-space: pre-wrap; tab-size: 4;
}
/* Chunks far off screen are neither styled nor laid out: what keeps 1 MB per side fluid. */
.chunk { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
.text p { margin: 0 0 .9em; }
.text p.cont { margin-bottom: 0; }

mark {
  color: inherit; background: var(--pc); border-radius: 2px; padding: .08em 0;
  border-inline: 2px solid var(--pa); cursor: pointer;
}
mark.hot, mark.sel { outline: 2px solid var(--overlap-fg); outline-offset: 1px; }
del { text-decoration: line-through 2px; text-decoration-color: var(--overlap-fg); }
ins { text-decoration: underline 2px; text-underline-offset: .2em; text-decoration-color: var(--overlap-fg); }
/* An edit of a character or two (an apostrophe, a digit) is drawn as a small framed box, wide
   enough to see and to read: struck through it would pass for a hyphen. */
del.tiny, ins.tiny {
  display: inline-block; min-inline-size: 1.3em; padding: 0 .25em; margin: 0 .08em; text-align: center;
  line-height: 1.25; font-size: 1.1em; font-weight: 700; border-radius: 3px; border: 1.5px solid var(--overlap-fg);
  background: var(--overlap-bg); color: var(--overlap-fg);
}
del.tiny { border-style: dashed; text-decoration: line-through 1px; }
ins.tiny { text-decoration: underline 2px; text-underline-offset: .15em; }
.empty { margin: .5em .75em; padding: .5em .75em; border: 1px dashed var(--overlap-border); border-radius: 4px; color: var(--overlap-fg); }
.panes { display: none; }
.badge {
  display: inline-block; min-width: 1.7em; margin-inline-end: .25em; padding: 0 .3em;
  font-family: var(--overlap-font-family, system-ui, sans-serif); font-size: .75em; font-weight: 700;
  line-height: 1.45; text-align: center; vertical-align: .1em; white-space: nowrap;
  background: var(--pc); color: var(--overlap-fg); border: 1px solid var(--overlap-fg); border-radius: 1em;
}
.badge.sel { background: var(--overlap-fg); color: var(--overlap-bg); }

.link { fill: var(--pc); fill-opacity: .55; stroke: var(--pa); stroke-width: 1.5; }
.link.hot, .link.sel { fill-opacity: .95; stroke: var(--overlap-fg); stroke-width: 2; }

/* Passages view: one row per pair. */
.list { flex: 1 1 auto; min-height: 0; overflow: auto; padding: .5em .75em 2em; }
.order { display: flex; align-items: center; gap: .5em; margin: 0 0 .5em; font-size: .875em; }
.rows { margin: 0; padding: 0; list-style: none; }
.row { content-visibility: auto; contain-intrinsic-size: auto 160px; border: 1px solid var(--overlap-border); border-radius: 6px; margin: 0 0 .6em; }
.row.sel { outline: 2px solid var(--overlap-fg); }
.row-head { display: flex; flex-wrap: wrap; align-items: center; gap: .25em .6em; padding: .3em .6em; background: var(--overlap-surface); font-size: .875em; border-radius: 6px 6px 0 0; }
.row-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.cell { margin: 0; padding: .5em .75em; white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--overlap-text-font-family, Georgia, "DejaVu Serif", serif); line-height: var(--overlap-line-height, 1.6); }
.cell + .cell { border-inline-start: 1px solid var(--overlap-border); }
.cell mark { cursor: default; }
.where { display: block; font-family: var(--overlap-font-family, system-ui, sans-serif); font-size: .75em; font-weight: 700; color: var(--overlap-muted); margin-bottom: .2em; }
.moved-flag { font-weight: 700; }

/* Narrow containers (phones): one text at a time, under a compact header with a switch between
   the two panes; the legend is left out (badges, strike-through and underline speak for
   themselves). Selecting a passage turns to its partner in the other pane. */
.root.narrow .doc { grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(0, 1fr); }
.root.narrow .label { display: none; }
.root.narrow .scroll.a, .root.narrow .scroll.b { grid-row: 1; grid-column: 1; }
.root.narrow[data-pane="a"] .scroll.b, .root.narrow[data-pane="b"] .scroll.a { display: none; }
.root.narrow .bar { padding: .3em .5em; gap: .2em .6em; font-size: .8125em; }
.root.narrow .summary { flex-basis: 100%; }
.root.narrow .legend { display: none; }
.root.narrow .panes { display: inline-flex; }
.root.narrow .links { display: none; }
.root.narrow .row-body { grid-template-columns: minmax(0, 1fr); }
.root.narrow .cell + .cell { border-inline-start: 0; border-top: 1px solid var(--overlap-border); }

.warm { position: absolute; inset: 0 auto auto 0; width: 10em; height: 0; overflow: hidden; visibility: hidden; pointer-events: none; }
${CHANGES_CSS}
${printStyles(LIGHT)}
@media (forced-colors: active) { mark { border-inline-color: CanvasText; } .link { fill: Highlight; stroke: CanvasText; } }
`;

let shared = null;

/** One CSSStyleSheet shared by every instance on the page: parsed once, adopted many times. */
export function widgetStyleSheet() {
  shared ??= styleSheet(CSS);
  return shared;
}
