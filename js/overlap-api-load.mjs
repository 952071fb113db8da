// Fetching the module's files the same way in browsers, workers and Node 20. Node's fetch()
// cannot read file: URLs (and Emscripten's own loader calls it on plain paths), so file: URLs
// and bare paths are read with node:fs there; everything else goes through fetch().
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

/** Compiles the wasm module from a URL, a path (Node), bytes, or returns a compiled module. */
export async function compileWasm(source) {
  if (source instanceof WebAssembly.Module) return source;
  try {
    if (isBytes(source)) return await WebAssembly.compile(asUint8Array(source));
    const { bytes, response } = await open(source);
    if (bytes) return await WebAssembly.compile(bytes);
    // Streaming compiles while downloading, but only with Content-Type: application/wasm.
    if (typeof WebAssembly.compileStreaming === 'function' &&
        response.headers.get('Content-Type')?.startsWith('application/wasm'))
      return await WebAssembly.compileStreaming(response);
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch (error) {
    throw loadFailed('the wasm module', source, error);
  }
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
