// The trace page: the citation chain up or down from a document, drawn as an SVG graph (each box
// a link to its document) with the same tree as a nested list under it for screen readers.
import { nodeLine } from './citations.js';
import { navigate } from './nav.js';
import { BOX, edgeGeometry, layoutTrace } from './trace_layout.js';
import {
  apiJson, docPath, el, emptyBox, errorBox, fieldText, formatDate, pageHeading, relationLabel, setTitle, shorten, svg,
  tracePath,
} from './util.js';

const DEPTHS = ['1', '2', '3', '4', '5', '6', '8', '10'];
const DEFAULT_DEPTH = '3';

function readState(url) {
  const dir = url.searchParams.get('dir') === 'up' ? 'up' : 'down';
  const depth = DEPTHS.includes(url.searchParams.get('depth')) ? url.searchParams.get('depth') : DEFAULT_DEPTH;
  return { dir, depth };
}

function controls(id, state) {
  const option = (value, label, current) => el('option', { value, selected: value === current }, label);
  const submit = (event) => {
    event.preventDefault();
    const form = event.currentTarget.elements;
    navigate(tracePath(id, form.dir.value, form.depth.value), { focusHeading: false });
  };
  return el('form', { class: 'trace-controls', method: 'get', action: `/trace/${encodeURIComponent(id)}`, onsubmit: submit },
    el('label', { for: 'trace-dir' }, 'Chiều'),
    el('select', { id: 'trace-dir', name: 'dir' },
      option('down', 'Xuống: văn bản thực hiện, dẫn chiếu nó', state.dir),
      option('up', 'Lên: văn bản nó căn cứ, thực hiện', state.dir)),
    el('label', { for: 'trace-depth' }, 'Số cấp'),
    el('select', { id: 'trace-depth', name: 'depth' }, DEPTHS.map((d) => option(d, d, state.depth))),
    el('button', { type: 'submit' }, 'Xem'));
}

function boxText(x, y, cls, text) {
  return svg('text', { x, y, class: cls }, text);
}

function nodeBox(node, pos, isRoot) {
  const classes = ['node', node.external ? 'node-external' : null, isRoot ? 'node-root' : null].filter(Boolean);
  const tx = pos.x + 10;
  const number = fieldText(node.number) || '(không số)';
  const subject = fieldText(node.subject);
  const issuer = fieldText(node.issuer);
  const second = [fieldText(node.date) ? formatDate(node.date) : null, fieldText(node.type)].filter(Boolean).join(' · ');
  const third = node.external ? `ngoài kho${issuer ? `: ${issuer}` : ''}` : subject || '(không có trích yếu)';
  const content = [
    svg('title', {}, [number, second, subject || issuer || ''].filter(Boolean).join('\n')),
    svg('rect', { x: pos.x, y: pos.y, width: BOX.width, height: BOX.height, rx: 6, ry: 6 }),
    boxText(tx, pos.y + 21, 'node-number', shorten(number, 24)),
    boxText(tx, pos.y + 40, 'node-meta', shorten(second || '—', 28)),
    boxText(tx, pos.y + 58, subject || node.external ? 'node-subject' : 'node-subject node-missing', shorten(third, 27)),
  ];
  if (node.external) return svg('g', { class: classes.join(' ') }, content);
  return svg('a', { href: docPath(node.id), class: classes.join(' '), 'aria-label': `${fieldText(node.number) || 'văn bản'} ${second}` }, content);
}

function edgeShape(edge, layout) {
  const from = layout.positions.get(edge.from);
  const to = layout.positions.get(edge.to);
  if (!from || !to) return null;
  const { d, label } = edgeGeometry(from, to, layout.boxesByColumn);
  const text = `${relationLabel(edge.relation)}${edge.ambiguous ? ' (?)' : ''}`;
  return svg('g', { class: edge.ambiguous ? 'edge edge-ambiguous' : 'edge' },
    svg('path', { d, 'marker-end': 'url(#trace-arrow)' }),
    svg('text', { x: label.x, y: label.y - 4, 'text-anchor': 'middle', class: 'edge-label' }, text));
}

function graphSvg(trace, layout) {
  const nodes = new Map(trace.nodes.map((n) => [n.id, n]));
  const arrow = svg('marker', {
    id: 'trace-arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '8', markerHeight: '8', orient: 'auto',
  }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  return svg('svg', {
    class: 'trace-graph', width: layout.width, height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'group', 'aria-label': 'Sơ đồ chuỗi dẫn chiếu',
  },
  svg('defs', {}, arrow),
  trace.edges.map((e) => edgeShape(e, layout)),
  [...layout.positions.entries()].map(([id, pos]) => nodes.has(id) ? nodeBox(nodes.get(id), pos, id === trace.root) : null));
}

// The depth-first tree as nested lists; an edge to a node already listed says so instead of
// repeating its subtree (as `vanban trace` prints "(đã có ở trên)").
function treeList(trace, walk) {
  const nodes = new Map(trace.nodes.map((n) => [n.id, n]));
  const listChildren = (id) => {
    const items = [];
    const own = new Set(walk.children.get(id) || []);
    for (const { edge, child } of walk.edgesOf.get(id) || []) {
      const node = nodes.get(child);
      const relation = el('span', { class: `relation relation-${edge.relation}` },
        `${relationLabel(edge.relation)}${edge.ambiguous ? ' (?)' : ''}`);
      if (own.has(child)) {
        own.delete(child);
        items.push(el('li', {}, relation, ' ', nodeLine(node), listChildren(child)));
      } else {
        items.push(el('li', {}, relation, ' ', nodeLine(node), el('span', { class: 'muted' }, ' (đã có ở trên)')));
      }
    }
    return items.length ? el('ul', {}, items) : null;
  };
  return el('ul', { class: 'trace-tree' }, el('li', {}, nodeLine(nodes.get(trace.root)), listChildren(trace.root)));
}

/** Renders /trace/<id>?dir=down|up&depth=N. */
export async function renderTrace(container, url, id) {
  const state = readState(url);
  let trace;
  try {
    trace = await apiJson(`/api/trace/${encodeURIComponent(id)}?dir=${state.dir}&depth=${state.depth}`);
  } catch (error) {
    setTitle('Không truy vết được');
    container.append(pageHeading('Chuỗi dẫn chiếu'), controls(id, state), errorBox(error, 'Không truy vết được'));
    return;
  }
  const root = trace.nodes.find((n) => n.id === trace.root) || { id, number: id };
  const name = fieldText(root.number) || '(không số)';
  setTitle(`Chuỗi dẫn chiếu ${name}`);
  const explain = state.dir === 'down'
    ? 'Các văn bản thực hiện hoặc dẫn chiếu văn bản này, cấp này nối cấp kia.'
    : 'Các văn bản mà văn bản này căn cứ, thực hiện hoặc dẫn chiếu, lên đến gốc.';
  container.append(
    el('p', { class: 'breadcrumb' }, el('a', { href: '/' }, 'Tìm kiếm'), ' › ',
      root.external ? name : el('a', { href: docPath(root.id) }, name), ' › chuỗi dẫn chiếu'),
    pageHeading(`Chuỗi dẫn chiếu ${state.dir === 'down' ? 'xuống' : 'lên'}: ${name}`),
    el('p', {}, explain),
    controls(id, state));
  if (trace.edges.length === 0) {
    container.append(emptyBox(state.dir === 'down'
      ? 'Chưa có văn bản nào trong kho dẫn chiếu văn bản này.' : 'Văn bản này không dẫn chiếu văn bản nào.'));
    return;
  }
  const layout = layoutTrace(trace, state.dir);
  container.append(
    el('p', { class: 'trace-summary', role: 'status' }, `${trace.nodes.length} văn bản, ${trace.edges.length} liên kết.`),
    el('p', { class: 'legend' },
      el('span', { class: 'legend-item legend-root' }, 'văn bản gốc'),
      el('span', { class: 'legend-item legend-external' }, 'ngoài kho (không có trong kho)'),
      el('span', { class: 'legend-item' }, 'A → B: A dẫn chiếu B')),
    // Focusable so that a wide graph can be scrolled with the keyboard.
    el('div', { class: 'graph-scroll', tabindex: '0', 'aria-label': 'Sơ đồ (cuộn ngang nếu rộng)' }, graphSvg(trace, layout)),
    el('section', { 'aria-labelledby': 'trace-list-title' },
      el('h2', { id: 'trace-list-title' }, 'Dạng danh sách'),
      treeList(trace, layout.walk)));
}
