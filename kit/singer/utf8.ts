// Input bytes that are not UTF-8: Node's decoder turns each invalid sequence into U+FFFD without a word. A
// target counts them, so a replacement in "lossless" raw is never silent.

/** U+FFFD as UTF-8: bytes the input may hold legitimately (a real replacement character, not a repair). */
const REPLACEMENT = Buffer.from('\ufffd');

/**
 * How many U+FFFD in `text` (decoded from buf[start, end)) stand for invalid bytes rather than for U+FFFD the
 * input held. Costs nothing for the usual line: invalid bytes always decode to U+FFFD, so without one there are none.
 */
export function invalidUtf8Count(buf: Buffer, start: number, end: number, text: string): number {
  let decoded = 0;
  for (let k = text.indexOf('\ufffd'); k !== -1; k = text.indexOf('\ufffd', k + 1)) decoded++;
  if (decoded === 0) return 0;
  let held = 0;
  const n = REPLACEMENT.length;
  for (let k = buf.indexOf(REPLACEMENT, start); k !== -1 && k + n <= end; k = buf.indexOf(REPLACEMENT, k + n)) held++;
  return decoded - held;
}
