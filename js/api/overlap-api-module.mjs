// The wasm module's boundary: its plain C exports (wasm/exports.cpp), called with texts copied
// into wasm memory, and the records they hand back (wasm/record.hpp) copied out into JS values.
// Nothing keeps a view of wasm memory across a call: a call may grow the memory, which detaches
// every view made before it, so views are made afresh for each copy.
import createOverlapModule from './overlap-glue.mjs';

const VALUE_BYTES = 24;  // sizeof(Value) in wasm/record.hpp: name, kind, data, count, number
const decoder = new TextDecoder();

// One reader per Kind of wasm/record.hpp, in its order. `m` is the memory as views of one buffer.
const readers = [
  (m, v) => v.number,
  (m, v) => v.number !== 0,
  (m, v) => decoder.decode(m.u8.subarray(v.data, v.data + v.count)),
  (m, v) => values(m, v).map(([, value]) => value),
  (m, v) => Object.fromEntries(values(m, v)),
  (m, v) => m.u8.slice(v.data, v.data + v.count),
  (m, v) => new Uint32Array(m.buffer.slice(v.data, v.data + 4 * v.count)),
  (m, v) => new Float64Array(m.buffer.slice(v.data, v.data + 8 * v.count)),
];

// The Value at `at`, raw.
function valueAt(m, at) {
  const w = at >>> 2;
  const number = m.f64[(at + 16) >>> 3];
  return { name: m.u32[w], kind: m.u32[w + 1], data: m.u32[w + 2], count: m.u32[w + 3], number };
}

function nameAt(m, at) {
  return decoder.decode(m.u8.subarray(at, m.u8.indexOf(0, at)));
}

// [[name, value], ...] of a record or list value: its `count` Values at `data`.
function values(m, v) {
  const out = new Array(v.count);
  for (let i = 0; i < v.count; ++i) {
    const item = valueAt(m, v.data + i * VALUE_BYTES);
    out[i] = [nameAt(m, item.name), readers[item.kind](m, item)];
  }
  return out;
}

/** One instance of the module: `call` runs an export and returns its result as JS values. */
class WasmModule {
  #m;

  constructor(m) {
    this.#m = m;
  }

  #memory() {
    const { buffer } = this.#m.HEAPU8;  // replaced by the loader whenever the memory grows
    return { buffer, u8: new Uint8Array(buffer), u32: new Uint32Array(buffer), f64: new Float64Array(buffer) };
  }

  // A copy of `bytes` in wasm memory, from malloc: the caller frees it (or hands it over).
  #copyIn(bytes) {
    const at = this.#m._malloc(Math.max(bytes.length, 1));
    if (at === 0) throw new Error(`out of memory for ${bytes.length} bytes`);
    this.#m.HEAPU8.set(bytes, at);
    return at;
  }

  /**
   * Runs the export overlap_<name> and returns its record (or null). Each Uint8Array argument is
   * copied into wasm memory and passed as two arguments, its address and length, then freed;
   * numbers are passed as they are. `keep` lists arguments whose copies the export takes over.
   */
  call(name, args, keep = []) {
    const copies = [];
    const flat = [];
    const freeCopies = () => copies.forEach((at) => this.#m._free(at));
    try {
      for (const arg of args) {
        if (!(arg instanceof Uint8Array)) {
          flat.push(arg);
          continue;
        }
        const at = this.#copyIn(arg);
        if (!keep.includes(arg)) copies.push(at);
        flat.push(at, arg.length);
      }
    } catch (error) {
      freeCopies();  // no room for a later argument: the instance itself is fine
      throw error;
    }
    // A trap throws out of here, with the copies unfreed: the instance is never called again.
    const root = this.#m[`_overlap_${name}`](...flat);
    const memory = this.#memory();
    const result = root === 0 ? null : Object.fromEntries(values(memory, valueAt(memory, root)));
    this.#m._overlap_release();
    freeCopies();
    return result;
  }
}

/**
 * Instantiates the compiled module `wasm`; `onAbort` receives the message of an abort (a trap
 * gets none). Rejects with what failed.
 */
export async function instantiate(wasm, onAbort) {
  let failInstantiation;
  const instantiationFailed = new Promise((_, reject) => { failInstantiation = reject; });
  const m = await Promise.race([
    createOverlapModule({
      // We compile and fetch ourselves (see overlap-api-load.mjs): the loader must not.
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(wasm, imports).then((instance) => receiveInstance(instance, wasm), failInstantiation);
        return {};
      },
      onAbort,
      print() {},
      printErr() {},
    }),
    instantiationFailed,
  ]);
  return new WasmModule(m);
}
