// The worker behind createOverlapWorker(): one engine, one call at a time. Runs as a module
// Worker in browsers and as a worker_threads Worker in Node. It posts the module's raw typed
// arrays (transferred, not copied); the page shapes them with the same code as the direct API.
import { startEngine } from './overlap-api-core.mjs';

async function connect() {
  if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
    return { post: (m, t) => self.postMessage(m, t), listen: (f) => self.addEventListener('message', (e) => f(e.data)) };
  }
  const { parentPort } = await import(/* webpackIgnore: true */ 'node:worker_threads');
  return { post: (m, t) => parentPort.postMessage(m, t), listen: (f) => parentPort.on('message', f) };
}

function errorMessage(error) {
  return { code: error.code ?? 'internal', message: String(error.message ?? error) };
}

function buffersOf(raw) {
  return raw && typeof raw === 'object' ? Object.values(raw).filter(ArrayBuffer.isView).map((v) => v.buffer) : [];
}

const port = await connect();
let engine = null;

port.listen(async (message) => {
  if (message.type === 'init') {
    try {
      engine = await startEngine(message.files);
      port.post({ type: 'ready', info: engine.info });
    } catch (error) {
      port.post({ type: 'failed', error: errorMessage(error) });
    }
    return;
  }
  const { id, method, args } = message;
  port.post({ type: 'progress', id, stage: 'computing' });
  try {
    const raw = method === 'segment' ? engine.segment(...args)
      : method === 'fold' ? engine.fold(...args)
      : engine.align(method, ...args);
    port.post({ type: 'result', id, raw }, buffersOf(raw));
  } catch (error) {
    // fatal: the engine trapped; the page replaces this worker rather than reuse it.
    port.post({ type: 'error', id, error: errorMessage(error), fatal: engine.failed });
  }
});
