// Styles of the changes view (overlap-view-changes.mjs): one column of B's text in the manner
// of tracked changes, the navigation bar above it, folded runs of unchanged paragraphs.
export const CHANGES_CSS = `
.changes { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
.change-nav { display: flex; flex-wrap: wrap; align-items: center; gap: .4em .6em; padding: .35em .75em; border-bottom: 1px solid var(--overlap-border); font-size: .875em; }
.change-count { font-variant-numeric: tabular-nums; min-inline-size: 8em; }
.change-text { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; padding-bottom: 30vh; }
.change-text p { margin: 0 0 .9em; }
.change-text .stop { border-radius: 2px; scroll-margin: 30% 0; }
.change-text .stop.current { outline: 2px solid var(--overlap-focus); outline-offset: 2px; }
.change-text .stop:focus-visible { outline: 3px solid var(--overlap-focus); }
.moved-here { background: var(--pc); border-inline: 3px solid var(--pa); padding: .08em .15em; }
.move-tag {
  font-family: var(--overlap-font-family, system-ui, sans-serif); font-size: .75em; font-weight: 700;
  padding: 0 .4em; margin-inline-end: .3em; border-radius: 1em; vertical-align: .1em;
  border: 1px solid var(--overlap-fg); background: var(--overlap-bg); color: var(--overlap-fg);
}
.move-away { border-style: dashed; }
.fold-toggle { display: block; margin: 0 0 .9em; font-family: var(--overlap-font-family, system-ui, sans-serif); font-size: .875em; color: var(--overlap-fg); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
