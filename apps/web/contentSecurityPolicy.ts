/**
 * The app's Content-Security-Policy: scripts, workers and connections only from its own
 * origin. Monaco sets inline styles (`style-src 'unsafe-inline'`); PNG/SVG export renders
 * the graph through `data:` images (read back with fetch) and downloads through `blob:` URLs. Sent as a header by
 * the server (`vite preview`, which `npm start` runs) and written as a meta tag into the
 * built `index.html`, for any other static server.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  // PNG export turns its rendered `data:` image into bytes with fetch: no network involved.
  'connect-src': "'self' data:",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

const serialize = (directives: Readonly<Record<string, string>>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** For the meta tag: `frame-ancestors` is ignored there, browsers honour it only as a header. */
export const CSP_META = serialize(DIRECTIVES);

/** The headers the server sends with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': serialize({ ...DIRECTIVES, 'frame-ancestors': "'none'" }),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
