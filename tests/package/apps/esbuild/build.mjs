// The esbuild sample app's build. esbuild does not follow `new URL(…, import.meta.url)`, so the
// worker is a second entry point named as the package expects it next to the code
// (overlap-worker.mjs) and the two data files are copied there: the recipe of the README.
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

const { warnings } = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { main: './main.js', 'overlap-worker': 'overlap-view/worker' },
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: out,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
if (warnings.length) throw new Error(`esbuild warned about the package: ${warnings.map((w) => w.text).join('; ')}`);
for (const file of ['overlap.wasm', 'overlap-dictionaries.dat'])
  await copyFile(fileURLToPath(import.meta.resolve(`overlap-view/${file}`)), join(out, file));
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
