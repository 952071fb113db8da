// The fixed parts of the widget's shadow tree, built once per instance: header (summary, legend,
// view switch), status and error lines, the document view's two columns and connector gutter,
// and the passages view. What the texts fill in is built by the column and list modules.
import { h } from './overlap-view-dom.mjs';

function switchOf(label, name, options) {
  return h('div', { class: 'switch', role: 'group', 'aria-label': label },
    ...options.map(([value, text]) => h('button', { type: 'button', [`data-${name}`]: value, 'aria-pressed': 'false' }, text)));
}

export function buildSkeleton() {
  const parts = {};
  const keep = (name, element) => (parts[name] = element);
  const legend = h('ul', { class: 'legend', part: 'legend', 'aria-label': 'Legend' },
    h('li', null, h('span', { class: 'swatch' }, 'Shared'), ' in both'),
    h('li', null, h('del', null, 'deleted'), ' only in A'),
    h('li', null, h('ins', null, 'inserted'), ' only in B'),
    h('li', null, '⇄ moved'));
  const root = keep('root', h('div', { class: 'root', part: 'root', 'data-state': 'idle' },
    h('div', { class: 'bar', part: 'header' },
      keep('summary', h('p', { class: 'summary', part: 'summary' })),
      legend,
      keep('views', switchOf('View', 'view', [['document', 'Document'], ['passages', 'Passages']]))),
    keep('status', h('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' },
      keep('statusText', h('span')),
      keep('progress', h('progress', { hidden: true, 'aria-label': 'Comparing' })))),
    keep('warnings', h('p', { class: 'status', part: 'warnings', hidden: true })),
    keep('error', h('div', { class: 'error', part: 'error', role: 'alert', hidden: true })),
    keep('doc', h('div', { class: 'doc', part: 'document' },
      keep('labelA', h('div', { class: 'label a', part: 'label label-a' })),
      h('div', { class: 'label gap', 'aria-hidden': 'true' }),
      keep('labelB', h('div', { class: 'label b', part: 'label label-b' })),
      keep('scrollA', h('div', { class: 'scroll a', part: 'column column-a', role: 'region', tabindex: '0' },
        keep('textA', h('div', { class: 'text' })))),
      keep('svg', h('svg', { class: 'links', part: 'connectors', 'aria-hidden': 'true', focusable: 'false' })),
      keep('scrollB', h('div', { class: 'scroll b', part: 'column column-b', role: 'region', tabindex: '0' },
        keep('textB', h('div', { class: 'text' })))))),
    keep('listView', h('div', { class: 'list', part: 'passages-view', hidden: true },
      h('div', { class: 'order' }, h('span', null, 'Order by'),
        keep('orders', switchOf('Order by', 'order', [['a', 'A'], ['b', 'B']]))),
      keep('rows', h('ol', { class: 'rows', 'aria-label': 'Shared passages' }))))));
  return parts;
}
