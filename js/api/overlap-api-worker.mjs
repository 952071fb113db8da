// createOverlapWorker(): the API of createOverlap() off the main thread. Methods return promises
// and accept, besides their usual options, `signal` (an AbortSignal) and `onProgress`.
//
// A wasm call cannot be interrupted, so cancelling a running call terminates its worker; the
// next call starts a fresh one from the module compiled here once (cheap: no download, no
// compile). Calls run one at a time, in order; a queued call that is aborted simply leaves the
// queue. After a crash the failing call rejects with code 'worker_failed' and the next works.
import { OverlapError, revive } from './overlap-api-error.mjs';
import { checkEngineOptions, checkText, defaultWasmUrl, loadFiles } from './overlap-api-core.mjs';
import { importNodeModule } from './overlap-api-load.mjs';
import { describe, resolveOptions } from './overlap-api-options.mjs';
import { shapeAlignment, shapeSources, shapeTokens } from './overlap-api-shape.mjs';
import { sourceTexts } from './overlap-api-sources.mjs';

// The worker next to this file unless `workerUrl` moves it. In browsers it is started with the
// literal `new Worker(new URL('./overlap-worker.mjs', import.meta.url), …)`: the one form that
// bundlers (Vite, webpack) recognize as a worker to bundle. Node finds the same file next to the
// wasm, whose URL is the package's own there: webpack warns on any other `new URL(…,
// import.meta.url)` and bakes the build machine's path into a bare import.meta.url.

function startBrowserWorker(url) {
  if (url) return new Worker(url, { type: 'module' });
  return new Worker(new URL('./overlap-worker.mjs', import.meta.url), { type: 'module' });
}

// A browser Worker or a Node worker_threads Worker behind one interface. Node workers are
// unref'd while idle so that an open instance never keeps a script from exiting.
async function spawn(url, onMessage, onFailure) {
  if (typeof Worker === 'function') {
    const worker = startBrowserWorker(url);
    worker.addEventListener('message', (event) => onMessage(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      onFailure(event.message || 'the worker could not start (check workerUrl and the CSP worker-src)');
    });
    return { post: (m, t) => worker.postMessage(m, t), terminate: () => worker.terminate(), busy() {} };
  }
  const { Worker: NodeWorker } = await importNodeModule('node:worker_threads');
  const worker = new NodeWorker(url ?? new URL('overlap-worker.mjs', defaultWasmUrl));
  worker.on('message', onMessage);
  worker.on('error', (error) => onFailure(error.message));
  worker.on('exit', (code) => onFailure(`the worker exited with code ${code}`));
  return {
    post: (m, t) => worker.postMessage(m, t),
    terminate: () => { worker.removeAllListeners(); worker.terminate(); },
    busy: (yes) => (yes ? worker.ref() : worker.unref()),
  };
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

class WorkerClient {
  #url;
  #files;
  #worker = null;    // the current worker, once its engine runs
  #starting = null;  // promise of #worker while it starts
  #queue = [];
  #job = null;       // the call being started or run
  #nextId = 1;
  #closed = false;
  info = null;

  /** `files`: a promise of loadFiles()'s result, posted to each worker once it is there. */
  constructor(url, files) {
    this.#url = url;
    this.#files = files;
  }

  /** Resolves with a worker whose engine is running. */
  #start() {
    this.#starting ??= new Promise((resolve, reject) => {
      let handle = null;
      let ready = false;
      const fail = (error) => {
        if (!ready) {
          this.#starting = null;
          handle?.terminate();
          reject(error);
        } else if (handle === this.#worker) {
          this.#drop();
          if (this.#job?.posted) this.#finish(error);
        }
      };
      const onMessage = (message) => {
        if (message.type === 'ready') {
          if (this.#closed) return fail(new OverlapError('worker_failed', 'this instance was terminated'));
          ready = true;
          this.info ??= message.info;
          this.#worker = handle;
          resolve(handle);
        } else if (message.type === 'failed') {
          fail(revive(message.error));
        } else if (handle === this.#worker) {
          this.#onMessage(message);
        }
      };
      const onFailure = (why) => fail(new OverlapError('worker_failed', `the worker failed: ${why}`));
      spawn(this.#url, onMessage, onFailure).then((h) => {
        handle = h;
        handle.busy(true);
        // The worker's own script loads while the wasm is still downloading and compiling.
        return this.#files.then((files) => handle.post({ type: 'init', files }), fail);
      }, (error) => fail(new OverlapError('worker_failed', `could not start the worker: ${error.message}`)));
    });
    return this.#starting;
  }

  #drop() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#starting = null;
  }

  #onMessage(message) {
    const job = this.#job;
    if (!job || message.id !== job.id) return;
    if (message.type === 'progress') {
      job.progress(message.stage);
    } else if (message.type === 'result') {
      this.#finish(null, job.shape(message.raw));
    } else {
      if (message.fatal) this.#drop();
      this.#finish(revive(message.error));
    }
  }

  // Settles the current call and starts the next.
  #finish(error, value) {
    const job = this.#job;
    this.#job = null;
    if (job) {
      job.cleanup();
      if (error) {
        job.reject(error);
      } else {
        job.progress('done');
        job.resolve(value);
      }
    }
    this.#pump();
  }

  async #pump() {
    if (this.#job) return;
    if (this.#queue.length === 0) {
      this.#worker?.busy(false);
      return;
    }
    const job = (this.#job = this.#queue.shift());
    if (!this.#worker) job.progress('loading');
    try {
      const worker = await this.#start();
      if (this.#job !== job) return;  // aborted while the worker started
      worker.busy(true);
      worker.post({ type: 'call', id: job.id, method: job.method, args: job.args });
      job.posted = true;
    } catch (error) {
      if (this.#job === job) this.#finish(error);
    }
  }

  call(method, args, shape, { signal, onProgress } = {}) {
    if (this.#closed) return Promise.reject(new OverlapError('worker_failed', 'this instance was terminated'));
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const onAbort = () => {
        if (this.#job === job) {
          if (job.posted) this.#drop();  // the only way to stop a running wasm call
          this.#finish(abortReason(signal));
        } else {
          this.#queue = this.#queue.filter((j) => j !== job);
          job.cleanup();
          reject(abortReason(signal));
        }
      };
      const job = {
        id: this.#nextId++, method, args, shape, resolve, reject, posted: false,
        progress: (stage) => onProgress?.({ stage, elapsed: performance.now() - started }),
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (this.#job) job.progress('queued');
      this.#queue.push(job);
      this.#pump();
    });
  }

  terminate() {
    this.#closed = true;
    const pending = [...(this.#job ? [this.#job] : []), ...this.#queue];
    this.#queue = [];
    this.#job = null;
    this.#drop();
    for (const job of pending) {
      job.cleanup();
      job.reject(new OverlapError('worker_failed', 'this instance was terminated'));
    }
  }

  async ready() {
    (await this.#start()).busy(false);
  }
}

// Splits the per-call controls off a method's options and checks them.
function callControls(options) {
  if (options === undefined || options === null) return [{}, {}];
  if (typeof options !== 'object' || Array.isArray(options))
    throw new OverlapError('invalid_options', `options must be an object, not ${describe(options)}`);
  const { signal, onProgress, ...rest } = options;
  if (signal !== undefined && typeof signal?.addEventListener !== 'function')
    throw new OverlapError('invalid_options', `signal must be an AbortSignal, not ${describe(signal)}`, { option: 'signal' });
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw new OverlapError('invalid_options', `onProgress must be a function, not ${describe(onProgress)}`, { option: 'onProgress' });
  return [rest, { signal, onProgress }];
}

/**
 * Starts a worker running the module. Options: those of createOverlap(), and `workerUrl`
 * (default: overlap-worker.mjs next to this file; it must be same-origin in browsers).
 */
export async function createOverlapWorker(options = {}) {
  checkEngineOptions(options, ['workerUrl']);
  const { workerUrl = null, ...engineOptions } = options;
  // The worker starts while its files load: on a slow connection its script would otherwise be
  // requested only once the wasm had arrived.
  const files = loadFiles(engineOptions);
  files.catch(() => {});  // a failure rejects ready() below, with the loader's own error
  const client = new WorkerClient(workerUrl, files);
  await client.ready();
  const { info } = client;
  // Checks run here, before anything is posted, so that they reject exactly like the direct API.
  const run = (method, args, shape, controls) => client.call(method, args, shape, controls);
  const align = (method) => (a, b, opts) => {
    try {
      const [rest, controls] = callControls(opts);
      const resolved = resolveOptions(rest, info.defaults);
      checkText(a, 'A');
      if (method === 'compare' && Array.isArray(b)) {
        const { texts, names } = sourceTexts(b);
        return run('compareSources', [a, texts, resolved], (raw) => shapeSources(raw, info, names), controls);
      }
      checkText(b, 'B');
      return run(method, [a, b, resolved], (raw) => shapeAlignment(raw, info), controls);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const onText = (method, shape) => (text, opts) => {
    try {
      const [rest, controls] = callControls(opts);
      if (Object.keys(rest).length) throw new OverlapError('invalid_options', `${method}() takes only signal and onProgress`);
      checkText(text, 'text');
      return run(method, [text], shape, controls);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return Object.freeze({
    version: info.version,
    dictionaries: info.dictionaries,
    maxInputBytes: info.maxInputBytes,
    defaults: info.defaults,
    compare: align('compare'),
    diff: align('diff'),
    segment: onText('segment', (raw) => shapeTokens(raw, info.tokenKinds)),
    fold: onText('fold', (raw) => raw),
    /** Stops the worker; pending calls reject and later calls fail. */
    terminate: () => client.terminate(),
  });
}
