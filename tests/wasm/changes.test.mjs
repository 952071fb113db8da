// The change counts of results (changes, a.changed, b.changed) and the showTypography option,
// through the package as pages use it, in the direct API and in the worker alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { api } from './support.mjs';

const overlap = await api.createOverlap();

const report = 'The council voted on Tuesday to close the old harbour bridge to lorries from the first of May, ' +
  'after inspectors found corrosion in two of its steel cables. Cars and buses may still cross at twenty ' +
  "miles an hour while the repairs are planned.\n\nThe mayor's office said the work would take about " +
  'eighteen months and cost the city a little under four million pounds - most of it from a regional fund.';
const update = report.replace('Tuesday', 'Wednesday').replace('the old harbour', 'the harbour');
const typeset = report.replace("mayor's", 'mayor\u2019s').replace('pounds - most', 'pounds \u2014 most').replace('Cars and', 'Cars  and');

test('identical texts have no changes, in both modes', () => {
  for (const method of ['compare', 'diff']) {
    const r = overlap[method](report, report);
    assert.equal(r.changes, 0, method);
    assert.equal(r.a.changed + r.b.changed, 0, method);
  }
});

test('one edited sentence: two changes, the words on each side', () => {
  for (const method of ['compare', 'diff']) {
    const r = overlap[method](report, update);
    assert.equal(r.changes, 2, method);
    assert.equal(r.a.changed, 2, method);  // Tuesday, old
    assert.equal(r.b.changed, 1, method);  // Wednesday
  }
});

test('quotes, dashes and spacing are not edits unless showTypography', () => {
  const hidden = overlap.compare(report, typeset);
  assert.equal(hidden.changes, 0);
  assert.ok(hidden.passages[0].edits.every(([kind]) => kind === '='));
  const shown = overlap.compare(report, typeset, { showTypography: true });
  const pairs = [];
  const { edits } = shown.passages[0];
  for (let i = 0; i + 1 < edits.length; ++i) {
    if (edits[i][0] === '-' && edits[i + 1][0] === '+')
      pairs.push([report.slice(...edits[i][1]), typeset.slice(...edits[i + 1][2])]);
  }
  assert.deepEqual(pairs, [["'", '\u2019'], ['-', '\u2014']]);
  assert.equal(shown.changes, 1, 'the apostrophe changes a word; the dash alone changes none');
  assert.equal(shown.b.changed, 1);
});

test('showTypography is validated like every option', () => {
  assert.throws(() => overlap.compare(report, typeset, { showTypography: 'yes' }),
    (error) => error.code === 'invalid_options' && /showTypography must be true or false/.test(error.message));
  assert.equal(overlap.defaults.showTypography, false);
});

test('the worker gives the same figures', async () => {
  const worker = await api.createOverlapWorker();
  try {
    const r = await worker.compare(report, update);
    assert.deepEqual([r.changes, r.a.changed, r.b.changed], [2, 2, 1]);
    const d = await worker.diff(report, typeset, { showTypography: true });
    assert.ok(d.changes >= 1);
  } finally {
    worker.terminate();
  }
});
