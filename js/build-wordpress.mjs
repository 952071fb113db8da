#!/usr/bin/env node
// Builds the WordPress plugin from integrations/wordpress/ and the widget's browser files in
// dist/ (run after the wasm build and js/build-view.mjs; `make view` runs all three):
//   dist/wordpress/overlap/     the plugin folder, ready to copy to wp-content/plugins/
//   dist/overlap-wordpress.zip  the same folder zipped, for Plugins → Add New → Upload Plugin
//
// The version is the one of `project(overlap VERSION x.y.z …)` in CMakeLists.txt, written
// where the sources say @VERSION@. LICENSE and THIRD-PARTY-NOTICES.txt are copied from the
// repository's root when they are there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'integrations', 'wordpress');
const dist = join(root, 'dist');
const plugin = join(dist, 'wordpress', 'overlap');
const zipFile = join(dist, 'overlap-wordpress.zip');

// What a page needs to run the widget: the classic script and its view of several sources
// (imported from next to it), the comparison module and its parts, the worker, the wasm and the
// optional dictionaries. Not the ES-module build of the widget, the type declarations or the
// demo's examples.
const BROWSER_FILES = /^(overlap-view\.js|overlap-view-sources\.mjs|overlap\.mjs|overlap-api-[\w-]+\.mjs|overlap-worker\.mjs|overlap\.wasm|overlap-dictionaries\.dat)$/;
const REQUIRED = ['overlap-view.js', 'overlap-view-sources.mjs', 'overlap.mjs', 'overlap-worker.mjs', 'overlap.wasm'];
const TEXT_FILES = /\.(php|txt|json|js)$/;

async function projectVersion() {
  const cmake = await readFile(join(root, 'CMakeLists.txt'), 'utf8');
  const match = /project\s*\(\s*overlap\s+VERSION\s+(\d+\.\d+\.\d+)/i.exec(cmake);
  if (!match) throw new Error('CMakeLists.txt: no `project(overlap VERSION x.y.z …)` line to take the version from');
  return match[1];
}

async function copyTree(from, to, version) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) await copyTree(src, dst, version);
    else if (TEXT_FILES.test(entry.name)) await writeFile(dst, (await readFile(src, 'utf8')).replaceAll('@VERSION@', version));
    else await copyFile(src, dst);
  }
}

async function copyBrowserFiles() {
  const available = existsSync(dist) ? await readdir(dist) : [];
  const missing = REQUIRED.filter((f) => !available.includes(f));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(', ')}: build the wasm module and run node js/build-view.mjs first`);
  const assets = join(plugin, 'assets');
  await mkdir(assets, { recursive: true });
  const files = available.filter((f) => BROWSER_FILES.test(f)).sort();
  for (const file of files) await copyFile(join(dist, file), join(assets, file));
  return files.length;
}

const version = await projectVersion();
await rm(join(dist, 'wordpress'), { recursive: true, force: true });
await rm(zipFile, { force: true });
await copyTree(source, plugin, version);
const assets = await copyBrowserFiles();
const notices = [];
for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.txt']) {
  if (existsSync(join(root, file))) {
    await copyFile(join(root, file), join(plugin, file));
    notices.push(file);
  }
}
// -X: no extra file attributes (uid/gid), so the archive depends on the files alone.
execFileSync('zip', ['-q', '-r', '-X', zipFile, 'overlap'], { cwd: join(dist, 'wordpress'), stdio: 'inherit' });
console.log(`built ${relative(root, plugin)}/ (version ${version}, ${assets} browser files${notices.length ? `, ${notices.join(', ')}` : ''}) and ${relative(root, zipFile)}`);
