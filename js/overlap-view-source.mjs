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

/** The element a selector attribute names, searched in the host's tree first (so a widget inside
 *  a shadow root finds its neighbours), then in the document. */
export function findSource(host, selector) {
  const scope = host.getRootNode();
  let element = null;
  try {
    element = scope.querySelector?.(selector) ?? null;
    if (!element && scope !== document) element = document.querySelector(selector);
  } catch {
    throw new Error(`"${selector}" is not a valid CSS selector`);
  }
  if (!element) throw new Error(`No element on the page matches "${selector}"`);
  return element;
}
