// Windows-1252, the code page of files exported on Windows in Western locales. Written out here because
// Node's TextDecoder('windows-1252') decodes as Latin-1 (0x92 became U+0092 instead of ’ on Node 20).
import { transcode } from 'node:buffer';

/** The characters bytes 0x80-0x9F stand for; the five bytes the code page leaves unassigned keep C1 controls, as WHATWG maps them. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

/** Windows-1252 bytes → UTF-8 bytes. Every byte maps to a character: nothing is lost or replaced. */
export function decodeWindows1252(b: Buffer): Buffer {
  let c1 = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0x80 && c <= 0x9f) {
      c1 = true;
      break;
    }
  }
  if (!c1) return transcode(b, 'latin1', 'utf8');
  return Buffer.from(b.toString('latin1').replace(C1, (ch) => HIGH[ch.charCodeAt(0) - 0x80]!));
}

/** Text → Windows-1252 bytes; a character the code page lacks is an error, not a '?'. */
export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c > 0xff ? HIGH.indexOf(text[i]!) : -1;
    if (high >= 0) out[i] = 0x80 + high;
    else if (c <= 0xff && !(c >= 0x80 && c <= 0x9f && HIGH[c - 0x80] !== text[i])) out[i] = c;
    else throw new Error(`${JSON.stringify(text[i])} has no Windows-1252 byte`);
  }
  return out;
}
