import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** The path the site is published under, such as `/tarikh/`: nothing outside it is served. */
  prefix?: string;
  /** Files compressed before the first request (a big corpus), as a host would have them. */
  precompress?: readonly string[];
  /** Headers added to every response (a test's Content-Security-Policy, say). */
  headers?: (path: string) => Record<string, string>;
  /** Other directories served under paths of the site, such as `{ 'bench-corpus/': dir }`. */
  mounts?: Record<string, string>;
  /** The port to listen on; any free one by default. */
  port?: number;
}

/** The server and the address of the site's root, ending in `/`. */
export interface StaticSite {
  server: Server;
  url: string;
  /** Serves another directory from now on (a new release of the site). */
  setRoot: (root: string) => void;
  close: () => Promise<void>;
}

/**
 * A plain static host: files as they are, `index.html` for a directory, no rewrite rules, and
 * nothing outside `prefix`. Files are gzip-compressed ahead of time when the browser accepts it,
 * as hosts and CDNs do, never per request (that would measure the server, not the page).
 */
export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticSite> {
  const prefix = options.prefix ?? '/';
  if (!prefix.startsWith('/') || !prefix.endsWith('/'))
    throw new Error(`prefix must start and end with "/": ${prefix}`);
  let base = resolve(root);
  const compressed = new Map<string, Buffer>();
  for (const file of options.precompress ?? []) compressed.set(resolve(file), gzipSync(readFileSync(file)));

  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    // The site's root without its slash is a directory asked for as a file: send the browser to it.
    if (`${pathname}/` === prefix) return void response.writeHead(301, { location: prefix }).end();
    if (!pathname.startsWith(prefix)) return void response.writeHead(404).end();
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return void response.writeHead(400).end();
    }
    const mount = Object.keys(options.mounts ?? {}).find((path) => relative.startsWith(path));
    const dir = mount ? resolve(options.mounts![mount]!) : base;
    let file = join(dir, normalize(`/${mount ? relative.slice(mount.length) : relative}`));
    if (file !== dir && !file.startsWith(dir + sep)) return void response.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return void response.writeHead(301, { location: `${pathname}/` }).end();
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return void response.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'])) && type !== 'image/png';
    let body = gzip ? compressed.get(file) : readFileSync(file);
    if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
    response.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...options.headers?.(pathname),
    });
    response.end(body);
  });
  return new Promise((done) =>
    server.listen(options.port ?? 0, '127.0.0.1', () =>
      done({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`,
        setRoot: (next) => {
          base = resolve(next);
          compressed.clear();
        },
        close: () => new Promise((closed) => server.close(() => closed())),
      }),
    ),
  );
}
