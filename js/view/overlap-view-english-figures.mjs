// English figures without Intl. The first Intl object a page makes loads the browser's locale
// data: 35-90 ms of main thread on a fresh page (Chromium), on the way to the first highlights
// when the connection is fast (bench/README.md, "Page load"). Most pages showing the widget are
// English, and English writes the widget's figures by rules short enough to state here, to the
// character as Intl writes them for these locales (tests/browser/i18n.test.mjs holds them to
// Intl, value by value): digits grouped by three with commas; a percentage rounded half up from
// the shortest decimal that reads back as the number (as ICU reads a double: 1.005 is 101%);
// the plural "one" for 1 and -1 alone. What the rules do not cover (fractions, huge numbers,
// negative zero) goes to Intl, as every other locale does.

// Locales whose figures are CLDR's plain English ones (not en-IN's lakh grouping, nor en-ZA's spaces).
const PLAIN_ENGLISH_LOCALES = new Set(['en', 'en-us', 'en-gb', 'en-au', 'en-ca', 'en-nz', 'en-ie']);
const WHOLE_PERCENT = { style: 'percent', maximumFractionDigits: 0 };

const withCommas = (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

// Whole percent of `x` >= 0 as ICU rounds it, or null outside what this covers.
function wholePercent(x) {
  if (!(x >= 0 && x < 1e13) || Object.is(x, -0)) return null;
  if (x < 1e-6) return '0%';  // String(x) would use an exponent; 100x < 0.0001 rounds to 0
  const [whole, fraction = ''] = String(x).split('.');
  const hundredths = Number(whole + fraction.slice(0, 2).padEnd(2, '0'));
  return `${withCommas(String(hundredths + (fraction.charAt(2) >= '5' ? 1 : 0)))}%`;
}

/**
 * The number formats and plural rules of `locale` for words in `lang`, as Intl's NumberFormat
 * (plain and whole percent) and PluralRules would be, without Intl; null when they are not
 * plain English.
 */
export function englishFigures(locale, lang) {
  if (lang !== 'en' || !PLAIN_ENGLISH_LOCALES.has(locale)) return null;
  let intl = null;  // made only for a figure the rules do not cover
  const viaIntl = () => (intl ??= { numbers: new Intl.NumberFormat(locale), percents: new Intl.NumberFormat(locale, WHOLE_PERCENT) });
  return {
    numbers: { format: (n) => (Number.isSafeInteger(n) && !Object.is(n, -0) ? withCommas(String(n)) : viaIntl().numbers.format(n)) },
    percents: { format: (x) => wholePercent(x) ?? viaIntl().percents.format(x) },
    plurals: { select: (n) => (n === 1 || n === -1 ? 'one' : 'other') },
  };
}
