// Long work on the main thread (building the DOM of a 1 MB text) is cut into slices of a few
// milliseconds, yielding to the browser in between, so no task comes near the 50 ms that makes
// a page feel stuck and input is handled while the rest of the text is still being drawn.
// A slice ends after SLICE_MS or after MAX_STEPS_PER_SLICE steps, whichever comes first: the
// time keeps slow machines responsive, the count bounds the work of one task on any machine
// (and is what the browser tests check, since they must not depend on timing).

const SLICE_MS = 6;
export const MAX_STEPS_PER_SLICE = 8;

// A message is queued as an ordinary task, without setTimeout's clamping to 4 ms after a few
// nestings. Not scheduler.yield(): its continuations outrank rendering and the page's own tasks,
// so the first screen would only be painted once everything was drawn.
function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `step()` repeatedly until it returns false, in slices of about SLICE_MS (at most
 * MAX_STEPS_PER_SLICE steps), yielding between slices. Stops early (resolving false) when
 * `isCancelled()` turns true, as when new texts replace the ones being drawn.
 */
export async function runSliced(step, isCancelled) {
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    let steps = 0;
    do {
      if (isCancelled()) return false;
      if (!step()) return true;
    } while (++steps < MAX_STEPS_PER_SLICE && performance.now() < sliceEnd);
    await yieldToBrowser();
  }
}

/** Resolves once the next frame has been rendered (in a task after it, not inside it). */
export function afterNextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => yieldToBrowser().then(resolve)));
}

/** Runs `work` when the browser is idle (within `timeout` ms at the latest); where there is no
 *  requestIdleCallback (Safari), after the next frame. For work done ahead, off the paths the
 *  reader waits on. */
export function whenIdle(work, timeout = 1000) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else afterNextFrame().then(work);
}

export { yieldToBrowser };
