// TypeScript declarations for Overlap's JavaScript API (dist/overlap.mjs).
// Every offset is in UTF-16 code units: `text.slice(start, end)` is the span.

/** A half-open range `[start, end)` of UTF-16 offsets into one text. */
export type Span = [start: number, end: number];

/** "=": the same words on both sides; "-": only in A; "+": only in B. */
export type EditKind = '=' | '-' | '+';

/**
 * One step of a passage's word-level edit script. The A spans of "=" and "-" edits tile the
 * passage's A span; the B spans of "=" and "+" edits tile its B span. A "-" edit's B span is
 * empty (where the words were removed), a "+" edit's A span likewise.
 */
export type Edit = [kind: EditKind, a: Span, b: Span];

/** A pair of passages, one in each text, that share their wording. */
export interface Passage {
  a: Span;
  b: Span;
  /** In [0, 1]; 1 for a verbatim copy. */
  similarity: number;
  /** Out of order relative to the other passages: a paragraph moved far away, or a sentence
   *  reordered inside what is otherwise one passage (which is then cut into in-order pieces). */
  moved: boolean;
  edits: Edit[];
}

/** Figures for one of the two texts. */
export interface TextStats {
  /** In UTF-16 code units. */
  length: number;
  /** Word and number tokens. */
  words: number;
  /** Fraction of non-space characters inside passages, in [0, 1]. */
  shared: number;
  passages: number;
  moved: number;
  /** Words of this text that changed: in a "-" (A) or "+" (B) edit, or outside every passage. */
  changed: number;
}

/** The result of compare() and diff(): the shape of `overlap --json --units utf16`. */
export interface Alignment {
  units: 'utf16';
  a: TextStats;
  b: TextStats;
  /** Places where the texts differ: change runs inside passages that change a word, moved
   *  passages, stretches of words outside every passage. 0, with no changed words, for texts
   *  that say the same thing word for word in the same order. */
  changes: number;
  /** Sorted by their start in A. */
  passages: Passage[];
  /** Things worth knowing that did not stop the comparison. */
  warnings: string[];
}

/** A source of compare(a, [b1, b2, …]): its text, or its text and the name the result gives it. */
export type Source = string | { name?: string; text: string };

/** A passage of a comparison with several sources: its `b` and its edits' B spans index source `source`. */
export interface SourcePassage extends Passage {
  /** Index of the source in the list given to compare(). */
  source: number;
}

/** Figures for one source of a comparison with several sources. */
export interface SourceStats extends TextStats {
  /** The source's name: the one given, else "Source 1", "Source 2", … by position. */
  name: string;
  /** Fraction of A's non-space characters attributed to this source, in [0, 1]. Without
   *  allowRepeats the sources' shares add up to `a.shared`. */
  aShared: number;
}

/**
 * The result of compare(a, [b1, b2, …]): the shape of `overlap --json --units utf16 A B1 B2 …`
 * (but `aShared` for `a_shared`). Each stretch of A is attributed to the source that shares it
 * best (with allowRepeats, to every source that shares it).
 */
export interface SourcesAlignment {
  units: 'utf16';
  /** A against all the sources together: `shared` is the share of A inside some passage. */
  a: TextStats;
  /** In the order given. */
  sources: SourceStats[];
  /** Sorted by their start in A. */
  passages: SourcePassage[];
  /** As Alignment's, naming "A" or "source k" (counted from 1). */
  warnings: string[];
}

export interface CompareOptions {
  /** Shortest passage reported, in words on the shorter side. Text moved inside or next to
   *  shared passages is shared from 10 words (5 when against a passage in both texts), and the
   *  pieces of a passage cut around it may be shorter. */
  minWords?: number;
  /** How far apart, in words, two matching stretches may be and still join into one passage. */
  gapWords?: number;
  /** Lowest similarity of a reported passage, in [0, 1]. */
  minSimilarity?: number;
  /** Whether one stretch of A may be reported against several places in B (and vice versa). */
  allowRepeats?: boolean;
  /** Whether differences only in quote style, apostrophes, dashes or spacing are edits
   *  (default false: "don't" and "don’t" are the same word, shown as equal). */
  showTypography?: boolean;
}

export type TokenKind = 'space' | 'punctuation' | 'word' | 'number';

/** A token of `segment()`: UTF-16 offsets and its kind. Tokens tile the text. */
export type Token = [start: number, end: number, kind: TokenKind];

export type ErrorCode =
  | 'invalid_input'
  | 'invalid_options'
  | 'input_too_large'
  | 'load_failed'
  | 'invalid_data'
  | 'internal'
  | 'worker_failed';

export type InputName = 'A' | 'B' | 'text' | `source ${number}` | 'the sources together';

/** Every error the API throws or rejects with, except cancellations (the signal's reason). */
export class OverlapError extends Error {
  readonly name: 'OverlapError';
  readonly code: ErrorCode;
  /**
   * The option an 'invalid_options' error is about, by its JS name ('minWords', 'gapWords',
   * 'dictionaries', or the unknown name given); absent when it concerns the options as a whole.
   */
  readonly option?: string;
  /** The text an 'invalid_input' or 'input_too_large' error is about: 'A', 'B', 'text' (segment,
   *  fold), or with several sources 'source 1', 'source 2', … or 'the sources together'. */
  readonly input?: InputName;
  constructor(code: ErrorCode, message: string,
              options?: { cause?: unknown; option?: string; input?: InputName });
}

export type BytesSource = ArrayBuffer | ArrayBufferView;

export interface CreateOptions {
  /** Where overlap.wasm is; default: next to overlap.mjs. In Node also a file path. */
  wasmUrl?: string | URL;
  /** The wasm module itself, compiled or as bytes (for bundlers, or to share one compile), or a
   *  promise of either (createOverlapWorker() then starts its worker while it downloads). */
  wasm?: WebAssembly.Module | BytesSource | PromiseLike<WebAssembly.Module | BytesSource>;
  /**
   * The word dictionaries for Chinese, Japanese, Thai, Khmer, Lao and Burmese (about 3 MB).
   * Without them those scripts are not split into words (a result's `warnings` say so for each
   * text that has them). `true`: overlap-dictionaries.dat next
   * to overlap.mjs; or its URL (a path in Node), or its bytes. Default: not loaded.
   */
  dictionaries?: boolean | string | URL | BytesSource;
}

interface OverlapInfo {
  readonly version: string;
  /** Whether the word dictionaries are loaded. */
  readonly dictionaries: boolean;
  /**
   * Largest text accepted, in bytes of UTF-8: 16 MB per text (wasm memory ends at 2 GB; the
   * native library takes 64 MB). Larger ones fail with 'input_too_large' before any work.
   */
  readonly maxInputBytes: number;
  /** The options used when none are given. */
  readonly defaults: Readonly<Required<CompareOptions>>;
}

export interface Overlap extends OverlapInfo {
  /** Shared passages of A and B in any order, each with its word-level edits. */
  compare(a: string, b: string, options?: CompareOptions): Alignment;
  /** A against several sources (1 to 1000; an empty list is an 'invalid_options' error with
   *  option 'sources'): which passages of A came from which source. */
  compare(a: string, sources: readonly Source[], options?: CompareOptions): SourcesAlignment;
  /** The in-order word diff: one passage covering both texts, plus moved blocks. */
  diff(a: string, b: string, options?: CompareOptions): Alignment;
  /** ICU word segmentation. */
  segment(text: string): Token[];
  /** The key words are matched by: NFKC case folding plus quote and dash folding. */
  fold(text: string): string;
}

/** A progress report of a worker call: its stages (the core reports no finer progress yet). */
export interface Progress {
  /** queued: behind another call; loading: a worker is starting; computing; done. */
  stage: 'queued' | 'loading' | 'computing' | 'done';
  /** Milliseconds since the call. */
  elapsed: number;
}

export interface CallControls {
  /** Cancels the call: it rejects with the signal's reason; a running call's worker is stopped. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface OverlapWorker extends OverlapInfo {
  compare(a: string, b: string, options?: CompareOptions & CallControls): Promise<Alignment>;
  compare(a: string, sources: readonly Source[], options?: CompareOptions & CallControls): Promise<SourcesAlignment>;
  diff(a: string, b: string, options?: CompareOptions & CallControls): Promise<Alignment>;
  segment(text: string, options?: CallControls): Promise<Token[]>;
  fold(text: string, options?: CallControls): Promise<string>;
  /** Stops the worker; pending calls reject with 'worker_failed', as do later ones. */
  terminate(): void;
}

export interface CreateWorkerOptions extends CreateOptions {
  /** Where overlap-worker.mjs is; default: next to overlap.mjs. Same-origin in browsers. */
  workerUrl?: string | URL;
}

export function createOverlap(options?: CreateOptions): Promise<Overlap>;
export function createOverlapWorker(options?: CreateWorkerOptions): Promise<OverlapWorker>;
