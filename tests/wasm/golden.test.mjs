// The golden cases of tests/golden through dist/overlap.mjs: the files the native suite checks
// (tests/core/golden_test.cpp), in UTF-16 units, so that the wasm build gives exactly the
// native results. Needs nothing outside the repository. A difference fails; if it is intended,
// regenerate the files natively (tests/golden/README.md) and review the diff.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { api, asNativeJson, readJson, sourceDir } from './support.mjs';

const { cases } = readJson(path.join(sourceDir, 'tests/golden/cases.json'));
const overlap = await api.createOverlap();
const read = (file) => readFileSync(path.join(sourceDir, file), 'utf8');

test('the golden cases are there', () => {
  assert.ok(cases.length >= 8, `only ${cases.length} golden cases`);
});

for (const { name, a: fileA, b: fileB } of cases) {
  for (const mode of ['compare', 'diff']) {
    test(`${name} (${mode}) matches tests/golden/expected/${name}.${mode}.json`, () => {
      const [a, b] = [read(fileA), read(fileB)];
      const expected = readJson(path.join(sourceDir, 'tests/golden/expected', `${name}.${mode}.json`));
      assert.deepEqual(asNativeJson(overlap[mode](a, b)), expected);
    });
  }
}
