#!/usr/bin/env node
// A small static server for the demo and the browser tests: demo/ at /, dist/ at /dist/.
//
//   node scripts/serve.mjs [--port 8000] [--host 127.0.0.1] [--csp]
//
// PORT in the environment sets the port too. --csp adds the strict policy the widget must work
// under: script-src 'self' 'wasm-unsafe-eval'; style-src 'self'. Tests import startServer()
// to mount more folders and pick a free port.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8', '.dat': 'application/octet-stream', '.ico': 'image/x-icon',
};

/**
 * Starts serving. `mounts` maps URL prefixes to folders (longest prefix first wins);
 * `csp` is true for the strict policy, a string for another one, false for none.
 * Resolves with {server, url, close()}.
 */
export function startServer({ port = 8000, host = '127.0.0.1', csp = false, mounts = {} } = {}) {
  const table = Object.entries({ '/': join(repo, 'demo'), '/dist/': join(repo, 'dist'), ...mounts })
    .sort((x, y) => y[0].length - x[0].length);
  const policy = csp === true ? STRICT_CSP : csp || null;
  const server = createServer(async (request, response) => {
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (policy) headers['Content-Security-Policy'] = policy;
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      const file = await resolveFile(table, path);
      if (!file) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found\n');
        return;
      }
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(400, headers);
      response.end();
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      resolveStart({ server, url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// The file a URL path names, or null. Never anything outside the mounted folders.
async function resolveFile(table, path) {
  for (const [prefix, folder] of table) {
    if (!path.startsWith(prefix) && `${path}/` !== prefix) continue;
    let file = resolve(folder, `.${path.slice(prefix.length - 1)}`);
    if (file !== folder && !file.startsWith(folder + sep)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if ((await stat(file)).isFile()) return file;
    } catch {
      // not in this mount; a shorter prefix may still have it
    }
  }
  return null;
}

function parseArgs(argv) {
  const options = { port: Number(process.env.PORT) || 8000, host: '127.0.0.1', csp: false };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--csp') options.csp = true;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
    else if (arg === '--host') options.host = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/serve.mjs [--port N] [--host H] [--csp]');
      process.exit(0);
    } else {
      console.error(`serve: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error('serve: the port must be a number from 0 to 65535');
    process.exit(2);
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseArgs(process.argv.slice(2));
  const { url } = await startServer(options);
  console.log(`Overlap demo: ${url}${options.csp ? '  (strict Content-Security-Policy)' : ''}`);
  console.log('Press Ctrl+C to stop.');
}
