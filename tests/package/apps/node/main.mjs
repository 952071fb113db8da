// The Node sample app: the API imported from the installed package by its name, on the main
// thread and in a worker with the dictionaries. Prints what it found as JSON for the test.
//   node main.mjs A.txt B.txt ZH-A.txt ZH-B.txt
import { readFile } from 'node:fs/promises';
import { createOverlap, createOverlapWorker } from 'overlap-view';

const [a, b, zhA, zhB] = await Promise.all(process.argv.slice(2, 6).map((file) => readFile(file, 'utf8')));
const overlap = await createOverlap();
const worker = await createOverlapWorker({ dictionaries: true });
try {
  const direct = overlap.compare(a, b);
  const inWorker = await worker.compare(zhA, zhB, { minWords: 8 });
  console.log(JSON.stringify({
    version: overlap.version,
    dictionaries: worker.dictionaries,
    direct,
    worker: inWorker,
  }));
} finally {
  worker.terminate();
}
