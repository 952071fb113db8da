// The passages view: one row per pair, the passage in A beside its partner in B, deleted words
// struck through on the A side and inserted words underlined on the B side. Rows are ordered by
// their place in A or in B, and built a few at a time like the document view's columns.
import { editElement, h } from './overlap-view-dom.mjs';
import { badgeFor } from './overlap-view-column.mjs';
import { orderOn, paragraphAt, passageLabel } from './overlap-view-model.mjs';
import { colourClass } from './overlap-view-sources-load.mjs';

const ROWS_PER_STEP = 12;

export class PassageList {
  /** `texts` and `paras`: {a, b}; against several sources, `only` is the source shown as B
   *  (its passages alone are listed). */
  constructor(list, result, texts, paras, order, words, only = null) {
    this.list = list;
    this.words = words;
    this.result = result;
    this.texts = texts;
    this.paras = paras;
    this.order = orderOn(result.passages, order).filter((i) => only === null || result.passages[i].source === only);
    this.side = order;
    this.rows = new Array(result.passages.length).fill(null);
    this.badges = new Array(result.passages.length).fill(null);
    this.next = 0;
  }

  get done() {
    return this.next >= this.order.length;
  }

  step() {
    const end = Math.min(this.next + ROWS_PER_STEP, this.order.length);
    const fragment = document.createDocumentFragment();
    for (; this.next < end; ++this.next) fragment.append(this.#row(this.order[this.next]));
    this.list.append(fragment);
    return !this.done;
  }

  #row(i) {
    const { result, paras, words } = this;
    const passage = result.passages[i];
    const numberA = paragraphAt(paras.a, passage.a[0]) + 1;
    const numberB = paragraphAt(paras.b, passage.b[0]) + 1;
    const badge = badgeFor(result, i, this.side, passageLabel(result, i, this.side, this.side === 'a' ? numberB : numberA, words));
    this.badges[i] = badge;
    const row = h('li', { class: 'row', 'data-passage': i, part: 'row' },
      h('div', { class: 'row-head' },
        badge,
        h('span', null, words.t('similar', { p: words.percent(passage.similarity) })),
        passage.moved ? h('span', { class: 'moved-flag' }, words.t('movedFlag')) : null,
        h('span', null, words.t('route', { a: numberA, b: numberB }))),
      h('div', { class: 'row-body' },
        this.#cell(i, 'a', words.t('where', { side: 'A', para: numberA })),
        this.#cell(i, 'b', words.t('where', { side: 'B', para: numberB }))));
    this.rows[i] = row;
    return row;
  }

  #cell(i, side, where) {
    const passage = this.result.passages[i];
    const text = this.texts[side];
    const skip = side === 'a' ? '+' : '-';
    const range = side === 'a' ? 1 : 2;
    const mark = h('mark', { part: 'passage', 'data-passage': i, class: colourClass(this.result, i) });
    for (const edit of passage.edits) {
      if (edit[0] === skip) continue;
      const piece = text.slice(edit[range][0], edit[range][1]);
      if (!piece) continue;
      mark.append(edit[0] === '=' ? piece : editElement(side === 'a' ? 'del' : 'ins', piece));
    }
    return h('p', { class: 'cell' }, h('span', { class: 'where' }, where), mark);
  }
}
