// Overlap's JavaScript API: the entry point of dist/. Works in browsers, workers and Node 20.
//
//   import { createOverlap } from './dist/overlap.mjs';
//   const overlap = await createOverlap();            // { dictionaries: true } for CJK/Thai/…
//   const { passages } = overlap.compare(a, b);       // offsets index the JS strings: a.slice(…)
//   overlap.compare(a, [b1, { name: 'PA 16:54', text: b2 }]);  // one text against several sources
//
// createOverlapWorker() offers the same methods off the main thread, returning promises.
import { checkEngineOptions, loadFiles, startEngine } from './overlap-api-core.mjs';
import { resolveOptions } from './overlap-api-options.mjs';
import { shapeAlignment, shapeSources, shapeTokens } from './overlap-api-shape.mjs';
import { sourceTexts } from './overlap-api-sources.mjs';

export { OverlapError } from './overlap-api-error.mjs';

/**
 * The same API in a worker, methods returning promises (see overlap-api-worker.mjs). Its code
 * is fetched on first use, so pages that never call it do not download it.
 */
export async function createOverlapWorker(options) {
  return (await import('./overlap-api-worker.mjs')).createOverlapWorker(options);
}

/**
 * Loads and starts the module. Options: `wasmUrl` (default: overlap.wasm next to this file),
 * `dictionaries` (true for the file next to this one, or a URL, a path in Node, or the bytes).
 */
export async function createOverlap(options = {}) {
  checkEngineOptions(options);
  const engine = await startEngine(await loadFiles(options));
  const { info } = engine;
  return Object.freeze({
    version: info.version,
    /** Whether the word dictionaries (Chinese, Japanese, Thai, Khmer, Lao, Burmese) are loaded. */
    dictionaries: info.dictionaries,
    /** Largest text accepted, in bytes of UTF-8. */
    maxInputBytes: info.maxInputBytes,
    /** The options compare() and diff() use when not given. */
    defaults: info.defaults,
    /** A against B, or against several sources when `b` is an array (see shapeSources()). */
    compare: (a, b, opts) => {
      const options = resolveOptions(opts, info.defaults);
      if (!Array.isArray(b)) return shapeAlignment(engine.align('compare', a, b, options), info);
      const { texts, names } = sourceTexts(b);
      return shapeSources(engine.alignSources(a, texts, options), info, names);
    },
    diff: (a, b, opts) =>
      shapeAlignment(engine.align('diff', a, b, resolveOptions(opts, info.defaults)), info),
    segment: (text) => shapeTokens(engine.segment(text), info.tokenKinds),
    fold: (text) => engine.fold(text),
  });
}
