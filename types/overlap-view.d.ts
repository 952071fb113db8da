// TypeScript declarations for the <overlap-view> element (dist/overlap-view.mjs, the package's
// `overlap-view/view`). Importing the module defines the element.
import type { Alignment, ErrorCode, Passage } from './overlap.js';

export type OverlapViewState = 'idle' | 'loading' | 'comparing' | 'rendering' | 'ready' | 'error';

export interface OverlapReadyDetail {
  result: Alignment;
}

export interface OverlapSelectDetail {
  /** The passage's index in `result.passages`, or null when the selection is cleared. */
  index: number | null;
  passage: Passage | null;
  side: 'a' | 'b';
  cause: string;
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
   * comparison.
   */
  static moduleUrl: string | null;
  /** The text of an HTML document as the widget reads it (paragraph breaks kept); no script runs. */
  static textFromHtml(html: string): string;

  /** The last comparison, in the API's result shape; offsets index `texts`. */
  readonly result: Alignment | null;
  /** The strings last compared; setting them compares them. */
  texts: { a: string; b: string } | null;
  readonly state: OverlapViewState;
  /** Index of the selected passage, or -1. */
  readonly selected: number;
  /** Compares two strings and shows them; resolves once the result is drawn. */
  compare(a: string, b: string): Promise<Alignment>;
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
  }
}
