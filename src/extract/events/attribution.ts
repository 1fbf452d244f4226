/**
 * Who reports, confirms, denies or declines to comment on what a sentence says: "the Financial
 * Times reported", "according to Bloomberg", "the Kremlin confirmed", "declined to comment".
 */
import type { Stance } from '../../export/records.js';
import type { ArticleContext } from '../context.js';
import type { Cues } from './lexicon.js';

export interface SentenceAttribution {
  stance: Stance;
  by: string | null;
  byText: string;
  /** Token where the cue ends. */
  at: number;
}

function phraseAt(ctx: ArticleContext, end: number, phrase: string[]): number | null {
  const start = end - phrase.length + 1;
  if (start < 0) return null;
  for (let j = 0; j < phrase.length; j++) {
    const t = ctx.toks[start + j]!;
    if (t.lemma !== phrase[j] && t.lower !== phrase[j]) return null;
  }
  return start;
}

function mentionText(ctx: ArticleContext, key: string, near: number): string {
  let best: { text: string; d: number } | null = null;
  for (const m of ctx.actors.mentions) {
    if (m.actor !== key) continue;
    const d = Math.abs(m.first - near);
    if (!best || d < best.d) best = { text: m.text, d };
  }
  return best?.text ?? ctx.actor(key)?.name ?? key;
}

export function sentenceAttributions(ctx: ArticleContext, sentence: number, cues: Cues): SentenceAttribution[] {
  const s = ctx.doc.sentences[sentence]!;
  const out: SentenceAttribution[] = [];
  const seen = new Set<string>();
  for (let k = s.first; k < s.last; k++) {
    // only the cues whose last word is this token's (in lexicon order) can end here
    const t = ctx.toks[k]!;
    const byLemma = cues.attributionByLast.get(t.lemma);
    const byLower = t.lower !== t.lemma ? cues.attributionByLast.get(t.lower) : undefined;
    if (!byLemma && !byLower) continue;
    const candidates = !byLower ? byLemma! : !byLemma ? byLower : [...byLemma, ...byLower].sort((a, b) => a.order - b.order);
    for (const { stance, phrase } of candidates) {
      const start = phraseAt(ctx, k, phrase);
      if (start === null) continue;
      const head = ctx.toks[start]!;
      let keys: string[] | null = null;
      if (phrase[0] === 'according') {
        keys = ctx.nounPhraseActors(k + 1, 6).keys;
      } else {
        if (head.pos !== 'VERB' && head.pos !== 'AUX') continue;
        keys = ctx.subjectBefore(start);
        if (!keys) {
          // inverted order: "..., said Peskov", "..., the Kremlin confirmed" is covered above
          const after = ctx.mentionAt(k + 1);
          if (after) keys = [after.actor];
        }
      }
      if (!keys || !keys.length) continue;
      const by = keys[0]!;
      const id = `${stance}:${by}:${k}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ stance: stance as Stance, by, byText: mentionText(ctx, by, start), at: k });
    }
  }
  // a stronger stance at the same place replaces "claims"/"reports" ("declined to comment" is not also "said")
  return out.filter((a) => !out.some((b) => b !== a && b.by === a.by && Math.abs(b.at - a.at) <= 3 && rank(b.stance) > rank(a.stance)));
}

function rank(s: Stance): number {
  return { claims: 0, reports: 1, confirms: 2, denies: 2, declines: 3 }[s];
}
