// The webpack 5 sample app's build: no loader, no plugin and no rule for Overlap's files;
// webpack finds the worker, the wasm and the dictionaries through `new URL(…, import.meta.url)`.
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

const stats = await new Promise((resolve, reject) => {
  webpack({
    mode: 'production',
    context: here,
    entry: './main.js',
    output: { path: out, clean: true },
    // The wasm (0.9 MB) and the dictionaries (3 MB) are over webpack's size hint by nature, and
    // are fetched only when used.
    performance: { hints: false },
  }).run((error, result) => (error ? reject(error) : resolve(result)));
});
// Any other warning is a fault of the package (e.g. an import webpack cannot follow).
if (stats.hasErrors() || stats.hasWarnings()) throw new Error(stats.toString('errors-warnings'));
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
