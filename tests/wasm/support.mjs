// Shared helpers of the wasm tests: where the package is, and offset conversions that let the
// wasm results (UTF-16 offsets) be compared with the native ones (UTF-8 bytes).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const sourceDir = process.env.OVERLAP_SOURCE_DIR ?? path.resolve(fileURLToPath(import.meta.url), '../../..');
export const distDir = process.env.OVERLAP_DIST_DIR ?? path.join(sourceDir, 'dist');
export const sharedDir = path.resolve(sourceDir, '../shared');

/** The package under test: dist/overlap.mjs as a page would import it. */
export const api = await import(pathToFileURL(path.join(distDir, 'overlap.mjs')).href);

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function exists(file) {
  return existsSync(file);
}

/** As the C++ JSON writer prints fractions (overlap::to_json): rounded to 4 decimals. */
export const round4 = (x) => Math.round(x * 10000) / 10000;

/** `result` with its fractions as the C++ JSON writer prints them, for comparing with its output. */
export function asNativeJson(result) {
  return {
    ...result,
    a: { ...result.a, shared: round4(result.a.shared) },
    b: { ...result.b, shared: round4(result.b.shared) },
    passages: result.passages.map((p) => ({ ...p, similarity: round4(p.similarity) })),
  };
}

/** A function mapping UTF-16 offsets of `text` to UTF-8 byte offsets (lone surrogates: 3 bytes). */
export function utf16ToUtf8(text) {
  const bytes = new Uint32Array(text.length + 1);
  for (let i = 0, n = 0; i < text.length; ++i) {
    bytes[i] = n;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      bytes[i + 1] = n;  // never a token boundary
      n += 4;
      ++i;
    } else {
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    bytes[i + 1] = n;
  }
  return (offset) => bytes[offset];
}

/** Checks that spans [start, end] tile [0, length): each starts where the previous ended. */
export function tiles(spans, length) {
  let at = 0;
  for (const [start, end] of spans) {
    if (start !== at || end < start) return false;
    at = end;
  }
  return at === length;
}
