// The one way the widget creates elements. Text only ever arrives as text nodes (textContent,
// createTextNode); there is no innerHTML anywhere, so article text can never become markup.
// Styles come as constructable stylesheets, which a page's strict `style-src` allows (unlike
// <style> elements and style="" attributes).

/** An element with attributes (set with setAttribute: never `style`) and children. */
export function h(tag, attributes, ...children) {
  const element = tag === 'svg' || tag === 'path' || tag === 'g'
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  if (attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'class') element.setAttribute('class', value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

// An edit of this many characters or fewer (not counting white space) is drawn as a framed box.
const TINY_EDIT = 2;

/**
 * A deleted (`del`) or inserted (`ins`) stretch of text. One of a character or two is drawn
 * wide enough to see and read (class "tiny"), its surrounding white space left outside the
 * box; returns a fragment then.
 */
export function editElement(tag, text) {
  const part = tag === 'del' ? 'deleted' : 'inserted';
  const core = text.trim();
  if (!core || [...core].length > TINY_EDIT) return h(tag, { part }, text);
  const lead = text.slice(0, text.indexOf(core));
  const trail = text.slice(lead.length + core.length);
  const fragment = document.createDocumentFragment();
  if (lead) fragment.append(lead);
  fragment.append(h(tag, { part, class: 'tiny' }, core));
  if (trail) fragment.append(trail);
  return fragment;
}

/** A constructable stylesheet of `css`, for a shadow root's adoptedStyleSheets. */
export function styleSheet(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
