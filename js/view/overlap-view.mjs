// <overlap-view>: shows the passages two texts share, side by side, paired by colour, number and
// connector; or a text against several sources, one source at a time beside it (source tabs),
// each source in its own family of colours. This file is the element itself: attributes,
// inputs, the comparison, events and the orchestration of drawing; the views and behaviours
// live in the overlap-view-* modules.
//
//   <overlap-view a="#original" b="#rewrite" label-a="Wire story" label-b="Published"></overlap-view>
//   <overlap-view a="#article" b="#pa-1654, #pa-1920, #reuters"></overlap-view>
import { ChangesView } from './overlap-view-changes.mjs';
import { Column } from './overlap-view-column.mjs';
import { compareTexts, startLoading, startLoadingForPage } from './overlap-view-engine.mjs';
import { zoomOf } from './overlap-view-geometry.mjs';
import { Interaction } from './overlap-view-interaction.mjs';
import { Links } from './overlap-view-links.mjs';
import { PassageList } from './overlap-view-list.mjs';
import { paragraphs, summary } from './overlap-view-model.mjs';
import { drawPlainTexts } from './overlap-view-plain.mjs';
import { Words, defineLanguage } from './overlap-view-i18n.mjs';
import { afterNextFrame, runSliced, whenIdle, yieldToBrowser } from './overlap-view-schedule.mjs';
import { buildSkeleton } from './overlap-view-skeleton.mjs';
import { SchemeWatch } from './overlap-view-scheme.mjs';
import { MissingSourceError, SourceWatch, elementName, fetchText, findSource, selectorList, textOfElement, textOfHtml, urlList, urlName } from './overlap-view-source.mjs';
import { hasSources, loadSourcesView, sourcesView } from './overlap-view-sources-load.mjs';
import { widgetStyleSheet } from './overlap-view-styles.mjs';

const NARROW_PX = 640;
const OPTIONS = ['min-words', 'show-typography', 'worker'];
// Setting one of these again, even to the same value, reads that text again.
const SOURCES = new Set(['a', 'b', 'src-a', 'src-b']);
const INPUTS = [...SOURCES, ...OPTIONS];
const VIEWS = ['document', 'passages', 'changes'];

export class OverlapView extends HTMLElement {
  static observedAttributes = [...INPUTS, 'label-a', 'label-b', 'view', 'order', 'lang', 'theme'];
  /** Where the comparison module is loaded from; set before the first comparison to move it.
   *  null: overlap.mjs next to the widget, or wherever a bundler put it. */
  static moduleUrl = null;
  /** The text of an HTML document as the widget reads it (paragraph breaks kept); no script runs. */
  static textFromHtml(html) { return textOfHtml(html); }
  /** Adds or amends the widget's words in a language, for every widget of the page: `strings`
   *  holds any of the keys of the English table (OverlapView.strings). */
  static defineLanguage(tag, strings) { defineLanguage(tag, strings); }
  /** The English words, every key a language may translate. */
  static get strings() { return new Words('en').table; }

  #ui;
  #interaction;
  #generation = 0;     // bumped by every new comparison; stale async work checks it and stops
  #abort = null;
  #scriptTexts = null; // texts given through compare() / the texts property
  #texts = null;
  #state = 'idle';
  #queued = false;
  #scheduledAt = 0;    // the generation when a comparison was last scheduled
  #resize = new ResizeObserver(() => this.#layout());
  #strings = null;     // this element's own words, over its language's
  #changes;
  #changesFor = -1;    // the generation the changes view was drawn for
  #sourceWatch = new SourceWatch(() => this.#sourcesChanged());
  #scheme = new SchemeWatch(this, this.attachInternals());
  #tabs = null;        // the source tabs, once a comparison with several sources was drawn

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [widgetStyleSheet()];
    const parts = buildSkeleton();
    shadow.append(parts.root);
    this.#ui = {
      parts, result: null, columns: null, list: null, selected: -1, hot: -1, view: 'document', source: -1,
      links: new Links(parts.svg, parts.scrollA, parts.scrollB),
      dispatch: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    };
    this.#ui.words = new Words('en');
    this.#ui.showSource = (k) => this.#showSource(k);
    this.#interaction = new Interaction(this.#ui);
    this.#changes = new ChangesView(parts, this.#ui);
    const redraw = () => this.#ui.links.schedule();
    parts.scrollA.addEventListener('scroll', redraw, { passive: true });
    parts.scrollB.addEventListener('scroll', redraw, { passive: true });
    parts.views.addEventListener('click', (event) => {
      const view = event.target.closest('button')?.dataset.view;
      if (view) this.setAttribute('view', view);
    });
    parts.orders.addEventListener('click', (event) => {
      const order = event.target.closest('button')?.dataset.order;
      if (order) this.setAttribute('order', order);
    });
    parts.panes.addEventListener('click', (event) => {
      const pane = event.target.closest('button')?.dataset.pane;
      if (pane) this.#interaction.showPane(pane);
    });
    this.#localize();
    this.#showView();
    this.#showOrder();
  }

  connectedCallback() {
    this.#localize();  // the language may come from the page around the element
    this.#resize.observe(this);
    this.#scheme.start();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#resize.disconnect();
    this.#scheme.stop();
    this.#sourceWatch.stop();
    this.#abort?.abort();
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value && !SOURCES.has(name)) return;
    if (name === 'label-a' || name === 'label-b') this.#labels();
    else if (name === 'lang') this.#relocalize();
    else if (name === 'theme') this.#scheme.update();
    else if (name === 'view') this.#showView();
    else if (name === 'order') {
      this.#showOrder();
      if (this.#ui.view === 'passages') this.#buildList();
      else this.#ui.list = null;  // rebuilt in the new order when shown
    }
    else {
      // Options keep texts given by script; a new source replaces them.
      if (SOURCES.has(name)) {
        this.#scriptTexts = null;
        this.#sourceWatch.stop();  // a new bounded watch if it is still missing
      }
      this.#schedule();
    }
  }

  /** The last comparison, in the API's result shape (UTF-16 offsets into `texts`); against
   *  several sources, that of compare(a, [b1, b2, …]). */
  get result() { return this.#ui.result; }
  /** The texts of the last comparison: {a, b}, b being [{name, text}, …] against several
   *  sources. Setting it compares them; a failure is reported by overlap-error, never as an
   *  unhandled rejection in the page. */
  get texts() {
    const texts = this.#texts;
    if (!texts) return null;
    return { a: texts.a, b: texts.sources ? texts.sources.map((s) => ({ ...s })) : texts.b };
  }
  set texts(value) { this.compare(value?.a, value?.b).catch(() => {}); }
  /** "idle", "loading", "comparing", "rendering" (being drawn, first screen first), "ready"
   *  (all drawn) or "error". */
  get state() { return this.#state; }
  /** Index of the selected passage, or -1. */
  get selected() { return this.#ui.selected; }
  /** Against several sources, the index of the source shown beside A (-1 otherwise). Setting it
   *  shows that source, as its tab does. */
  get source() { return this.#ui.source; }
  set source(k) { this.#showSource(Number(k)); }
  /** This element's own words, over those of its language (see OverlapView.strings). */
  get strings() { return this.#strings ? { ...this.#strings } : null; }
  set strings(value) {
    this.#strings = value && typeof value === 'object' ? { ...value } : null;
    this.#relocalize();
  }
  /** The language the widget speaks: its `lang`, else the nearest `lang` around it, else English. */
  get language() { return this.#ui.words.lang; }

  /** Compares two strings and shows them; resolves with the result once it is fully drawn.
   *  Rejects on error, and with an AbortError when a newer comparison replaces it. `b` may be
   *  a list of sources, each a string or {name, text} (unnamed ones are "Source 1", …). */
  compare(a, b) {
    this.#scriptTexts = Array.isArray(b)
      ? { a: String(a ?? ''), sources: b.map((source, k) => this.#namedSource(source, k)) }
      : { a: String(a ?? ''), b: String(b ?? '') };
    this.#queued = false;  // options set just before are taken up by this comparison
    this.#sourceWatch.stop();
    return this.#run();
  }

  #namedSource(source, k) {
    const named = source !== null && typeof source === 'object';
    const name = named && source.name ? String(source.name) : this.#ui.words.t('sourceN', { n: k + 1 });
    return { name, text: String((named ? source.text : source) ?? '') };
  }

  /** Selects passage `index` and brings its partner level with it, as a click does (against
   *  several sources, showing its source first). */
  select(index, side = 'a') {
    this.#interaction.select(index, { align: true, from: side, cause: 'api' });
  }

  // Attribute changes arrive one by one while a page is parsed: compare once they have settled.
  // A compare() call after the request (as right after inserting the element) already compares
  // what the page asked for, and newer texts: the scheduled run is dropped rather than let it
  // abort that call's comparison.
  #schedule() {
    this.#scheduledAt = this.#generation;
    if (this.#queued || !this.isConnected) return;
    this.#queued = true;
    queueMicrotask(() => {
      if (!this.#queued) return;  // compare() ran meanwhile
      this.#queued = false;
      if (!this.isConnected || this.#scheduledAt !== this.#generation) return;
      this.#run().catch(() => {});  // reported via overlap-error
    });
  }

  async #run() {
    const generation = ++this.#generation;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const current = () => generation === this.#generation;
    try {
      const { words } = this.#ui;
      this.#setState('loading', words.t('loading'));
      // While the texts are read; a widget with nothing to compare yet loads nothing (the page
      // may still move the engine, OverlapView.moduleUrl, before it calls compare()).
      if (this.#scriptTexts || this.#hasSources()) startLoading(OverlapView.moduleUrl);
      // Several sources need the sources' view too: asked for now, it arrives with the engine.
      const sourcesLoad = this.#severalSources() ? loadSourcesView(OverlapView.moduleUrl) : null;
      sourcesLoad?.catch(() => {});  // reported below, if this comparison gets that far
      const texts = this.#scriptTexts ?? await this.#readInputs(abort.signal);
      if (!current()) return this.#ui.result;
      this.#sourceWatch.stop();
      if (!texts) return this.#setState('idle', words.t('nothingYet'));
      this.#setState('comparing', words.t('comparing'));
      this.#showPlain(texts, current);
      // The summary of the result needs the number formats: Intl's (but for plain English) are
      // made while the engine loads.
      whenIdle(() => words.prepare());
      const result = await compareTexts(OverlapView.moduleUrl, texts.a, texts.sources ?? texts.b, this.#options(), {
        mode: this.getAttribute('worker') ?? 'auto',
        signal: abort.signal,
        onProgress: ({ stage }) => current() && stage !== 'done' && this.#setState('comparing', progressText(stage, words)),
      });
      if (!current()) return result;
      if (hasSources(result)) await (sourcesLoad ?? loadSourcesView(OverlapView.moduleUrl));
      if (!current()) return result;
      await this.#show(texts, result, current);
      return result;
    } catch (error) {
      if (current() && error?.name !== 'AbortError') {
        // Elements a page script has yet to add: compared when they appear.
        if (error instanceof MissingSourceError) this.#sourceWatch.start();
        this.#fail(error);
      }
      throw error;
    }
  }

  // The comparison's options from the attributes; the API checks them (a bad value is an error).
  #options() {
    const options = {};
    const minWords = this.getAttribute('min-words');
    if (minWords !== null) options.minWords = Number(minWords);
    const typography = this.getAttribute('show-typography');
    if (typography !== null) options.showTypography = typography !== 'false';
    return options;
  }

  // The page changed while a selector matched nothing: compare again once every selector
  // resolves (or resolves to a different error, such as several matches), not on every change.
  #sourcesChanged() {
    if (this.#scriptTexts) return this.#sourceWatch.stop();
    for (const side of ['a', 'b']) {
      const selector = this.getAttribute(side);
      if (!selector) continue;
      for (const one of side === 'b' ? selectorList(selector) : [selector]) {
        try {
          findSource(this, one);
        } catch (error) {
          if (error instanceof MissingSourceError) return;
        }
      }
    }
    this.#sourceWatch.stop();
    this.#schedule();
  }

  #hasSources() {
    return ['a', 'b'].every((side) => this.hasAttribute(side) || this.hasAttribute(`src-${side}`));
  }

  // Whether the texts to compare are several sources, known before they are read.
  #severalSources() {
    if (this.#scriptTexts) return !!this.#scriptTexts.sources;
    const selector = this.getAttribute('b');
    return selector ? selectorList(selector).length > 1 : urlList(this.getAttribute('src-b') ?? '').length > 1;
  }

  async #readInputs(signal) {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    const read = async (side) => {
      const selector = this.getAttribute(side);
      if (selector) return textOfElement(findSource(this, selector));
      const url = this.getAttribute(`src-${side}`);
      return url === null ? null : fetchText(new URL(url, document.baseURI).href, signal);
    };
    const [a, b] = await Promise.all([read('a'), this.#readSources(signal) ?? read('b')]);
    if (a === null || b === null) return null;
    return Array.isArray(b) ? { a, sources: b } : { a, b };
  }

  // Several sources: `b` listing several selectors or `src-b` several URLs, as [{name, text}];
  // null for one text. An element is named by its data-name or title, a URL by its file name.
  #readSources(signal) {
    const unnamed = (k) => this.#ui.words.t('sourceN', { n: k + 1 });
    const selector = this.getAttribute('b');
    if (selector) {
      const selectors = selectorList(selector);
      if (selectors.length < 2) return null;
      return Promise.resolve(selectors.map((one, k) => {
        const element = findSource(this, one);
        return { name: elementName(element) ?? unnamed(k), text: textOfElement(element) };
      }));
    }
    const urls = urlList(this.getAttribute('src-b') ?? '');
    if (urls.length < 2) return null;
    return Promise.all(urls.map(async (url) => {
      const href = new URL(url, document.baseURI).href;
      return { name: urlName(href), text: await fetchText(href, signal) };
    }));
  }

  // Removes the comparison shown: before a new one is drawn, and under an error, where the
  // previous texts would pass for the failed comparison's.
  #clear() {
    const { parts, links } = this.#ui;
    this.#interaction.select(-1, { cause: 'api' });
    this.#interaction.hover(-1);
    this.#texts = null;
    this.#ui.result = null;
    this.#ui.selected = -1;
    this.#ui.hot = -1;
    this.#ui.diff = null;
    parts.summary.textContent = '';
    this.#ui.source = -1;
    this.#tabs?.show(null, this.#ui.words);
    parts.warnings.textContent = '';
    parts.warnings.hidden = true;
    parts.error.hidden = true;
    // Empty columns cannot be scrolled: resetting them would only force an early layout.
    const shown = parts.textA.hasChildNodes() || parts.textB.hasChildNodes();
    parts.textA.replaceChildren();
    parts.textB.replaceChildren();
    parts.rows.replaceChildren();
    this.#changes.clear();
    this.#changesFor = -1;
    if (shown) {
      parts.scrollA.scrollTop = 0;
      parts.scrollB.scrollTop = 0;
    }
    this.#ui.columns = null;
    this.#ui.list = null;
    links.attach(null);
  }

  // New texts are readable at once, as plain text, until their comparison is drawn; texts
  // already shown (only an option changed) keep their highlights until then.
  #showPlain(texts, current) {
    const shown = this.#texts;
    if (shown && shown.a === texts.a && (texts.sources ? sameSources(shown.sources, texts.sources) : shown.b === texts.b)) return;
    this.#clear();
    const pair = { a: texts.a, b: texts.sources ? texts.sources[0]?.text ?? '' : texts.b };
    drawPlainTexts(this.#ui.parts, pair, this.#ui.words, () => !current() || this.#state !== 'comparing');
  }

  async #show(texts, result, current) {
    const { parts, links } = this.#ui;
    // Preparing the runs of two 1 MB texts takes tens of milliseconds per step: one step a slice.
    // What is shown meanwhile (the plain texts) stays until the first chunks replace it.
    // Against several sources A's column holds every passage, the other column one source's
    // (the one A owes most to, first): `texts.b` is the text of the source shown.
    const multi = hasSources(result);
    const sources = multi ? sourcesView() : null;
    const source = multi ? sources.mainSource(result) : -1;
    if (multi) texts = { ...texts, b: texts.sources[source].text };
    const paras = {};
    const columns = {};
    const preparation = [
      () => { paras.a = paragraphs(texts.a); },
      () => {
        paras.sources = multi ? texts.sources.map((s) => paragraphs(s.text)) : null;
        paras.b = multi ? paras.sources[source] : paragraphs(texts.b);
      },
      () => { columns.a = new Column('a', texts.a, result, parts.textA, paras.a, paras.sources ?? paras.b, this.#ui.words); },
      () => {
        columns.b = new Column('b', texts.b, result, parts.textB, paras.b, paras.a, this.#ui.words,
          multi ? sources.sourceOrder(result, source) : undefined);
      },
    ];
    // Back to back while they are quick (two articles: a few milliseconds in all), a task each
    // once they are not: a yield costs a frame when one is due, before the first highlights.
    if (!await runSliced(() => { preparation.shift()(); return preparation.length > 0; }, () => !current())) return;
    this.#clear();
    this.#scheme.update();
    this.#texts = texts;
    this.#ui.result = result;
    this.#ui.source = source;
    if (multi) this.#showTabs(result);
    this.#labels();
    this.#showSummary();
    this.#emptyStates();
    parts.warnings.textContent = result.warnings.join(' ');
    parts.warnings.hidden = result.warnings.length === 0;
    this.#ui.paras = paras;
    this.#ui.columns = columns;
    links.attach(columns);
    this.#setState('rendering', '');
    // The first screen alone first: a chunk of each column (a screenful or more), painted before
    // anything else is built, so that the frame showing it has as little to lay out as possible.
    columns.a.step();
    columns.b.step();
    this.#ui.dispatch('overlap-ready', { result });
    await afterNextFrame();
    if (!current()) return;
    // Connectors once that frame has laid the text out: measured then, they cost no layout of
    // their own (measured before it, they would make the browser lay the text out early).
    links.draw();
    await yieldToBrowser();
    if (!current()) return;
    let slices = 0;
    // Then both columns grow together, a chunk each in turn.
    const finished = await runSliced(() => {
      const more = columns.a.step() | columns.b.step();
      // Chunks after the first few land below the screen: with many pairs (only those on screen
      // get ribbons) they change no connector, and measuring would only cost layout time.
      if (++slices <= 3 || links.drawsAll) links.schedule();
      this.#interaction.drawn();
      return more;
    }, () => !current());
    if (!finished) return;
    if (this.#ui.view === 'passages') this.#buildList();
    if (this.#ui.view === 'changes' && !(await this.#buildChanges(current))) return;
    links.draw();  // now rather than at the next frame: "ready" means connectors too
    this.#setState('ready', '');
  }

  // The changes view needs the core's in-order diff of the texts, computed when first shown.
  async #buildChanges(current = () => true) {
    const generation = this.#generation;
    if (this.#changesFor === generation || !this.#texts || !this.#ui.paras) return true;
    this.#changesFor = generation;
    const texts = this.#texts;
    let diff;
    try {
      diff = await compareTexts(OverlapView.moduleUrl, texts.a, texts.b, this.#options(), {
        mode: this.getAttribute('worker') ?? 'auto', method: 'diff', signal: this.#abort?.signal,
      });
    } catch (error) {
      if (current() && generation === this.#generation && error?.name !== 'AbortError') this.#fail(error);
      return false;
    }
    if (!current() || generation !== this.#generation) return false;
    this.#ui.diff = diff;
    this.#showSummary();
    this.#changes.start(diff, texts, this.#ui.paras);
    return runSliced(() => this.#changes.draw(), () => generation !== this.#generation);
  }

  // The summary of what the view shows: the passages, or (changes view) the in-order diff.
  #showSummary() {
    const { parts, result, diff, view, words } = this.#ui;
    if (!result || !this.#texts) return;
    if (view === 'changes' && diff) parts.summary.textContent = summary(diff, words, this.#texts, { changesOnly: true });
    else parts.summary.textContent = hasSources(result) ? sourcesView().sourcesSummary(result, words) : summary(result, words, this.#texts);
  }

  // Every view says so when it has nothing to show. The sentences are written only then: they
  // need the language's plural rules, and the first Intl object a page makes costs tens of
  // milliseconds (its locale data), which the widget's start would otherwise pay before the
  // texts show.
  #emptyStates() {
    const { parts, result, words } = this.#ui;
    const none = !!result && result.passages.length === 0;
    const n = Number(this.getAttribute('min-words') ?? 20) || 20;
    parts.docEmpty.textContent = none ? words.t('noPassages', { n }) : '';
    parts.docEmpty.hidden = !(none && this.#ui.view === 'document');
    parts.listEmpty.textContent = none ? words.t('noPassagesList', { n }) : '';
    parts.listEmpty.hidden = !none;
  }

  async #buildList() {
    const { parts, result } = this.#ui;
    this.#showOrder();
    if (!result || !this.#texts) return;
    parts.rows.replaceChildren();
    const list = new PassageList(parts.rows, result, this.#texts, this.#ui.paras, this.getAttribute('order') === 'b' ? 'b' : 'a',
      this.#ui.words, hasSources(result) ? this.#ui.source : null);
    this.#ui.list = list;
    const generation = this.#generation;
    await runSliced(() => list.step(), () => this.#ui.list !== list || generation !== this.#generation);
    if (this.#ui.selected >= 0) list.rows[this.#ui.selected]?.classList.add('sel');
  }

  #fail(error) {
    const { parts } = this.#ui;
    this.#clear();
    this.#setState('error', '');
    parts.error.textContent = this.#ui.words.t('error', { message: error?.message ?? String(error) });
    parts.error.hidden = false;
    this.#ui.dispatch('overlap-error', { error, message: parts.error.textContent, code: error?.code ?? null });
  }

  #setState(state, message) {
    this.#state = state;
    const { parts } = this.#ui;
    parts.root.dataset.state = state;
    parts.statusText.textContent = message;
    parts.progress.hidden = !(state === 'loading' || state === 'comparing');
    parts.status.hidden = !message;
  }

  #labels() {
    const { parts, result, source } = this.#ui;
    const { words } = this.#ui;
    for (const side of ['a', 'b']) {
      // Against several sources, B is the source shown.
      const name = side === 'b' && hasSources(result) && source >= 0 ? result.sources[source].name : this.getAttribute(`label-${side}`);
      const letter = side.toUpperCase();
      const label = name ? `${letter} · ${name}` : letter;
      (side === 'a' ? parts.labelA : parts.labelB).textContent = label;
      (side === 'a' ? parts.paneA : parts.paneB).textContent = label;
      (side === 'a' ? parts.scrollA : parts.scrollB).setAttribute('aria-label',
        name ? words.t('textNamed', { letter, name }) : words.t('text', { letter }));
    }
  }

  // The words of the element's language (its own lang, else the nearest around it).
  #localize() {
    const lang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    this.#ui.words = new Words(lang, this.#strings);
    this.#ui.parts.localize(this.#ui.words);
    this.#labels();
  }

  // A new language after texts were shown: the same result is drawn again in the new words.
  #relocalize() {
    this.#localize();
    if (!this.#texts || !this.#ui.result || this.#state !== 'ready') return;  // a run under way uses them
    const generation = ++this.#generation;
    this.#show(this.#texts, this.#ui.result, () => generation === this.#generation).catch((error) => this.#fail(error));
  }

  // The source tabs of a comparison with several sources (made, and their stylesheet adopted,
  // with the first one), the source shown selected.
  #showTabs(result) {
    const view = sourcesView();
    if (!this.#tabs) {
      this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, view.sourcesStyleSheet()];
      this.#tabs = new view.SourceTabs(this.#ui.parts.sourceTabs, (k) => {
        this.#showSource(k);
        this.#revealSource(k);
      });
    }
    this.#tabs.show(result, this.#ui.words);
    this.#tabs.select(this.#ui.source);
  }

  // Shows source k beside A (against several sources): its tab, its text with its passages in
  // the second column, and in the passages and changes views. The selected passage stays so.
  #showSource(k) {
    const ui = this.#ui;
    const { result, parts, columns, paras, words } = ui;
    if (!hasSources(result) || !columns || !this.#texts || k === ui.source || !(k >= 0 && k < result.sources.length)) return;
    ui.source = k;
    this.#texts = { ...this.#texts, b: this.#texts.sources[k].text };
    paras.b = paras.sources[k];
    this.#tabs.select(k);
    this.#tabs.reveal(k);
    this.#labels();
    parts.textB.replaceChildren();
    parts.scrollB.scrollTop = 0;
    const column = new Column('b', this.#texts.b, result, parts.textB, paras.b, paras.a, words, sourcesView().sourceOrder(result, k));
    while (column.step());
    columns.b = column;
    for (const [name, i] of [['sel', ui.selected], ['hot', ui.hot]]) {
      if (i < 0) continue;
      for (const mark of column.marks[i]) mark.classList.add(name);
      column.badges[i]?.classList.add(name);
    }
    ui.links.attach(columns);
    ui.links.schedule();
    ui.diff = null;
    this.#changesFor = -1;
    this.#showSummary();
    ui.list = null;
    if (ui.view === 'passages') this.#buildList();
    if (ui.view === 'changes') this.#buildChanges().catch(() => {});
    ui.dispatch('overlap-source', { index: k, name: result.sources[k].name });
  }

  // A tab chosen by the reader: on a wide widget the source's first passage is selected and A
  // brought level with it (unless a passage of it already is), so both columns show what A took
  // from it; on a phone its pane is shown.
  #revealSource(k) {
    const { result, selected, narrow, view } = this.#ui;
    if (narrow) return this.#interaction.showPane('b');
    if (view !== 'document' || (selected >= 0 && result.passages[selected].source === k)) return;
    const first = sourcesView().sourceOrder(result, k)[0];
    if (first !== undefined) this.#interaction.select(first, { align: true, from: 'b', cause: 'tab' });
  }

  #showView() {
    const ui = this.#ui;
    const asked = this.getAttribute('view');
    ui.view = VIEWS.includes(asked) ? asked : 'document';
    ui.parts.doc.hidden = ui.view !== 'document';
    ui.parts.listView.hidden = ui.view !== 'passages';
    ui.parts.changes.hidden = ui.view !== 'changes';
    this.#showSummary();
    this.#emptyStates();
    for (const button of ui.parts.views.querySelectorAll('button'))
      button.setAttribute('aria-pressed', String(button.dataset.view === ui.view));
    if (ui.view === 'passages' && !ui.list && this.#state === 'ready') this.#buildList();
    if (ui.view === 'changes' && this.#state === 'ready') this.#buildChanges().catch(() => {});
    ui.links.schedule();
  }

  #showOrder() {
    const order = this.getAttribute('order') === 'b' ? 'b' : 'a';
    for (const button of this.#ui.parts.orders.querySelectorAll('button'))
      button.setAttribute('aria-pressed', String(button.dataset.order === order));
  }

  #layout() {
    // In the widget's own CSS pixels: under an ancestor's CSS zoom the viewport width differs.
    const narrow = this.getBoundingClientRect().width / zoomOf(this) < NARROW_PX;
    if (narrow !== this.#ui.narrow) this.#interaction.showPane(this.#ui.parts.root.dataset.pane);
    this.#ui.narrow = narrow;
    this.#ui.parts.root.classList.toggle('narrow', narrow);
    this.#ui.links.schedule();
  }
}

function sameSources(x, y) {
  return !!x && x.length === y.length && x.every((s, k) => s.name === y[k].name && s.text === y[k].text);
}

function progressText(stage, words) {
  if (stage === 'loading') return words.t('loadingEngine');
  if (stage === 'queued') return words.t('queued');
  return words.t('comparing');
}

if (!customElements.get('overlap-view')) {
  // Widgets given both texts by attribute compare as soon as they are defined.
  startLoadingForPage(['[a][b]', '[a][src-b]', '[src-a][b]', '[src-a][src-b]'].map((both) => `overlap-view${both}`).join());
  customElements.define('overlap-view', OverlapView);
}
