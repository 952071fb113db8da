// The comparison engine behind every <overlap-view> of a page: the API module (overlap.mjs,
// found next to the widget's own script) is imported once, on first use. Comparisons run in its
// worker, so a large input never blocks the page; one worker serves all widgets (calls queue).
// If the worker cannot start (an unusual CSP, an old browser) the direct API is used instead.

const WORKER_THRESHOLD = 20000;  // UTF-16 units over both texts: below it, compare() takes a few ms

let api = null;
let wasm = null;
let worker = null;
let direct = null;

function load(moduleUrl) {
  api ??= import(moduleUrl).catch((error) => {
    api = null;
    throw Object.assign(new Error(`Could not load the comparison module ${moduleUrl}: ${error.message}`), { code: 'load_failed' });
  });
  return api;
}

// The wasm module, compiled once for the direct API and the worker alike. From its bytes, not
// streamed: streaming compilation decodes the download on the main thread as it arrives (tens of
// milliseconds for this module), WebAssembly.compile() does all its work on background threads.
function compiled(moduleUrl) {
  const url = new URL('overlap.wasm', moduleUrl).href;
  wasm ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes))
    .catch((error) => {
      wasm = null;
      throw Object.assign(new Error(`Could not load the comparison module ${url}: ${error.message}`), { code: 'load_failed' });
    });
  return wasm;
}

async function directApi(moduleUrl) {
  direct ??= Promise.all([load(moduleUrl), compiled(moduleUrl)]).then(([m, module]) => m.createOverlap({ wasm: module })).catch((error) => {
    direct = null;
    throw error;
  });
  return direct;
}

async function workerApi(moduleUrl) {
  worker ??= Promise.all([load(moduleUrl), compiled(moduleUrl)]).then(([m, module]) => m.createOverlapWorker({ wasm: module })).catch((error) => {
    worker = null;
    throw error;
  });
  return worker;
}

/**
 * Compares two texts. `mode`: "auto" (the worker for inputs over WORKER_THRESHOLD), "always"
 * or "never". `onProgress` receives the API's stages ("loading", "queued", "computing", "done").
 */
export async function compareTexts(moduleUrl, a, b, options, { mode = 'auto', signal, onProgress } = {}) {
  const useWorker = mode === 'always' || (mode !== 'never' && a.length + b.length > WORKER_THRESHOLD);
  if (useWorker) {
    let engine = null;
    try {
      engine = await workerApi(moduleUrl);
    } catch (error) {
      if (error.code !== 'worker_failed') throw error;
    }
    if (engine) return engine.compare(a, b, { ...options, signal, onProgress });
  }
  onProgress?.({ stage: 'loading' });
  const engine = await directApi(moduleUrl);
  signal?.throwIfAborted();
  onProgress?.({ stage: 'computing' });
  return engine.compare(a, b, options);
}
