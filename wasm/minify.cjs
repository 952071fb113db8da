// Writes JavaScript files into a folder minified (terser: white space, comments, local names,
// dead code), for the package's dist/: every reader of a page with the widget downloads them
// before the texts appear. The readable, commented sources stay in js/; the documentation ships
// in the .d.ts files. terser emits no eval or new Function: the output runs under the widget's
// Content-Security-Policy like the sources.
//
//   node minify.cjs OUT_DIR FILE.mjs|FILE.js...     (.mjs: an ES module; .js: a classic script)
//
// Bundler directives on dynamic imports of computed URLs (/* webpackIgnore: true */,
// /* @vite-ignore */) must survive, or bundlers try to resolve those imports at build time:
// terser keeps those comments, and every import() the output still makes of anything but a
// string literal is checked to carry them.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { minify } = require('terser');

const undirectedImport = /\bimport\((?!\s*["'`]|\s*\/\*\s*(?:webpackIgnore|@vite-ignore)\b)/;

async function main() {
  const [outDir, ...files] = process.argv.slice(2);
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const { code } = await minify(source, {
      module: file.endsWith('.mjs'),
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: /webpackIgnore|@vite-ignore/ },
    });
    const bare = code.match(undirectedImport);
    if (bare) throw new Error(`${file}: the minified code imports a computed URL without the bundler directives, at "${code.slice(bare.index, bare.index + 60)}"`);
    fs.writeFileSync(path.join(outDir, path.basename(file)), code);
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
