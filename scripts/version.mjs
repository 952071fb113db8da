#!/usr/bin/env node
// Overlap has one version: the one on the `project(overlap VERSION X.Y.Z ...)` line of
// CMakeLists.txt. The native library and CLI (`overlap --version`), the wasm module (the JS API's
// `version`) and the WordPress plugin take it from there when they are built; package.json and
// package-lock.json must carry it too, because npm reads them before anything is built. So they
// are kept equal by this script rather than generated:
//
//   node scripts/version.mjs               prints the version
//   node scripts/version.mjs --check       fails if package.json, package-lock.json or
//                                          CHANGELOG.md disagree with CMakeLists.txt
//   node scripts/version.mjs --set 0.2.0   writes the new version into CMakeLists.txt,
//                                          package.json and package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECT_LINE = /^(project\(overlap VERSION )(\d+\.\d+\.\d+)\b/m;
const SEMVER = /^\d+\.\d+\.\d+$/;

// Every function takes the checkout's root, so that the tests can run them on a copy.
const read = (root, name) => readFileSync(join(root, name), 'utf8');
const readJson = (root, name) => JSON.parse(read(root, name));
const writeJson = (root, name, value) => writeFileSync(join(root, name), `${JSON.stringify(value, null, 2)}\n`);

/** The version on CMakeLists.txt's project() line. */
export function projectVersion(root = repo) {
  const match = read(root, 'CMakeLists.txt').match(PROJECT_LINE);
  if (!match) throw new Error('CMakeLists.txt has no `project(overlap VERSION X.Y.Z` line');
  return match[2];
}

/** Every place that disagrees with CMakeLists.txt, as readable lines (empty when all agree). */
export function versionMismatches(root = repo) {
  const version = projectVersion(root);
  const problems = [];
  const pkg = readJson(root, 'package.json');
  if (pkg.version !== version) problems.push(`package.json says ${pkg.version}`);
  const lock = readJson(root, 'package-lock.json');
  if (lock.version !== version) problems.push(`package-lock.json says ${lock.version}`);
  if (lock.packages?.['']?.version !== version) problems.push(`package-lock.json's root package says ${lock.packages?.['']?.version}`);
  const heading = new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?(\\s|$)`, 'm');
  if (!heading.test(read(root, 'CHANGELOG.md'))) problems.push(`CHANGELOG.md has no "## ${version}" section`);
  return problems;
}

/** Writes `version` into CMakeLists.txt, package.json and package-lock.json. */
export function setVersion(version, root = repo) {
  if (!SEMVER.test(version)) throw new Error(`not a MAJOR.MINOR.PATCH version: ${version}`);
  projectVersion(root);  // fails clearly if the project() line is not there
  writeFileSync(join(root, 'CMakeLists.txt'), read(root, 'CMakeLists.txt').replace(PROJECT_LINE, `$1${version}`));
  writeJson(root, 'package.json', { ...readJson(root, 'package.json'), version });
  const lock = readJson(root, 'package-lock.json');
  lock.version = version;
  lock.packages[''].version = version;
  writeJson(root, 'package-lock.json', lock);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, value] = process.argv.slice(2);
  if (flag === '--set') {
    setVersion(value);
    const left = versionMismatches();
    console.log(`version ${value} written to CMakeLists.txt, package.json and package-lock.json`);
    for (const line of left) console.log(`still to do: ${line}`);
  } else if (flag === '--check') {
    const version = projectVersion();
    const problems = versionMismatches();
    if (problems.length) {
      console.error(`CMakeLists.txt says ${version}, but:\n  ${problems.join('\n  ')}\n` +
        `Run: node scripts/version.mjs --set ${version} (and add its CHANGELOG.md section)`);
      process.exit(1);
    }
    console.log(`version ${version}: CMakeLists.txt, package.json, package-lock.json and CHANGELOG.md agree`);
  } else if (flag === undefined) {
    console.log(projectVersion());
  } else {
    console.error('usage: node scripts/version.mjs [--check | --set X.Y.Z]');
    process.exit(2);
  }
}
