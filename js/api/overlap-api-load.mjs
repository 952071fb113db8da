// The one loader of the module's files, the same in browsers, workers and Node 20: the direct
// API, the worker (which receives the compiled module) and every <overlap-view> of a page load
// through it. Node's fetch() cannot read file: URLs (and Emscripten's own loader calls it on
// plain paths), so file: URLs and bare paths are read with node:fs there; everything else goes
// through fetch().
import { OverlapError } from './overlap-api-error.mjs';

const inNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/**
 * A Node built-in module ('node:fs/promises', …), imported only when running in Node. The name
 * is a parameter, not a literal, so that bundlers building for browsers (Vite, webpack,
 * esbuild) neither try to bundle it nor fail on it.
 */
export function importNodeModule(name) {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ name);
}

function isBytes(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function asUint8Array(value) {
  return value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function absoluteUrl(source) {
  if (source instanceof URL) return source;
  try {
    return new URL(source);
  } catch {
    return null;  // relative: a path in Node, relative to the page in browsers
  }
}

// Either {bytes} read from disk (Node) or {response} from fetch().
async function open(source) {
  const url = absoluteUrl(source);
  if (inNode && (!url || url.protocol === 'file:')) {
    const { readFile } = await importNodeModule('node:fs/promises');
    return { bytes: new Uint8Array(await readFile(url ?? source)) };
  }
  const response = await fetch(url ?? source, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return { response };
}

function loadFailed(what, source, error) {
  if (error instanceof OverlapError) return error;
  return new OverlapError('load_failed', `could not load ${what} from ${source}: ${error.message}`, { cause: error });
}

async function compileFrom(source) {
  try {
    if (isBytes(source)) return await WebAssembly.compile(asUint8Array(source));
    const { bytes, response } = await open(source);
    // From the whole download, not streamed: streaming compilation decodes the bytes on the
    // main thread as they arrive (tens of milliseconds for this module, a long task on a page),
    // WebAssembly.compile() does all its work on background threads.
    return await WebAssembly.compile(bytes ?? await response.arrayBuffer());
  } catch (error) {
    throw loadFailed('the wasm module', source, error);
  }
}

// Compiled modules by URL: every instance from one URL (direct or in a worker, one widget or
// several) shares one download and one compilation. A failure is forgotten, so a retry loads.
const compiledByUrl = new Map();

/**
 * Compiles the wasm module from a URL, a path (Node), bytes, or returns a compiled module; or
 * from a promise of any of these (a worker can start while the module downloads).
 * A URL or path is fetched and compiled once per page (or worker, or Node process).
 */
export function compileWasm(source) {
  if (typeof source?.then === 'function') return Promise.resolve(source).then(compileWasm);
  if (source instanceof WebAssembly.Module) return Promise.resolve(source);
  if (isBytes(source)) return compileFrom(source);
  const key = String(absoluteUrl(source) ?? source);
  if (!compiledByUrl.has(key)) {
    const compiled = compileFrom(source);
    compiled.catch(() => compiledByUrl.delete(key));
    compiledByUrl.set(key, compiled);
  }
  return compiledByUrl.get(key);
}

/** The bytes of the dictionaries package: given directly, or fetched from a URL or path. */
export async function dictionaryBytes(source) {
  if (isBytes(source)) return asUint8Array(source);
  try {
    const { bytes, response } = await open(source);
    return bytes ?? new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw loadFailed('the dictionaries', source, error);
  }
}
