// Copies JavaScript modules into a folder without their comments (about a third of their
// gzipped size; the documentation ships in overlap.d.ts). Comment ranges come from a real
// parser (acorn, which Emscripten itself needs), so strings and regular expressions that look
// like comments are left alone.
//
//   node strip-comments.cjs OUT_DIR FILE.mjs...
'use strict';
const fs = require('node:fs');
const path = require('node:path');

let acorn;
try {
  acorn = require('acorn');
} catch {
  acorn = require('/usr/share/nodejs/acorn');  // Debian's node-acorn, without NODE_PATH
}

const [outDir, ...files] = process.argv.slice(2);
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  const comments = [];
  acorn.parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    // Bundler directives (/* webpackIgnore: true */ on the node: imports) must stay.
    onComment: (block, text, start, end) => /webpackIgnore|@vite-ignore/.test(text) || comments.push([start, end]),
  });
  let out = '';
  let at = 0;
  for (const [start, end] of comments) {
    out += source.slice(at, start);
    at = end;
  }
  out += source.slice(at);
  // Lines the comments leave blank or with trailing spaces; indentation is kept (template literals).
  out = out.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n').replace(/^\n/, '');
  fs.writeFileSync(path.join(outDir, path.basename(file)), out);
}
