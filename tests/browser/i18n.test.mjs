// The widget's own words in other languages: Arabic ships with it (right to left, its own
// digits and plural forms), a page adds a language with OverlapView.defineLanguage(), an
// element takes its own words through its `strings` property, and numbers and percentages are
// formatted for the language with Intl (plain English without it, to the same characters). In
// a right-to-left page an English widget keeps its figures in reading order.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, repo, resultsDir, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp({ mounts: { '/js/view/': join(repo, 'js/view') } }); });
after(async () => { await env?.close(); });

const read = (page) => page.evaluate(() => {
  const root = document.getElementById('widget').shadowRoot;
  return {
    dir: root.querySelector('.bar').getAttribute('dir'),
    summary: root.querySelector('.summary').textContent,
    views: [...root.querySelectorAll('.views button')].map((b) => b.textContent),
    legend: root.querySelector('.legend').getAttribute('aria-label'),
    region: root.querySelector('.scroll.a').getAttribute('aria-label'),
    badge: root.querySelector('.scroll.a .badge')?.getAttribute('aria-label'),
  };
});

async function relabel(page, lang) {
  await page.evaluate((l) => document.getElementById('widget').setAttribute('lang', l), lang);
  await until(page, (l) => [l, l.split('-')[0], 'en'].includes(document.getElementById('widget').language), lang);
  await waitReady(page, '#widget');
}

test('Arabic: right to left, Arabic words and digits, plural forms', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await relabel(page, 'ar');
  const ar = await read(page);
  assert.equal(ar.dir, 'rtl');
  assert.deepEqual(ar.views, ['المستند', 'المقاطع', 'التغييرات']);
  assert.equal(ar.legend, 'مفتاح الألوان');
  // Figures as Intl writes them for Arabic (CLDR's digits, with the marks that keep "96%" in
  // order inside right-to-left text); words in Arabic, plural forms included.
  const percent = await page.evaluate(() => new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 })
    .format(document.getElementById('widget').result.a.shared));
  assert.ok(ar.summary.startsWith(`${percent} من النص A موجود في B · `), ar.summary);
  assert.match(ar.summary, / · مقطعان · | · مقطع واحد · | · [0-9٠-٩]+ (مقاطع|مقطعًا|مقطع) · /);
  assert.match(ar.badge, /^المقطع [1١] من [0-9٠-٩]+، تشابه /);
  await page.selectOption('#view', 'passages');
  await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.row').length > 0);
  // In the row head the badge comes first in reading order: rightmost.
  const order = await page.evaluate(() => {
    const head = document.getElementById('widget').shadowRoot.querySelector('.rows .row-head');
    const [badge, similar] = head.children;
    return { badgeRight: badge.getBoundingClientRect().right, similarRight: similar.getBoundingClientRect().right, similar: similar.textContent };
  });
  assert.ok(order.badgeRight > order.similarRight, 'the row head reads right to left');
  assert.match(order.similar, /^تشابه \S*[0-9٠-٩]+/);
  await page.screenshot({ path: join(resultsDir, 'i18n-arabic-passages.png') });
  assert.deepEqual(page.problems, []);
});

test('a page defines a language, an element overrides words, Intl formats the numbers', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.evaluate(() => customElements.get('overlap-view').defineLanguage('fr', {
    viewDocument: 'Document', viewPassages: 'Passages', viewChanges: 'Modifications',
    sharedA: '{p} de A se retrouve dans B', passages: { one: '{n} passage', other: '{n} passages' },
  }));
  await relabel(page, 'fr-CA');
  const fr = await read(page);
  assert.deepEqual(fr.views, ['Document', 'Passages', 'Modifications']);
  // French puts a (narrow) no-break space before the percent sign; missing keys fall back to English.
  assert.match(fr.summary, /^\d+[\u00a0\u202f]% de A se retrouve dans B · \d+[\u00a0\u202f]% of B from A/);
  await relabel(page, 'de');
  assert.match((await read(page)).summary, /^\d+\u00a0% of A appears in B/);
  await page.evaluate(() => { document.getElementById('widget').strings = { viewChanges: 'Edits', legend: 'Key' }; });
  const own = await read(page);
  assert.deepEqual([own.views[2], own.legend], ['Edits', 'Key']);
  // The whole table of words a language may translate is public.
  const keys = await page.evaluate(() => Object.keys(customElements.get('overlap-view').strings));
  assert.ok(keys.includes('changeOf') && keys.includes('passageLabel') && keys.includes('error'));
});

test('an English widget in a right-to-left page keeps its figures in reading order', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
  await page.selectOption('#view', 'passages');
  await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.row').length > 0);
  const head = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const [badge, similar] = root.querySelector('.rows .row-head').children;
    return { dir: root.querySelector('.list').getAttribute('dir'), similar: similar.textContent, badgeLeft: badge.getBoundingClientRect().left, similarLeft: similar.getBoundingClientRect().left };
  });
  assert.equal(head.dir, 'ltr');
  assert.match(head.similar, /^\d+% similar$/);
  assert.ok(head.badgeLeft < head.similarLeft, 'left to right, as English reads');
  await page.screenshot({ path: join(resultsDir, 'i18n-english-in-rtl-page.png') });
});

test('plain English figures without Intl are the ones Intl writes, value by value', async () => {
  // In this Chromium's own Intl: every whole number the widget counts, percentages on a fine grid,
  // at random and at the halves where rounding turns (0.125, 0.645: ICU rounds the shortest
  // decimal, so 1.005 is 101%), and what the rules leave to Intl (fractions, negative zero,
  // huge numbers). Locales outside plain English get no figures of this kind.
  const page = await newPage(env.browser);
  await page.goto(env.url);
  const report = await page.evaluate(async () => {
    const { englishFigures } = await import('/js/view/overlap-view-english-figures.mjs');
    const differences = [];
    let checked = 0;
    const compare = (what, own, intl, value) => {
      checked++;
      if (own !== intl && differences.length < 10) differences.push(`${what}(${value}): ${own} against Intl's ${intl}`);
    };
    for (const locale of ['en', 'en-us', 'en-gb', 'en-au', 'en-ca', 'en-nz', 'en-ie']) {
      const own = englishFigures(locale, 'en');
      const numbers = new Intl.NumberFormat(locale);
      const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
      const plurals = new Intl.PluralRules('en');
      const whole = [0, 1, 2, 7, 999, 1000, 1001, 12345, 999999, 1234567, -1, -1234, 2 ** 53 - 1, 2.5, -0, 1e21, 0.001];
      for (let k = 0; k < 3000; ++k) whole.push(Math.floor(Math.random() * 10 ** (k % 10)));
      for (const n of whole) {
        compare('number', own.numbers.format(n), numbers.format(n), n);
        compare('plural', own.plurals.select(n), plurals.select(n), n);
      }
      const fractions = [0, -0, 1, 0.125, 0.645, 1.005, 0.005, 0.0049999, 1e-7, 5e-7, 0.99, 0.995, 10.5, 1234.5, 1e13, NaN];
      for (let k = 0; k <= 20000; ++k) fractions.push(k / 20000, Math.random(), Math.random() * 50);
      for (const x of fractions) compare('percent', own.percents.format(x), percents.format(x), x);
    }
    const others = ['en-in', 'en-za', 'de', 'fr-ca', 'ar'].filter((locale) => englishFigures(locale, 'en') !== null);
    return { checked, differences, others, arabicWords: englishFigures('en', 'ar') };
  });
  assert.deepEqual(report.differences, []);
  assert.ok(report.checked > 400000, `${report.checked} figures checked`);
  assert.deepEqual(report.others, [], 'only plain English locales');
  assert.equal(report.arabicWords, null, 'figures in English only for words in English');
  assert.deepEqual(page.problems, []);
});
