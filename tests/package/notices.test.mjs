// LICENSE and THIRD-PARTY-NOTICES.txt: Overlap's MIT licence, and the notices of what the builds
// compile in, checked against the sources they come from so that an upgrade of ICU, dtl or
// Emscripten that changes a licence or a version makes this fail until the notices follow.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'node:test';
import { repo, repoPackage } from './support.mjs';

const read = (file) => readFile(file, 'utf8');
const notices = await read(join(repo, 'THIRD-PARTY-NOTICES.txt'));
// Compares licence texts whatever their wrapping and indentation.
const words = (text) => text.replace(/\s+/g, ' ').trim();

test('LICENSE is the MIT licence of the Overlap authors, as package.json says', async () => {
  const license = await read(join(repo, 'LICENSE'));
  assert.match(license, /^MIT License\n\nCopyright \(c\) 2026 The Overlap authors\n/);
  assert.match(license, /Permission is hereby granted, free of charge/);
  assert.equal((await repoPackage()).license, 'MIT');
});

test("ICU's LICENSE file is in the notices verbatim, under the version the wasm build compiles", async () => {
  const source = join(repo, 'third_party/icu');
  const version = (await read(join(source, 'source/common/unicode/uvernum.h'))).match(/#define U_ICU_VERSION "([\d.]+)"/)[1];
  assert.ok(notices.includes(`1. ICU ${version}\n`), `the notices name ICU ${version}`);
  assert.ok(notices.includes((await read(join(source, 'LICENSE'))).trimEnd()), "ICU's LICENSE, verbatim");
  // The dictionaries file ships ICU's word-break data, whose own notices are in that LICENSE.
  for (const data of ['cjdict', 'Lao Word Break Dictionary Data', 'Burmese Word Break Dictionary Data', 'Khmer'])
    assert.ok(notices.includes(data), data);
});

test("dtl's BSD licence, from Debian's copyright file, under the version compiled in", async () => {
  const version = (await read('/usr/include/dtl/variables.hpp')).match(/const string version = "([\d.]+)"/)[1];
  assert.ok(notices.includes(`2. dtl ${version}\n`), `the notices name dtl ${version}`);
  const debian = await read('/usr/share/doc/libdtl-dev/copyright');
  const bsd = debian.split('\nLicense: BSD-3-clause\n').at(-1).replace(/^ \.$/gm, '');
  assert.ok(words(notices).includes(words(bsd)), "dtl's licence text");
  assert.match(notices, /Copyright \(c\) 2015-2016, Tatsuhiko Kubo/);
});

test("Emscripten's runtime: the version used, its MIT licence, musl's COPYRIGHT verbatim", async () => {
  const emscripten = '/usr/share/emscripten';
  const version = (await read(join(emscripten, 'emscripten-version.txt'))).trim().replace(/"/g, '');
  assert.ok(notices.includes(`3. Emscripten ${version} `), `the notices name Emscripten ${version}`);
  assert.ok(notices.includes((await read(join(emscripten, 'system/lib/libc/musl/COPYRIGHT'))).trimEnd()), "musl's COPYRIGHT");
  for (const part of ['libc++, libc++abi and compiler-rt', 'LLVM Exceptions', 'emmalloc']) assert.ok(notices.includes(part), part);
});

test('the wasm build puts both files into dist/', async () => {
  for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.txt'])
    assert.equal(await read(join(repo, 'dist', file)), await read(join(repo, file)), `dist/${file}`);
});
