/**
 * `backchannel eval` as a library call: load the gold folder, find the
 * articles it names, have the caller turn them into an export, score, format.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ExportRecord } from '../export/records.js';
import { loadGoldDir } from './gold.js';
import { formatScores, scoresToJson } from './report.js';
import { scoreCorpus } from './score.js';
import type { Scores } from './score.js';

export interface RunEvalOptions {
  /** Folder the gold `file` paths are relative to; default: the gold folder's parent. */
  corpus?: string;
  /** Per-article lists of missed, extra and wrong items in the text. */
  verbose?: boolean;
  /** Text is the JSON of the scores instead of the table. */
  json?: boolean;
}

export interface RunEvalResult {
  scores: Scores;
  text: string;
}

/** Turns article files (absolute paths) into export records, e.g. ingest into a temporary store and export. */
export type ProduceExport = (files: string[]) => Promise<ExportRecord[]>;

/** A problem that stops an evaluation run (no gold, missing article file). */
export class EvalError extends Error {
  override name = 'EvalError';
}

/**
 * Score the pipeline on the gold in `goldDir`. Article paths are the gold
 * `file` fields resolved against `opts.corpus` (default: `goldDir/..`); they
 * are passed, in gold order, to `produce`, whose export is scored.
 */
export async function runEval(goldDir: string, opts: RunEvalOptions, produce: ProduceExport): Promise<RunEvalResult> {
  const golds = loadGoldDir(goldDir);
  if (golds.length === 0) throw new EvalError(`${goldDir}: no *.gold.json files`);
  const corpus = resolve(opts.corpus ?? dirname(resolve(goldDir)));
  const files = golds.map((g) => {
    const path = resolve(corpus, g.file);
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new EvalError(`${g.path}: article file not found: ${path} ("${g.file}" relative to corpus ${corpus})`);
    }
    return path;
  });
  const records = await produce(files);
  const scores = scoreCorpus(records, golds);
  const text = opts.json ? scoresToJson(scores) : formatScores(scores, { verbose: opts.verbose ?? false });
  return { scores, text };
}
