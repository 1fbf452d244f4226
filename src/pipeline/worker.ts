/** Worker thread entry: receives Sources (with options), answers ProcessedSources. */
import { parentPort } from 'node:worker_threads';
import type { Source } from '../read/types.js';
import { processSource, type ProcessOptions } from './process.js';

parentPort!.on('message', (msg: { src: Source; opts: ProcessOptions }) => {
  const { src, opts } = msg;
  const bytes = Buffer.from(src.bytes.buffer, src.bytes.byteOffset, src.bytes.byteLength);
  parentPort!.postMessage(processSource({ origin: src.origin, bytes }, opts));
});
