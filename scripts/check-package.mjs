#!/usr/bin/env node
// Run by npm before `npm pack` and `npm publish` (the prepack script): refuses to pack a
// package whose dist/ is missing a file or was built from another version, and whose versions
// disagree (scripts/version.mjs). Build first: `make view`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectVersion, versionMismatches } from './version.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What dist/ must hold for the package: every file its entry points load. */
export const DIST_FILES = [
  'overlap.mjs', 'overlap-api-core.mjs', 'overlap-api-error.mjs', 'overlap-api-load.mjs',
  'overlap-api-module.mjs', 'overlap-api-options.mjs', 'overlap-api-shape.mjs', 'overlap-api-sources.mjs', 'overlap-api-worker.mjs',
  'overlap-worker.mjs', 'overlap.wasm', 'overlap-dictionaries.dat',
  'overlap-view.mjs', 'overlap-view.js', 'overlap-view-sources.mjs', 'overlap.d.ts', 'overlap.d.mts', 'overlap-view.d.ts',
];

/** The problems that forbid packing `dist` of the checkout `root` (empty when it may be packed). */
export async function packageProblems({ root = repo, dist = join(root, 'dist') } = {}) {
  const version = projectVersion(root);
  const problems = versionMismatches(root);
  const missing = DIST_FILES.filter((file) => !existsSync(join(dist, file)));
  if (missing.length) return [...problems, `dist/ lacks ${missing.join(', ')}: run \`make view\``];
  const { createOverlap } = await import(pathToFileURL(join(dist, 'overlap.mjs')).href);
  const built = (await createOverlap()).version;
  if (built !== version) problems.push(`dist/ was built as version ${built}, the project is ${version}: run \`make view\``);
  for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.txt']) {
    const copy = existsSync(join(dist, file)) ? await readFile(join(dist, file), 'utf8') : null;
    if (copy !== await readFile(join(root, file), 'utf8')) problems.push(`dist/${file} is missing or stale: run \`make view\``);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await packageProblems();
  if (problems.length) {
    console.error(`Not packing overlap-view:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
