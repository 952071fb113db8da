// Starts loading every file the comparison engine will need at once, as soon as a widget
// starts, instead of letting the browser discover them import by import: overlap.mjs, then the
// modules it imports, then theirs, then the wasm would be four round trips one after the other,
// each a 150 ms wait on a slow mobile connection before the largest download even starts.
//
// Only the classic script (dist/overlap-view.js, the one-<script>-tag embed) does this: it is
// always served next to the engine's files, and js/build-view.mjs writes their names into
// ENGINE_FILES from the import graph of dist/overlap.mjs, so the list cannot go stale. In the
// ES module build (dist/overlap-view.mjs) the list stays empty: a bundler renames and packs
// those files, and preloads what it splits off itself.
//
// From script, not with <link rel="preload"> elements: the widget never changes the page around
// it. Each module is imported (the module map shares it with the import that needs it later);
// the wasm is fetched and compiled here, once for the page, and handed to the engine
// (createOverlap({ wasm })) for every widget, on the page and in the worker alike; the
// dictionaries are fetched once a text needs them, and handed over as bytes.

/** Filled in by js/build-view.mjs: `base` the script's own URL; the names, next to it, of the
 *  modules every comparison needs, of the wasm, of the worker's own modules, of the dictionaries. */
export const ENGINE_FILES = { base: null, modules: [], wasm: null, worker: [], dictionaries: null };

const imported = new Set();
let wasmModule = null;         // promise of the compiled module, or of its URL if that failed
let dictionaryBytes = null;    // promise of a Uint8Array, or of null if it failed

const engineFileUrl = (name) => new URL(name, ENGINE_FILES.base).href;

function importEarly(names) {
  for (const name of names) {
    if (imported.has(name)) continue;
    imported.add(name);
    const module = import(/* @vite-ignore */ /* webpackIgnore: true */ engineFileUrl(name));
    module.catch(() => {});  // a failure is the engine's to report, when it imports the module itself
  }
}

// The bytes of a file, or null on any failure: the engine then loads the file itself, and its
// error names the file and the cause.
async function bytesOf(name) {
  try {
    const response = await fetch(engineFileUrl(name), { credentials: 'same-origin' });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * Starts loading what every comparison needs, and what the worker or the dictionaries need when
 * a comparison turns out to need them. Does nothing in the ES module build. The caller skips it
 * when the page has moved the engine elsewhere (OverlapView.moduleUrl).
 */
export function preloadEngine({ worker = false, dictionaries = false } = {}) {
  if (!ENGINE_FILES.base) return;
  // The largest download first: it is the one the first highlights wait for. Compiled from the
  // whole download, as the engine's own loader does: WebAssembly.compile() works off the main
  // thread, where streaming compilation would decode on it.
  // Any failure hands the engine the URL, to load it itself and report why it cannot.
  wasmModule ??= bytesOf(ENGINE_FILES.wasm).then((bytes) => bytes && WebAssembly.compile(bytes)).catch(() => null)
    .then((module) => module ?? engineFileUrl(ENGINE_FILES.wasm));
  importEarly(ENGINE_FILES.modules);
  if (worker) importEarly(ENGINE_FILES.worker);
  if (dictionaries) dictionaryBytes ??= bytesOf(ENGINE_FILES.dictionaries);
}

/**
 * The engine's options for what is being loaded early: `wasm` the promise of the compiled
 * module (the engine waits for it; a worker starts meanwhile), `dictionaries` their bytes.
 */
export async function preloadedFiles({ dictionaries = false } = {}) {
  const files = {};
  if (wasmModule) files.wasm = wasmModule;
  const bytes = dictionaries ? await dictionaryBytes : null;
  if (bytes) files.dictionaries = bytes;
  return files;
}
