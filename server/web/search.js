// The search page: the query (from the URL), facets, the result list, paging and sort order.
import {
  apiJson, el, emptyBox, errorBox, fieldText, formatDate, missing, pageHeading, searchPath, setTitle, trustedHtml,
} from './util.js';

const PAGE_SIZE = 20;

const EXAMPLES = [
  ['nhà ở xã hội', 'từ ngữ có dấu'],
  ['nha o xa hoi', 'không dấu cũng được'],
  ['59/KH-LĐLĐ', 'số, ký hiệu: văn bản đó rồi các văn bản dẫn chiếu nó'],
  ['type:KH year:2024', 'kế hoạch năm 2024'],
  ['issuer:"Tam Đường" tháng công nhân', 'theo cơ quan ban hành'],
  ['cites:05-CT/TU', 'văn bản dẫn chiếu Chỉ thị 05-CT/TU'],
  ['date:2024-01-01..2024-03-31 Tết', 'ban hành trong quý I/2024'],
  ['signer:"Lương Xuân Trường"', 'theo người ký'],
];

const FACET_TITLES = { type: 'Loại văn bản', year: 'Năm ban hành', issuer: 'Cơ quan ban hành' };

// Why nothing was found: one sentence for each filter that alone matches no document (the API's
// empty_filters), worded as `vanban search` words it.
const EMPTY_FILTER_SENTENCES = {
  type: 'Không có văn bản nào có loại',
  number: 'Không có văn bản nào có số',
  cites: 'Không có văn bản nào dẫn chiếu',
  issuer: 'Không có văn bản nào có cơ quan ban hành',
  signer: 'Không có văn bản nào có người ký',
  recipient: 'Không có văn bản nào có nơi nhận',
  year: 'Không có văn bản nào ban hành năm',
  date: 'Không có văn bản nào ban hành ngày',
};

function emptyFilterItem(filter) {
  const lead = EMPTY_FILTER_SENTENCES[filter.field] || `Không có văn bản nào khớp ${filter.field}:`;
  return el('li', {}, `${lead} ‘${filter.value}’.`);
}

const SORTS = [['relevance', 'Liên quan nhất'], ['date', 'Mới nhất']];

// Whether the query already holds a filter (as a whole token), and the query without it:
// clicking an active facet removes its filter again.
function hasFilter(query, filter) {
  return ` ${query} `.includes(` ${filter} `);
}

function withoutFilter(query, filter) {
  return ` ${query} `.replace(` ${filter} `, ' ').trim().replace(/\s+/g, ' ');
}

function readState(url) {
  const params = url.searchParams;
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  const sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  return { q: (params.get('q') || '').trim(), offset, sort };
}

function helpSection(open) {
  const list = el('dl', { class: 'examples' });
  for (const [query, meaning] of EXAMPLES) {
    list.append(el('dt', {}, el('a', { href: searchPath({ q: query }) }, el('code', {}, query))), el('dd', {}, meaning));
  }
  return el('details', { class: 'help', open },
    el('summary', {}, 'Cách tìm'),
    el('p', {}, 'Gõ từ ngữ có dấu hoặc không dấu, số ký hiệu, ngày (29/3/2024), cụm từ trong ngoặc kép, và các bộ lọc ',
      el('code', {}, 'type:'), ', ', el('code', {}, 'number:'), ', ', el('code', {}, 'issuer:'), ', ',
      el('code', {}, 'signer:'), ', ', el('code', {}, 'recipient:'), ', ', el('code', {}, 'year:'), ', ',
      el('code', {}, 'cites:'), ', ', el('code', {}, 'date:TỪ..ĐẾN'), '. Nhấn phím ', el('kbd', {}, '/'),
      ' để về ô tìm kiếm.'),
    list);
}

// The archive at a glance, for the page without a query: counts by type and year as links.
async function archiveOverview() {
  let stats;
  try {
    stats = await apiJson('/api/stats');
  } catch (error) {
    return errorBox(error, 'Không đọc được thống kê kho');
  }
  const groups = [
    ['Theo loại', stats.by_type || {}, (name) => `type:"${name}"`],
    ['Theo năm', stats.by_year || {}, (year) => `year:${year}`],
  ];
  return el('section', { class: 'overview', 'aria-labelledby': 'overview-title' },
    el('h2', { id: 'overview-title' }, `Kho có ${stats.documents ?? 0} văn bản`),
    groups.map(([title, counts, filter]) => el('div', { class: 'overview-group' },
      el('h3', {}, title),
      el('ul', { class: 'chips' }, Object.entries(counts).map(([name, count]) => el('li', {},
        el('a', { href: searchPath({ q: filter(name) }) }, name, ' ', el('span', { class: 'count' }, String(count)))))))));
}

// Open beside the results on a wide screen; folded on a phone, where it would push the results
// below the first screen.
function facetPanel(state, facets) {
  const wide = window.matchMedia('(min-width: 761px)').matches;
  const panel = el('nav', { 'aria-label': 'Lọc kết quả' });
  for (const key of ['type', 'year', 'issuer']) {
    const values = (facets && facets[key]) || [];
    if (values.length === 0) continue;
    const list = el('ul', {});
    for (const value of values) {
      const active = hasFilter(state.q, value.filter);
      const q = active ? withoutFilter(state.q, value.filter) : `${state.q} ${value.filter}`.trim();
      list.append(el('li', {},
        el('a', {
          href: searchPath({ q, sort: state.sort === 'date' ? 'date' : '' }),
          class: active ? 'facet active' : 'facet',
          'aria-current': active ? 'true' : null,
          title: active ? `Bỏ lọc ${value.filter}` : `Lọc: ${value.filter}`,
        }, el('span', { class: 'facet-label' }, value.label || value.value), ' ',
        el('span', { class: 'count' }, String(value.count)))));
    }
    panel.append(el('section', { class: 'facet-group' }, el('h2', {}, FACET_TITLES[key]), list));
  }
  return el('details', { class: 'facets', open: wide }, el('summary', {}, 'Lọc kết quả'), panel);
}

function sortLinks(state) {
  return el('p', { class: 'sort' }, el('span', { id: 'sort-label' }, 'Sắp xếp: '),
    SORTS.map(([value, label]) => el('a', {
      href: searchPath({ q: state.q, sort: value === 'date' ? 'date' : '' }),
      'aria-current': state.sort === value ? 'true' : null,
      class: state.sort === value ? 'active' : null,
    }, label)));
}

function hitItem(hit) {
  const date = fieldText(hit.date);
  const meta = [fieldText(hit.type), fieldText(hit.issuer)].filter(Boolean);
  const number = fieldText(hit.number);
  const subject = fieldText(hit.subject);
  return el('li', { class: 'hit' },
    el('h3', { class: 'hit-title' },
      el('a', { href: `/doc/${encodeURIComponent(hit.id)}` }, number || '(không số)')),
    el('p', { class: 'hit-meta' }, date ? formatDate(date) : missing('không rõ ngày'),
      meta.length ? ` · ${meta.join(' · ')}` : null),
    subject ? el('p', { class: 'hit-subject' }, subject)
      : missing('Trích yếu: không có / chưa đọc được', 'p', { class: 'hit-subject' }),
    hit.snippet_html ? trustedHtml('p', { class: 'snippet' }, hit.snippet_html) : null,
    el('p', { class: 'hit-path' }, hit.path));
}

function pager(state, total) {
  if (total <= PAGE_SIZE) return null;
  const page = Math.floor(state.offset / PAGE_SIZE) + 1;
  const pages = Math.ceil(total / PAGE_SIZE);
  const link = (offset, label, rel) => el('a', {
    href: searchPath({ q: state.q, sort: state.sort === 'date' ? 'date' : '', offset: offset || '' }), rel,
  }, label);
  return el('nav', { class: 'pager', 'aria-label': 'Phân trang' },
    state.offset > 0 ? link(Math.max(0, state.offset - PAGE_SIZE), '← Trang trước', 'prev') : el('span'),
    el('span', { class: 'pager-status' }, `Trang ${page}/${pages}`),
    state.offset + PAGE_SIZE < total ? link(state.offset + PAGE_SIZE, 'Trang sau →', 'next') : el('span'));
}

/** Renders /search?q=&offset=&sort= (and /) into container; the header's box shows the query. */
export async function renderSearch(container, url, searchInput) {
  const state = readState(url);
  searchInput.value = state.q;
  if (!state.q) {
    setTitle('');
    container.append(pageHeading('Tìm kiếm văn bản'), helpSection(true), await archiveOverview());
    return;
  }
  setTitle(`Tìm: ${state.q}`);
  container.append(pageHeading('Kết quả tìm kiếm cho ', el('q', {}, state.q)));
  let result;
  try {
    const params = new URLSearchParams({ q: state.q, limit: PAGE_SIZE, offset: state.offset, sort: state.sort });
    result = await apiJson(`/api/search?${params}`);
  } catch (error) {
    container.append(errorBox(error, 'Không tìm được'), helpSection(true));
    return;
  }
  const hits = result.hits || [];
  const summary = el('p', { class: 'result-count', role: 'status' },
    result.total > 0
      ? `${result.total} văn bản${hits.length ? `, hiển thị ${state.offset + 1}–${state.offset + hits.length}` : ''}`
      : 'Không tìm thấy văn bản nào');
  container.append(el('div', { class: 'toolbar' }, summary, sortLinks(state)));
  if (result.relaxed) {
    container.append(el('p', { class: 'notice' },
      'Không có văn bản nào chứa đủ mọi từ đã gõ; dưới đây là các văn bản chứa một phần.'));
  }
  if (hits.length === 0) {
    const emptyFilters = result.empty_filters || [];
    const why = emptyFilters.length > 0
      ? el('ul', { class: 'empty-filters' }, emptyFilters.map(emptyFilterItem))
      : el('p', {}, 'Hãy thử bỏ bớt từ hoặc bộ lọc, gõ không dấu, hoặc xem cách tìm bên dưới.');
    container.append(emptyBox(result.total > 0 ? 'Không còn kết quả ở trang này.' : 'Không tìm thấy văn bản nào.',
      why), helpSection(true));
    return;
  }
  const list = el('ol', { class: 'hits', start: String(state.offset + 1) }, hits.map(hitItem));
  container.append(el('div', { class: 'search-layout' },
    facetPanel(state, result.facets),
    el('section', { class: 'results', 'aria-label': 'Kết quả' }, list, pager(state, result.total))),
  helpSection(false));
}
