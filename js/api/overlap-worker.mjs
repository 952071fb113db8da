// The worker behind createOverlapWorker(): one engine, one call at a time. Runs as a module
// Worker in browsers and as a worker_threads Worker in Node. It posts the module's raw typed
// arrays (transferred, not copied); the page shapes them with the same code as the direct API.
import { startEngine } from './overlap-api-core.mjs';
import { errorData } from './overlap-api-error.mjs';
import { importNodeModule } from './overlap-api-load.mjs';

let engine = null;
let post;

function buffersOf(raw) {
  return raw && typeof raw === 'object' ? Object.values(raw).filter(ArrayBuffer.isView).map((v) => v.buffer) : [];
}

async function onMessage(message) {
  if (message.type === 'init') {
    try {
      engine = await startEngine(message.files);
      post({ type: 'ready', info: engine.info });
    } catch (error) {
      post({ type: 'failed', error: errorData(error) });
    }
    return;
  }
  const { id, method, args } = message;
  post({ type: 'progress', id, stage: 'computing' });
  try {
    const raw = method === 'segment' ? engine.segment(...args)
      : method === 'fold' ? engine.fold(...args)
      : method === 'compareSources' ? engine.alignSources(...args)
      : engine.align(method, ...args);
    post({ type: 'result', id, raw }, buffersOf(raw));
  } catch (error) {
    // fatal: the engine trapped; the page replaces this worker rather than reuse it.
    post({ type: 'error', id, error: errorData(error), fatal: engine.failed });
  }
}

// Browsers: listen before any await, or a message sent while the module evaluates could be
// dispatched with no listener. Node queues messages until the first listener, so waiting for
// the import of worker_threads (which must not be a static import in a browser) is safe there.
// No top-level await: bundlers emit workers as classic scripts too (Vite's default), where it
// is a syntax error.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  post = (message, transfer) => self.postMessage(message, transfer);
  self.addEventListener('message', (event) => onMessage(event.data));
} else {
  importNodeModule('node:worker_threads').then(({ parentPort }) => {
    post = (message, transfer) => parentPort.postMessage(message, transfer);
    parentPort.on('message', onMessage);
  });
}
