// Shared helpers of the pages: safe DOM building, the API client, dates, navigation.
//
// Documents are untrusted: every value from the API reaches the page through text nodes and
// setAttribute, never through innerHTML. The only HTML inserted as HTML is what the server has
// escaped or sanitised (snippet_html, /api/doc/{id}/html), and that goes through trustedHtml().

const SVG_NS = 'http://www.w3.org/2000/svg';

// Appends children: strings become text nodes, null/undefined/false are skipped, arrays flatten.
function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
  return parent;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return node;
}

/** An HTML element: el('a', {href, class}, 'text', child…). Attributes go through setAttribute. */
export function el(tag, attrs, ...children) {
  return append(setAttributes(document.createElement(tag), attrs), children);
}

/** An SVG element, same calling convention as el(). */
export function svg(tag, attrs, ...children) {
  return append(setAttributes(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** Replaces the children of node. */
export function replaceChildren(node, ...children) {
  node.textContent = '';
  return append(node, children);
}

/** A container whose content is HTML the server escaped (snippets) or sanitised (documents). */
export function trustedHtml(tag, attrs, html) {
  const node = el(tag, attrs);
  node.innerHTML = html;
  return node;
}

/**
 * A field of a model as the text to show, or null when it is missing: null, undefined, blank,
 * and the words "null"/"undefined" a converter may have written in its place. An object (the
 * model's number, issuer) gives its text or name; any other object is missing, never
 * "[object Object]".
 */
export function fieldText(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return Array.isArray(value) ? null : fieldText(value.text ?? value.name ?? null);
  const text = String(value).trim();
  return text === '' || /^(null|undefined|\[object Object\])$/i.test(text) ? null : text;
}

/** What a page says for a field the reader did not find (muted, in italics). */
export const MISSING_TEXT = 'không có / chưa đọc được';

/** The placeholder of a missing field: `missing()` or `missing('không có trích yếu', 'p')`. */
export function missing(text = MISSING_TEXT, tag = 'span', attrs = {}) {
  const cls = ['absent', attrs.class].filter(Boolean).join(' ');
  return el(tag, { ...attrs, class: cls }, text);
}

/** ISO 2024-03-29 → 29/03/2024; anything else is shown as given, null as a dash. */
export function formatDate(iso) {
  const text = fieldText(iso);
  if (!text) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text;
}

/** The Vietnamese name of a citation relation (the ids stay the model's, in English). */
export const RELATION_LABELS = {
  implements: 'thực hiện',
  based_on: 'căn cứ',
  amends: 'sửa đổi, bổ sung',
  replaces: 'thay thế',
  repeals: 'bãi bỏ',
  cites: 'dẫn chiếu',
};

export function relationLabel(relation) {
  return RELATION_LABELS[relation] || relation;
}

/** The path of a page of the app. */
export function docPath(id) {
  return `/doc/${encodeURIComponent(id)}`;
}

export function tracePath(id, dir, depth) {
  return `/trace/${encodeURIComponent(id)}?dir=${encodeURIComponent(dir)}&depth=${encodeURIComponent(depth)}`;
}

export function searchPath(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

/** An error from the API, with the server's message and the HTTP status (0: no answer). */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function request(path, options, read) {
  let response;
  try {
    response = await fetch(path, options);
  } catch {
    throw new ApiError('Không kết nối được với máy chủ. Hãy kiểm tra rằng vanban serve đang chạy.', 0);
  }
  if (!response.ok) {
    let message = `Máy chủ trả lỗi ${response.status}.`;
    try {
      const body = await response.json();
      if (body && typeof body.error === 'string') message = body.error;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiError(message, response.status);
  }
  return read(response);
}

/** GET or POST a JSON endpoint of the server. */
export function apiJson(path, options) {
  return request(path, options, (r) => r.json());
}

/** GET an endpoint that answers text (rendered HTML, Markdown source). */
export function apiText(path, options) {
  return request(path, options, (r) => r.text());
}

/** The block shown when a request failed. */
export function errorBox(error, what) {
  const status = error instanceof ApiError && error.status ? ` (mã ${error.status})` : '';
  return el('div', { class: 'notice notice-error', role: 'alert' },
    el('strong', {}, `${what}${status}: `), error.message || String(error));
}

/** The block shown when there is nothing to show. */
export function emptyBox(message, ...more) {
  return el('div', { class: 'notice', role: 'status' }, el('p', {}, message), ...more);
}

/** Sets the tab title. */
export function setTitle(text) {
  document.title = text ? `${text} — vanban` : 'vanban — kho văn bản';
}

/** Cuts a long label for a box of fixed width. */
export function shorten(text, max) {
  const chars = Array.from(text || '');
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The page heading, focusable so that navigation can move the focus to it. */
export function pageHeading(...children) {
  return el('h1', { id: 'page-title', tabindex: '-1' }, ...children);
}
