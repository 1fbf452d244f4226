/** Worker thread entry: receives Sources, answers ProcessedSources. */
import { parentPort } from 'node:worker_threads';
import type { Source } from '../read/types.js';
import { processSource } from './process.js';

parentPort!.on('message', (src: Source) => {
  const bytes = Buffer.from(src.bytes.buffer, src.bytes.byteOffset, src.bytes.byteLength);
  parentPort!.postMessage(processSource({ origin: src.origin, bytes }));
});
