#!/usr/bin/env node
// Benchmark inputs, the same on every run (fixed seed), written to build/bench-inputs/:
//   edited-<size>.a.txt / .b.txt   real prose (PAN 2013 sources, else demo/examples); B = A with
//                                  ~5% of words edited, ~10% of paragraphs moved
//   seed.a.txt / seed.b.txt        the two seed articles (when ../shared/seeds is present)
//   unrelated.a.txt / .b.txt       two different stretches of the corpus, 100 KB each
//   repeated.a.txt / .b.txt        one word 200,000 times (B: with a few words changed)
//   noSpace.a.txt / .b.txt         one 1 MB "word" without spaces (B: a few letters changed)
//   manifest.json                  the pairs, and for each edited pair the moved paragraphs'
//                                  ranges in A and B (UTF-16 code units and UTF-8 bytes)
// Usage: node bench/make_inputs.mjs [--max-size BYTES] [--out DIR]
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const maxSize = Number(arg('--max-size', Infinity));
const out = resolve(arg('--out', join(root, 'build/bench-inputs')));
const shared = resolve(root, '../shared');
const corpus = join(shared, 'corpora/pan13-train/src');
const seeds = join(shared, 'seeds');

const SIZES = [['10k', 10_000], ['100k', 100_000], ['1m', 1_000_000], ['10m', 10_000_000]];
const WORD_EDIT_RATE = 0.05;
const MOVE_RATE = 0.10;

// mulberry32: tiny, fast and good enough to pick edits; fixed seeds make every run identical.
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Paragraphs of the corpus documents in name order: in PAN's files each line is a paragraph.
// Lines under 40 characters (bylines, dates, list items) are left out. Without the corpus (a
// clone outside the team's workspace) the project's own example articles stand in, cycled, so
// the smoke runs still work; the figures of a full run are then not comparable, and it says so.
function corpusParagraphs() {
  if (!existsSync(corpus)) {
    console.warn(`bench inputs: no PAN corpus at ${corpus}; using the prose of demo/examples instead`);
    const examples = join(root, 'demo/examples');
    return readdirSync(examples).filter((n) => n.endsWith('.txt')).sort()
      .flatMap((name) => readFileSync(join(examples, name), 'utf8').split(/\n\s*\n/))
      .map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length >= 40);
  }
  const paragraphs = [];
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) {
    for (const p of readFileSync(join(corpus, name), 'utf8').split(/\r?\n/)) {
      const t = p.trim();
      if (t.length >= 40) paragraphs.push(t);
    }
  }
  return paragraphs;
}

// Paragraphs from `start` (cycling) until their joined UTF-8 size reaches `bytes`.
function take(paragraphs, start, bytes) {
  const picked = [];
  let size = 0;
  for (let i = start; size < bytes; ++i) {
    const p = paragraphs[i % paragraphs.length];
    picked.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return picked;
}

// ~5% of words inserted, deleted or substituted (a third each), words drawn from the text itself.
function editWords(paragraph, vocabulary, random) {
  const words = paragraph.split(/(\s+)/);
  const outWords = [];
  for (const w of words) {
    if (/^\s*$/.test(w)) { outWords.push(w); continue; }
    const r = random();
    const other = () => vocabulary[Math.floor(random() * vocabulary.length)];
    if (r < WORD_EDIT_RATE / 3) continue;                                   // delete
    if (r < (2 * WORD_EDIT_RATE) / 3) outWords.push(other(), ' ', w);       // insert
    else if (r < WORD_EDIT_RATE) outWords.push(other());                    // substitute
    else outWords.push(w);
  }
  return outWords.join('').replace(/ {2,}/g, ' ').trim();
}

// Ranges of each paragraph of `paragraphs` joined by blank lines, in UTF-16 units and bytes.
function ranges(paragraphs) {
  const result = [];
  let chars = 0, bytes = 0;
  for (const p of paragraphs) {
    const len = Buffer.byteLength(p);
    result.push({ chars: [chars, chars + p.length], bytes: [bytes, bytes + len] });
    chars += p.length + 2;
    bytes += len + 2;
  }
  return result;
}

function editedPair(paragraphs, start, bytes, seed) {
  const random = prng(seed);
  const a = take(paragraphs, start, bytes);
  const vocabulary = a.join(' ').split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w));
  // Each B paragraph remembers which A paragraph it came from; moved ones go elsewhere.
  let b = a.map((p, i) => ({ from: i, text: editWords(p, vocabulary, random) }));
  const moving = new Set();
  const count = Math.max(1, Math.round(a.length * MOVE_RATE));
  while (moving.size < Math.min(count, a.length - 1)) moving.add(Math.floor(random() * a.length));
  const moved = b.filter((p) => moving.has(p.from));
  b = b.filter((p) => !moving.has(p.from));
  for (const p of moved) b.splice(Math.floor(random() * (b.length + 1)), 0, p);
  const ra = ranges(a), rb = ranges(b.map((p) => p.text));
  const moves = [];
  b.forEach((p, j) => {
    if (moving.has(p.from)) moves.push({ a: ra[p.from], b: rb[j] });
  });
  moves.sort((x, y) => x.a.chars[0] - y.a.chars[0]);
  return { a: a.join('\n\n') + '\n', b: b.map((p) => p.text).join('\n\n') + '\n', moved: moves };
}

function write(manifest, name, kind, a, b, extra = {}) {
  writeFileSync(join(out, `${name}.a.txt`), a);
  writeFileSync(join(out, `${name}.b.txt`), b);
  manifest.pairs.push({ name, kind, bytesA: Buffer.byteLength(a), bytesB: Buffer.byteLength(b), ...extra });
}

mkdirSync(out, { recursive: true });
const manifest = { seed: 20261123, prose: existsSync(corpus) ? 'pan13-train/src' : 'demo/examples', pairs: [] };
const paragraphs = corpusParagraphs();

if (existsSync(seeds)) {
  const files = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  if (files.length >= 2) {
    copyFileSync(join(seeds, files[0]), join(out, 'seed.a.txt'));
    copyFileSync(join(seeds, files[1]), join(out, 'seed.b.txt'));
    manifest.pairs.push({ name: 'seed', kind: 'seed', bytesA: readFileSync(join(out, 'seed.a.txt')).length,
                          bytesB: readFileSync(join(out, 'seed.b.txt')).length });
  }
}

SIZES.forEach(([label, bytes], i) => {
  if (bytes > maxSize) return;
  const pair = editedPair(paragraphs, 0, bytes, manifest.seed + i);
  write(manifest, `edited-${label}`, 'edited', pair.a, pair.b, { size: bytes, moved: pair.moved });
});

// Unrelated: the start of the corpus against a stretch half-way through it.
const unrelatedBytes = Math.min(100_000, maxSize);
write(manifest, 'unrelated', 'unrelated', take(paragraphs, 0, unrelatedBytes).join('\n\n'),
      take(paragraphs, Math.floor(paragraphs.length / 2), unrelatedBytes).join('\n\n'));

// One article against ten sources (issue 16): ten 100 KB stretches of the corpus as sources (10 KB
// for smoke runs), and as A a run of paragraphs (8% of a source or a little more) from each, edited as above and in the sources' order. Written as
// NAME.b1.txt … NAME.b10.txt, and as NAME.b.txt their concatenation, the pair every other
// benchmark runs: `compare_sources` is measured against `compare` of that concatenation.
{
  const size = Math.min(100_000, maxSize), name = `sources-${size >= 100_000 ? '100k' : '10k'}`;
  const random = prng(manifest.seed + 200);
  const sources = [];
  for (let k = 0; k < 10; ++k) sources.push(take(paragraphs, Math.floor((k + 1) * paragraphs.length / 12), size));
  const a = sources.flatMap((paragraphsOfSource, k) => {
    const start = Math.floor(random() * (paragraphsOfSource.length / 2));
    const picked = take(paragraphsOfSource.slice(start), 0, size * 0.08);
    const vocabulary = picked.join(' ').split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w));
    return picked.map((p) => editWords(p, vocabulary, random));
  });
  const texts = sources.map((ps) => ps.join('\n\n') + '\n');
  texts.forEach((text, k) => writeFileSync(join(out, `${name}.b${k + 1}.txt`), text));
  write(manifest, name, 'sources', a.join('\n\n') + '\n', texts.join('\n'), { sources: texts.length });
}

// Pathological inputs (always written: 1.2 MB and 1 MB are what the targets are stated for).
{
  const random = prng(manifest.seed + 100);
  const words = new Array(200_000).fill('overlap');
  const b = words.slice();
  for (let k = 0; k < 1000; ++k) b[Math.floor(random() * b.length)] = 'underlap';
  write(manifest, 'repeated', 'pathological', words.join(' '), b.join(' '));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const chars = Array.from({ length: 1_000_000 }, () => letters[Math.floor(random() * 26)]);
  const a = chars.join('');
  for (let k = 0; k < 1000; ++k) chars[Math.floor(random() * chars.length)] = 'e';
  write(manifest, 'noSpace', 'pathological', a, chars.join(''));
}

writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
console.log(`bench inputs in ${out}: ${manifest.pairs.map((p) => p.name).join(', ')}`);
