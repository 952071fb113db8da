// The page-load benchmark's server (bench/pageload.mjs): what a reader's browser would get from
// a news site, on 127.0.0.1. Every response gzip-compressed (level 6, a web server's usual
// setting) when the browser accepts it; static files cacheable for an hour (as sites serve them),
// the pages not. It counts the bytes it sends, headers included, so a run knows what it cost.
//
//   /page/<tool>/<pair>.html   the pair's two texts in the page, and the tool that compares them
//   /dist/…                    the widget and its engine (dist/, as built)
//   /peers/…                   jsdiff and diff-match-patch as classic scripts
//   /bench/…                   the probe and the peers' page script (bench/pageload-*.js)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.dat': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8',
};

export const TOOLS = {
  overlap: { title: '<overlap-view>', scripts: ['/dist/overlap-view.js'] },
  // The same embed with the hint README.md suggests for slow networks: the page asks for the
  // wasm itself, so its download starts with the widget's script instead of after it.
  'overlap-hint': {
    title: '<overlap-view> + wasm preload hint', scripts: ['/dist/overlap-view.js'],
    head: '<link rel="preload" href="/dist/overlap.wasm" as="fetch" crossorigin>',
  },
  jsdiff: { title: 'jsdiff diffWords', scripts: ['/peers/diff.js', '/bench/pageload-peer.js'] },
  dmp: { title: 'diff-match-patch', scripts: ['/peers/diff-match-patch.js', '/bench/pageload-peer.js'] },
  // The reference, not a tool: the same page showing its two texts as its own paragraphs, with
  // no script but the probe. The earliest this browser can show them, which no tool can beat.
  plain: { title: 'the texts alone, no tool', scripts: [], reference: true },
};

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The text as an article, one <p> a paragraph, as a CMS would hold it: hidden when a tool shows it.
function article(id, text, hidden) {
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return `<article id="${id}"${hidden ? ' hidden' : ''}>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>`;
}

async function page(tool, pair, inputs) {
  const [a, b] = await Promise.all(['a', 'b'].map((side) => readFile(join(inputs, `${pair}.${side}.txt`), 'utf8')));
  const { title, scripts, head = '', reference = false } = TOOLS[tool];
  const view = tool.startsWith('overlap')
    ? '<overlap-view a="#a" b="#b" label-a="Before" label-b="After"></overlap-view>'
    : reference ? '' : '<div id="out" class="out"></div>';
  return `<!doctype html>
<html lang="en" data-tool="${tool}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}: ${pair}</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 serif;margin:1rem}.out{white-space:pre-wrap}ins{background:#cfc}del{background:#fcc}overlap-view{height:90vh}</style>
<script src="/bench/pageload-probe.js"></script>
${head}
${scripts.map((src) => `<script src="${src}" defer></script>`).join('\n')}
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${article('a', a, !reference)}
${article('b', b, !reference)}
${view}
</body>
</html>
`;
}

// diff-match-patch is published as CommonJS only: wrapped here into a classic script that sets
// window.diff_match_patch, as its own browser build would.
async function staticFile(path) {
  if (path === '/peers/diff.js') return readFile(join(repo, 'node_modules/diff/dist/diff.min.js'));
  if (path === '/peers/diff-match-patch.js') {
    const source = await readFile(join(repo, 'node_modules/diff-match-patch/index.js'), 'utf8');
    return Buffer.from(`(() => {\nconst module = { exports: {} };\n${source}\nwindow.diff_match_patch = module.exports;\n})();\n`);
  }
  const folders = { '/dist/': join(repo, 'dist'), '/bench/': join(repo, 'bench') };
  for (const [prefix, folder] of Object.entries(folders)) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(folder, `.${path.slice(prefix.length - 1)}`);
    if (!file.startsWith(folder + sep)) return null;
    if (prefix === '/bench/' && !/^pageload-[\w-]+\.js$/.test(file.slice(folder.length + 1))) return null;
    return readFile(file).catch(() => null);
  }
  return null;
}

/** Starts the server; resolves with {url, sent(), reset(), close()}. */
export function startPageloadServer({ inputs }) {
  const compressed = new Map();  // path -> gzip bytes, compressed once
  let log = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const pageMatch = /^\/page\/([\w-]+)\/([\w-]+)\.html$/.exec(path);
    let body = null;
    if (pageMatch && TOOLS[pageMatch[1]]) body = Buffer.from(await page(pageMatch[1], pageMatch[2], inputs).catch(() => ''));
    else body = await staticFile(path);
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
    headers['Cache-Control'] = pageMatch ? 'no-store' : 'max-age=3600';
    if (!body?.length) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found\n');
      log.push({ path, status: 404, bytes: 0 });
      return;
    }
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (pageMatch || !compressed.has(path)) compressed.set(path, gzipSync(body, { level: 6 }));
      body = compressed.get(path);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    const headerBytes = Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 17);
    log.push({ path, status: 200, bytes: body.length + headerBytes });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({
      url: `http://127.0.0.1:${server.address().port}/`,
      /** What was sent since the last reset(): [{path, status, bytes}]. */
      sent: () => [...log],
      reset: () => { log = []; },
      close: () => new Promise((closed) => { server.closeAllConnections(); server.close(closed); }),
    }));
  });
}
