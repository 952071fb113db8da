// The fixed parts of the widget's shadow tree, built once per instance: header (summary, legend,
// view switch, pane switch for phones), status and error lines, the document view's two columns
// and connector gutter, the passages view and the changes view. What the texts fill in is built
// by the column, list and changes modules.
// Every word of the widget's own is a key of overlap-view-i18n.mjs: parts.localize(words) puts
// them in (again whenever the language changes). The parts holding the widget's words take the
// language's direction; the two columns follow the page's (A on the right in a right-to-left
// page), and dir="auto" on labels and paragraphs lets article text keep its own.
import { h } from './overlap-view-dom.mjs';

export function buildSkeleton() {
  const parts = {};
  const texts = [];       // [text node, key]
  const attributes = [];  // [element, attribute, key]
  const keep = (name, element) => (parts[name] = element);
  const say = (key) => {
    const node = document.createTextNode('');
    texts.push([node, key]);
    return node;
  };
  const named = (element, attribute, key) => {
    attributes.push([element, attribute, key]);
    return element;
  };
  const switchOf = (key, name, options) => named(h('div', { class: `switch ${name}s`, role: 'group' },
    ...options.map(([value, text]) => h('button', { type: 'button', [`data-${name}`]: value, 'aria-pressed': 'false' },
      typeof text === 'string' ? say(text) : text))), 'aria-label', key);
  const legend = named(h('ul', { class: 'legend', part: 'legend' },
    h('li', null, h('span', { class: 'swatch' }, say('legendShared')), say('legendSharedNote')),
    h('li', null, h('del', null, say('legendDeleted')), say('legendDeletedNote')),
    h('li', null, h('ins', null, say('legendInserted')), say('legendInsertedNote')),
    h('li', null, say('legendMoved'))), 'aria-label', 'legend');
  const root = keep('root', h('div', { class: 'root', part: 'root', 'data-state': 'idle', 'data-pane': 'a' },
    keep('bar', h('div', { class: 'bar', part: 'header' },
      keep('summary', h('p', { class: 'summary', part: 'summary' })),
      legend,
      keep('views', switchOf('view', 'view', [['document', 'viewDocument'], ['passages', 'viewPassages'], ['changes', 'viewChanges']])),
      keep('panes', switchOf('showText', 'pane', [['a', keep('paneA', h('span', { dir: 'auto' }))], ['b', keep('paneB', h('span', { dir: 'auto' }))]])),
      // One text against several sources: which source the second column shows.
      keep('sourceTabs', named(h('div', { class: 'tabs', part: 'source-tabs', role: 'tablist', hidden: true }), 'aria-label', 'sources')))),
    keep('status', h('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' },
      keep('statusText', h('span')),
      keep('progress', named(h('progress', { hidden: true }), 'aria-label', 'progress')))),
    keep('warnings', h('p', { class: 'status', part: 'warnings', hidden: true })),
    keep('error', h('div', { class: 'error', part: 'error', role: 'alert', hidden: true })),
    keep('docEmpty', h('p', { class: 'empty', part: 'empty', hidden: true })),
    keep('doc', h('div', { class: 'doc', part: 'document' },
      keep('labelA', h('div', { class: 'label a', part: 'label label-a', dir: 'auto' })),
      h('div', { class: 'label gap', 'aria-hidden': 'true' }),
      keep('labelB', h('div', { class: 'label b', part: 'label label-b', dir: 'auto' })),
      keep('scrollA', h('div', { class: 'scroll a', part: 'column column-a', role: 'region', tabindex: '0' },
        keep('textA', h('div', { class: 'text' })))),
      keep('svg', h('svg', { class: 'links', part: 'connectors', 'aria-hidden': 'true', focusable: 'false' })),
      keep('scrollB', h('div', { class: 'scroll b', part: 'column column-b', role: 'region', tabindex: '0', id: 'text-b' },
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
      h('div', { class: 'order' }, h('span', null, say('orderBy')),
        keep('orders', switchOf('orderBy', 'order', [['a', h('span', null, 'A')], ['b', h('span', null, 'B')]]))),
      keep('listEmpty', h('p', { class: 'empty', hidden: true })),
      keep('rows', named(h('ol', { class: 'rows' }), 'aria-label', 'sharedPassages')))),
    keep('changes', h('div', { class: 'changes', part: 'changes-view', hidden: true },
      h('div', { class: 'change-nav' },
        keep('changesPrev', h('button', { type: 'button', 'aria-keyshortcuts': 'p' }, say('previousChange'))),
        keep('changesCount', h('span', { class: 'change-count', role: 'status' })),
        keep('changesNext', h('button', { type: 'button', 'aria-keyshortcuts': 'n' }, say('nextChange')))),
      keep('changesEmpty', h('p', { class: 'empty', hidden: true })),
      keep('changesText', named(h('div', { class: 'text change-text', role: 'region', tabindex: '0' }), 'aria-label', 'changesView'))))));
  parts.localize = (words) => {
    root.setAttribute('lang', words.lang);
    for (const name of ['bar', 'status', 'warnings', 'error', 'docEmpty', 'listView', 'changes']) parts[name].setAttribute('dir', words.dir);
    for (const [node, key] of texts) node.data = words.t(key);
    for (const [element, attribute, key] of attributes) element.setAttribute(attribute, words.t(key));
  };
  return parts;
}
