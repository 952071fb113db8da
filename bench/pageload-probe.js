// Loaded first by every page of the page-load benchmark (bench/pageload.mjs). Once a frame, it
// checks whether the page shows the two texts readable and the first highlighted comparison,
// and records the time (ms since navigation started) after the first frame that painted each:
// in a task queued from that frame's requestAnimationFrame, so after its rendering. The same
// probe for every tool, so the figures compare.
(() => {
  'use strict';
  const tool = document.documentElement.dataset.tool;
  const widget = () => document.querySelector('overlap-view');
  const output = () => document.getElementById('out');
  const hasText = (element) => Boolean(element?.textContent.trim());
  const articlesShown = () => hasText(document.getElementById('a')) && hasText(document.getElementById('b'));
  const checks = tool.startsWith('overlap') ? {
    // The widget shows each text in its column: plain at first, highlighted once compared.
    readable: () => {
      const root = widget()?.shadowRoot;
      return hasText(root?.querySelector('.scroll.a .text')) && hasText(root?.querySelector('.scroll.b .text'));
    },
    // "rendering": the first chunks of the comparison are in the columns (state "ready" later).
    highlighted: () => ['rendering', 'ready'].includes(widget()?.state),
  } : tool === 'plain' ? {
    // The reference page shows its two articles as they are: nothing to highlight, so both times
    // are the texts painted.
    readable: articlesShown,
    highlighted: articlesShown,
  } : {
    // The peers show nothing until their diff is computed, then the whole diff at once.
    readable: () => hasText(output()),
    highlighted: () => hasText(output()),
  };
  const marks = {};
  window.benchMarks = marks;
  // One time for everything a frame first showed.
  const afterPaint = (names) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      for (const name of names) marks[name] = now;
    };
    channel.port2.postMessage(null);
  };
  const seen = new Set();
  const frame = () => {
    const shown = Object.keys(checks).filter((name) => !seen.has(name) && checks[name]());
    if (shown.length) {
      for (const name of shown) seen.add(name);
      afterPaint(shown);
    }
    if (seen.size < Object.keys(checks).length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
