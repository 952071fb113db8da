// Requests every file the comparison engine will need at once, as soon as a widget starts,
// instead of letting the browser discover them import by import: overlap.mjs, then the modules
// it imports, then theirs, then the wasm would be four round trips one after the other, each
// a 150 ms wait on a slow mobile connection before the largest download even starts.
//
// Only the classic script (dist/overlap-view.js, the one-<script>-tag embed) does this: it is
// always served next to the engine's files, and js/build-view.mjs writes their names into
// ENGINE_FILES from the import graph of dist/overlap.mjs, so the list cannot go stale. In the
// ES module build (dist/overlap-view.mjs) the list stays empty: a bundler renames and packs
// those files, and adds preloads of its own for what it splits off.
//
// The links are <link rel="modulepreload"> for the modules (the later import() finds them in the
// module map) and <link rel="preload" as="fetch" crossorigin> for data, whose mode and
// credentials match the engine's own fetch(url, {credentials: 'same-origin'}), so that fetch
// takes the preloaded response instead of downloading the file again.

/** Filled in by js/build-view.mjs: `base` the script's own URL; the names, next to it, of the
 *  modules and data every comparison needs, and of what only the worker or the dictionaries need. */
export const ENGINE_FILES = { base: null, modules: [], data: [], worker: [], dictionaries: [] };

const requested = new Set();  // absolute URLs already preloaded on this page

function preload(name, base) {
  const url = new URL(name, base).href;
  if (requested.has(url)) return;
  requested.add(url);
  const link = document.createElement('link');
  if (name.endsWith('.mjs')) {
    link.rel = 'modulepreload';
  } else {
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  link.href = url;
  document.head.append(link);
}

/**
 * Preloads the files every comparison needs, and those of the worker or the dictionaries when a
 * comparison turns out to need them. Does nothing in the ES module build. The caller skips it
 * when the page has moved the engine elsewhere (OverlapView.moduleUrl).
 */
export function preloadEngine({ worker = false, dictionaries = false } = {}) {
  const { base } = ENGINE_FILES;
  if (!base || !document.head) return;
  // The largest download first: it is the one the first highlights wait for.
  const names = [...ENGINE_FILES.data, ...ENGINE_FILES.modules];
  if (worker) names.push(...ENGINE_FILES.worker);
  if (dictionaries) names.push(...ENGINE_FILES.dictionaries);
  for (const name of names) preload(name, base);
}
