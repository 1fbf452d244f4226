/**
 * V8 tuning for processes that run the pipeline: a smaller inlining budget for optimised code.
 *
 * V8 compiles hot functions with TurboFan on threads of its own, inlining callees into each until it
 * has inlined 920 bytes of bytecode (its default). The pipeline has many large hot functions (the
 * readers, the NLP and extraction stages), and with that budget compiling them took a fifth of the
 * CPU of a 10,000-article read + store: on another core when there is one, on the pipeline's own
 * core when there is not (one core, or every core busy with workers). With 300, measured in
 * alternating runs over 10,000 generated articles on a 2-core VM: V8's threads 1.45-1.56 -> 1.13-1.15 s
 * of CPU in read + store (main thread the same, 5.3-5.5 s); pinned to one core 7.36 -> 6.67 s
 * (3 pairs); full pipeline, V8's threads 6.9 -> 5.2 s and the time the same (29.3 / 29.9 s, 3 pairs).
 * 150 made read + store slower, 500 was the same as 300.
 *
 * The flag is read when a function is optimised, so setting it at start-up (before any code is hot)
 * is enough, and it holds for every thread of the process. It is not allowed in NODE_OPTIONS, so the
 * entry points (the command, the benchmark's phases) call this; code that imports the library runs
 * with V8's defaults unless it calls it too.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytes of bytecode TurboFan may inline into one optimised function (V8's default: 920). */
export const INLINING_BUDGET = 300;

export function tuneJit(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
}
