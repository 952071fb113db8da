// theme="auto" follows the page the widget sits in, not only the reader's system: a theme's
// white page stays white in a dark system, and a dark page gets a dark widget in a light one.
// The page's own background decides (the nearest opaque background among the widget's
// ancestors); where none is set, the canvas does, and the canvas is dark only when the page's
// `color-scheme` allows dark and the system prefers it (or the page allows dark only).
// The answer is a custom state of the element (:state(page-dark) / :state(page-light)) that the
// stylesheet keys on; a browser without custom states keeps following prefers-color-scheme.

// Relative luminance below which white text reads better than black (the crossing of the two
// contrast ratios): such a background is a dark page.
const DARK_LUMINANCE = 0.179;

/** Whether the page behind `host` is dark. */
export function pageIsDark(host) {
  for (let el = parentOf(host); el; el = parentOf(el)) {
    const colour = parseRgb(getComputedStyle(el).backgroundColor);
    if (colour === null) break;          // a colour syntax not read here: use the canvas rule
    if (colour.alpha >= 0.5) return luminance(colour) < DARK_LUMINANCE;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (!/\bdark\b/.test(scheme)) return false;
  if (!/\blight\b/.test(scheme)) return true;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

// The element's parent, crossing out of a shadow root to its host.
function parentOf(el) {
  return el.parentElement ?? el.getRootNode()?.host ?? null;
}

function parseRgb(value) {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), alpha };
}

function luminance({ r, g, b }) {
  const linear = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Keeps the element's page-dark / page-light state current: checked when the widget connects
 * and draws, when the system scheme changes, and when the root or body elements change their
 * attributes (sites switch their dark mode with a class or data attribute there).
 */
export class SchemeWatch {
  constructor(host, internals) {
    this.host = host;
    this.states = internals.states;
    this.media = matchMedia('(prefers-color-scheme: dark)');
    this.update = this.update.bind(this);
    this.observer = new MutationObserver(this.update);
  }

  start() {
    this.media.addEventListener('change', this.update);
    this.observer.observe(document.documentElement, { attributes: true });
    if (document.body) this.observer.observe(document.body, { attributes: true });
    this.update();
  }

  stop() {
    this.media.removeEventListener('change', this.update);
    this.observer.disconnect();
  }

  update() {
    if (!this.states || !this.host.isConnected) return;
    const dark = pageIsDark(this.host);
    try {
      if (dark) { this.states.delete('page-light'); this.states.add('page-dark'); }
      else { this.states.delete('page-dark'); this.states.add('page-light'); }
    } catch {
      this.states = null;  // an older syntax of custom states (--name): keep the system's scheme
    }
  }
}
