// Where passages are on screen. Only what is near the visible part of a column is ever measured:
// a column's chunks are in text order, so a binary search over their boxes finds the visible
// ones among hundreds with a dozen measurements, and only marks in those are measured.
//
// Measurements are in viewport pixels; scroll offsets and SVG coordinates are in the element's
// own CSS pixels. They differ by the CSS `zoom` of the element's ancestors (a theme may zoom its
// content): distances are divided by zoomOf() before they scroll or draw anything.

/** The effective CSS zoom of an element: viewport pixels per CSS pixel of its own. */
export function zoomOf(element) {
  if (element.currentCSSZoom) return element.currentCSSZoom;
  const height = element.offsetHeight;
  return height > 0 ? element.getBoundingClientRect().height / height || 1 : 1;
}

/** {top, bottom} of a passage's marks in viewport coordinates, or null if not drawn (yet). */
export function extent(marks) {
  if (!marks || marks.length === 0) return null;
  const top = marks[0].getBoundingClientRect().top;
  const bottom = marks.length === 1 ? marks[0].getBoundingClientRect().bottom
    : marks[marks.length - 1].getBoundingClientRect().bottom;
  return { top, bottom };
}

/** [first, last] indices of the chunks (boxes in text order) intersecting [top, bottom]. */
export function visibleChunks(chunks, top, bottom) {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].getBoundingClientRect().bottom < top) lo = mid + 1; else hi = mid;
  }
  let last = lo - 1;
  while (last + 1 < chunks.length && chunks[last + 1].getBoundingClientRect().top <= bottom) ++last;
  return [lo, last];
}

/**
 * Extent of passage i of `column` for drawing against the viewport [top, bottom]: the real one
 * when it may be on screen, else just the edge of its chunk that faces the viewport. A chunk
 * off screen is not laid out, and measuring a mark inside it would force that layout.
 */
export function extentNear(column, i, top, bottom) {
  const first = column.firstChunk[i];
  const last = column.lastChunk[i];
  if (!first) return null;
  const above = last.getBoundingClientRect().bottom;
  if (above < top) return { top: above, bottom: above };
  const below = first.getBoundingClientRect().top;
  if (below > bottom) return { top: below, bottom: below };
  return extent(column.marks[i]);
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
  let wanted = box.top + (from.top - sourceBox.top);
  // Wholly inside the pane if it fits there; a passage taller than the pane starts level.
  if (to.bottom - to.top <= box.height) wanted = Math.min(wanted, box.bottom - (to.bottom - to.top));
  wanted = Math.max(box.top, Math.min(wanted, box.bottom - 48));
  const delta = to.top - wanted;
  if (Math.abs(delta) >= 1) target.scrollBy({ top: delta / zoomOf(target), behavior });
  return delta;
}

/** Scrolls `scroller` so the passage is in view with some context above, if it is not. */
export function reveal(scroller, marks, behavior) {
  const e = extent(marks);
  if (!e) return;
  const box = scroller.getBoundingClientRect();
  if (e.top >= box.top + 4 && e.bottom <= box.bottom - 4) return;
  if (e.top >= box.top && e.top <= box.bottom - 48 && e.bottom - e.top > box.height) return;
  scroller.scrollBy({ top: (e.top - (box.top + box.height * 0.2)) / zoomOf(scroller), behavior });
}
