// The two texts as plain text, shown as soon as they are read, while the engine loads and
// compares: on a slow connection the engine's download takes seconds, and the reader can read
// meanwhile. Drawn by the same Column code as the comparison, with no passages, so paragraphs,
// chunks and typography are those of the highlighted view that replaces it (no jump), and the
// text reaches the page only as text nodes.
import { Column } from './overlap-view-column.mjs';
import { runSliced, yieldToBrowser } from './overlap-view-schedule.mjs';

const NO_PASSAGES = Object.freeze({ passages: Object.freeze([]) });

/**
 * Draws texts {a, b} into the two (empty) columns as the comparison's drawing does: the first
 * chunk of each column alone in this task (the first screen; finding the paragraphs of a 1 MB
 * text takes a few milliseconds), then the rest in slices, until done or until `isCancelled()`
 * (the comparison's own drawing has begun).
 */
export async function drawPlainTexts(parts, texts, words, isCancelled) {
  const a = new Column('a', texts.a, NO_PASSAGES, parts.textA, null, null, words);
  const b = new Column('b', texts.b, NO_PASSAGES, parts.textB, null, null, words);
  a.step();
  b.step();
  await yieldToBrowser();
  return runSliced(() => a.step() | b.step(), isCancelled);
}
