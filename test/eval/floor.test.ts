/**
 * Quality floors: the scores already reached on the seeds (and on our own development set) must
 * never fall. Raise the numbers here when extraction improves; never lower them to make a change pass.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { runEval } from '../../src/eval/run.js';
import { ingestAndExport } from '../../src/eval/produce.js';
import { SHARED, ROOT } from '../helpers/cli.js';

describe('seed scores never fall below the levels reached', async () => {
  const { scores } = await runEval(join(SHARED, 'gold'), { corpus: SHARED }, ingestAndExport);
  it('metadata', () => expect(scores.metadata.overall.value).toBe(1));
  it('persons: all found, none extra, every country right', () => {
    expect(scores.persons.precision).toBe(1);
    expect(scores.persons.recall).toBe(1);
    expect(scores.persons.country.value).toBe(1);
  });
  it('events: precision and recall at least 0.9, modality right on every match', () => {
    expect(scores.events.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.events.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.events.modality.value).toBe(1);
  });
  it('quotes: every required quote with its speaker, no extra direct quote', () => {
    expect(scores.quotes.strict.precision).toBe(1);
    expect(scores.quotes.strict.recall).toBe(1);
    expect(scores.quotes.speaker.value).toBe(1);
  });
});

describe('development set scores never fall below the levels reached', async () => {
  const dev = join(ROOT, 'test/fixtures/dev');
  const { scores } = await runEval(join(dev, 'gold'), { corpus: dev }, ingestAndExport);
  it('persons', () => {
    expect(scores.persons.f1).toBeGreaterThanOrEqual(0.98);
    expect(scores.persons.country.value).toBeGreaterThanOrEqual(0.86);
  });
  it('events', () => {
    expect(scores.events.overall.f1).toBeGreaterThanOrEqual(0.35);
    expect(scores.events.overall.precision).toBeGreaterThanOrEqual(0.57);
  });
  it('quotes', () => {
    expect(scores.quotes.lenient.f1).toBeGreaterThanOrEqual(0.92);
    expect(scores.quotes.strict.f1).toBeGreaterThanOrEqual(0.83);
  });
});
