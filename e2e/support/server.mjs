// A static file server for the built dist/, mounted under a sub-folder so the tests prove that the app's URLs
// are relative and work from any folder of a static host. Optionally it sends the headers of dist/_headers (the
// Content Security Policy, with a report address added), serves extra files beside dist/ (test host pages), and
// spoils the WebAssembly as `faults.wasm` says at the time of the request: `'abort'` (the connection is cut),
// `'html'` (an HTML error page in its place) or `{ until }` (a promise: the WebAssembly is sent once the test
// settles it, so a test holds the app back exactly as long as it needs, never by the clock); with
// `faults.offline`, it cuts every connection, as a network that is down. With `gzip`, it sends each file gzipped
// (level 9, as a static host's precompressed files) to a browser that accepts it, as the benchmark's phone-like line
// assumes.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

export const MOUNT = '/some/folder/';
const REPORTS = '/csp-report';

/** The headers `dist/_headers` gives every file (its `/*` block). */
export async function distHeaders(dist) {
  const text = await readFile(join(dist, '_headers'), 'utf8');
  const block = text.split(/^\/\*\s*$/m)[1]?.split(/^\//m)[0] ?? '';
  return Object.fromEntries(block.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const at = l.indexOf(':');
    return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
  }));
}

export async function serveDist(dist, { headers = {}, extra = {}, faults = {}, port = 0, gzip = false } = {}) {
  const requests = [];
  const zipped = new Map();
  const reports = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (req.method === 'POST' && path === REPORTS) {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => { reports.push(body); res.writeHead(204).end(); });
      return;
    }
    if (faults.offline) {
      req.socket.destroy();
      return;
    }
    requests.push(path);
    if (!path.startsWith(MOUNT)) { res.writeHead(404).end('not found'); return; }
    let file = normalize(path.slice(MOUNT.length));
    if (file === '.' || file.endsWith('/')) file = join(file, 'index.html');
    if (file.startsWith('..')) { res.writeHead(403).end(); return; }
    if (extra[file]) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? TYPES['.html'] }).end(extra[file]);
      return;
    }
    const fault = extname(file) === '.wasm' ? faults.wasm : null;
    if (fault === 'abort') {
      req.socket.destroy();
      return;
    }
    if (fault === 'html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>Error</title><h1>Something went wrong</h1>');
      return;
    }
    if (fault?.until) await fault.until;
    try {
      const body = await readFile(join(dist, file));
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        res.writeHead(200, { ...type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(zipped.get(file));
        return;
      }
      res.writeHead(200, type).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: `${origin}${MOUNT}`, origin, reportTo: REPORTS, requests, reports, close };
  // A browser keeps its connections open after its page is done; `close` alone waits for each to time out (a
  // server closed while its browser lived on took 110 s to close in Chromium), so it ends them.
  function close() {
    return new Promise((r) => {
      server.close(r);
      server.closeAllConnections();
    });
  }
}
