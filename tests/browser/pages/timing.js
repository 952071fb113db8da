// Main-thread responsiveness, recorded from the start of the page: every long task (over 50 ms,
// reported by the browser); every long animation frame with the scripts that ran in it (which
// tells the widget's own work from the rest: the API's, the test's, or a busy machine stretching
// a short task); and the longest gap between two runs of a zero-delay timer chain.
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

window.longFrames = [];
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.longFrames.push({
        start: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration,
        render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
        scripts: entry.scripts.map((s) => ({
          source: s.sourceURL.split('/').pop(), fn: s.sourceFunctionName, invoker: s.invoker,
          duration: Math.round(s.duration), layout: Math.round(s.forcedStyleAndLayoutDuration),
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

window.gaps = { since: 0, max: 0, at: 0 };
let last = performance.now();
(function tick() {
  const now = performance.now();
  if (now - last > window.gaps.max && last >= window.gaps.since) window.gaps = { since: window.gaps.since, max: now - last, at: last };
  last = now;
  setTimeout(tick, 0);
})();
/** Starts a new measurement window for the gap probe. */
window.resetGaps = () => { window.gaps = { since: performance.now(), max: 0, at: 0 }; };
