/** A worker thread of the JSONL stream: answers `{n, line}` with the line's report or its error. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLine } from './jsonl';

const date = (workerData as { date?: string } | undefined)?.date;

parentPort!.on('message', ({ n, line }: { n: number; line: string }) => {
  try {
    parentPort!.postMessage({ n, out: analyzeLine(line, n, date) });
  } catch (e) {
    parentPort!.postMessage({ n, error: (e as Error).message });
  }
});
