// A TypeScript app using the package's declarations, checked with both module resolutions
// users have (bundler, node16). Each @ts-expect-error must meet an error: were the types
// missing (everything `any`), those lines would compile and tsc would fail on the directive.
import { createOverlap, createOverlapWorker, OverlapError, type Alignment, type Passage } from 'overlap-view';
import { OverlapView } from 'overlap-view/view';

export async function compareOnPage(a: string, b: string): Promise<Passage[]> {
  const overlap = await createOverlap({ dictionaries: true });
  const result: Alignment = overlap.compare(a, b, { minWords: 12 });
  const version: string = overlap.version;
  // @ts-expect-error minWords is a number
  overlap.compare(a, b, { minWords: '12' });
  // @ts-expect-error an unknown option
  await createOverlap({ wasmURL: 'x' });
  return version ? result.passages : [];
}

export async function compareInWorker(a: string, b: string, signal: AbortSignal): Promise<number> {
  const worker = await createOverlapWorker({ workerUrl: new URL('https://example.invalid/w.mjs') });
  const result = await worker.compare(a, b, { signal, onProgress: ({ stage }) => stage.toUpperCase() });
  worker.terminate();
  return result.passages.length;
}

export function isOverlapError(error: unknown): string | null {
  return error instanceof OverlapError ? error.code : null;
}

export async function show(a: string, b: string): Promise<number> {
  const view = document.querySelector('overlap-view');  // typed by the tag name
  if (!view) return -1;
  const same: OverlapView = view;
  same.addEventListener('overlap-select', (event) => console.log(event.detail.index));
  const result = await same.compare(a, b);
  // @ts-expect-error select() takes a passage index
  same.select('first');
  OverlapView.moduleUrl = '/overlap/overlap.mjs';
  return result.passages.length + same.selected;
}
