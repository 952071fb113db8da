// The one way the widget creates elements. Text only ever arrives as text nodes (textContent,
// createTextNode); there is no innerHTML anywhere, so article text can never become markup.

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
