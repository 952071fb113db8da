// Writes JavaScript files into a folder minified (esbuild: white space, comments, local names,
// syntax), for the package's dist/: every reader of a page with the widget downloads them before
// the texts appear. The readable, commented sources stay in js/; the documentation ships in the
// .d.ts files. Nothing esbuild emits evaluates strings (no eval, no new Function): the output
// runs under the widget's Content-Security-Policy like the sources.
//
//   node minify.cjs OUT_DIR FILE.mjs|FILE.js...     (.mjs: an ES module; .js: a classic script)
//
// Bundler directives on dynamic imports of computed URLs (/* webpackIgnore: true */, /* @vite-ignore */)
// must survive, or bundlers try to resolve those imports at build time; esbuild drops all comments
// when it removes white space, so they are put back on every import() of a non-literal, and the
// count is checked against the source's.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const directives = '/* @vite-ignore */ /* webpackIgnore: true */ ';
const directed = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)*\/\*\s*(?:webpackIgnore|@vite-ignore)/g;
const computedImport = /\bimport\((?![\s"'`])/g;

const [outDir, ...files] = process.argv.slice(2);
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  const { code } = esbuild.transformSync(source, {
    minify: true,
    format: file.endsWith('.mjs') ? 'esm' : undefined,
    target: 'es2020',
    legalComments: 'none',
    sourcefile: file,
  });
  const wanted = (source.match(directed) || []).length;
  const found = (code.match(computedImport) || []).length;
  if (wanted !== found) {
    throw new Error(`${file}: ${wanted} import() calls carry bundler directives but the minified code ` +
                    `has ${found} imports of computed URLs; update wasm/minify.cjs`);
  }
  fs.writeFileSync(path.join(outDir, path.basename(file)), code.replace(computedImport, `import(${directives}`));
}
