// Main-thread responsiveness, recorded from the start of the page: every long task (over 50 ms,
// reported by the browser) and the longest gap between two runs of a zero-delay timer chain,
// which bounds the longest task of any length.
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

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
