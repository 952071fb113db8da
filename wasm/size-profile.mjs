#!/usr/bin/env node
// What takes the bytes of a wasm module: `node wasm/size-profile.mjs MODULE.wasm [--objects LIB.a ...]
// [--top N]`. The module needs a name section (link with --profiling-funcs). Prints the size of
// each section, then the functions grouped by where they come from — the object file of a given
// static library that defines them (--objects; llvm-nm lists the symbols), else a guess from the
// demangled name — with raw bytes and gzip -9 bytes of each group's code compressed on its own
// (a rough share: gzip of the whole is not the sum of its parts), then the N largest functions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.match(/^--(objects|top)$/));
if (!file) {
  console.error('usage: node wasm/size-profile.mjs MODULE.wasm [--objects LIB.a ...] [--top N]');
  process.exit(2);
}
const libraries = args.flatMap((a, i) => (args[i - 1] === '--objects' ? [a] : []));
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const bytes = readFileSync(file);

let pos = 8;
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
}
function name() {
  const n = leb();
  const s = bytes.toString('utf8', pos, pos + n);
  pos += n;
  return s;
}

const sections = [];
let importedFunctions = 0;
const bodies = [];  // {start, end} per defined function
const dataSegments = [];
const names = new Map();  // function index -> name
const sectionNames = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount', 'tag'];
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const start = pos;
  const end = start + size;
  let label = sectionNames[id] ?? `id ${id}`;
  if (id === 0) label = `custom "${name()}"`;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name(); name();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFunctions++; } else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { pos += 2; } else { leb(); leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const s = leb();
      bodies.push({ start: pos, end: pos + s });
      pos += s;
    }
  } else if (id === 11) {
    for (let n = leb(); n > 0; n--) {
      const flags = leb();
      if (flags === 2) leb();
      if (flags !== 1) { pos++; leb(); pos++; }  // the offset: i32.const N or global.get N, end
      const s = leb();
      dataSegments.push({ start: pos, end: pos + s });
      pos += s;
    }
  } else if (label === 'custom "name"') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = leb();
      const subEnd = pos + subSize;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, name()); }
      pos = subEnd;
    }
  }
  sections.push({ label, size });
  pos = end;
}

const gz = (buffers) => gzipSync(Buffer.concat(buffers), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

console.log(`${basename(file)}: ${kb(bytes.length)} raw, ${kb(gz([bytes]))} gzip -9`);
for (const s of sections) console.log(`  section ${s.label.padEnd(28)} ${kb(s.size)}`);
const data = dataSegments.map((d) => bytes.subarray(d.start, d.end));
console.log(`  data segments: ${dataSegments.length}, ${kb(data.reduce((n, d) => n + d.length, 0))} raw, ${kb(gz(data))} gzip alone`);

// Symbol -> object file, from the libraries' own symbol tables.
const owner = new Map();
for (const lib of libraries) {
  const out = execFileSync('llvm-nm', ['-A', '-C', '--defined-only', lib], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  for (const line of out.split('\n')) {
    // "LIB.a:OBJECT.o: ADDRESS TYPE NAME" (the name demangled, so it may hold spaces and colons)
    const m = line.match(/^.*?\.a:([^:\s]+\.o):\s+\S+\s+\S\s+(.+)$/);
    if (m && !owner.has(m[2])) owner.set(m[2], `${basename(lib)}:${m[1].replace(/\.(cpp|c)\.o$/, '')}`);
  }
}
const mangled = [...names.values()];
const demangled = execFileSync('llvm-cxxfilt', { input: mangled.join('\n'), maxBuffer: 1 << 28 }).toString().split('\n');
const pretty = new Map(mangled.map((m, i) => [m, demangled[i]]));

function group(raw) {
  if (owner.has(raw)) return owner.get(raw);
  const d = pretty.get(raw) ?? raw;
  if (/^(emscripten::|_embind|embind)/.test(d) || /emscripten::internal/.test(d)) return 'embind';
  if (/^overlap::|\(anonymous namespace\)::|^dtl::/.test(d)) return 'overlap + dtl';
  if (/^icu_\d+::|^u[a-z]*_/.test(d)) return 'icu (unmapped)';
  if (/^std::|^__cxa|^__cxxabiv1|^operator (new|delete)|^void std::/.test(d)) return 'libc++ / libc++abi';
  return 'libc / runtime / other';
}

const groups = new Map();
const functions = [];
bodies.forEach((b, i) => {
  const raw = names.get(i + importedFunctions) ?? `function ${i + importedFunctions}`;
  const g = group(raw);
  if (!groups.has(g)) groups.set(g, { size: 0, count: 0, code: [] });
  const entry = groups.get(g);
  const code = bytes.subarray(b.start, b.end);
  entry.size += code.length; entry.count++; entry.code.push(code);
  functions.push({ name: pretty.get(raw) ?? raw, size: code.length, group: g });
});
const code = bodies.map((b) => bytes.subarray(b.start, b.end));
console.log(`  code: ${bodies.length} functions, ${kb(code.reduce((n, c) => n + c.length, 0))} raw, ${kb(gz(code))} gzip alone`);
console.log('\nCode by origin (raw, gzip of the group alone, functions):');
for (const [g, e] of [...groups].sort((x, y) => y[1].size - x[1].size))
  console.log(`${kb(e.size)} ${kb(gz(e.code))} ${String(e.count).padStart(5)}  ${g}`);
console.log(`\nThe ${top} largest functions:`);
for (const f of functions.sort((x, y) => y.size - x.size).slice(0, top))
  console.log(`${kb(f.size)}  ${f.name.slice(0, 110)}  [${f.group}]`);
