// Pointer and keyboard behaviour: hover or focus highlights a pair; click or Enter brings the
// partner level with it; Tab / Shift+Tab (the badges are buttons) and n / p step through the
// passages; Escape clears. Works on the shared state of one widget (`ui`), see overlap-view.mjs.
import { levelWith, reveal } from './overlap-view-geometry.mjs';

const other = (side) => (side === 'a' ? 'b' : 'a');

function motion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

export class Interaction {
  constructor(ui) {
    this.ui = ui;
    this.pending = null;  // an alignment waiting for its passage to be drawn
    this.settle = null;   // the correction of the latest alignment, run once its scroll ends
    const root = ui.parts.root;
    root.addEventListener('click', (event) => this.#onClick(event));
    root.addEventListener('focusin', (event) => this.#onFocus(event));
    root.addEventListener('keydown', (event) => this.#onKey(event));
    root.addEventListener('pointerover', (event) => this.hover(passageOf(event.target)));
    root.addEventListener('pointerout', (event) => {
      if (!root.contains(event.relatedTarget) || passageOf(event.relatedTarget) < 0) this.hover(-1);
    });
  }

  /** Elements of passage i that show its state: marks, badges, the list row. */
  #elements(i) {
    const { columns, list } = this.ui;
    const found = [];
    if (i < 0) return found;
    if (columns) {
      for (const side of ['a', 'b']) {
        found.push(...columns[side].marks[i]);
        if (columns[side].badges[i]) found.push(columns[side].badges[i]);
      }
    }
    if (list?.rows[i]) found.push(list.rows[i], list.badges[i]);
    return found;
  }

  hover(i) {
    if (i === this.ui.hot) return;
    for (const el of this.#elements(this.ui.hot)) el.classList.remove('hot');
    this.ui.hot = i;
    for (const el of this.#elements(i)) el.classList.add('hot');
    this.ui.links.state.hot = i;
    this.ui.links.schedule();
  }

  /** Makes passage i the selected one (-1: none); with `align`, brings its partner level. */
  select(i, { align = false, from = 'a', cause = 'api' } = {}) {
    const { ui } = this;
    const n = ui.result?.passages.length ?? 0;
    if (!(i >= -1 && i < n)) return;
    // Against several sources, a passage of another source than the one shown brings it in.
    if (i >= 0 && ui.result.passages[i].source !== undefined) ui.showSource(ui.result.passages[i].source);
    if (i !== ui.selected) {
      for (const el of this.#elements(ui.selected)) el.classList.remove('sel');
      ui.selected = i;
      for (const el of this.#elements(i)) el.classList.add('sel');
      ui.links.state.selected = i;
      ui.links.schedule();
      ui.dispatch('overlap-select', {
        index: i < 0 ? null : i, passage: i < 0 ? null : ui.result.passages[i], side: i < 0 ? null : from, cause,
      });
    }
    if (i >= 0 && align) this.align(i, from, cause);
    if (i >= 0 && ui.view === 'passages') ui.list?.rows[i]?.scrollIntoView({ block: 'nearest', behavior: motion() });
  }

  /** Shows one pane of a narrow widget (a phone), where the texts take turns: "a" or "b". */
  showPane(side) {
    const { parts } = this.ui;
    parts.root.dataset.pane = side;
    for (const button of parts.panes.querySelectorAll('button'))
      button.setAttribute('aria-pressed', String(button.dataset.pane === side));
  }

  /** Shows passage i in its `from` column and scrolls the other column level with it. On a
   *  narrow widget, one pane at a time, it turns to the other pane and shows the partner there;
   *  stepping with the keyboard stays in its pane. */
  align(i, from, cause = 'api') {
    const { columns, parts, view } = this.ui;
    if (view !== 'document' || !columns) return;
    const scroll = { a: parts.scrollA, b: parts.scrollB };
    if (!columns[from].marks[i].length || !columns[other(from)].marks[i].length) {
      this.pending = { i, from, cause };  // not drawn yet: retried after the next slice (drawn())
      return;
    }
    this.pending = null;
    if (this.ui.narrow) {
      const side = cause === 'keyboard' ? from : other(from);
      this.showPane(side);
      reveal(scroll[side], columns[side].marks[i], 'instant');
      if (side !== from) columns[side].badges[i]?.focus({ preventScroll: true });
      return;
    }
    reveal(scroll[from], columns[from].marks[i], 'instant');
    const to = other(from);
    const behavior = motion();
    const delta = levelWith(scroll[from], columns[from].marks[i], scroll[to], columns[to].marks[i], behavior);
    // Chunks near the target are laid out only once they come into view, which can shift it by
    // the difference from their estimated height: measure again when the scroll has settled.
    // Only the latest alignment settles, and only soon after it was asked for: a later scroll
    // is the reader's own.
    const asked = performance.now();
    const settle = () => {
      if (this.settle !== settle || performance.now() - asked > 3000) return;
      this.settle = null;
      levelWith(scroll[from], columns[from].marks[i], scroll[to], columns[to].marks[i], 'instant');
    };
    this.settle = settle;
    if (behavior === 'instant' || Math.abs(delta) < 1) requestAnimationFrame(() => requestAnimationFrame(settle));
    else scroll[to].addEventListener('scrollend', () => requestAnimationFrame(settle), { once: true });
  }

  /** Called by the renderer after each slice of drawing. */
  drawn() {
    if (this.pending) this.align(this.pending.i, this.pending.from, this.pending.cause);
  }

  /** Moves to the next (+1) or previous (-1) passage in the order of `side`. */
  step(direction, side) {
    const { ui } = this;
    const sequence = ui.view === 'passages' ? ui.list?.order : ui.columns?.[side].sequence;
    if (!sequence?.length) return;
    let at = sequence.indexOf(ui.selected);
    at = at < 0 ? (direction > 0 ? 0 : sequence.length - 1) : Math.min(Math.max(at + direction, 0), sequence.length - 1);
    const i = sequence[at];
    const badge = ui.view === 'passages' ? ui.list.badges[i] : ui.columns[side].badges[i];
    this.select(i, { align: true, from: side, cause: 'keyboard' });
    badge?.focus({ preventScroll: ui.view === 'document' });
  }

  #onClick(event) {
    const i = passageOf(event.target);
    if (i < 0) return;
    const side = sideOf(event.target);
    this.select(i, { align: this.ui.view === 'document', from: side, cause: 'click' });
  }

  #onFocus(event) {
    const i = passageOf(event.target);
    if (i >= 0 && event.target.matches('.badge')) this.select(i, { from: sideOf(event.target), cause: 'focus' });
  }

  #onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const side = sideOf(event.target);
    if (event.key === 'n' || event.key === 'p') {
      event.preventDefault();
      this.step(event.key === 'n' ? 1 : -1, side);
    } else if (event.key === 'Escape') {
      this.hover(-1);
      this.select(-1, { cause: 'keyboard' });
    } else if (event.key === 'Enter' && !event.target.matches('button') && this.ui.selected >= 0) {
      this.select(this.ui.selected, { align: true, from: side, cause: 'keyboard' });
    }
  }
}

function passageOf(node) {
  const el = node?.closest?.('[data-passage]');
  return el ? Number(el.getAttribute('data-passage')) : -1;
}

// The column (or the list order) an event came from; connectors and the header count as A.
function sideOf(node) {
  const el = node?.closest?.('[data-side], .scroll');
  if (!el) return 'a';
  if (el.dataset.side) return el.dataset.side;
  return el.classList.contains('b') ? 'b' : 'a';
}
