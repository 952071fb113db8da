// The seed pair (../shared/seeds) through dist/overlap.mjs gives exactly the native results:
// the golden JSON the C++ suite checks (tests/vectors/seed_pair.json, UTF-8 offsets) and, when
// the native CLI is built, `overlap --json --units utf16` itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { api, asNativeJson, exists, readJson, round4, sharedDir, sourceDir, utf16ToUtf8 } from './support.mjs';

const files = ['000_c4678a76f6bb5fb8.txt', '003_38dff59160a3dd55.txt'].map((f) => path.join(sharedDir, 'seeds', f));
const missing = !files.every(exists) && `seed articles not found under ${sharedDir}/seeds`;
const [a, b] = missing ? ['', ''] : files.map((f) => readFileSync(f, 'utf8'));
const overlap = await api.createOverlap();
const result = overlap.compare(a, b);

function inUtf8(r) {
  const [ua, ub] = [utf16ToUtf8(a), utf16ToUtf8(b)];
  const span = (to, [s, e]) => [to(s), to(e)];
  const stats = (s, to) => ({ ...s, length: to(s.length), shared: round4(s.shared) });
  return {
    units: 'utf8', a: stats(r.a, ua), b: stats(r.b, ub), changes: r.changes,
    passages: r.passages.map((p) => ({
      a: span(ua, p.a), b: span(ub, p.b), similarity: round4(p.similarity), moved: p.moved,
      edits: p.edits.map(([k, ea, eb]) => [k, span(ua, ea), span(ub, eb)]),
    })),
    warnings: r.warnings,
  };
}

test('the seed pair matches the golden JSON of the native suite', { skip: missing }, () => {
  assert.deepEqual(inUtf8(result), readJson(path.join(sourceDir, 'tests/vectors/seed_pair.json')));
});

const cli = path.join(sourceDir, 'build/native/overlap');
test('the seed pair matches the native CLI in UTF-16 units', { skip: missing || (!exists(cli) && 'native CLI not built') }, () => {
  const native = JSON.parse(execFileSync(cli, ['--json', '--units', 'utf16', ...files], { encoding: 'utf8' }));
  assert.deepEqual(asNativeJson(result), native);
});
