// The source tabs of a comparison with several sources: one tab per source, in the order given,
// each in its source's colour with its share of A. The selected tab's source is the one the
// second column (and the passages and changes views) shows. The ARIA tabs pattern: one tab stop,
// arrow keys, Home and End move between the tabs and show their source.
import { h } from './overlap-view-dom.mjs';
import { sourceColour } from './overlap-view-sources-model.mjs';

export class SourceTabs {
  /** `list`: the (empty) tablist element; `onPick(k)`: a tab was chosen. */
  constructor(list, onPick) {
    this.list = list;
    this.tabs = [];
    list.addEventListener('click', (event) => {
      const tab = event.target.closest('[role="tab"]');
      if (tab) onPick(Number(tab.dataset.source));
    });
    list.addEventListener('keydown', (event) => {
      const at = this.tabs.indexOf(event.target.closest('[role="tab"]'));
      if (at < 0) return;
      const n = this.tabs.length;
      const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: n - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      // In a right-to-left layout the arrows follow what the reader sees.
      const rtl = getComputedStyle(list).direction === 'rtl' && event.key.startsWith('Arrow') && /Left|Right/.test(event.key);
      const k = ((rtl ? 2 * at - to : to) + n) % n;
      onPick(k);
      this.tabs[k].focus();
    });
  }

  /** Shows a tab per source of `result` (none for a comparison of two texts). */
  show(result, words) {
    this.tabs = (result?.sources ?? []).map((s, k) => h('button', {
      type: 'button', role: 'tab', class: 'tab', part: 'source-tab', 'data-source': k, dir: 'auto',
      'aria-selected': 'false', tabindex: '-1', 'aria-controls': 'text-b',
      'aria-label': words.t('sourceTab', { name: s.name, p: words.percent(s.aShared), n: s.passages }),
    }, h('span', { class: `swatch ${sourceColour(k)}`, 'aria-hidden': 'true' }), h('span', { class: 'name', title: s.name }, s.name),
    h('span', { class: 'share', 'aria-hidden': 'true' }, ` ${words.percent(s.aShared)}`)));
    this.list.replaceChildren(...this.tabs);
    this.list.hidden = this.tabs.length === 0;
  }

  /** Scrolls tab k into the strip when the tabs overflow it (a phone shows them on one line).
   *  Not on first drawing: measuring there would lay the widget out early. */
  reveal(k) {
    const tab = this.tabs[k];
    if (!tab || this.list.scrollWidth <= this.list.clientWidth) return;
    const box = tab.getBoundingClientRect();
    const strip = this.list.getBoundingClientRect();
    if (box.left < strip.left) this.list.scrollBy({ left: box.left - strip.left, behavior: 'instant' });
    else if (box.right > strip.right) this.list.scrollBy({ left: box.right - strip.right, behavior: 'instant' });
  }

  /** Marks tab k as the selected one (and the tab stop). */
  select(k) {
    this.tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === k));
      tab.tabIndex = i === k ? 0 : -1;
    });
  }
}
