/**
 * Size of V8's young generation for pipeline processes. The pipeline allocates about 0.7 MB per
 * article (tokens, tags, mentions, events) that dies within a batch of sources; with the default
 * 16 MB semi-space a batch in flight is scavenged (copied) several times. 64 MB semi-spaces cut
 * scavenge time over 10,000 generated articles from 2.2 s to 0.6 s (full pipeline) and from
 * 1.1 s to 0.4 s (up to actors), for about 100 MB more address space and no more peak RSS.
 *
 * Node takes the size only at start-up (v8.setFlagsFromString at run time does not change it), so it is
 * given where processes and threads start: the npm scripts that run the pipeline say
 * `--max-semi-space-size=64` literally (test/util/heap.test.ts checks they agree with this), the
 * benchmark passes PIPELINE_NODE_FLAGS to its phases and says so, and the worker pool sets the worker
 * heap. The `backchannel` command keeps a plain `#!/usr/bin/env node` shebang: `env -S` (needed to put a
 * flag there) is missing from BusyBox (Alpine, the node:alpine images) and the BSDs. Users of the
 * command get the same setting with NODE_OPTIONS=--max-semi-space-size=64 (README).
 */
export const SEMI_SPACE_MB = 64;

/** Node command-line flags for a child process running the pipeline. */
export const PIPELINE_NODE_FLAGS = [`--max-semi-space-size=${SEMI_SPACE_MB}`];

/** Young generation of a worker thread: V8 makes it three semi-spaces (two plus the large-object space). */
export const WORKER_YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;
