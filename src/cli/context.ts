/** Shared CLI state: global options and the store, opened lazily. */
import { Command, InvalidArgumentError } from 'commander';
import { Store } from '../store/index.js';

export interface GlobalOptions {
  db: string;
  json?: boolean;
}

export class UsageError extends Error {}

export function globals(cmd: Command): GlobalOptions {
  let root = cmd;
  while (root.parent) root = root.parent;
  return root.opts<GlobalOptions>();
}

/** Open the store named by --db / BACKCHANNEL_DB, run `fn`, close it. */
export async function withStore<T>(cmd: Command, fn: (store: Store, g: GlobalOptions) => Promise<T> | T): Promise<T> {
  const g = globals(cmd);
  const store = Store.open(g.db);
  try {
    return await fn(store, g);
  } finally {
    store.close();
  }
}

export function parsePositiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer, got "${v}"`);
    return n;
  };
}

export function parseDateOption(name: string) {
  return (v: string): string => {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new InvalidArgumentError(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
    return v;
  };
}
