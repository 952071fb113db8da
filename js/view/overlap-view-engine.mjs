// The comparison engine behind every <overlap-view> of a page: the API module (overlap.mjs,
// found next to the widget's own script) is imported once, on first use. Comparisons run in its
// worker, so a large input never blocks the page; one worker serves all widgets (calls queue).
// If the worker cannot start (an unusual CSP, an old browser) the direct API is used instead.
// The wasm is the API's business: its loader compiles overlap.wasm (next to overlap.mjs) once
// for the worker and the direct API alike. Loading starts as soon as a widget starts
// (startLoading()), or earlier, as the classic script runs, on a page already holding a widget
// with both texts (startLoadingForPage()), with every file requested at once (overlap-view-preload.mjs), while the
// widget reads and shows its texts; the engine is then created from the wasm compiled there.
import { preloadEngine, preloadedFiles } from './overlap-view-preload.mjs';

const WORKER_THRESHOLD = 20000;  // UTF-16 units over both texts: below it, compare() takes a few ms

// `moduleUrl` null (the default): the API next to the widget, loaded through a literal relative
// import('./overlap.mjs') that browsers resolve against the widget's own URL and bundlers (Vite,
// webpack, esbuild) follow, bundling the module (whose own literal new URL('./overlap.wasm',
// import.meta.url) makes them emit the wasm). No use of import.meta.url here: webpack would bake
// in the build machine's path.
let apiModule = null;

function importApi(moduleUrl) {
  if (!moduleUrl) return import('./overlap.mjs');
  return import(/* @vite-ignore */ /* webpackIgnore: true */ moduleUrl);
}

function load(moduleUrl) {
  apiModule ??= importApi(moduleUrl).catch((error) => {
    apiModule = null;
    throw Object.assign(new Error(`Could not load the comparison module ${moduleUrl ?? 'overlap.mjs'}: ${error.message}`), { code: 'load_failed' });
  });
  return apiModule;
}

/** Starts loading the engine before the texts are read (the classic script, with the engine
 *  in its default place next to it). */
export function startLoading(moduleUrl) {
  if (!moduleUrl) preloadEngine();
}

/**
 * Starts loading the engine as the classic script runs, before any widget is made, when the page
 * already holds a widget with texts to compare: on a slow connection every millisecond before
 * the wasm is requested is one more before the first highlights (the widget's set-up, its
 * styles and its words come first otherwise). A page that moves the engine (OverlapView.moduleUrl)
 * can only do so after this script has run; its widgets then load from there.
 */
export function startLoadingForPage(selector) {
  if (document.querySelector(selector)) preloadEngine();
}

// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
// ICU splits them into words only with its dictionaries, a separate 3 MB file, so it is
// fetched only for texts that contain such a script.
const NEEDS_DICTIONARIES = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

const engines = new Map();  // "worker" / "direct", with or without dictionaries -> promise of an API

function engine(moduleUrl, kind, dictionaries) {
  const key = `${kind}${dictionaries ? '+dictionaries' : ''}`;
  if (!engines.has(key)) {
    // What the classic script loaded early comes from next to it: never handed to an engine the
    // page has moved elsewhere (another build's module would not match it).
    const early = moduleUrl ? {} : preloadedFiles({ dictionaries });
    const created = Promise.all([load(moduleUrl), early]).then(([m, files]) => {
      const options = { ...(dictionaries ? { dictionaries: true } : {}), ...files };
      return kind === 'worker' ? m.createOverlapWorker(options) : m.createOverlap(options);
    });
    created.catch(() => engines.delete(key));  // a later comparison tries again
    engines.set(key, created);
  }
  return engines.get(key);
}

/**
 * Compares two texts, or a text with several sources. `mode`: "auto" (the worker for inputs over WORKER_THRESHOLD), "always"
 * or "never". `onProgress` receives the API's stages ("loading", "queued", "computing", "done").
 * `method`: "compare" (the shared passages) or "diff" (the in-order diff, for the changes view).
 */
export async function compareTexts(moduleUrl, a, b, options, { mode = 'auto', signal, onProgress, method = 'compare' } = {}) {
  // `b` may be several sources ({name, text}), compared at once (compare(a, [b1, b2, …])).
  const others = Array.isArray(b) ? b.map((source) => source.text) : [b];
  const dictionaries = [a, ...others].some((text) => NEEDS_DICTIONARIES.test(text));
  const length = others.reduce((n, text) => n + text.length, a.length);
  const useWorker = mode === 'always' || (mode !== 'never' && length > WORKER_THRESHOLD);
  if (!moduleUrl) preloadEngine({ worker: useWorker, dictionaries });
  if (useWorker) {
    let api = null;
    try {
      api = await engine(moduleUrl, 'worker', dictionaries);
    } catch (error) {
      if (error.code !== 'worker_failed') throw error;
    }
    if (api) return api[method](a, b, { ...options, signal, onProgress });
  }
  onProgress?.({ stage: 'loading' });
  const api = await engine(moduleUrl, 'direct', dictionaries);
  signal?.throwIfAborted();
  onProgress?.({ stage: 'computing' });
  return api[method](a, b, options);
}
