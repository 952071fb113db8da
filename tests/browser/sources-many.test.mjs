// Twelve sources in <overlap-view>: sources 9–12 take the hues of sources 1–4 again, with a
// pattern of their own, so that no two sources look alike on screen, in forced colours or on
// paper; the text keeps a contrast of 4.5:1 on every tint and stripe of the patterns, in the
// light and dark themes. The texts are made up here: one paragraph of A from each source.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { contrast } from './colour-math.mjs';
import { newPage, resultsDir, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const WORDS = ('harbour council river bridge ferry market school station village meadow orchard quarry '
  + 'lantern workshop festival library garden tower canal mill bakery chapel clinic depot island '
  + 'valley forest engine signal timber copper marble paper cotton pepper salmon barley thunder '
  + 'winter summer autumn morning evening captain farmer teacher doctor painter sailor miner').split(' ');

// Paragraph `seed` of 24 words, always the same, and unlike every other seed's.
function paragraph(seed) {
  let state = seed * 7919 + 17;
  const words = [];
  for (let i = 0; i < 24; ++i) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[state % WORDS.length]);
  }
  return `${words.join(' ')}.`;
}

const N = 12;
const ARTICLE = Array.from({ length: N }, (_, k) => paragraph(k)).join('\n\n');
const SOURCES = Array.from({ length: N }, (_, k) => ({
  name: `Source ${k + 1}`, text: `${paragraph(100 + k)}\n\n${paragraph(k)}\n\n${paragraph(200 + k)}`,
}));

// Draws the twelve sources in the page's #by-script widget; returns it ready.
async function drawTwelve(theme) {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/sources.html`);
  await page.waitForFunction(() => customElements.get('overlap-view'));
  const passages = await page.evaluate(async ([a, sources, theme]) => {
    const el = document.querySelector('#by-script');
    el.setAttribute('theme', theme);
    const result = await el.compare(a, sources);
    return result.passages.map((p) => p.source);
  }, [ARTICLE, SOURCES, theme]);
  // Every source gave A its paragraph, attributed to it.
  assert.deepEqual([...new Set(passages)].sort((x, y) => x - y), Array.from({ length: N }, (_, k) => k));
  return page;
}

// The computed look of source k: its first mark in A, its tab's swatch and its connector.
function looks(page) {
  return page.evaluate((n) => {
    const el = document.querySelector('#by-script');
    const root = el.shadowRoot;
    const style = (node, names) => {
      const s = getComputedStyle(node);
      return Object.fromEntries(names.map((name) => [name, s.getPropertyValue(name)]));
    };
    const props = ['background-color', 'background-image', 'border-inline-start-style', 'text-decoration-style'];
    return Array.from({ length: n }, (_, k) => {
      const i = el.result.passages.findIndex((p) => p.source === k);
      const link = root.querySelector(`.links [data-passage="${i}"]`);
      return {
        mark: style(root.querySelector(`.scroll.a mark[data-passage="${i}"]`), props),
        swatch: style(root.querySelector(`[role="tab"][data-source="${k}"] .swatch`), props),
        dash: link ? getComputedStyle(link).strokeDasharray : null,
      };
    });
  }, N);
}

const differ = (x, y) => JSON.stringify(x) !== JSON.stringify(y);

test('sources 1 and 9 (and each of 2–4 and 10–12) look different on screen, in forced colours and in print', async () => {
  const page = await drawTwelve('light');
  const screen = await looks(page);
  await page.locator('#by-script').screenshot({ path: join(resultsDir, 'sources-twelve.png') });
  for (let k = 0; k < N - 8; ++k) {
    const [first, second] = [screen[k], screen[k + 8]];
    // The same hue, told apart by the pattern: a hatching and other edges.
    assert.equal(first.mark['background-color'], second.mark['background-color'], `sources ${k + 1} and ${k + 9} share a hue`);
    assert.equal(first.mark['background-image'], 'none');
    assert.match(second.mark['background-image'], /gradient/);
    assert.equal(first.mark['border-inline-start-style'], 'solid');
    assert.notEqual(second.mark['border-inline-start-style'], 'solid');
    assert.ok(differ(first.swatch, second.swatch), `the tabs of sources ${k + 1} and ${k + 9}: ${JSON.stringify(first.swatch)}`);
    // Connectors (drawn for the passages on screen) are dashed from the ninth source on.
    if (first.dash) assert.equal(first.dash, 'none');
    if (second.dash) assert.notEqual(second.dash, 'none');
  }
  // No two sources' marks look the same.
  const marks = screen.map((s) => JSON.stringify(s.mark));
  assert.equal(new Set(marks).size, N);
  // Forced colours drop backgrounds and gradients: the edges still differ.
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await looks(page);
  for (let k = 0; k < N - 8; ++k) {
    assert.notEqual(forced[k].mark['border-inline-start-style'], forced[k + 8].mark['border-inline-start-style']);
  }
  // On paper every passage is underlined; sources 9–16 with another line.
  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  const paper = await looks(page);
  for (let k = 0; k < N - 8; ++k) {
    assert.equal(paper[k].mark['text-decoration-style'], 'solid');
    assert.notEqual(paper[k + 8].mark['text-decoration-style'], 'solid');
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

// The looks of patterns 0–6 (sources 1, 9, 17, … 49), on marks of one hue made in the widget.
function patternLooks(page) {
  return page.evaluate(() => {
    const text = document.querySelector('#by-script').shadowRoot.querySelector('.scroll.a .text');
    return Array.from({ length: 7 }, (_, n) => {
      const mark = document.createElement('mark');
      mark.className = `pc0${n ? ` sp${n}` : ''}`;
      text.append(mark);
      const s = getComputedStyle(mark);
      const look = ['background-image', 'border-inline-start-style', 'text-decoration-line', 'text-decoration-style'].map((name) => s.getPropertyValue(name));
      mark.remove();
      return look.join(' | ');
    });
  });
}

test('the seven patterns of a hue (up to 56 sources) all differ on screen, in forced colours and in print', async () => {
  const page = await drawTwelve('light');
  for (const media of [{}, { forcedColors: 'active' }, { forcedColors: 'none', media: 'print' }]) {
    await page.emulateMedia(media);
    const looks = await patternLooks(page);
    assert.equal(new Set(looks).size, 7, `${JSON.stringify(media)}:\n${looks.join('\n')}`);
  }
  await page.close();
});

// "rgb(r, g, b)" or "color(srgb r g b)" as 0–255 channels.
function channels(colour) {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(colour);
  if (rgb) return rgb.slice(1, 4).map(Number);
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(colour);
  assert.ok(srgb, `a colour the test reads: ${colour}`);
  return srgb.slice(1, 4).map((v) => Math.round(Number(v) * 255));
}

for (const theme of ['light', 'dark']) {
  test(`the text keeps 4.5:1 on every hue, shade and stripe of the patterns (${theme})`, async (t) => {
    const page = await drawTwelve(theme);
    // A mark of each hue in its full and lighter shade with a pattern (the stripes of every
    // pattern have one colour), in the widget's own stylesheets; the custom properties they
    // compute resolved as colours by a probe.
    const colours = await page.evaluate(() => {
      const root = document.querySelector('#by-script').shadowRoot;
      const text = root.querySelector('.scroll.a .text');
      const resolve = (value) => {
        const probe = document.createElement('span');
        probe.style.color = value;
        text.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      const found = [];
      for (let i = 0; i < 8; ++i) {
        for (const shade of ['', ' alt']) {
          const mark = document.createElement('mark');
          mark.className = `pc${i} sp1${shade}`;
          text.append(mark);
          const s = getComputedStyle(mark);
          found.push({ which: `pc${i}${shade}`, fg: s.color, tint: s.backgroundColor, stripe: resolve(s.getPropertyValue('--overlap-source-stripe')) });
          mark.remove();
        }
      }
      return found;
    });
    const problems = [];
    let lowest = Infinity;
    for (const { which, fg, tint, stripe } of colours) {
      for (const [what, background] of [['tint', tint], ['stripe', stripe]]) {
        const ratio = contrast(channels(fg), channels(background));
        lowest = Math.min(lowest, ratio);
        if (ratio < 4.5) problems.push(`${which} ${what} ${background}: ${ratio.toFixed(2)}:1`);
      }
    }
    assert.deepEqual(problems, []);
    t.diagnostic(`${theme}: lowest text contrast on a tint or stripe ${lowest.toFixed(2)}:1`);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
