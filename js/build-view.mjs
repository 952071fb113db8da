#!/usr/bin/env node
// Builds the widget into dist/ (run from anywhere: `node js/build-view.mjs`):
//   dist/overlap-view.mjs          the element as one ES module
//   dist/overlap-view.js           the same as a classic script, for a plain <script src> in a CMS
//   dist/overlap-view-sources.mjs  its view of several sources, an ES module both import on
//                                  demand from next to themselves (js/view/overlap-view-sources-load.mjs)
//   dist/examples/         the seed articles of ../shared/seeds (or $OVERLAP_SEEDS), when present,
//                          as a demo example
//
// No bundler: the widget's modules (js/view/overlap-view*.mjs) are concatenated in dependency order
// with their import lines and `export` keywords removed. That only works because they share no
// top-level names, which this script checks. The view of several sources is built the same way
// from its own entry; a module both need is in both files, and so must hold no state (the page
// would have two copies of it). The comparison API (overlap.mjs) is not bundled:
// the widget imports it at run time from next to itself, where the wasm build puts it; the
// classic script starts loading it, the modules it imports and the wasm at once (engineFiles()).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = 'overlap-view.mjs';
const sourcesEntry = 'overlap-view-sources.mjs';
const out = join(root, 'dist');

async function modules(entry) {
  const ordered = [];
  const seen = new Set();
  const visit = async (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const source = await readFile(join(root, 'js', 'view', name), 'utf8');
    const imports = [...source.matchAll(/^import\s[^;]*?from\s+'\.\/([^']+)';$/gm)].map((m) => m[1]);
    for (const dependency of imports) {
      if (!/^overlap-view[\w-]*\.mjs$/.test(dependency)) throw new Error(`${name}: only widget modules may be imported, not ${dependency}`);
      await visit(dependency);
    }
    ordered.push({ name, source });
  };
  await visit(entry);
  return ordered;
}

function strip({ name, source }) {
  const body = source
    .replace(/^import\s[^;]*?from\s+'[^']+';\n/gm, '')
    .replace(/^export\s+\{[^}]*\};?\n/gm, '')
    .replace(/^export\s+(?=(?:async\s+)?(?:const|let|class|function)\b)/gm, '');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error(`${name}: an import or export form the build does not handle`);
  return `// ---- js/view/${name}\n${body.trim()}\n`;
}

// A module in both files: a top-level `let`, or a `const` made with `new` (a Map, a sheet), would
// be state the page holds twice, and the two copies would not see each other's changes.
function checkShared(main, sources) {
  const inMain = new Set(main.map((part) => part.name));
  if (inMain.has(sourcesEntry)) throw new Error(`${entry} imports ${sourcesEntry} statically: it is to be loaded on demand`);
  const shared = sources.filter((part) => inMain.has(part.name));
  for (const { name, source } of shared) {
    if (/^(?:export\s+)?(?:let\s|var\s|const\s+\w+\s*=\s*new\s)/m.test(source)) {
      throw new Error(`${name} is in both ${entry} and ${sourcesEntry} and holds state: move that state into one of them`);
    }
  }
  return shared.map((part) => part.name);
}

// The names an entry exports, from its one `export { … };` line.
function exportsOf({ name, source }) {
  const names = /^export\s+\{([^}]*)\};?$/m.exec(source)?.[1].split(',').map((n) => n.trim()).filter(Boolean);
  if (!names?.length) throw new Error(`${name}: no \`export { … };\` line naming what it exports`);
  return names;
}

function checkNames(parts) {
  const owner = new Map();
  for (const { name, source } of parts) {
    for (const m of source.matchAll(/^(?:export\s+)?(?:async\s+)?(?:const|let|class|function\*?)\s+([A-Za-z_$][\w$]*)/gm)) {
      if (owner.has(m[1])) throw new Error(`top-level name ${m[1]} is declared in both ${owner.get(m[1])} and ${name}`);
      owner.set(m[1], name);
    }
  }
}

// The manifest is written even without seeds (with no examples), so that the demo never asks
// the server for a file that is not there.
async function copyExamples() {
  const seeds = process.env.OVERLAP_SEEDS || resolve(root, '..', 'shared', 'seeds');
  const target = join(out, 'examples');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const files = existsSync(seeds) ? (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort() : [];
  const examples = [];
  if (files.length >= 2) {
    const side = async (file, n) => {
      await copyFile(join(seeds, file), join(target, file));
      const headline = (await readFile(join(seeds, file), 'utf8')).split('\n', 1)[0].trim();
      return { file: `examples/${file}`, label: `Article ${n}`, title: headline || basename(file) };
    };
    examples.push({
      id: 'seeds', title: 'Two published articles on the same day of news',
      a: await side(files[0], 1), b: await side(files[1], 2),
    });
  }
  await writeFile(join(target, 'index.json'), `${JSON.stringify({ examples }, null, 2)}\n`);
  return examples.length;
}

// The engine's files the classic script loads at once (js/view/overlap-view-preload.mjs),
// from the import graph of dist/overlap.mjs as the wasm build wrote it: the modules it imports
// statically (every comparison needs them), those it imports on demand (the worker's API), and
// the data files it names with new URL('./…', import.meta.url).
async function engineFiles() {
  const graph = async (start, known = new Set()) => {
    const found = [];
    const visit = async (name) => {
      if (known.has(name) || found.includes(name)) return;
      found.push(name);
      const source = await readFile(join(out, name), 'utf8');
      for (const m of source.matchAll(/\b(?:import|export)\b[^;]*?\bfrom\s*["']\.\/([^"']+)["']/g)) await visit(m[1]);
    };
    await visit(start);
    return found;
  };
  const modules = await graph('overlap.mjs');
  const sources = await Promise.all(modules.map((name) => readFile(join(out, name), 'utf8')));
  // The modules are minified (wasm/minify.cjs): any quotes, no spaces.
  const onDemand = sources.flatMap((source) => [...source.matchAll(/\bimport\(\s*["']\.\/([^"']+\.mjs)["']\s*\)/g)].map((m) => m[1]));
  const named = sources.flatMap((source) => [...source.matchAll(/new URL\(\s*["']\.\/([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]));
  const worker = [];
  for (const name of onDemand) worker.push(...await graph(name, new Set(modules)));
  const files = { modules, wasm: 'overlap.wasm', worker, dictionaries: 'overlap-dictionaries.dat' };
  for (const name of [files.wasm, files.dictionaries]) {
    if (!named.includes(name)) throw new Error(`dist/overlap.mjs no longer loads ${name}: update engineFiles() in js/build-view.mjs`);
  }
  for (const name of Object.values(files).flat()) {
    if (!existsSync(join(out, name))) throw new Error(`dist/${name} is missing: build the wasm module first`);
  }
  return files;
}

// The classic script starts loading the engine's files next to itself at once; the ES module
// build leaves that to bundlers (see js/view/overlap-view-preload.mjs).
function withEngineFiles(code, files) {
  const placeholder = 'const ENGINE_FILES = { base: null, modules: [], wasm: null, worker: [], dictionaries: null };';
  if (!code.includes(placeholder)) throw new Error('js/view/overlap-view-preload.mjs: ENGINE_FILES is not in the form the build fills in');
  // Only when the script knows its own URL (it always does when a <script> element runs it).
  return code.replace(placeholder, `const ENGINE_FILES = { base: document.currentScript?.src || null, ${JSON.stringify(files).slice(1, -1)} };`);
}

// Written minified, as the wasm build writes the API's modules (the same script, wasm/minify.cjs):
// every reader pays for the download before the texts appear. The readable, commented code is
// in js/view/, the documentation in overlap-view.d.ts.
async function writeShipped(files) {
  const staging = await mkdtemp(join(tmpdir(), 'overlap-view-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(staging, name), text);
    execFileSync(process.execPath, [join(root, 'wasm', 'minify.cjs'), staging, ...Object.keys(files).map((name) => join(staging, name))]);
    for (const name of Object.keys(files)) await writeFile(join(out, name), banner + await readFile(join(staging, name), 'utf8'));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const parts = await modules(entry);
const sourcesParts = await modules(sourcesEntry);
checkShared(parts, sourcesParts);
checkNames(parts);
checkNames(sourcesParts);
const code = parts.map(strip).join('\n');
const sourcesCode = `${sourcesParts.map(strip).join('\n')}\nexport { ${exportsOf(sourcesParts.at(-1)).join(', ')} };\n`;
const banner = '// <overlap-view>, built by js/build-view.mjs from js/view/overlap-view*.mjs (commented there). Do not edit.\n';
await mkdir(out, { recursive: true });
// A classic script learns its own URL from document.currentScript, which is only set while it
// runs for the first time: read it once, before anything else.
const classic = withEngineFiles(code.replace(/\bimport\.meta\.url\b/g, 'overlapViewScriptUrl'), await engineFiles());
const script = `(() => {\n'use strict';\nconst overlapViewScriptUrl = document.currentScript?.src || document.baseURI;\n${classic}\n})();\n`;
new Script(script, { filename: 'dist/overlap-view.js' });  // parses only: a syntax error fails the build
await writeShipped({ 'overlap-view.js': script, 'overlap-view.mjs': `${code}\nexport { OverlapView };\n`, [sourcesEntry]: sourcesCode });

const examples = await copyExamples();
console.log(`built dist/overlap-view.js and dist/overlap-view.mjs from ${parts.length} modules, dist/${sourcesEntry} from ${sourcesParts.length}${examples ? '; copied the seed example' : ''}`);
