/**
 * The Content-Security-Policy of every page the build writes (the app, the embed, the share
 * pages): nothing but our own origin, no inline script or style, no third-party request. A meta
 * tag cannot carry frame-ancestors (browsers ignore it there): docs/security.md gives the headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
