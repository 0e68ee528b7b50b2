/**
 * Base64url (RFC 4648 §5, no padding): the URL-safe alphabet, so a share link's fragment
 * needs no percent-encoding and survives chat tools that re-encode `+` and `/`.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/;
/** String.fromCharCode takes its bytes as arguments: keep each call well under V8's limit. */
const CHUNK = 0x8000;

/** Bytes → base64url text without `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url text → bytes, or null when it is not base64url (bad characters, impossible length). */
export function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4k+1 cannot come from any byte string.
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
