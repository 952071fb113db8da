// The changes view: one column of B's text with A's deletions inline, in the manner of tracked
// changes. Deletions struck, insertions underlined; a moved block shown once, at its new place,
// with a tag saying where it came from, and a marker at its old place; runs of unchanged
// paragraphs folded ("… 14 unchanged paragraphs …", a button unfolds them); next / previous
// change by the buttons above the text or by n / p, with "change 3 of 12".
import { editElement, h } from './overlap-view-dom.mjs';
import { breakPattern, changePieces, foldedRuns, groupItems, paragraphsOf } from './overlap-view-changes-model.mjs';
import { paragraphAt } from './overlap-view-model.mjs';
import { PAIR_COLOURS } from './overlap-view-palette.mjs';

const PARAGRAPHS_PER_STEP = 40;

export class ChangesView {
  /** `parts`: the skeleton's changes view elements; `ui`: the widget's shared state. */
  constructor(parts, ui) {
    this.parts = parts;
    this.ui = ui;
    this.stops = [];
    this.current = -1;
    this.build = null;
    parts.changesPrev.addEventListener('click', () => this.step(-1));
    parts.changesNext.addEventListener('click', () => this.step(1));
    parts.changes.addEventListener('keydown', (event) => this.#onKey(event));
    parts.changesText.addEventListener('click', (event) => this.#onClick(event));
  }

  clear() {
    this.stops = [];
    this.current = -1;
    this.build = null;
    this.places = new Map();
    this.parts.changesText.replaceChildren();
    this.parts.changesEmpty.hidden = true;
    this.#count();
  }

  /** Prepares the drawing of `diff` (a result of overlap.diff over `texts`); then call draw()
   *  until it returns false. `paras` are the paragraph spans of both texts. */
  start(diff, texts, paras) {
    this.clear();
    const { words } = this.ui;
    const paragraphs = paragraphsOf(changePieces(diff, texts.a, texts.b), breakPattern(texts.a, texts.b));
    this.diff = diff;
    this.texts = texts;
    this.paras = paras;
    const folds = new Map(foldedRuns(paragraphs).map((run) => [run.first, run.count]));
    this.build = { paragraphs, folds, next: 0, target: this.parts.changesText };
    // The empty state: nothing to step through, and why.
    if (!paragraphs.some((p) => p.changed)) {
      this.parts.changesEmpty.textContent = words.t(texts.a === texts.b ? 'noChanges' : 'noWordChanges');
      this.parts.changesEmpty.hidden = false;
    }
  }

  get done() {
    return !this.build || this.build.next >= this.build.paragraphs.length;
  }

  /** Draws the next paragraphs; false once all are drawn. */
  draw() {
    if (this.done) return false;
    const b = this.build;
    const end = Math.min(b.next + PARAGRAPHS_PER_STEP, b.paragraphs.length);
    const fragment = document.createDocumentFragment();
    while (b.next < end) {
      const fold = b.folds.get(b.next);
      if (fold !== undefined) {
        // A fold is drawn whole: its paragraphs, hidden, after the button that shows them.
        const folded = h('div', { class: 'folded', hidden: true });
        const toggle = h('button', { type: 'button', class: 'fold-toggle', 'aria-expanded': 'false' },
          this.ui.words.t('unchanged', { n: fold }));
        for (let i = 0; i < fold; ++i) folded.append(this.#paragraph(b.paragraphs[b.next + i]));
        fragment.append(toggle, folded);
        b.next += fold;
      } else {
        fragment.append(this.#paragraph(b.paragraphs[b.next]));
        ++b.next;
      }
    }
    b.target.append(fragment);
    this.#count();
    return !this.done;
  }

  #paragraph(paragraph) {
    return h('p', { dir: 'auto' }, ...groupItems(paragraph.pieces).map((item) => this.#item(item)));
  }

  #item(item) {
    const { words } = this.ui;
    if (item.kind === 'same') return item.text;
    if (item.kind === 'group') {
      const group = h('span', { class: 'group' }, ...item.parts.map((part) => (part.kind === 'same' ? part.text
        : editElement(part.kind === 'del' ? 'del' : 'ins', part.text))));
      if (item.stop) this.#stop(group);
      return group;
    }
    const passage = this.diff.passages[item.move];
    const colour = `pc${(item.move - 1) % PAIR_COLOURS}`;
    if (item.kind === 'away') {
      const para = paragraphAt(this.paras.b, passage.b[0]) + 1;
      const marker = h('button', { type: 'button', class: `move-tag move-away ${colour}`, 'data-goto': `here${item.move}` },
        words.t('movedTo', { para }));
      this.places.set(`away${item.move}`, marker);
      return marker;
    }
    const para = paragraphAt(this.paras.a, passage.a[0]) + 1;
    const block = h('span', { class: `moved-here ${colour}`, 'data-move': item.move },
      h('button', { type: 'button', class: 'move-tag', 'data-goto': `away${item.move}` }, words.t('movedFrom', { para })));
    this.#stop(block);
    this.places.set(`here${item.move}`, block);
    for (const inner of item.items) block.append(this.#item(inner));
    return block;
  }

  #stop(element) {
    element.classList.add('stop');
    element.setAttribute('tabindex', '-1');
    element.dataset.stop = String(this.stops.length);
    this.stops.push(element);
  }

  /** Shows change `index` (0-based): unfolds it if need be, scrolls to it, focuses it. */
  go(index) {
    if (!this.stops.length) return;
    const i = Math.max(0, Math.min(index, this.stops.length - 1));
    this.stops[this.current]?.classList.remove('current');
    this.current = i;
    this.#show(this.stops[i]);
    this.stops[i].classList.add('current');
    this.#count();
  }

  /** Moves to the next (+1) or previous (-1) change. */
  step(direction) {
    this.go(this.current < 0 ? (direction > 0 ? 0 : this.stops.length - 1) : this.current + direction);
  }

  #show(element) {
    const folded = element.closest('.folded');
    if (folded?.hidden) this.#unfold(folded.previousElementSibling);
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
    element.focus({ preventScroll: true });
  }

  #unfold(toggle) {
    const folded = toggle?.nextElementSibling;
    if (!folded?.classList.contains('folded')) return;
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    folded.hidden = !open;
  }

  #count() {
    const { words } = this.ui;
    const n = this.stops.length;
    // Nothing to count says nothing (the empty state says why). That also keeps a widget's start
    // free of Intl: the first number format a page makes loads locale data, tens of milliseconds.
    this.parts.changesCount.textContent = n ? words.t('changeOf', { i: this.current + 1, n }) : '';
    this.parts.changesPrev.disabled = n === 0;
    this.parts.changesNext.disabled = n === 0;
  }

  #onClick(event) {
    const toggle = event.target.closest('.fold-toggle');
    if (toggle) return this.#unfold(toggle);
    const goto = event.target.closest('[data-goto]')?.dataset.goto;
    const place = goto && this.places.get(goto);
    if (!place) return undefined;
    const stop = place.dataset.stop;
    if (stop !== undefined) return this.go(Number(stop));
    this.#show(place);
    return undefined;
  }

  #onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== 'n' && event.key !== 'p') return;
    event.preventDefault();
    event.stopPropagation();  // the passages' own n / p (overlap-view-interaction.mjs)
    this.step(event.key === 'n' ? 1 : -1);
  }
}
