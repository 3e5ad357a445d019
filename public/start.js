// Starts the interactive explainer over the readable page that `cargo xtask dist` puts in every page, and says so
// politely when it cannot: the WebAssembly blocked, damaged or missing, the browser without WebAssembly, or not
// started after a while. Whatever happens, the page stays readable and no error escapes.
//
// The page's <script> names the app's files: `data-js` (wasm-bindgen's module) and `data-wasm`. The notes come
// from the readable page's `data-` attributes, in the page's language. The app removes the readable page, and any
// note, once it has started.
//
// It is a classic script, not a module: a module is fetched as a CORS request, which a frame sandboxed without
// `allow-same-origin` (an opaque origin) cannot make from a server that sends no `Access-Control-Allow-Origin`; the
// page would then stay as it is, with not a word. A classic script loads from any server, and where the app's own
// module and WebAssembly are refused so, it says why (`data-sandboxed`) and the frame shrinks to the readable page.
// An embeddable page carries this file written in (`xtask/src/publish`, without its comment lines): WebKit matches
// the policy's 'self' against a sandboxed frame's opaque origin and refused it linked. So nothing here may depend on
// its own `src`, nor put code on a line that starts with a comment.
//
// This script builds and parses no address of its own, and spells no string the app shares with it: the core
// (`core/src/url`) tells it, in its script's `data-` attributes (`url::start_data`), the readable page's id
// (`data-page-id`), the type of the height message (`data-height-message`) and AMP's form of it (`data-amp-sentinel`,
// `data-amp-message`), the key the app keeps the reader's theme under (`data-theme-storage`), the themes' values
// (`data-theme-light`, `data-theme-dark`, `data-theme-auto`), the classes of the credit line that links to the whole
// explainer (`data-open-full`) and of the step list (`data-progress-list`), the link keys it reads from the query (`data-step-key`, `data-embed-key`,
// `data-theme-key`, the root's attribute for the theme (`data-theme-attribute`), `data-background-key` with its value `data-background-transparent` and the root's attribute
// `data-background-attribute` that says so) and the value that embeds a step (`data-embed-on`), whether the page is an embeddable one
// (`data-embedded`), where each step's page is (`data-step-pages`, on the first page) and the step a page holds
// (`data-step`). A test (`xtask/src/publish/tests/start_js.rs`) fails if this file spells one of those strings itself.

const script = document.currentScript || document.querySelector('script[data-wasm]');
const data = script.dataset;
// How long before the note that the app is slow: 8 seconds, or what the page's `data-slow-ms` says (a test's page).
const SLOW_MS = Number(data.slowMs) || 8000;
// Resolved now, against the page's own address: the app moves the address from one step's page to another's.
// The service worker sits beside this script, and beside the app's module where this script is written into the
// page (an embeddable page's, which has no `src`).
const files = {
  js: new URL(data.js, location.href).href,
  wasm: new URL(data.wasm, location.href).href,
};
files.worker = new URL('sw.js', script.src || files.js).href;
const page = data.pageId ? document.getElementById(data.pageId) : null;
const query = new URLSearchParams(location.search);
const keys = { step: data.stepKey, embed: data.embedKey, theme: data.themeKey };
// Whether this is an embedded step, read once as the core's codec reads it: an embeddable page's path, or a link
// that asks for one (`embed=1`; `embed=0` does not).
const embedded = data.embedded !== undefined || (!!keys.embed && query.getAll(keys.embed).includes(data.embedOn));
let started = false;

/**
 * Shows `kind`'s note (slow, failed or unsupported) at the top of the readable page, with a link to try again. In a
 * sandboxed frame whose server refuses the app (`sandboxed`), trying again cannot help and the reason is the host's
 * business: the readers get a quiet line under the step's title, aligned with the step ("Interactive version: open
 * it in a new tab"), linking where the readable page's "Open the whole explainer" leads, and the technical advice
 * goes to the console, for whoever embeds the step (journalist try 8, B1; try 11, #2).
 */
function note(kind) {
  if (started || !page) return;
  document.getElementById('load-note')?.remove();
  const box = document.createElement('p');
  box.id = 'load-note';
  const quiet = kind === 'sandboxed';
  box.className = quiet ? 'load-note quiet' : 'load-note';
  box.setAttribute('role', kind === 'slow' || quiet ? 'status' : 'alert');
  box.textContent = page.dataset[kind] + (page.dataset.space ?? ' ');
  // The interactive version: where "Open the whole explainer" leads (the readable page's link of that name).
  const interactive = quiet ? page.querySelector(`.${data.openFull} a[href]`) : null;
  if (quiet) console.warn(page.dataset.sandboxedAdvice);
  if (!quiet || interactive) {
    const link = document.createElement('a');
    if (interactive) {
      link.href = interactive.href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = page.dataset.sandboxedLink;
    } else {
      link.href = location.href;
      link.textContent = page.dataset.retry;
    }
    box.append(link);
  }
  const title = quiet ? page.querySelector('main .embedded-title') : null;
  if (title) title.after(box);
  else page.querySelector('main')?.before(box);
  if (quiet) offerWhereBlocked();
  tellHost();
}

/**
 * In the sandboxed frame's plain page, its links to a new tab ("Open the whole explainer", the note's) open it
 * themselves, as the app's link does: where the sandbox forbids popups (`window.open` gives nothing) the browser
 * would drop the click without a word, so the address is shown under the link, selected, to copy (the app's words,
 * `data-open-blocked`; journalist try 11, #1).
 */
function offerWhereBlocked() {
  for (const link of page.querySelectorAll('a[target="_blank"][href]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      let tab = null;
      try {
        tab = window.open(link.href, '_blank');
      } catch {
        // Firefox throws where the sandbox forbids popups; the others give nothing.
      }
      if (tab) {
        // As `rel="noopener"`: the new tab cannot reach back into this page.
        tab.opener = null;
        return;
      }
      const holder = link.closest('p') ?? link;
      let label = holder.nextElementSibling;
      if (!label?.classList.contains('open-blocked')) {
        label = document.createElement('label');
        label.className = 'by-hand open-blocked';
        const input = document.createElement('input');
        input.type = 'text';
        input.readOnly = true;
        input.addEventListener('focus', () => input.select());
        label.append(page.dataset.openBlocked + (page.dataset.space ?? ' '), input);
        holder.after(label);
      }
      const input = label.querySelector('input');
      input.value = link.href;
      input.focus();
      input.select();
      tellHost();
    });
  }
}

/** Inside a frame, tells the host page how tall the readable page is, as the app would. */
function tellHost() {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height > 0) {
    window.parent.postMessage({ type: data.heightMessage, height }, '*');
    window.parent.postMessage({ sentinel: data.ampSentinel, type: data.ampMessage, height }, '*');
  }
}

/**
 * At the root with an older link's `?step=` in the address, shows that step's readable page in place of the first
 * one's (a step's own page, `steps/<id>/`, is already its step's). The page writer says, in the script's
 * `data-step-pages`, the page of every name a step answers to: a mistyped link keeps the first step's page, with no
 * request bound to fail, and the app's notice says what it could not use.
 */
async function showWantedStep() {
  const wanted = keys.step && query.get(keys.step);
  if (data.step || !wanted || !page) return;
  try {
    const pages = new Map(Object.entries(JSON.parse(data.stepPages ?? '{}')));
    if (!pages.has(wanted)) return;
    const at = new URL(pages.get(wanted), location.href).href;
    const response = await fetch(at);
    if (!response.ok) return;
    const fetched = new DOMParser().parseFromString(await response.text(), 'text/html');
    const found = fetched.getElementById(data.pageId);
    // The fetched page's links are relative to its own address: resolved against it, they lead where they led there
    // (a link within the page, `#main`, stays within this one).
    for (const a of found?.querySelectorAll('a[href]:not([href^="#"])') ?? []) {
      a.setAttribute('href', new URL(a.getAttribute('href'), response.url || at).href);
    }
    if (found && !started) {
      const kept = document.getElementById('load-note');
      page.replaceChildren(...found.childNodes);
      // Once a note shows, the app will not report the height: the readable page does. Before, the app will.
      if (kept) {
        page.querySelector('main')?.before(kept);
        tellHost();
      }
    }
  } catch {
    // The first step's readable page stays.
  }
}

/**
 * Once the app runs, the service worker keeps it and every step's page for visits without a network. Not in an
 * embedded step (the host's reader did not come for the whole explainer), nor where the browser refuses.
 */
function keepForOffline() {
  if (!('serviceWorker' in navigator) || embedded) return;
  navigator.serviceWorker.register(files.worker).catch(() => {});
}

/**
 * Makes the readable page look as the app will, so nothing changes when the app takes over: the theme the reader
 * chose on an earlier visit (kept by the app under the same key), and the step list scrolled to the current step.
 */
function lookLikeTheApp() {
  try {
    if (embedded) {
      // An embedded step is light unless its link says dark, or to follow the reader's system, as the app does.
      const fixed = query.get(keys.theme);
      if (fixed !== data.themeAuto) document.documentElement.setAttribute(data.themeAttribute, fixed === data.themeDark ? data.themeDark : data.themeLight);
      // No background of its own where the link asks (`bg=transparent`), as the app will have it.
      if (data.backgroundKey && query.get(data.backgroundKey) === data.backgroundTransparent) {
        document.documentElement.setAttribute(data.backgroundAttribute, data.backgroundTransparent);
      }
    } else {
      const theme = data.themeStorage && localStorage.getItem(data.themeStorage);
      if (theme === data.themeDark || theme === data.themeLight) document.documentElement.setAttribute(data.themeAttribute, theme);
    }
  } catch {
    // A sandboxed frame may not read storage: the system's colours it is.
  }
  const current = page?.querySelector(`.${data.progressList} [aria-current]`);
  const list = current?.closest(`.${data.progressList}`);
  if (list) list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
}

/**
 * Resolves once the readable page is on screen: the browser has reported its largest paint (engines without that
 * report: two animation frames, the second coming after the first is painted), or after 500 ms where a hidden page
 * gets no frames. So the reader's first and largest paint is the step itself, not a wait for the app.
 */
const painted = () => new Promise((resolve) => {
  setTimeout(resolve, 500);
  // All inside the `try`: where `PerformanceObserver` itself is missing, reading it throws too.
  try {
    if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) throw new Error('no report');
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }
});

/**
 * The app moves the address from one step's page (`steps/<id>/`) to another's, which would move what relative
 * links in the head point to: the icon keeps the address it has from this page.
 */
function pinIcon() {
  for (const icon of document.querySelectorAll('link[rel~="icon"]')) icon.setAttribute('href', icon.href);
}

async function start() {
  pinIcon();
  const slow = setTimeout(() => note('slow'), SLOW_MS);
  lookLikeTheApp();
  // Some engines run this before the stylesheet applies, when the step list does not scroll yet.
  if (document.readyState !== 'complete') addEventListener('load', lookLikeTheApp, { once: true });
  showWantedStep().then(lookLikeTheApp);
  try {
    if (typeof WebAssembly !== 'object') {
      note('unsupported');
      return;
    }
    await painted();
    const [glue, bytes] = await Promise.all([
      import(files.js),
      // From the bytes rather than streaming: WebKitGTK's instantiateStreaming now and then never settles.
      fetch(files.wasm).then((r) => {
        if (!r.ok) throw new Error(`the WebAssembly answered ${r.status}`);
        return r.arrayBuffer();
      }),
    ]);
    await glue.default({ module_or_path: bytes });
    started = true;
    document.getElementById('load-note')?.remove();
    keepForOffline();
  } catch (error) {
    console.warn('The interactive explainer could not start:', error);
    // A sandboxed frame's origin is opaque ('null'): its requests for the app's files are cross-origin, refused by a
    // server that does not allow them.
    note(window.origin === 'null' && location.protocol.startsWith('http') ? 'sandboxed' : 'failed');
  } finally {
    clearTimeout(slow);
  }
}

start();
