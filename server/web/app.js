// The single-page app: routes a URL to its page, intercepts in-app links, keyboard shortcuts.
import { navigate, setRenderer } from './nav.js';
import { renderSearch } from './search.js';
import { renderDocument } from './doc.js';
import { renderTrace } from './trace.js';
import { renderFollowUp } from './follow_up.js';
import { renderCheck } from './check.js';
import { el, emptyBox, errorBox, pageHeading, replaceChildren, setTitle } from './util.js';

const main = document.getElementById('main');
const searchInput = document.getElementById('q');
const searchForm = document.getElementById('search-form');

function renderNotFound(container) {
  setTitle('Không tìm thấy trang');
  replaceChildren(container, pageHeading('Không tìm thấy trang'),
    emptyBox('Địa chỉ này không có trong ứng dụng.', el('p', {}, el('a', { href: '/' }, 'Về trang tìm kiếm'))));
}

// Each route: a pattern over the path and the page that renders it.
const routes = [
  { pattern: /^\/(?:search)?$/, page: 'search', render: (c, url) => renderSearch(c, url, searchInput) },
  { pattern: /^\/doc\/([^/]+)$/, page: null, render: (c, url, m) => renderDocument(c, decodeURIComponent(m[1])) },
  { pattern: /^\/trace\/([^/]+)$/, page: null, render: (c, url, m) => renderTrace(c, url, decodeURIComponent(m[1])) },
  { pattern: /^\/follow-up\/([^/]+)$/, page: null, render: (c, url, m) => renderFollowUp(c, url, decodeURIComponent(m[1])) },
  { pattern: /^\/check$/, page: 'check', render: (c) => renderCheck(c) },
];

// A newer navigation makes the older render's results stale: each render gets a token and
// draws into a fresh container only while it is still the current one.
let generation = 0;
// The path and query last rendered: a jump to an anchor (#L12) fires popstate too, and must not
// re-render the page under it.
let rendered = null;

async function render({ focusHeading = false } = {}) {
  const url = new URL(location.href);
  rendered = url.pathname + url.search;
  const token = ++generation;
  const container = el('div', { class: 'page' });
  const route = routes.find((r) => r.pattern.test(url.pathname));
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (route && link.dataset.nav === route.page) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!url.pathname.startsWith('/search') && url.pathname !== '/') searchInput.value = '';
  replaceChildren(main, el('p', { class: 'loading', role: 'status' }, 'Đang tải…'));
  main.setAttribute('aria-busy', 'true');
  try {
    if (route) await route.render(container, url, url.pathname.match(route.pattern));
    else renderNotFound(container);
  } catch (error) {
    // Pages show the API's errors themselves; this is a fault of the page, so it is also logged.
    container.appendChild(errorBox(error, 'Lỗi hiển thị trang'));
    console.error(error);
  } finally {
    if (token === generation) {
      replaceChildren(main, container);
      main.removeAttribute('aria-busy');
      if (focusHeading) (main.querySelector('#page-title') || main).focus();
    }
  }
}

setRenderer(render);

// In-app links (HTML and SVG <a>) change the page without a reload; new-tab clicks, downloads,
// the API and the static files keep the browser's behaviour.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest('a');
  if (!link || link.hasAttribute('download') || link.getAttribute('target')) return;
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/static/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams({ q: searchInput.value.trim() });
  // A new query starts at the first page but keeps the chosen order.
  const sort = new URL(location.href).searchParams.get('sort');
  if (sort && location.pathname === '/search') params.set('sort', sort);
  navigate(`/search?${params}`, { focusHeading: false });
});

// "/" focuses the search box, unless the user is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest && target.closest('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  searchInput.focus();
  searchInput.select();
});

window.addEventListener('popstate', () => {
  if (location.pathname + location.search !== rendered) render();
});
render();
