/** Byte encodings for generated plain-text files: UTF-8 (with or without BOM), windows-1252, UTF-16LE. */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf8-bom' | 'windows-1252' | 'utf16le-bom';

/**
 * Encode `text` (optionally with CRLF line ends). windows-1252 is used only when every
 * character survives the round trip; otherwise the file falls back to UTF-16LE with a BOM.
 * Returns the bytes and the encoding actually used.
 */
export function encodeText(text: string, want: TextEncoding, crlf: boolean): { bytes: Buffer; encoding: TextEncoding } {
  const s = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  switch (want) {
    case 'utf8':
      return { bytes: Buffer.from(s, 'utf8'), encoding: want };
    case 'utf8-bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]), encoding: want };
    case 'windows-1252': {
      const b = iconv.encode(s, 'win1252');
      if (iconv.decode(b, 'win1252') === s) return { bytes: b, encoding: want };
      return encodeText(s, 'utf16le-bom', false);
    }
    case 'utf16le-bom':
      return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), encoding: want };
  }
}
