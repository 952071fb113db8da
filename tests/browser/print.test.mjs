// Printing: Chromium prints the demo to PDF (background graphics off, the print default) in the
// dark theme. Both texts must be there in full — the last paragraph of each found in the PDF's
// text (pdftotext) — in light colours, and the passages must show in the rendered pages
// (pdftoppm): pixels of the pair colours' edges and tints, on a page that is mostly white.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { hexToRgb } from './colour-math.mjs';
import { newPage, resultsDir, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

// A binary PPM (P6, what pdftoppm writes by default): {width, height, data}.
function readPpm(file) {
  const bytes = readFileSync(file);
  const header = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) ++at;
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]))) token += String.fromCharCode(bytes[at++]);
    header.push(token);
  }
  assert.equal(header[0], 'P6');
  return { width: Number(header[1]), height: Number(header[2]), data: bytes.subarray(at + 1) };
}

const lastParagraph = (text) => text.trim().split(/\n\s*\n/).pop().trim();
const normalise = (text) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").trim();

test('printing gives both texts in full, light, with the passages visible', async (t) => {
  const page = await newPage(env.browser, { colorScheme: 'dark' });
  await page.goto(`${env.url}?theme=dark`);
  await waitReady(page, '#widget');
  const texts = await page.evaluate(() => document.getElementById('widget').texts);
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('widget'));
    return Array.from({ length: 8 }, (_, i) => ({
      tint: style.getPropertyValue(`--overlap-pair-${i}`).trim(), accent: style.getPropertyValue(`--overlap-pair-${i}-accent`).trim(),
    })).concat([{ bg: style.getPropertyValue('--overlap-bg').trim() }]);
  });
  assert.equal(colours[8].bg, '#ffffff', 'the light palette in print, though the theme is dark');
  await page.emulateMedia({ media: null });  // page.pdf() prints with print media unless screen is emulated
  const pdf = join(resultsDir, 'print-demo.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));

  // The text: the last paragraph of both texts is in the PDF.
  const printed = normalise(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  const printedRaw = normalise(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const side of ['a', 'b']) {
    const last = normalise(lastParagraph(texts[side]));
    // Columns side by side interleave in the PDF's text: look for its words in order.
    const words = last.split(' ').filter((w) => w.length > 3).slice(-8);
    const found = [printed, printedRaw].some((all) => {
      let at = 0;
      for (const word of words) {
        at = all.indexOf(word, at);
        if (at < 0) return false;
      }
      return true;
    });
    assert.ok(found, `the last paragraph of ${side.toUpperCase()} is not in the PDF: ${words.join(' ')}`);
    const ending = last.split(' ').slice(-3).join(' ');
    assert.ok(printed.includes(ending) || printedRaw.includes(ending), `the very end of ${side.toUpperCase()}, "${ending}", is in the PDF`);
  }

  // The rendering: pages mostly white (light), and the pair colours' edges and tints present.
  const prefix = join(resultsDir, 'print-demo-page');
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '2', pdf, prefix]);
  const image = readPpm(`${prefix}-1.ppm`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, prefix]);
  const near = (rgb, target, tolerance = 12) => Math.abs(rgb[0] - target[0]) <= tolerance
    && Math.abs(rgb[1] - target[1]) <= tolerance && Math.abs(rgb[2] - target[2]) <= tolerance;
  const accents = colours.slice(0, 8).map((c) => hexToRgb(c.accent));
  const tints = colours.slice(0, 8).map((c) => hexToRgb(c.tint));
  let white = 0;
  let edges = 0;
  let tinted = 0;
  const pixels = image.width * image.height;
  for (let i = 0; i < pixels; ++i) {
    const rgb = [image.data[3 * i], image.data[3 * i + 1], image.data[3 * i + 2]];
    if (rgb[0] > 245 && rgb[1] > 245 && rgb[2] > 245) ++white;
    else if (accents.some((a) => near(rgb, a))) ++edges;
    else if (tints.some((t) => near(rgb, t))) ++tinted;
  }
  t.diagnostic(`page 1 at 60 dpi: ${(100 * white / pixels).toFixed(1)}% white, ${edges} edge pixels, ${tinted} tint pixels`);
  assert.ok(white / pixels > 0.4, `a light page: ${(100 * white / pixels).toFixed(1)}% white`);
  assert.ok(edges > 200, `passage edges in the pair colours: ${edges} pixels`);
  assert.ok(tinted > 2000, `passage tints: ${tinted} pixels`);
  const pageCount = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pageCount >= 2, `both texts in full take more than one page: ${pageCount}`);
});
