/**
 * jsPDF works on "binary strings" (one character per byte, 0–255). These convert them to and from
 * bytes in blocks: String.fromCharCode takes its arguments on the stack, so one call per byte is
 * slow and one call for a whole file overflows it.
 */
const BLOCK = 0x2000;

export function bytesToBinaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += BLOCK) parts.push(String.fromCharCode(...bytes.subarray(i, i + BLOCK)));
  return parts.join('');
}

const ascii = new TextEncoder();

export function binaryStringToBytes(data: string): Uint8Array {
  const bytes = new Uint8Array(data.length);
  // Text that is all ASCII (a PDF page's drawing commands) encodes to the same bytes in UTF-8, natively.
  // A character above 127 takes two bytes in UTF-8, so the encoder runs out of room before the end.
  const { read, written } = ascii.encodeInto(data, bytes);
  if (read === data.length && written === data.length) return bytes;
  for (let i = 0; i < data.length; i += 1) bytes[i] = data.charCodeAt(i);
  return bytes;
}
