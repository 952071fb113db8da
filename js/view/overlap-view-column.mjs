// One column of the document view: a text drawn paragraph by paragraph, its shared passages
// wrapped in <mark part="passage" data-passage="N">, words deleted from A in <del>, words
// inserted in B in <ins>, and a numbered badge (the passage's keyboard stop) where each passage
// starts. Built a chunk at a time (step()) so a long text never blocks the page.
import { editElement, h } from './overlap-view-dom.mjs';
import { SAME, paragraphAt, paragraphs, passageLabel, runs } from './overlap-view-model.mjs';
import { colourClass, hasSources } from './overlap-view-sources-load.mjs';

// About a screenful of text per chunk: small enough to build well inside one slice, large
// enough that a 1 MB text is a few hundred chunks, not tens of thousands of elements to skip.
const CHUNK_CHARS = 3000;
// A paragraph longer than this (a text with no line breaks at all) is drawn as several blocks,
// cut after a sentence where possible: laying out one enormous block would block the page, and
// the browser can only skip off-screen content block by block.
const BLOCK_CHARS = 3000;

export function badgeFor(result, i, side, label) {
  const passage = result.passages[i];
  return h('button', {
    type: 'button', class: `badge ${colourClass(result, i)}`, part: 'badge', 'data-passage': i,
    'data-side': side, 'aria-label': label,
  }, String(i + 1), passage.moved ? h('span', { 'aria-hidden': 'true' }, ' ⇄') : null);
}

export class Column {
  /**
   * @param side "a" or "b"
   * @param container the element the chunks are appended to
   * @param otherParagraphs paragraph spans of the other text (for "also in B, paragraph 12");
   *   for A against several sources, those of each source
   * @param words the widget's words (overlap-view-i18n.mjs)
   * @param order the passages to draw, in this text's order (default: all): a source's column
   *   draws only that source's passages
   */
  constructor(side, text, result, container, paragraphSpans, otherParagraphs, words, order) {
    this.side = side;
    this.words = words;
    this.text = text;
    this.result = result;
    this.container = container;
    this.paras = paragraphSpans ?? paragraphs(text);
    this.otherParas = otherParagraphs;
    this.runs = runs(result, side, text.length, order);
    const n = result.passages.length;
    this.marks = Array.from({ length: n }, () => []);  // every mark of passage i, in text order
    this.badges = new Array(n).fill(null);
    this.sequence = [];  // passages in the order they appear in this column
    // Where each passage's marks are, by chunk, so that geometry can be read from chunk boxes
    // (cheap even for chunks the browser skips) rather than from marks inside them (which forces
    // the layout of the whole chunk).
    this.chunks = [];
    this.chunkPassages = [];  // per chunk: the passages with a mark in it, in text order
    this.firstChunk = new Array(n).fill(null);
    this.lastChunk = new Array(n).fill(null);
    this.nextParagraph = 0;
    this.at = 0;  // where the next block starts, inside an overlong paragraph
    this.nextRun = 0;
  }

  get done() {
    return this.nextParagraph * 2 >= this.paras.length;
  }

  /** Draws the next chunk of paragraphs; false once the whole text is drawn. */
  step() {
    if (this.done) return false;
    const chunk = h('div', { class: 'chunk' });
    this.chunk = chunk;
    this.chunks.push(chunk);
    this.chunkPassages.push([]);
    let chars = 0;
    while (!this.done && chars < CHUNK_CHARS) {
      const start = Math.max(this.paras[2 * this.nextParagraph], this.at);
      const end = this.paras[2 * this.nextParagraph + 1];
      const cut = end - start > BLOCK_CHARS ? blockEnd(this.text, start) : end;
      const p = this.#paragraph(start, cut);
      chunk.append(p);
      chars += cut - start;
      if (cut < end) {
        p.classList.add('cont');
        this.at = cut;
      } else {
        ++this.nextParagraph;
      }
    }
    // The estimate only matters until the chunk has been laid out once ("auto" remembers).
    chunk.style.containIntrinsicSize = `auto ${Math.round(chars / 2.2 + 24)}px`;
    this.container.append(chunk);
    return !this.done;
  }

  #paragraph(start, end) {
    const p = h('p', { dir: 'auto' });
    const { runs: r, text, side } = this;
    let k = this.nextRun;
    while (k < r.length && r[k + 1] <= start) k += 4;  // runs inside the paragraph separator
    let mark = null;
    for (; k < r.length && r[k] < end; k += 4) {
      const s = Math.max(r[k], start);
      const e = Math.min(r[k + 1], end);
      const passage = r[k + 2];
      if (e > s) {
        const piece = text.slice(s, e);
        if (passage < 0) {
          mark = null;
          p.append(piece);
        } else {
          if (!mark || mark.dataset.passage !== String(passage)) mark = this.#openMark(p, passage);
          mark.append(r[k + 3] === SAME ? piece : editElement(side === 'a' ? 'del' : 'ins', piece));
        }
      }
      if (r[k + 1] > end) break;  // the run continues in the next paragraph
    }
    this.nextRun = k;
    return p;
  }

  #openMark(p, i) {
    if (!this.badges[i]) {
      const other = this.side === 'a' ? 'b' : 'a';
      const passage = this.result.passages[i];
      const otherParas = other === 'b' && hasSources(this.result) ? this.otherParas[passage.source] : this.otherParas;
      const number = paragraphAt(otherParas, passage[other][0]) + 1;
      this.badges[i] = badgeFor(this.result, i, this.side, passageLabel(this.result, i, this.side, number, this.words));
      this.sequence.push(i);
      p.append(this.badges[i]);
    }
    const mark = h('mark', { part: 'passage', 'data-passage': i, class: colourClass(this.result, i) });
    this.marks[i].push(mark);
    if (this.lastChunk[i] !== this.chunk) {
      this.firstChunk[i] ??= this.chunk;
      this.lastChunk[i] = this.chunk;
      this.chunkPassages[this.chunkPassages.length - 1].push(i);
    }
    p.append(mark);
    return mark;
  }
}

// Where to end a block of an overlong paragraph that starts at `start`: after the last sentence
// end in the second half of the block's allowance, else at its last space, else anywhere but
// inside a surrogate pair.
function blockEnd(text, start) {
  const limit = start + BLOCK_CHARS;
  const tail = text.slice(start + BLOCK_CHARS / 2, limit);
  let at = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('? '), tail.lastIndexOf('! '), tail.lastIndexOf('。'));
  if (at < 0) at = tail.lastIndexOf(' ');
  if (at >= 0) return start + BLOCK_CHARS / 2 + at + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code < 0xdc00 ? limit - 1 : limit;
}
