// The widget's own words (summary, legend, buttons, screen-reader labels, messages) and the
// formatting of its numbers, in the language of the page or of the element. English is built
// in, Arabic ships with it (overlap-view-i18n-ar.mjs); a page adds or amends a language with
// OverlapView.defineLanguage(tag, strings), and one element's words with its `strings` property.
//
// A string is a template: "{n}" and other names in braces are replaced by values, numbers
// formatted for the language (with Intl; plain English without). A string that depends on a
// count is an object keyed by the Intl.PluralRules categories of the language ("one", "two",
// "few", "many", "other", …).
import { ARABIC } from './overlap-view-i18n-ar.mjs';
import { englishFigures } from './overlap-view-english-figures.mjs';

export const ENGLISH = Object.freeze({
  // Summary
  sharedA: '{p} of A appears in B',
  sharedB: '{p} of B from A',
  passages: { one: '{n} passage', other: '{n} passages' },
  moved: '{n} moved',
  changes: { one: '{n} change', other: '{n} changes' },
  changedWords: { one: '{n} word changed', other: '{n} words changed' },
  identical: 'The texts are identical',
  typographyOnly: 'Same words: only quotes, dashes or spacing differ',
  // Legend and switches
  legend: 'Legend',
  legendShared: 'Shared', legendSharedNote: ' in both',
  legendDeleted: 'deleted', legendDeletedNote: ' only in A',
  legendInserted: 'inserted', legendInsertedNote: ' only in B',
  legendMoved: '⇄ moved',
  view: 'View', viewDocument: 'Document', viewPassages: 'Passages', viewChanges: 'Changes',
  orderBy: 'Order by',
  showText: 'Show text',
  // Status and errors
  loading: 'Loading the texts…',
  comparing: 'Comparing…',
  loadingEngine: 'Loading the comparison engine…',
  queued: 'Waiting for an earlier comparison…',
  nothingYet: 'No texts to compare yet.',
  progress: 'Comparing',
  // An error's own message (in English, from the API or the browser), framed by the language.
  error: '{message}',
  // Columns and passages
  text: 'Text {letter}',
  textNamed: 'Text {letter}: {name}',
  passageLabel: 'Passage {i} of {n}, {p} similar: also in {other}, paragraph {para}',
  passageLabelMoved: 'Passage {i} of {n}, {p} similar, moved: also in {other}, paragraph {para}',
  similar: '{p} similar',
  movedFlag: '⇄ moved',
  where: '{side} · paragraph {para}',
  route: 'A ¶{a} → B ¶{b}',
  sharedPassages: 'Shared passages',
  noPassages: { one: 'No passage of {n} word or more is shared: both texts are shown in full.',
    other: 'No passage of {n} words or more is shared: both texts are shown in full.' },
  noPassagesList: { one: 'No passage of {n} word or more is shared.', other: 'No passage of {n} words or more is shared.' },
  // Changes view
  changesView: 'Changes from A to B',
  changeOf: 'change {i} of {n}',
  noChanges: 'No changes: the texts are identical.',
  noWordChanges: 'No changed words: only quotes, dashes or spacing differ.',
  previousChange: 'Previous change',
  nextChange: 'Next change',
  unchanged: { one: '… {n} unchanged paragraph …', other: '… {n} unchanged paragraphs …' },
  deletedLabel: 'deleted: {text}',
  insertedLabel: 'inserted: {text}',
  movedFrom: '⇄ moved from paragraph {para}',
  movedTo: '⇄ moved to paragraph {para}',
  smallEdit: '“{old}” became “{new}”',
  // One text against several sources: the summary, the source tabs, default names
  sourcesSummary: { one: '{p} of A from {n} source: {list}', other: '{p} of A from {n} sources: {list}' },
  sourcesSummarySome: '{p} of A from {n} of {total} sources: {list}',
  sourcesNone: { one: 'Nothing of A comes from the source', other: 'Nothing of A comes from the {n} sources' },
  sourceShare: '{name} ({p})',
  listSeparator: ', ',
  sources: 'Sources',
  sourceTab: { one: '{name}: {p} of A, {n} passage', other: '{name}: {p} of A, {n} passages' },
  sourceN: 'Source {n}',
});

const languages = new Map([['en', ENGLISH], ['ar', ARABIC]]);
// Scripts written right to left: the widget's own interface is laid out in their direction.
const RIGHT_TO_LEFT = /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(-|$)/i;

/** Adds a language, or amends one (English included): `strings` holds any of ENGLISH's keys. */
export function defineLanguage(tag, strings) {
  const key = String(tag).toLowerCase();
  languages.set(key, Object.freeze({ ...(languages.get(key) ?? {}), ...strings }));
}

// The number formats and plural rules of each locale, made on first use and shared by every
// widget: Intl's, whose first use loads the browser's locale data (tens of milliseconds on a
// fresh page; the widget's first screen, its labels and the plain texts, needs none of it), or
// for plain English the same figures without Intl (overlap-view-english-figures.mjs).
const formats = new Map();

function intlFigures(locale, lang) {
  const wanted = Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : lang;
  return {
    numbers: new Intl.NumberFormat(wanted),
    percents: new Intl.NumberFormat(wanted, { style: 'percent', maximumFractionDigits: 0 }),
    plurals: new Intl.PluralRules(lang),
  };
}

function formatsOf(locale, lang) {
  const key = `${locale}|${lang}`;
  if (!formats.has(key)) formats.set(key, englishFigures(locale, lang) ?? intlFigures(locale, lang));
  return formats.get(key);
}

/** The words and number formats of one language, with per-element `overrides`. */
export class Words {
  #locale;

  constructor(tag, overrides = null) {
    const wanted = String(tag || 'en').toLowerCase();
    const primary = wanted.split('-')[0];
    const own = languages.get(wanted) ?? languages.get(primary);
    // The words in the language if known (else English), its figures in its own format anyway.
    this.lang = own ? (languages.has(wanted) ? wanted : primary) : 'en';
    this.dir = RIGHT_TO_LEFT.test(this.lang) ? 'rtl' : 'ltr';
    this.table = { ...ENGLISH, ...(own ?? {}), ...(overrides ?? {}) };
    this.#locale = wanted;
  }

  get numbers() { return formatsOf(this.#locale, this.lang).numbers; }
  get percents() { return formatsOf(this.#locale, this.lang).percents; }
  get plurals() { return formatsOf(this.#locale, this.lang).plurals; }

  /** Makes the number formats and plural rules now: the first Intl object of a page loads
   *  locale data (tens of milliseconds), better spent while the engine loads than after. */
  prepare() { formatsOf(this.#locale, this.lang); }

  number(n) { return this.numbers.format(n); }

  /** A fraction as a whole percentage, never rounding a little to 0% or almost all to 100%. */
  percent(fraction) {
    const shown = fraction > 0 && fraction < 0.005 ? 0.01 : fraction < 1 && fraction > 0.995 ? 0.99 : fraction;
    return this.percents.format(shown);
  }

  /** The string `key` with its {names} filled in; numbers in `values` are formatted. */
  t(key, values = {}) {
    let template = this.table[key] ?? ENGLISH[key] ?? key;
    if (typeof template === 'object') template = template[this.plurals.select(values.n ?? 0)] ?? template.other;
    return template.replace(/\{(\w+)\}/g, (whole, name) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? this.number(value) : String(value);
    });
  }
}
