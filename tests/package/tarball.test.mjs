// What `npm pack` gives: a public package whose every entry point, module import and data file
// is inside it; the README and the licences; and nothing that must not ship (the seed articles
// of dist/examples, sources, tests). Also what the prepack check refuses.
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'node:test';
import { DIST_FILES, packageProblems } from '../../scripts/check-package.mjs';
import { projectVersion, setVersion } from '../../scripts/version.mjs';
import { pack, repo, run, tempDir } from './support.mjs';

const temp = await tempDir('tarball');
test.after(temp.remove);
const packed = await pack(temp.dir);
await run('tar', ['-xzf', packed.tarball, '-C', temp.dir]);
const root = join(temp.dir, 'package');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

test('the package is public, named overlap-view, at the project version', () => {
  assert.equal(pkg.name, 'overlap-view');
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.version, projectVersion());
  assert.equal(pkg.license, 'MIT');
  assert.equal(pkg.type, 'module');
  assert.equal(packed.tarball, join(temp.dir, `overlap-view-${pkg.version}.tgz`));
});

test('the tarball holds exactly the browser files, the types, the worker, the README and the licences', () => {
  const expected = [
    'CHANGELOG.md', 'LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.txt', 'package.json',
    ...DIST_FILES.map((file) => `dist/${file}`),
    // dist/ is self-contained: copied out of node_modules to a site, it keeps the licences.
    'dist/LICENSE', 'dist/THIRD-PARTY-NOTICES.txt',
  ].sort();
  assert.deepEqual(packed.files, expected);
});

test('every export, the types and the side-effect list point at files in the package', () => {
  const targets = [];
  const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
  collect(pkg.exports);
  targets.push(pkg.main, pkg.types, ...pkg.sideEffects);
  for (const target of targets) {
    const file = target.replace(/^\.\//, '');
    if (file.includes('*')) assert.ok(packed.files.some((f) => f.startsWith(file.split('*')[0])), target);
    else assert.ok(packed.files.includes(file), `${target} is in the package`);
  }
  assert.deepEqual(pkg.exports['.'], { types: './dist/overlap.d.ts', default: './dist/overlap.mjs' });
  assert.deepEqual(pkg.exports['./view'], { types: './dist/overlap-view.d.ts', default: './dist/overlap-view.mjs' });
  // Importing the view defines the element: bundlers must not drop it as unused.
  assert.ok(pkg.sideEffects.includes('./dist/overlap-view.mjs'));
  assert.ok(!pkg.sideEffects.includes('./dist/overlap.mjs'), 'the API is side-effect free, so it can be tree-shaken');
});

test('every relative import and new URL(…, import.meta.url) of the modules resolves inside the package', async () => {
  // The shipped modules are minified (wasm/minify.cjs): any quotes, no spaces; the types keep theirs.
  const references = /(?:\bfrom\s*|\bimport\(\s*|new URL\(\s*)["'](\.\/[^"']+)["']/g;
  let seen = 0;
  for (const file of packed.files.filter((f) => /\.m?js$/.test(f))) {
    const source = await readFile(join(root, file), 'utf8');
    for (const [, target] of source.matchAll(references)) {
      ++seen;
      assert.ok(packed.files.includes(`dist/${target.slice(2)}`), `${file} refers to ${target}`);
    }
  }
  assert.ok(seen >= 15, `found only ${seen} references`);
});

test('the declarations of the view refer to the API declarations next to them', async () => {
  const view = await readFile(join(root, 'dist/overlap-view.d.ts'), 'utf8');
  assert.match(view, /from '\.\/overlap\.js'/);
  assert.match(view, /'overlap-view': OverlapView/);
});

test('the prepack check refuses a dist/ with a missing file, or built as another version', async (t) => {
  const copy = await tempDir('stale-dist');
  t.after(copy.remove);
  const dist = join(copy.dir, 'dist');
  await cp(join(repo, 'dist'), dist, { recursive: true });
  for (const file of ['CMakeLists.txt', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'LICENSE', 'THIRD-PARTY-NOTICES.txt'])
    await cp(join(repo, file), join(copy.dir, file));
  assert.deepEqual(await packageProblems({ root: copy.dir }), []);

  setVersion('9.9.9', copy.dir);
  await writeFile(join(copy.dir, 'CHANGELOG.md'), '## 9.9.9\n');
  assert.deepEqual(await packageProblems({ root: copy.dir }),
    [`dist/ was built as version ${projectVersion()}, the project is 9.9.9: run \`make view\``]);

  await rm(join(dist, 'overlap-view.d.ts'));
  assert.match((await packageProblems({ root: copy.dir })).join('\n'), /dist\/ lacks overlap-view\.d\.ts: run `make view`/);
});
