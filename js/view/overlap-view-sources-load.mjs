// One text against several sources needs more of the widget than two texts do: the source tabs,
// the sources' colour families, their summary and stylesheet (overlap-view-sources.mjs). Most
// pages compare two texts, and their readers would download all that for nothing, so it is a
// module of its own, imported only by a widget given several sources, as soon as it knows: in
// parallel with the engine, so the first highlights wait for no extra round trip.
import { PAIR_COLOURS } from './overlap-view-palette.mjs';

const FILE = 'overlap-view-sources.mjs';
let loading = null;  // promise of the module, while or once it is imported
let loaded = null;   // the module, once imported

/** Whether `result` compares A with several sources. */
export function hasSources(result) {
  return Array.isArray(result?.sources);
}

// A literal relative import: browsers resolve it against the widget's own URL (the classic
// script's too: a classic script's imports are relative to it), and bundlers follow it.
// The classic script alone in a folder of its own, the engine moved (OverlapView.moduleUrl),
// finds the file next to the engine instead, as its package ships them together.
function importView(moduleUrl) {
  return import('./overlap-view-sources.mjs').catch((error) => {
    if (!moduleUrl) throw error;
    return import(/* @vite-ignore */ /* webpackIgnore: true */ new URL(FILE, new URL(moduleUrl, document.baseURI)).href);
  });
}

/** Starts importing the view of several sources (once per page); resolves when it is there.
 *  A failure rejects with code "load_failed", and a later call tries again. */
export function loadSourcesView(moduleUrl) {
  loading ??= importView(moduleUrl).then((view) => { loaded = view; return view; }, (error) => {
    loading = null;
    throw Object.assign(new Error(`Could not load the widget's view of several sources (${FILE}): ${error.message}`), { code: 'load_failed' });
  });
  return loading;
}

/** The view of several sources, once loadSourcesView() has resolved: what draws a result with
 *  sources (the element awaits it before drawing one). */
export function sourcesView() {
  if (!loaded) throw new Error(`${FILE} is not loaded yet`);
  return loaded;
}

/** The colour classes of passage i: its pair's colour, or (several sources) its source's. */
export function colourClass(result, i) {
  return hasSources(result) ? sourcesView().passageColour(result, i) : `pc${i % PAIR_COLOURS}`;
}
