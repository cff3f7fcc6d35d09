/**
 * Decoding a seed file's bytes into text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are text; anything else is refused with the reason a moderator can act on
 * ("save it as UTF-8"), not lumped together as "binary".
 */

export type Decoded = { text: string } | { problem: string };

const SAVE_AS_UTF8 = 'save it as UTF-8';

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps the mark, which the caller has already checked and strips itself.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a mark: the NULs (high bytes of ASCII spaces and digits, of Latin letters) all sit
 * at one parity, and decoding that way gives readable text, not control characters.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  const nuls = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls[i % 2]!++;
  const [even, odd] = nuls as [number, number];
  if (Math.min(even, odd) > (even + odd) * 0.05) return false;
  const text = strict(odd > even ? 'utf-16le' : 'utf-16be', sample);
  if (!text) return false;
  const readable = text.match(/[\p{L}\p{M}\p{N}\p{P}\p{Zs}\n\r\t]/gu)?.length ?? 0;
  return readable >= text.length * 0.9;
}

/**
 * @example decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00])) // { text: 'A' }
 * @example decodeText(Buffer.from('caf\xe9', 'latin1'))     // { problem: 'the file is not valid UTF-8 text (…)' }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes;
  let text: string | undefined;
  let encoding: string;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { problem: `the file is UTF-32 text, which is not supported; ${SAVE_AS_UTF8}` };
  } else if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'UTF-16LE';
    text = strict('utf-16le', bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'UTF-16BE';
    text = strict('utf-16be', bytes.subarray(2));
  } else if (bytes.includes(0)) {
    if (looksLikeBomlessUtf16(bytes)) return { problem: `the file looks like UTF-16 text without a byte-order mark; ${SAVE_AS_UTF8} (or UTF-16 with a byte-order mark)` };
    return { problem: 'the file is binary (it contains NUL bytes)' };
  } else {
    encoding = 'UTF-8';
    text = strict('utf-8', b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes);
    if (text === undefined) return { problem: `the file is not valid UTF-8 text (perhaps Windows-1252, Windows-1256 or ISO-8859); ${SAVE_AS_UTF8}` };
  }
  if (text === undefined) return { problem: `the file starts with a ${encoding} byte-order mark but is not valid ${encoding}; ${SAVE_AS_UTF8}` };
  if (text.includes('\0')) return { problem: 'the file is binary (it contains NUL characters)' };
  return { text };
}
