// One version: CMakeLists.txt's project() line is the source; package.json, package-lock.json
// and CHANGELOG.md must agree with it, and scripts/version.mjs --set moves them all at once.
// (overlap --version is checked by tests/install, the JS API's version by apps.test.mjs.)
import assert from 'node:assert/strict';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'node:test';
import { projectVersion, setVersion, versionMismatches } from '../../scripts/version.mjs';
import { repo, run, tempDir } from './support.mjs';

const FILES = ['CMakeLists.txt', 'package.json', 'package-lock.json', 'CHANGELOG.md'];

async function copyOfRepo() {
  const temp = await tempDir('version');
  for (const file of FILES) await copyFile(join(repo, file), join(temp.dir, file));
  return temp;
}

test('the repository agrees with its CMake project version', async () => {
  assert.match(projectVersion(), /^\d+\.\d+\.\d+$/);
  assert.deepEqual(versionMismatches(), []);
  const { stdout } = await run(process.execPath, ['scripts/version.mjs', '--check'], { cwd: repo });
  assert.match(stdout, new RegExp(`version ${projectVersion().replaceAll('.', '\\.')}:`));
});

test('a package.json left behind by a version bump is caught', async (t) => {
  const { dir, remove } = await copyOfRepo();
  t.after(remove);
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9' }));
  assert.deepEqual(versionMismatches(dir), ['package.json says 9.9.9']);
});

test('--set writes every copy, keeps the project() line the plugin build reads, and wants a changelog entry', async (t) => {
  const { dir, remove } = await copyOfRepo();
  t.after(remove);
  setVersion('3.4.5', dir);
  const cmake = await readFile(join(dir, 'CMakeLists.txt'), 'utf8');
  assert.match(cmake, /^project\(overlap VERSION 3\.4\.5 DESCRIPTION /m);
  assert.equal(projectVersion(dir), '3.4.5');
  assert.deepEqual(versionMismatches(dir), ['CHANGELOG.md has no "## 3.4.5" section']);
  await writeFile(join(dir, 'CHANGELOG.md'), `# Changelog\n\n## 3.4.5\n\n- Something.\n`);
  assert.deepEqual(versionMismatches(dir), []);
  assert.throws(() => setVersion('3.4', dir), /not a MAJOR\.MINOR\.PATCH version/);
});
