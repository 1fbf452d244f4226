/** The sentence-like stretch of `body` around [start, end): from the previous sentence end to the next. */
export function sentenceAround(body: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(body[s - 1]!)) s--;
  let e = end;
  while (e < body.length && !/[.!?\n]/.test(body[e]!)) e++;
  if (e < body.length && body[e] !== '\n') e++;
  return body.slice(s, e).trim();
}
