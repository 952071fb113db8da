// Runs the API in the browser and leaves the outcome in window.outcome for the test to read.
import { createOverlap, createOverlapWorker } from '/dist/overlap.mjs';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));

const a = 'The talks will continue on Wednesday in Geneva, officials said after a long day of meetings ' +
  'between the two delegations, which ended without agreement on the ceasefire lines 🇺🇦. ';
const b = 'Meanwhile, officials said the talks will continue Wednesday in Geneva after a long day of meetings ' +
  'between the two delegations and unity, which ended without agreement on the ceasefire lines 🇺🇦. ';

async function run() {
  const direct = await createOverlap({ dictionaries: true });
  const worker = await createOverlapWorker();
  const compared = direct.compare(a, b, { minWords: 5 });
  const fromWorker = await worker.compare(a, b, { minWords: 5 });
  const controller = new AbortController();
  const aborted = worker.compare(a.repeat(3000), b.repeat(3000), { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  const abortName = await aborted.then(() => 'not aborted', (error) => error.name);
  const afterAbort = await worker.segment('我们今天去北京大学');
  worker.terminate();
  return {
    version: direct.version,
    passages: compared.passages.map((p) => [a.slice(...p.a), b.slice(...p.b)]),
    sameInWorker: JSON.stringify(compared) === JSON.stringify(fromWorker),
    chinese: direct.segment('我们今天去北京大学').map(([s, e]) => '我们今天去北京大学'.slice(s, e)),
    abortName,
    afterAbort: afterAbort.length,
    violations,
  };
}

run().then((outcome) => { window.outcome = outcome; }, (error) => { window.outcome = { error: `${error.code}: ${error.message}` }; })
  .finally(() => { document.getElementById('status').textContent = 'done'; });
