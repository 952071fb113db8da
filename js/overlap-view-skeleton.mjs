// The fixed parts of the widget's shadow tree, built once per instance: header (summary, legend,
// view switch), status and error lines, the document view's two columns and connector gutter,
// and the passages view. What the texts fill in is built by the column and list modules.
// The widget's own words are English: dir="auto" keeps them left-to-right in a right-to-left
// page, and lets labels in Arabic or Hebrew read right-to-left.
import { h } from './overlap-view-dom.mjs';

function switchOf(label, name, options) {
  return h('div', { class: 'switch', role: 'group', 'aria-label': label },
    ...options.map(([value, text]) => h('button', { type: 'button', [`data-${name}`]: value, 'aria-pressed': 'false' }, text)));
}

export function buildSkeleton() {
  const parts = {};
  const keep = (name, element) => (parts[name] = element);
  const legend = h('ul', { class: 'legend', part: 'legend', 'aria-label': 'Legend', dir: 'auto' },
    h('li', null, h('span', { class: 'swatch' }, 'Shared'), ' in both'),
    h('li', null, h('del', null, 'deleted'), ' only in A'),
    h('li', null, h('ins', null, 'inserted'), ' only in B'),
    h('li', null, '⇄ moved'));
  const root = keep('root', h('div', { class: 'root', part: 'root', 'data-state': 'idle' },
    h('div', { class: 'bar', part: 'header' },
      keep('summary', h('p', { class: 'summary', part: 'summary', dir: 'auto' })),
      legend,
      keep('views', switchOf('View', 'view', [['document', 'Document'], ['passages', 'Passages']]))),
    keep('status', h('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' },
      keep('statusText', h('span', { dir: 'auto' })),
      keep('progress', h('progress', { hidden: true, 'aria-label': 'Comparing' })))),
    keep('warnings', h('p', { class: 'status', part: 'warnings', hidden: true })),
    keep('error', h('div', { class: 'error', part: 'error', role: 'alert', hidden: true, dir: 'auto' })),
    keep('doc', h('div', { class: 'doc', part: 'document' },
      keep('labelA', h('div', { class: 'label a', part: 'label label-a', dir: 'auto' })),
      h('div', { class: 'label gap', 'aria-hidden': 'true' }),
      keep('labelB', h('div', { class: 'label b', part: 'label label-b', dir: 'auto' })),
      keep('scrollA', h('div', { class: 'scroll a', part: 'column column-a', role: 'region', tabindex: '0' },
        keep('textA', h('div', { class: 'text' })))),
      keep('svg', h('svg', { class: 'links', part: 'connectors', 'aria-hidden': 'true', focusable: 'false' })),
      keep('scrollB', h('div', { class: 'scroll b', part: 'column column-b', role: 'region', tabindex: '0' },
        keep('textB', h('div', { class: 'text' })))))),
    // Invisible samples of every font the widget draws with. A font's first use costs the
    // browser a font lookup (tens of milliseconds on Linux); this way it is paid when the widget
    // first appears, not inside the task that draws the first screen of a comparison.
    h('div', { class: 'warm', 'aria-hidden': 'true' },
      // The characters the widget itself writes, some of which come from a fallback font.
      // Each inside the parent that sets its size: a font at each size is a separate lookup.
      h('div', { class: 'bar' }, h('p', { class: 'summary' }, '0% · ⇄')),
      h('div', { class: 'row-head' }, h('span', { class: 'moved-flag' }, '⇄ moved')),
      h('span', { class: 'badge' }, '1 ⇄'), h('span', { class: 'label' }, 'A · B'),
      h('div', { class: 'text' }, h('p', null, 'A', h('del', null, 'b'), h('ins', null, 'c'))),
      h('span', { class: 'where' }, 'A · ¶ →')),
    keep('listView', h('div', { class: 'list', part: 'passages-view', hidden: true },
      h('div', { class: 'order' }, h('span', null, 'Order by'),
        keep('orders', switchOf('Order by', 'order', [['a', 'A'], ['b', 'B']]))),
      keep('rows', h('ol', { class: 'rows', 'aria-label': 'Shared passages' }))))));
  return parts;
}
