// The flat result arrays are laid out once, in C++ (wasm/layout.hpp), and JS reads them only
// through the layout the module reports (overlap_info()): if the C++ layout changes, JS follows
// by itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { api, distDir, sourceDir } from './support.mjs';

const internal = (file) => import(pathToFileURL(path.join(distDir, file)).href);
const { loadFiles, startEngine } = await internal('overlap-api-core.mjs');
const { compileWasm } = await internal('overlap-api-load.mjs');
const { shapeAlignment } = await internal('overlap-api-shape.mjs');

const engine = await startEngine(await loadFiles({}));
const { layout } = engine.info;

// The demo's ferry pair: several passages, moved ones among them, with edits of every kind.
const [a, b] = ['ferry-wire.txt', 'ferry-published.txt'].map((f) => readFileSync(path.join(sourceDir, 'demo/examples', f), 'utf8'));
const options = engine.info.defaults;

test('the module describes every record: a stride and one distinct slot per field', () => {
  assert.deepEqual(Object.keys(layout).sort(), ['edit', 'passage', 'stats']);
  for (const [record, { stride, ...fields }] of Object.entries(layout)) {
    const slots = Object.values(fields).sort((x, y) => x - y);
    assert.deepEqual(slots, [...Array(stride).keys()], `${record}: fields ${JSON.stringify(fields)}`);
  }
});

// Rewrites the module's arrays into another layout of the same fields.
function relayout(raw, from, to) {
  const copy = (values, f, t, Array) => {
    const out = new Array((values.length / f.stride) * t.stride);
    for (let r = 0; r < values.length / f.stride; ++r)
      for (const name of Object.keys(f)) if (name !== 'stride') out[r * t.stride + t[name]] = values[r * f.stride + f[name]];
    return out;
  };
  return {
    ...raw,
    passages: copy(raw.passages, from.passage, to.passage, Uint32Array),
    edits: copy(raw.edits, from.edit, to.edit, Uint32Array),
    stats: copy(raw.stats, from.stats, to.stats, Float64Array),
  };
}

// The same fields in reverse order, with a spare slot at the front of each record.
function reversed(record) {
  const { stride, ...fields } = record;
  return Object.fromEntries([['stride', stride + 1], ...Object.entries(fields).map(([n, at]) => [n, stride - at])]);
}

test('JS reads the arrays only through the layout it is given', async () => {
  const raw = engine.align('compare', a, b, options);
  const expected = shapeAlignment(raw, engine.info);
  assert.ok(expected.passages.length >= 2 && expected.passages.some((p) => p.moved && p.edits.length > 1));
  const other = { passage: reversed(layout.passage), edit: reversed(layout.edit), stats: reversed(layout.stats) };
  const moved = relayout(raw, layout, other);
  assert.notDeepEqual([...moved.passages], [...raw.passages]);
  assert.deepEqual(shapeAlignment(moved, { ...engine.info, layout: other }), expected);
  // And the module's own layout is what the public API uses.
  const overlap = await api.createOverlap();
  assert.deepEqual(overlap.compare(a, b, options), expected);
});

test('one loader: a wasm URL is fetched and compiled once for every instance', async () => {
  const url = pathToFileURL(path.join(distDir, 'overlap.wasm'));
  const [first, second] = await Promise.all([compileWasm(url), compileWasm(url.href)]);
  assert.ok(first instanceof WebAssembly.Module);
  assert.equal(first, second);
  assert.equal(await compileWasm(first), first);
});
