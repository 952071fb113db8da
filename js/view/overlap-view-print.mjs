// How the widget prints. On paper there is no scrolling, no hover and, by default, no background
// colour (browsers drop backgrounds unless "background graphics" is ticked), so printing:
// - lays out both texts in full: no fixed height, no scrolling panes, no skipped chunks
//   (`content-visibility`), collapsed runs of the changes view expanded;
// - uses the light palette whatever the theme, dark ink on white paper;
// - keeps passages visible without backgrounds: each mark has coloured edges and a coloured
//   underline (borders and text decoration always print), numbered badges with a rule around
//   them; and asks for the tints too (`print-color-adjust: exact`, honoured by Chromium);
// - leaves out what cannot work on paper: the view switches, the change navigation, progress,
//   and the connectors, whose pairing the badges carry (the same number in both columns).

/** The print rules; `light` is the light theme's custom properties. */
export function printStyles(light) {
  return `
@media print {
  :host, :host([theme]), :host(:not([theme="light"]):not([theme="dark"])) {
    ${light}
    height: auto !important; contain: none !important;
  }
  .root { height: auto; overflow: visible; border: 0; display: block; }
  .bar { background: none; border-bottom: 1px solid var(--overlap-border); }
  .switch, .views, .panes, .change-nav, .status progress, .links, .fold-toggle { display: none !important; }
  .folded[hidden] { display: block !important; }
  .doc, .root.narrow .doc { display: grid; height: auto; grid-template-columns: minmax(0, 1fr) 1.5em minmax(0, 1fr); grid-template-rows: auto auto; }
  .root.narrow .scroll.a, .root.narrow .scroll.b, .root.narrow .label.a, .root.narrow .label.b { display: block; }
  .root.narrow .label.b { grid-column: 3; grid-row: 1; border-top: 0; }
  .root.narrow .scroll.b { grid-column: 3; grid-row: 2; }
  .scroll, .list, .changes, .change-text { overflow: visible !important; height: auto; }
  .text { padding-bottom: .5em; }
  .chunk, .row { content-visibility: visible !important; }
  .row { break-inside: avoid; }
  mark, .badge, .moved-here, del.tiny, ins.tiny { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  mark { border-inline-width: 3px; text-decoration: underline 2px var(--pa); text-underline-offset: .22em; }
  .badge { border-width: 1.5px; }
}`;
}
