// The widget's only stylesheet, adopted by each shadow root as a constructable stylesheet:
// constructable sheets are not subject to a page's `style-src`, unlike <style> elements and
// style="" attributes, so the widget renders under a strict Content-Security-Policy.
//
// Every colour is a custom property on :host, so a host page themes the widget with ordinary
// CSS (`overlap-view { --overlap-bg: … }`), and its own declarations win over these defaults.
// The pair palette is Paul Tol's colour-blind-safe "light" scheme: the accents as borders and
// connectors, tints of them behind text. Each tint keeps the text above 4.5:1 (checked by the
// browser tests in both themes).

const LIGHT = `
  --overlap-bg: #ffffff; --overlap-fg: #1b1d22; --overlap-muted: #555a69;
  --overlap-surface: #f3f4f7; --overlap-border: #c4c8d2; --overlap-focus: #1456c8;
  --overlap-pair-0: #bbd4ee; --overlap-pair-0-accent: #77aadd;
  --overlap-pair-1: #f6c4b2; --overlap-pair-1-accent: #ee8866;
  --overlap-pair-2: #f6eec4; --overlap-pair-2-accent: #d9c460;
  --overlap-pair-3: #ffd4dd; --overlap-pair-3-accent: #ff8fa6;
  --overlap-pair-4: #cceeff; --overlap-pair-4-accent: #66c6f5;
  --overlap-pair-5: #a2ddcc; --overlap-pair-5-accent: #44bb99;
  --overlap-pair-6: #dde699; --overlap-pair-6-accent: #a9ba22;
  --overlap-pair-7: #d4d480; --overlap-pair-7-accent: #999900;
  color-scheme: light;`;

const DARK = `
  --overlap-bg: #17191e; --overlap-fg: #e9eaee; --overlap-muted: #a4a9b6;
  --overlap-surface: #22252c; --overlap-border: #474c58; --overlap-focus: #8ab4f8;
  --overlap-pair-0: #3b5067; --overlap-pair-0-accent: #77aadd;
  --overlap-pair-1: #694339; --overlap-pair-1-accent: #ee8866;
  --overlap-pair-2: #696346; --overlap-pair-2-accent: #eedd88;
  --overlap-pair-3: #6f505a; --overlap-pair-3-accent: #ffaabb;
  --overlap-pair-4: #486374; --overlap-pair-4-accent: #99ddff;
  --overlap-pair-5: #28574d; --overlap-pair-5-accent: #44bb99;
  --overlap-pair-6: #555d26; --overlap-pair-6-accent: #bbcc33;
  --overlap-pair-7: #4f5013; --overlap-pair-7-accent: #aaaa00;
  color-scheme: dark;`;

export const PAIR_COLOURS = 8;

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

/* Narrow containers: the columns stack, each half of the height, still paired by number. */
.root.narrow .doc { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr) auto minmax(0, 1fr); }
.root.narrow .label.a, .root.narrow .label.b { grid-column: 1; }
.root.narrow .label.gap { display: none; }
.root.narrow .label.a { grid-row: 1; }
.root.narrow .scroll.a { grid-column: 1; grid-row: 2; }
.root.narrow .label.b { grid-row: 3; border-top: 1px solid var(--overlap-border); }
.root.narrow .scroll.b { grid-column: 1; grid-row: 4; }
.root.narrow .links { display: none; }
.root.narrow .row-body { grid-template-columns: minmax(0, 1fr); }
.root.narrow .cell + .cell { border-inline-start: 0; border-top: 1px solid var(--overlap-border); }

.warm { position: absolute; inset: 0 auto auto 0; width: 10em; height: 0; overflow: hidden; visibility: hidden; pointer-events: none; }
@media (forced-colors: active) { mark { border-inline-color: CanvasText; } .link { fill: Highlight; stroke: CanvasText; } }
`;

let shared = null;

/** One CSSStyleSheet shared by every instance on the page: parsed once, adopted many times. */
export function widgetStyleSheet() {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS);
  }
  return shared;
}
