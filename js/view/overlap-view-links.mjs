// The SVG connectors in the gutter between the columns: one ribbon per pair, from the passage's
// extent in A to its extent in B, in the pair's colour. Ribbons are redrawn (once a frame at
// most) when either column scrolls or the widget resizes; a pair with one side off screen
// narrows to a point at the top or bottom edge, pointing to where its partner is.
import { h } from './overlap-view-dom.mjs';
import { extentNear, visibleChunks, zoomOf } from './overlap-view-geometry.mjs';
import { colourClass } from './overlap-view-sources-load.mjs';

const EDGE = 3;  // px beyond the gutter's edge where an off-screen end converges
// Up to this many pairs every pair keeps its ribbon (those wholly off screen collapse onto an
// edge), so each pair always has its connector; beyond it only the visible ones are measured.
const ALL_PAIRS = 300;

export class Links {
  constructor(svg, scrollA, scrollB) {
    this.svg = svg;
    this.scroll = { a: scrollA, b: scrollB };
    this.paths = new Map();  // passage index -> <path>
    this.columns = null;
    this.frame = 0;
    this.state = { selected: -1, hot: -1 };
  }

  /** Columns whose marks to join: {a: Column, b: Column}; null clears the connectors. Draws
   *  nothing by itself: the caller knows when the columns have something to join. */
  attach(columns) {
    this.columns = columns;
    for (const path of this.paths.values()) path.remove();
    this.paths.clear();
  }

  /** Whether every pair has its ribbon (few pairs), rather than only those near the screen. */
  get drawsAll() {
    return (this.columns?.a.marks.length ?? 0) <= ALL_PAIRS;
  }

  /** Redraw at the next frame, however many times this is asked before it. */
  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  draw() {
    const { columns, svg } = this;
    if (!columns || !svg.isConnected) return;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;  // hidden (narrow layout, passages view)
    const view = { a: this.scroll.a.getBoundingClientRect(), b: this.scroll.b.getBoundingClientRect() };
    const shown = new Set();
    const n = columns.a.marks.length;
    if (this.drawsAll) for (let i = 0; i < n; ++i) shown.add(i);
    else {
      for (const side of ['a', 'b']) {
        const column = columns[side];
        const [first, last] = visibleChunks(column.chunks, view[side].top, view[side].bottom);
        for (let c = first; c <= last; ++c) for (const i of column.chunkPassages[c]) shown.add(i);
      }
    }
    const { selected, hot } = this.state;
    if (selected >= 0) shown.add(selected);
    for (const [i, path] of this.paths) {
      if (!shown.has(i)) {
        path.remove();
        this.paths.delete(i);
      }
    }
    // All measuring first, then all writing: a write between two reads would make the browser
    // lay the page out again for the second read.
    const ends = [];
    for (const i of shown) {
      const a = extentNear(columns.a, i, view.a.top, view.a.bottom);
      const b = extentNear(columns.b, i, view.b.top, view.b.bottom);
      if (a && b) ends.push([i, a, b]);
    }
    // The path is drawn in the gutter's own pixels, the measurements are viewport pixels.
    const zoom = zoomOf(svg);
    const w = box.width / zoom;
    const height = box.height / zoom;
    const y = (viewportY) => (viewportY - box.top) / zoom;
    const c = w / 2;
    // In a right-to-left page the grid puts A on the right: the ribbons start there too.
    const [ax, bx] = getComputedStyle(svg).direction === 'rtl' ? [w, 0] : [0, w];
    for (const [i, a, b] of ends) {
      const [a0, a1] = clampEnds(y(a.top), y(a.bottom), height);
      const [b0, b1] = clampEnds(y(b.top), y(b.bottom), height);
      let path = this.paths.get(i);
      if (!path) {
        path = h('path', { 'data-passage': i, part: 'connector' });
        this.paths.set(i, path);
        svg.append(path);
      }
      path.setAttribute('d', `M${ax} ${a0}C${c} ${a0} ${c} ${b0} ${bx} ${b0}L${bx} ${b1}C${c} ${b1} ${c} ${a1} ${ax} ${a1}Z`);
      path.setAttribute('class', `link ${colourClass(columns.a.result, i)}${i === selected ? ' sel' : ''}${i === hot ? ' hot' : ''}`);
    }
    // The emphasised ribbon is drawn last, over its neighbours.
    for (const i of [selected, hot]) if (this.paths.has(i)) svg.append(this.paths.get(i));
  }
}

// An end entirely off screen becomes a point just past the nearest edge.
function clampEnds(top, bottom, height) {
  if (bottom < 0) return [-EDGE, -EDGE];
  if (top > height) return [height + EDGE, height + EDGE];
  return [round(Math.max(top, -EDGE)), round(Math.min(bottom, height + EDGE))];
}

const round = (y) => Math.round(y * 10) / 10;
