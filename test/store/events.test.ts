import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, exportRecords, tempDir } from '../helpers/cli.js';

// Two reports of one phone call, neither dating it in its text: each is dated by its publication day.
const FIRST = `Putin and Trump speak by phone

March 10, 2026

Russian President Vladimir Putin spoke by telephone with U.S. President Donald Trump, the Kremlin said.

The two leaders discussed trade and security, according to the statement.
`;
const LATER = `Kremlin aide describes the leaders' call

March 12, 2026

A Kremlin aide described the telephone conversation between Vladimir Putin and Donald Trump as frank and businesslike.

He gave no further details.
`;

function eventsAfter(files: [string, string][]): Record<string, unknown>[] {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  for (const [name, text] of files) {
    writeFileSync(join(dir, name), text);
    expect(run(['--db', db, 'ingest', join(dir, name)]).status).toBe(0);
  }
  return exportRecords(db).filter((r) => r.kind === 'event');
}

describe('one event reported by several articles', () => {
  it('takes the earliest publication day, whichever report is stored first', () => {
    for (const order of [[['later.txt', LATER], ['first.txt', FIRST]], [['first.txt', FIRST], ['later.txt', LATER]]] as [string, string][][]) {
      const events = eventsAfter(order);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'CONSULT', dateBasis: 'published', date: { start: '2026-03-10', precision: 'day' } });
      expect(events[0]!.articles).toHaveLength(2);
    }
  });

  it('keeps a date given in the text over any publication day', () => {
    const dated = FIRST.replace('Donald Trump, the', 'Donald Trump on Monday, the').replace('March 10', 'March 11');
    for (const order of [[['later.txt', LATER], ['dated.txt', dated]], [['dated.txt', dated], ['first.txt', FIRST]]] as [string, string][][]) {
      const [e] = eventsAfter(order);
      expect(e).toMatchObject({ dateBasis: 'text', date: { start: '2026-03-09' } });
    }
  });
});
