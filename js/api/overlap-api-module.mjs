// The wasm module's boundary: its instantiation (no Emscripten loader: the module is built
// standalone and imports four small functions), its plain C exports (wasm/exports.cpp) called
// with texts copied into wasm memory, and the records they hand back (wasm/record.hpp) copied
// out into JS values. Nothing keeps a view of wasm memory across a call: a call may grow the
// memory, which detaches every view made before it, so views are made afresh for each copy.

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
  #m;  // the instance's exports

  constructor(exports) {
    this.#m = exports;
  }

  #memory() {
    const { buffer } = this.#m.memory;  // a new buffer whenever the memory has grown
    return { buffer, u8: new Uint8Array(buffer), u32: new Uint32Array(buffer), f64: new Float64Array(buffer) };
  }

  // A copy of `bytes` in wasm memory, from malloc: the caller frees it (or hands it over).
  #copyIn(bytes) {
    const at = this.#m.malloc(Math.max(bytes.length, 1));
    if (at === 0) throw new Error(`out of memory for ${bytes.length} bytes`);
    new Uint8Array(this.#m.memory.buffer).set(bytes, at);
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
    const freeCopies = () => copies.forEach((at) => this.#m.free(at));
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
    const root = this.#m[`overlap_${name}`](...flat);
    const memory = this.#memory();
    const result = root === 0 ? null : Object.fromEntries(values(memory, valueAt(memory, root)));
    this.#m.overlap_release();
    freeCopies();
    return result;
  }
}

// What the module imports, by name. Its C library asks for the environment (none: the same
// results everywhere) and exits on abort() or a failed allocation: an exit throws, as a trap
// does, so the engine never calls the instance again.
function importsFor(exports) {
  const fail = (what) => { throw new WebAssembly.RuntimeError(what); };
  return {
    env: { emscripten_notify_memory_growth() {} },  // views are made afresh for each call anyway
    wasi_snapshot_preview1: {
      environ_sizes_get(count, size) {
        const words = new Uint32Array(exports().memory.buffer);
        words[count >>> 2] = 0;
        words[size >>> 2] = 0;
        return 0;
      },
      environ_get: () => 0,
      proc_exit: (code) => fail(`the module aborted (exit code ${code})`),
    },
  };
}

/** Instantiates the compiled module `wasm` and runs its static constructors. */
export async function instantiate(wasm) {
  let exports = null;
  const instance = await WebAssembly.instantiate(wasm, importsFor(() => exports));
  exports = instance.exports;
  exports._initialize();
  return new WasmModule(exports);
}
