/**
 * Share links: the whole workspace (YAML text, expectations and view options) in the URL
 * fragment, `#w=2.<base64url(deflate-raw(JSON))>`. Format 1 (no expectations) stays
 * readable: links already pasted into tickets keep opening. A fragment is never sent to a server, so the
 * workspace stays between the people who pass the link around.
 *
 * Pure functions, no DOM: the decoder treats its input as hostile (a link can come from
 * anyone) and returns a `ShareDecodeError` value for every way it can be wrong, never throws.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { PROTOCOLS, type Protocol } from '@netpol/engine';
import { fromBase64Url, toBase64Url } from './base64url';

/**
 * The format version written, first in the fragment (`w=2.`) and inside the JSON (`"v":2`).
 * 2 added `expectations`.
 */
export const SHARE_FORMAT_VERSION = 2;
/** Every format this app reads. */
const READABLE_VERSIONS: ReadonlySet<number> = new Set([1, 2]);
/** The fragment parameter holding a workspace. */
export const SHARE_PARAM = 'w';
/**
 * Longest link we hand out. Chromium accepts 2 MB URLs, but Firefox stops displaying
 * an address at 64 K characters, Safari and many servers' logs cut near 64–80 K, and chat
 * tools cap a message near 30–40 K (Teams ~28 K, Slack 40 K). 32,000 characters stays
 * under all of those; a bigger workspace is offered as a file instead.
 */
export const MAX_LINK_LENGTH = 32_000;
/** Fragments longer than this are not even decoded (far beyond anything we produce). */
export const MAX_FRAGMENT_LENGTH = 1_000_000;
/**
 * Inflated payloads beyond this are refused while inflating (a deflate bomb expands up to
 * ~1,000×: a 32 KB link could claim 32 MB). 4 MB is twice the largest workspace a
 * 32,000-character link can carry at realistic YAML compression.
 */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
/** Node positions travel only when there are this few (they are view sugar, not content). */
export const MAX_SHARED_POSITIONS = 100;
/** Input is fed to the inflater in slices this big, so one slice inflates to ~1 MB at most. */
const INFLATE_SLICE = 1024;

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** View options that travel with the text. */
export interface SharedView {
  readonly port: string;
  readonly protocol: Protocol;
  /** Dragged node positions, only for small graphs (see `MAX_SHARED_POSITIONS`). */
  readonly positions?: Readonly<Record<string, XY>>;
}

export interface SharedWorkspace {
  readonly text: string;
  /** The expectations document; absent in format 1 links and in links it did not fit. */
  readonly expectations?: string;
  readonly view: SharedView;
}

export type ShareDecodeErrorCode =
  | 'not-a-share-link'
  | 'unsupported-version'
  | 'bad-encoding'
  | 'bad-compression'
  | 'too-large'
  | 'bad-json'
  | 'bad-content';

export interface ShareDecodeError {
  readonly code: ShareDecodeErrorCode;
  /** A plain sentence for the user. */
  readonly message: string;
}

export type ShareDecodeResult =
  | { readonly ok: true; readonly workspace: SharedWorkspace }
  | { readonly ok: false; readonly error: ShareDecodeError };

const fail = (code: ShareDecodeErrorCode, message: string): ShareDecodeResult => ({
  ok: false,
  error: { code, message },
});

const PREFIX = `${SHARE_PARAM}=`;

/** Whether a location hash (with or without `#`) carries a shared workspace. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(PREFIX);
}

/** Positions rounded to whole pixels, or undefined when there are too many to be worth a link. */
export function shareablePositions(
  positions: Readonly<Record<string, XY>>,
): Record<string, XY> | undefined {
  const entries = Object.entries(positions);
  if (entries.length === 0 || entries.length > MAX_SHARED_POSITIONS) return undefined;
  return Object.fromEntries(
    entries.map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]),
  );
}

/** The fragment (without `#`) that carries `workspace`: `w=2.<data>`. */
export function encodeShareFragment(workspace: SharedWorkspace): string {
  const payload = {
    v: SHARE_FORMAT_VERSION,
    text: workspace.text,
    ...(workspace.expectations === undefined ? {} : { expectations: workspace.expectations }),
    view: workspace.view,
  };
  const compressed = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 });
  return `${PREFIX}${SHARE_FORMAT_VERSION}.${toBase64Url(compressed)}`;
}

/** Inflates raw DEFLATE data, giving up (null) past `limit` bytes of output or on bad data. */
export function inflateCapped(data: Uint8Array, limit: number): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) overflow = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && !overflow; i += INFLATE_SLICE) {
      const end = Math.min(i + INFLATE_SLICE, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch {
    return null;
  }
  if (overflow) return 'too-large';
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function readView(value: unknown): SharedView | null {
  if (value === undefined) return { port: '', protocol: 'TCP' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const port = v['port'] ?? '';
  const protocol = v['protocol'] ?? 'TCP';
  if (typeof port !== 'string' || port.length > 64) return null;
  if (!PROTOCOLS.includes(protocol as Protocol)) return null;
  const raw = v['positions'];
  if (raw === undefined) return { port, protocol: protocol as Protocol };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > MAX_SHARED_POSITIONS) return null;
  const positions: Array<[string, XY]> = [];
  for (const [id, p] of entries) {
    const x = (p as { x?: unknown } | null)?.x;
    const y = (p as { y?: unknown } | null)?.y;
    if (typeof x !== 'number' || typeof y !== 'number') return null;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    positions.push([id, { x, y }]);
  }
  // fromEntries defines own properties: a `__proto__` key stays a key.
  return { port, protocol: protocol as Protocol, positions: Object.fromEntries(positions) };
}

/**
 * Reads a location hash (`#w=1.…`, the `#` optional) back into a workspace. Every failure
 * (not a share link, a newer format, bad base64, truncated or oversized data, JSON of the
 * wrong shape) is a `ShareDecodeError`.
 */
export function decodeShareFragment(hash: string): ShareDecodeResult {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) {
    return fail('not-a-share-link', 'The address does not hold a shared workspace.');
  }
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return fail('too-large', 'The link is far longer than any share link this app makes.');
  }
  const body = fragment.slice(PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot < 0 ? '' : body.slice(0, dot);
  if (!/^\d{1,6}$/.test(version)) {
    return fail('bad-encoding', 'The link is damaged: it has no format version.');
  }
  if (!READABLE_VERSIONS.has(Number(version))) {
    return fail(
      'unsupported-version',
      `The link was made in format ${version}; this version of the app reads formats up to ${SHARE_FORMAT_VERSION}.`,
    );
  }
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes || bytes.length === 0) {
    return fail('bad-encoding', 'The link is damaged: its data is not valid base64url.');
  }
  const inflated = inflateCapped(bytes, MAX_INFLATED_BYTES);
  if (inflated === 'too-large') {
    return fail(
      'too-large',
      'The link unpacks to more than 4 MB, more than a shared workspace can be.',
    );
  }
  if (!inflated) {
    return fail('bad-compression', 'The link is damaged or cut short: its data does not unpack.');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(strFromU8(inflated));
  } catch {
    return fail('bad-json', 'The link is damaged: its data is not a workspace.');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return fail('bad-content', 'The link does not hold a workspace.');
  }
  const p = payload as Record<string, unknown>;
  if (p['v'] !== Number(version)) {
    return fail('unsupported-version', 'The link’s data has an unknown format version.');
  }
  if (typeof p['text'] !== 'string') {
    return fail('bad-content', 'The link does not hold workspace text.');
  }
  const expectations = p['v'] === 1 ? undefined : p['expectations'];
  if (expectations !== undefined && typeof expectations !== 'string') {
    return fail('bad-content', 'The link’s expectations are not readable.');
  }
  const view = readView(p['view']);
  if (!view) return fail('bad-content', 'The link’s view options are not readable.');
  const text = p['text'];
  return {
    ok: true,
    workspace: expectations === undefined ? { text, view } : { text, expectations, view },
  };
}
