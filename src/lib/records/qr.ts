import { encode } from 'uqr';

/**
 * A QR code as one SVG path, drawn by the page itself: the markup is built here from the
 * module grid only (never from the encoded text), so a name like `<img onerror=…>` in the
 * summary can reach the picture only as black and white squares.
 */

/** The grid size (modules, quiet zone included) and the path of the dark modules, one unit each. */
export interface QrShape {
  size: number;
  /** SVG path data: one `M x y h1 v1 h-1 z` square per dark module. */
  path: string;
}

/**
 * The QR code of a text (UTF-8 bytes, error correction M: a printed certificate may be
 * creased or smudged) with a four-module quiet zone, as scanners expect.
 */
export function qrShape(text: string): QrShape {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const squares: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && squares.push(`M${x} ${y}h1v1h-1z`)));
  return { size, path: squares.join('') };
}
