// TypeScript declarations for the <overlap-view> element (dist/overlap-view.mjs, the package's
// `overlap-view/view`). Importing the module defines the element.
import type { Alignment, ErrorCode, Passage, Source, SourcePassage, SourcesAlignment } from './overlap.js';

export type OverlapViewState = 'idle' | 'loading' | 'comparing' | 'rendering' | 'ready' | 'error';

export interface OverlapReadyDetail {
  result: Alignment | SourcesAlignment;
}

export interface OverlapSelectDetail {
  /** The passage's index in `result.passages`, or null when the selection is cleared. */
  index: number | null;
  passage: Passage | SourcePassage | null;
  side: 'a' | 'b';
  cause: string;
}

/** Against several sources: another source is shown beside A. */
export interface OverlapSourceDetail {
  /** The source's index in `result.sources`. */
  index: number;
  name: string;
}

export interface OverlapErrorDetail {
  error: unknown;
  message: string;
  code: ErrorCode | string | null;
}

export class OverlapView extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * The URL of the comparison module (overlap.mjs; overlap.wasm is looked for next to it).
   * null (the default): next to the widget, or wherever a bundler put it. Set before the first
   * comparison. The widget's view of several sources (overlap-view-sources.mjs) is looked for
   * next to the widget, then next to this URL.
   */
  static moduleUrl: string | null;
  /** The text of an HTML document as the widget reads it (paragraph breaks kept); no script runs. */
  static textFromHtml(html: string): string;

  /** The last comparison, in the API's result shape; offsets index `texts`. */
  readonly result: Alignment | SourcesAlignment | null;
  /** The strings last compared (B a list of named sources against several); setting them compares them. */
  texts: { a: string; b: string | Source[] } | null;
  readonly state: OverlapViewState;
  /** Index of the selected passage, or -1. */
  readonly selected: number;
  /** Against several sources, the index of the source shown beside A (-1 otherwise); setting it shows that source. */
  source: number;
  /** Compares two strings and shows them; resolves once the result is drawn. */
  compare(a: string, b: string): Promise<Alignment>;
  /** Compares a string with several sources (strings or {name, text}; unnamed ones are "Source 1", …). */
  compare(a: string, sources: readonly Source[]): Promise<SourcesAlignment>;
  /** Selects passage `index` and brings its partner level with it. */
  select(index: number, side?: 'a' | 'b'): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'overlap-view': OverlapView;
  }
  interface HTMLElementEventMap {
    'overlap-ready': CustomEvent<OverlapReadyDetail>;
    'overlap-select': CustomEvent<OverlapSelectDetail>;
    'overlap-error': CustomEvent<OverlapErrorDetail>;
    'overlap-source': CustomEvent<OverlapSourceDetail>;
  }
}
