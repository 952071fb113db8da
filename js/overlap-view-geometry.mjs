// Where passages are on screen. Only passages near the visible part of a column are ever
// measured: the passages of a column appear in text order, so their positions increase and a
// binary search finds the visible ones among thousands with a dozen measurements.

/** {top, bottom} of a passage's marks in viewport coordinates, or null if not drawn (yet). */
export function extent(marks) {
  if (!marks || marks.length === 0) return null;
  const top = marks[0].getBoundingClientRect().top;
  const bottom = marks.length === 1 ? marks[0].getBoundingClientRect().bottom
    : marks[marks.length - 1].getBoundingClientRect().bottom;
  return { top, bottom };
}

/** Passages of `sequence` (in column order) whose marks intersect [top, bottom]. */
export function visiblePassages(sequence, marks, top, bottom) {
  let lo = 0;
  let hi = sequence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = extent(marks[sequence[mid]]);
    if (e && e.bottom < top) lo = mid + 1; else hi = mid;
  }
  const visible = [];
  for (let k = lo; k < sequence.length; ++k) {
    const e = extent(marks[sequence[k]]);
    if (!e || e.top > bottom) break;
    visible.push(sequence[k]);
  }
  return visible;
}

/**
 * Scrolls `target` so that its passage (`targetMarks`) is level with the source passage: at the
 * same height on screen side by side, at the same height within its own pane when the panes
 * are stacked; kept wholly inside the pane when it fits. Returns the distance asked for.
 */
export function levelWith(source, sourceMarks, target, targetMarks, behavior) {
  const from = extent(sourceMarks);
  const to = extent(targetMarks);
  if (!from || !to) return 0;
  const sourceBox = source.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const height = Math.min(to.bottom - to.top, box.height);
  const wanted = Math.min(Math.max(box.top + (from.top - sourceBox.top), box.top), box.bottom - height);
  const delta = to.top - wanted;
  if (Math.abs(delta) >= 1) target.scrollBy({ top: delta, behavior });
  return delta;
}

/** Scrolls `scroller` so the passage is in view with some context above, if it is not. */
export function reveal(scroller, marks, behavior) {
  const e = extent(marks);
  if (!e) return;
  const box = scroller.getBoundingClientRect();
  if (e.top >= box.top + 4 && e.bottom <= box.bottom - 4) return;
  if (e.top >= box.top && e.top <= box.bottom - 48 && e.bottom - e.top > box.height) return;
  scroller.scrollBy({ top: e.top - (box.top + box.height * 0.2), behavior });
}
