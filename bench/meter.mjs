#!/usr/bin/env node
// Quality on a METER-format corpus (wire copy and the newspaper articles written from it,
// annotated Verbatim / Rewrite / New): the measures its README defines, through the wasm API
// (dist/overlap.mjs), which gives the same results as the native build.
//
//   node bench/meter.mjs [CORPUS_DIR] [--sources] [--json] [--min-words N] [--gap-words N]
//
// CORPUS_DIR defaults to ../shared/corpora/meter-showbiz. Passage-level measures, pooled over the
// annotated articles that have at least one Verbatim, Rewrite or New element:
//   verbatim_shared     Verbatim characters inside an "=" edit of some passage (higher is better)
//   rewrite_in_passage  Rewrite characters inside some passage's A span
//   new_shared          New characters inside an "=" edit (lower is better: a false claim of copying)
//   new_in_passage      New characters inside some passage's A span
// Document level: the ROC AUC of each labelled article's shared fraction, derived (wholly or
// partially) against non-derived. Not part of CI: the corpus is a development set outside the
// repository.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const asJson = args.includes('--json') && args.splice(args.indexOf('--json'), 1);
// --sources: each PA file its own source (compare(a, [b1, b2, …])) rather than all of them
// concatenated: the measures of issue 16, where every passage must name its source.
const perSource = args.includes('--sources') && args.splice(args.indexOf('--sources'), 1);
const options = {};
const minWords = flag('--min-words');
const gapWords = flag('--gap-words');
if (minWords !== undefined) options.minWords = Number(minWords);
if (gapWords !== undefined) options.gapWords = Number(gapWords);
const corpus = resolve(args[0] ?? join(root, '../shared/corpora/meter-showbiz'));
if (!existsSync(join(corpus, 'labels.tsv'))) {
  console.error(`meter: no METER corpus at ${corpus} (expected labels.tsv, pa/, newspapers/, annotated/)`);
  process.exit(2);
}

const { createOverlap } = await import(join(root, 'dist/overlap.mjs'));
const overlap = await createOverlap({ dictionaries: false });

// The sources of an article: the PA files of its day and catchline, in file-name order, joined
// by a blank line (with --sources: each its own source, named by its file).
function sources(date, catchline) {
  const dir = join(corpus, 'pa', date, catchline);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  return perSource ? files : files.map((f) => f.text).join('\n\n');
}

// With --sources, passages that do not name one of the article's sources.
let unnamed = 0;
function compare(text, against) {
  const result = overlap.compare(text, against, options);
  if (perSource)
    for (const p of result.passages) unnamed += !(Number.isInteger(p.source) && p.source >= 0 && p.source < against.length);
  return result;
}

// An annotated article as its text and one label per UTF-16 unit: the elements of <body> in
// order, "\n\n" before an element when the markup since the previous one holds a blank line.
const ELEMENT = /<(Verbatim|Rewrite|New|unclassified)\b[^>]*>([\s\S]*?)<\/\1>/g;
function annotatedArticle(sgml) {
  const body = sgml.slice(sgml.indexOf('<body>') + 6, sgml.lastIndexOf('</body>'));
  let text = '';
  const labels = [];
  let previousEnd = 0;
  for (const m of body.matchAll(ELEMENT)) {
    const between = body.slice(previousEnd, m.index);
    if (text && /\n[ \t]*\n/.test(between)) {
      text += '\n\n';
      labels.push(null, null);
    }
    text += m[2];
    for (let i = 0; i < m[2].length; i++) labels.push(m[1]);
    previousEnd = m.index + m[0].length;
  }
  return { text, labels };
}

// Per UTF-16 unit of A: inside some passage's A span, inside an "=" edit.
function coverage(length, result) {
  const inPassage = new Uint8Array(length), inEqual = new Uint8Array(length);
  for (const p of result.passages) {
    inPassage.fill(1, p.a[0], p.a[1]);
    for (const [kind, a] of p.edits) if (kind === '=') inEqual.fill(1, a[0], a[1]);
  }
  return { inPassage, inEqual };
}

const counts = {};
const count = (label, yes) => {
  counts[label] ??= { total: 0, in_passage: 0, shared: 0 };
  counts[label].total += 1;
  counts[label].in_passage += yes.inPassage;
  counts[label].shared += yes.inEqual;
};

// The sub-folders of `dir` (the corpus has a few stray readme files between them).
const folders = (dir) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();

let articles = 0;
for (const date of folders(join(corpus, 'annotated'))) {
  for (const catchline of folders(join(corpus, 'annotated', date))) {
    const dir = join(corpus, 'annotated', date, catchline);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sgml')).sort()) {
      const { text, labels } = annotatedArticle(readFileSync(join(dir, file), 'utf8'));
      if (!labels.some((l) => l === 'Verbatim' || l === 'Rewrite' || l === 'New')) continue;
      articles += 1;
      const result = compare(text, sources(date, catchline));
      const { inPassage, inEqual } = coverage(text.length, result);
      for (let i = 0; i < text.length; i++) {
        if (!labels[i] || labels[i] === 'unclassified' || /\s/.test(text[i])) continue;
        count(labels[i], { inPassage: inPassage[i], inEqual: inEqual[i] });
      }
    }
  }
}

// Document level: the shared fraction of each labelled article against its sources.
const scored = [];
for (const line of readFileSync(join(corpus, 'labels.tsv'), 'utf8').split('\n').slice(1)) {
  const [path, label] = line.split('\t');
  if (!path) continue;
  const [, date, catchline] = path.split('/');
  const result = compare(readFileSync(join(corpus, path), 'utf8'), sources(date, catchline));
  scored.push({ derived: label !== 'non-derived', shared: result.a.shared });
}
// AUC: the chance that a derived article scores above a non-derived one (ties count half).
const derived = scored.filter((s) => s.derived), other = scored.filter((s) => !s.derived);
let wins = 0;
for (const d of derived) for (const o of other) wins += d.shared > o.shared ? 1 : d.shared === o.shared ? 0.5 : 0;
const auc = derived.length && other.length ? wins / (derived.length * other.length) : NaN;

const share = (label, key) => (counts[label] ? counts[label][key] / counts[label].total : NaN);
const measures = {
  articles,
  verbatim_shared: share('Verbatim', 'shared'),
  rewrite_in_passage: share('Rewrite', 'in_passage'),
  new_shared: share('New', 'shared'),
  new_in_passage: share('New', 'in_passage'),
  documents: scored.length,
  auc,
  sources: perSource ? 'each PA file its own source' : 'the PA files concatenated',
  passages_without_a_source: perSource ? unnamed : undefined,
  options,
};
if (asJson) {
  console.log(JSON.stringify(measures, null, 2));
} else {
  console.log(`METER measures on ${corpus} (${articles} annotated articles, ${scored.length} labelled; ${measures.sources})`);
  if (perSource) console.log(`  passages without a source: ${unnamed}`);
  for (const key of ['verbatim_shared', 'rewrite_in_passage', 'new_shared', 'new_in_passage', 'auc'])
    console.log(`  ${key.padEnd(20)} ${measures[key].toFixed(3)}`);
}
