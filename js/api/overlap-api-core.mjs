// The engine: one instance of the wasm module, with texts encoded on the way in and core errors
// turned into OverlapErrors on the way out. It returns the module's raw typed arrays; the direct
// API (overlap.mjs) and the worker (overlap-worker.mjs) shape them with overlap-api-shape.mjs.
import { OverlapError } from './overlap-api-error.mjs';
import { compileWasm, dictionaryBytes } from './overlap-api-load.mjs';
import { instantiate } from './overlap-api-module.mjs';
import { describe, jsOptionName, jsOptionNames } from './overlap-api-options.mjs';

export const defaultWasmUrl = new URL('./overlap.wasm', import.meta.url);
export const defaultDictionariesUrl = new URL('./overlap-dictionaries.dat', import.meta.url);

const engineOptionNames = ['wasmUrl', 'wasm', 'dictionaries'];

/** Checks createOverlap()'s options; `extra` names further accepted keys (the worker's). */
export function checkEngineOptions(options, extra = []) {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new OverlapError('invalid_options', `options must be an object, not ${describe(options)}`);
  const known = [...engineOptionNames, ...extra];
  for (const name of Object.keys(options)) {
    if (!known.includes(name))
      throw new OverlapError('invalid_options', `unknown option ${JSON.stringify(name)}; the options are ${known.join(', ')}`, { option: name });
  }
  const d = options.dictionaries;
  const ok = d === undefined || typeof d === 'boolean' || typeof d === 'string' || d instanceof URL ||
             d instanceof ArrayBuffer || ArrayBuffer.isView(d);
  if (!ok) throw new OverlapError('invalid_options', `dictionaries must be a boolean, a URL or bytes, not ${describe(d)}`, { option: 'dictionaries' });
}

/** Loads what `options` asks for: {wasm: WebAssembly.Module, dictionaries: Uint8Array | null}. */
export async function loadFiles(options) {
  const d = options.dictionaries;
  const [wasm, dictionaries] = await Promise.all([
    compileWasm(options.wasm ?? options.wasmUrl ?? defaultWasmUrl),
    d ? dictionaryBytes(d === true ? defaultDictionariesUrl : d) : null,
  ]);
  return { wasm, dictionaries };
}

/** An OverlapError naming `name` ("A", "B", "text") unless `text` is a string. */
export function checkText(text, name) {
  if (typeof text !== 'string')
    throw new OverlapError('invalid_input', `${name} must be a string, not ${describe(text)}`, { input: name });
}

// The module's {error, message, subject} as an OverlapError; the subject names an option (in
// its C++ spelling) or an input.
function moduleError({ error: code, message, subject }) {
  if (code === 'invalid_options')
    return new OverlapError(code, jsOptionNames(message), subject ? { option: jsOptionName(subject) } : {});
  return new OverlapError(code, message, subject ? { input: subject } : {});
}

// UTF-8 length without encoding, lone surrogates counted as U+FFFD (3 bytes) as TextEncoder does.
function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; ++i; }
    else n += 3;
  }
  return n;
}

class Engine {
  #module;
  #failure = null;
  #encoder = new TextEncoder();

  constructor(module, dictionaries) {
    this.#module = module;
    const { version, maxInputBytes, layout, defaults, tokenKinds, editKinds } = module.call('info', []);
    this.info = Object.freeze({
      version,
      maxInputBytes,
      layout: Object.freeze(layout),
      defaults: Object.freeze(defaults),
      tokenKinds: Object.freeze(tokenKinds),
      editKinds: Object.freeze(editKinds),
      dictionaries,
    });
  }

  // UTF-8 bytes of `text`. TextEncoder turns each lone surrogate into one U+FFFD, which is one
  // UTF-16 unit too, so offsets computed on the bytes still index the caller's string.
  #encode(text, name) {
    checkText(text, name);
    // Checked before encoding so that an oversized text never reaches wasm memory; the module
    // words the error, as for every other caller of its limit.
    if (text.length * 3 > this.info.maxInputBytes) {
      const error = this.#module.call('input_too_large', [this.#encoder.encode(name), utf8Length(text)]);
      if (error !== null) throw moduleError(error);
    }
    return this.#encoder.encode(text);
  }

  // The module's options arguments: the values of `options` in the order of the module's own
  // defaults, which is the order its exports take them in (wasm/exports.cpp).
  #optionArgs(options) {
    return Object.keys(this.info.defaults).map((name) => Number(options[name]));
  }

  #call(name, ...args) {
    if (this.#failure)
      throw new OverlapError('internal', `the module stopped after an earlier failure (${this.#failure}); create a new instance`);
    let out;
    try {
      out = this.#module.call(name, args);
    } catch (error) {
      // A trap or abort leaves the wasm instance in an unknown state: never call it again.
      if (error instanceof WebAssembly.RuntimeError) this.#failure = error.message;
      throw new OverlapError('internal', `the module failed in ${name}: ${this.#failure ?? error.message}`, { cause: error });
    }
    if (out !== null && typeof out === 'object' && typeof out.error === 'string') throw moduleError(out);
    return out;
  }

  /** Whether a trap or abort has made this instance unusable. */
  get failed() {
    return this.#failure !== null;
  }

  /** {spans: Uint32Array, kinds: Uint8Array} */
  segment(text) {
    return this.#call('segment', this.#encode(text, 'text'));
  }

  fold(text) {
    return this.#call('fold', this.#encode(text, 'text')).text;
  }

  /** A against `sources` (strings, checked by sourceTexts()): their bytes go in as one buffer. */
  alignSources(a, sources, options) {
    const bytesA = this.#encode(a, 'A');
    const encoded = sources.map((text, k) => this.#encode(text, `source ${k + 1}`));
    const joined = new Uint8Array(encoded.reduce((n, bytes) => n + bytes.length, 0));
    const lengths = new Uint32Array(encoded.length);
    let at = 0;
    encoded.forEach((bytes, k) => {
      joined.set(bytes, at);
      at += lengths[k] = bytes.length;
    });
    return this.#call('compare_sources', bytesA, joined, new Uint8Array(lengths.buffer), ...this.#optionArgs(options));
  }

  /** `method` is 'compare' or 'diff'; `options` already resolved (see overlap-api-options.mjs). */
  align(method, a, b, options) {
    return this.#call(method, this.#encode(a, 'A'), this.#encode(b, 'B'), ...this.#optionArgs(options));
  }
}

/** Instantiates the module from loadFiles()'s result and adds the dictionaries. */
export async function startEngine({ wasm, dictionaries }) {
  const module = await instantiate(wasm).catch((error) => {
    throw new OverlapError('load_failed', `could not instantiate the wasm module: ${error.message ?? error}`, { cause: error });
  });
  // Must come before anything uses ICU: ICU accepts extra data packages only until its first
  // lookup. The module keeps the copy of the bytes: ICU reads them for as long as it runs.
  if (dictionaries) {
    const result = module.call('add_icu_data', [dictionaries], [dictionaries]);
    if (result !== null) throw new OverlapError(result.error, `the dictionaries: ${result.message}`);
  }
  return new Engine(module, Boolean(dictionaries));
}
