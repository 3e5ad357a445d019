// The service worker: after a first visit, every page of the explainer opens and works without a network.
//
// `cargo xtask dist` fills in VERSION (a hash of every file below) and FILES (the app and every step's page). Pages
// come from the network first, so a new release shows at once, and from the cache when the network fails; the app's
// files carry a hash in their names, so they come from the cache first. A new release installs a new cache and
// deletes the old ones, so no reader is kept on a stale version.

const VERSION = 'dev';
const FILES = [];
const CACHE = `ai-gambit-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ai-gambit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A page: the network's copy if there is one; else the cached page at that path, whatever its query says.
    event.respondWith(
      fetch(request).catch(() => caches.match(request, { ignoreSearch: true })
        .then((page) => page ?? caches.match(new URL('./', self.location.href).href))),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? fetch(request)));
});
