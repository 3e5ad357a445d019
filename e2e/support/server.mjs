// A static file server for the built dist/, mounted under a sub-folder so the tests prove that the app's URLs
// are relative and work from any folder of a static host.
import { createServer } from 'node:http';
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

export async function serveDist(dist) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(MOUNT)) { res.writeHead(404).end('not found'); return; }
    let file = normalize(path.slice(MOUNT.length));
    if (file === '.' || file.endsWith('/')) file = join(file, 'index.html');
    if (file.startsWith('..')) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(join(dist, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${MOUNT}`;
  return { url, requests, close: () => new Promise((r) => server.close(r)) };
}
