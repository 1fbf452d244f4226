// Temporary stand-in; replaced by the readers branch.
import type { Problem } from './types.js';
export function decode(bytes: Buffer, origin: string): { text: string; encoding: string } | Problem {
  if (!bytes.length) return { origin, reason: 'empty file' };
  if (bytes.subarray(0, 4096).includes(0)) return { origin, reason: 'binary file' };
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { origin, reason: 'empty file' };
  return { text: text.replace(/\r\n?/g, '\n'), encoding: 'utf-8' };
}
