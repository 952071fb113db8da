// Shared set-up of the package tests: `npm pack` of the repository, sample apps made from
// tests/package/apps/ in fresh temporary folders with the tarball installed offline, and the
// bundlers linked from the repository's node_modules (installed by the set-up's `npm ci`), so that
// nothing is downloaded at test time.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apps = join(repo, 'tests/package/apps');
const exec = promisify(execFile);

/** Runs a command; on failure the error carries its output. Resolves with {stdout, stderr}. */
export async function run(command, args, options = {}) {
  try {
    // No npm update check: the tests make no request beyond loopback.
    const env = { ...process.env, npm_config_update_notifier: 'false', ...options.env };
    return await exec(command, args, { maxBuffer: 64 << 20, ...options, env });
  } catch (error) {
    error.message += `\n--- stdout\n${error.stdout}\n--- stderr\n${error.stderr}`;
    throw error;
  }
}

/** A fresh temporary folder, removed by the returned cleanup function. */
export async function tempDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), `overlap-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The repository's package.json. */
export async function repoPackage() {
  return JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
}

/**
 * `npm pack` of the repository into `dir` (runs the prepack check, as `npm publish` does).
 * Resolves with {tarball, files: [paths in the package], size}.
 */
export async function pack(dir) {
  const { stdout } = await run('npm', ['pack', '--offline', '--json', '--pack-destination', dir], { cwd: repo });
  // Lifecycle scripts may print before the JSON report; it is the last top-level array.
  const [report] = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1));
  return { tarball: join(dir, report.filename), files: report.files.map((f) => f.path).sort(), size: report.size };
}

/**
 * A sample app in a fresh folder: tests/package/apps/<name>/ if there is one; for a page,
 * apps/index.html with `script` as its script tag, and apps/main.js when `bundled`; the tarball
 * installed offline; and `tools` (packages of the repository's node_modules, e.g. "vite")
 * linked in with their commands. Resolves with {dir, remove}.
 */
export async function makeApp(name, tarball, { tools = [], script = null, bundled = false } = {}) {
  const temp = await tempDir(name);
  const { dir } = temp;
  if (existsSync(join(apps, name))) await cp(join(apps, name), dir, { recursive: true });
  if (script) await writeFile(join(dir, 'index.html'), (await readFile(join(apps, 'index.html'), 'utf8')).replace('__SCRIPT__', script));
  if (bundled) await cp(join(apps, 'main.js'), join(dir, 'main.js'));
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `overlap-sample-${name}`, private: true, type: 'module' }, null, 2)}\n`);
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir });
  for (const tool of tools) await linkTool(dir, tool);
  return temp;
}

async function linkTool(dir, tool) {
  const source = join(repo, 'node_modules', tool);
  await symlink(source, join(dir, 'node_modules', tool), 'dir');
  const { bin } = JSON.parse(await readFile(join(source, 'package.json'), 'utf8'));
  const commands = typeof bin === 'string' ? { [tool]: bin } : bin ?? {};
  await mkdir(join(dir, 'node_modules/.bin'), { recursive: true });
  for (const [command, file] of Object.entries(commands))
    await symlink(join(source, file), join(dir, 'node_modules/.bin', command));
}
