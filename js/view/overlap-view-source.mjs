// Where the widget's two texts come from: elements on the page (a="#id"), documents fetched
// from URLs (src-a="…"), or strings from script. Page text is read the way a reader sees it:
// white space collapsed as the browser renders it, and a blank line between blocks, so that
// the compared string has the paragraphs the widget shows.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TR', 'UL',
]);
// Not prose: never part of the compared text, whatever they contain.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SVG', 'MATH', 'SELECT', 'BUTTON', 'AUDIO', 'VIDEO',
]);

/** The text of an element (or a parsed document's body) with paragraph breaks between blocks. */
export function textOfElement(root) {
  if (!root) return '';
  const tag = root.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return root.value;
  // Pieces are joined and tidied once at the end: repeated string surgery on a growing string
  // would be quadratic on long documents. Inside <pre>, spaces next to line breaks are lost.
  const parts = [];
  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(pre ? child.data : child.data.replace(/[ \t\n\r\f]+/g, ' '));
      } else if (child.nodeType === 1) {
        const name = child.tagName.toUpperCase();
        if (SKIPPED.has(name) || child.hidden) continue;
        if (name === 'BR') { parts.push('\n'); continue; }
        const block = BLOCKS.has(name);
        if (block) parts.push('\n\n');
        else if (name === 'TD' || name === 'TH') parts.push(' ');
        walk(child, pre || name === 'PRE');
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(root.body ?? root, false);
  return parts.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Text of an HTML document given as a string. DOMParser documents are inert: no script runs
 *  and no resource loads, whatever the markup holds. */
export function textOfHtml(html) {
  return textOfElement(new DOMParser().parseFromString(html, 'text/html'));
}

/** Fetches a plain-text or HTML document and returns its text. */
export async function fetchText(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new Error(`Could not load ${url}: ${error.message}`, { cause: error });
  }
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const body = await response.text();
  const type = response.headers.get('Content-Type') || '';
  const html = /html|xml/i.test(type) || (!type && /^\s*</.test(body));
  return html ? textOfHtml(body) : body;
}

// The containers that hold one post or article on the pages of common CMSs and themes: a widget
// inside one reads its texts there first, so that two posts on one page (an archive, a feed), each
// with its own id="original", each compare their own texts. `data-overlap-scope` marks any other.
export const SCOPES = '[data-overlap-scope], article, .hentry, .wp-block-post, .post, .node';

/**
 * The element a selector attribute names: looked for in the widget's own post or article first
 * (the nearest enclosing SCOPES element), then in the widget's tree (a shadow root) and the
 * document. A selector matching several elements where it is looked for is an error: taking
 * the first would silently compare another post's text. Throws a MissingSourceError when
 * nothing matches (yet).
 */
export function findSource(host, selector) {
  const places = [host.parentElement?.closest(SCOPES), host.getRootNode(), document];
  const seen = new Set();
  for (const place of places) {
    if (!place?.querySelectorAll || seen.has(place)) continue;
    seen.add(place);
    let found;
    try {
      found = place.querySelectorAll(selector);
    } catch {
      throw new Error(`"${selector}" is not a valid CSS selector`);
    }
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const where = place === document || place instanceof ShadowRoot ? 'on the page' : 'in the widget\'s post';
      throw new Error(`"${selector}" matches ${found.length} elements ${where}: give each text a unique id, or put each widget and its texts in their own <article> or [data-overlap-scope] element`);
    }
  }
  throw new MissingSourceError(selector);
}

/** No element matches a selector yet: the widget keeps watching for it (see SourceWatch). */
export class MissingSourceError extends Error {
  constructor(selector) {
    super(`No element on the page matches "${selector}"`);
    this.name = 'MissingSourceError';
    this.selector = selector;
  }
}

/**
 * Watches the page for the elements of selectors that matched nothing, as on pages whose scripts
 * add content after the widget has started: `onChange` is called (at most once a frame) when
 * the page's elements change, for a bounded time, after which a missing element stays an error.
 */
export class SourceWatch {
  static LIMIT_MS = 60000;

  constructor(onChange) {
    this.onChange = onChange;
    this.observer = null;
    this.timer = 0;
    this.frame = 0;
  }

  start() {
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.onChange();
      });
    });
    this.observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id', 'class', 'name'] });
    this.timer = setTimeout(() => this.stop(), SourceWatch.LIMIT_MS);
  }

  stop() {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

// Several sources (one text against several, compare(a, [b1, b2, …])): `b` may list several
// selectors, `src-b` several URLs. Each selector still names one element (a selector matching
// several is the error above, as with two texts), so a list is written out: b="#pa-1654, #pa-1920".

/** The selectors of a selector list, split at its top-level commas (not those inside
 *  parentheses, brackets or quotes, as in `:is(h1, h2)` or `[title="a, b"]`). */
export function selectorList(list) {
  const out = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; ++i) {
    const c = list[i];
    if (quote) {
      if (c === '\\') ++i;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') ++i;
    else if (c === '(' || c === '[') ++depth;
    else if (c === ')' || c === ']') --depth;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** The URLs of a `src-b` list: separated by white space (a URL holds none; a space is %20). */
export function urlList(list) {
  return list.trim().split(/\s+/).filter(Boolean);
}

/** A source element's name: its data-name, else its title; null without either. */
export function elementName(element) {
  return element.getAttribute('data-name')?.trim() || element.getAttribute('title')?.trim() || null;
}

/** A source URL's name: its file name, decoded ("pa%2016-54.txt" → "pa 16-54.txt"). */
export function urlName(url) {
  const file = new URL(url).pathname.split('/').filter(Boolean).pop() ?? url;
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}
