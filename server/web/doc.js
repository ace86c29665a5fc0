// The document page: the rendered Markdown beside the extracted model, what the document cites
// and who cites it (one level of the citation graph each way).
import { nodeLine } from './citations.js';
import {
  apiJson, apiText, el, errorBox, formatDate, pageHeading, relationLabel, setTitle, tracePath, trustedHtml,
} from './util.js';

const AUTHORITY_LABELS = {
  TM: 'thay mặt', KT: 'ký thay', TL: 'thừa lệnh', TUQ: 'thừa uỷ quyền', Q: 'quyền',
};

const ROLE_LABELS = { to: 'Kính gửi', cc: 'Nơi nhận' };

// One row of the model panel; rows without a value say so rather than vanish, so a clerk sees
// what the reader did not find.
function row(label, ...value) {
  const present = value.some((v) => v !== null && v !== undefined && v !== '');
  return [el('dt', {}, label), el('dd', {}, present ? value : el('span', { class: 'absent' }, 'không có'))];
}

function signerRows(signer) {
  if (!signer) return row('Người ký', null);
  const authority = signer.authority
    ? `${signer.authority}. ${signer.on_behalf_of || ''}`.trim() : null;
  return [
    ...row('Người ký', signer.name || null),
    ...row('Thẩm quyền ký', authority,
      signer.authority && AUTHORITY_LABELS[signer.authority]
        ? el('span', { class: 'muted' }, ` (${AUTHORITY_LABELS[signer.authority]})`) : null),
    ...row('Chức vụ', signer.position || null),
  ];
}

function recipientList(recipients) {
  if (!recipients || recipients.length === 0) return el('p', { class: 'absent' }, 'không có');
  return el('ul', { class: 'plain-list' }, recipients.map((r) => el('li', {},
    el('span', { class: 'tag' }, ROLE_LABELS[r.role] || r.role), ' ', r.name,
    r.purpose ? el('span', { class: 'muted' }, ` (${r.purpose})`) : null)));
}

function taskList(tasks) {
  if (!tasks || tasks.length === 0) return el('p', { class: 'absent' }, 'không có');
  return el('ol', { class: 'tasks' }, tasks.map((t) => el('li', {},
    t.assignee ? el('strong', {}, `${t.assignee}: `) : null, t.text,
    el('span', { class: t.deadline ? 'deadline' : 'deadline none' },
      t.deadline ? `Hạn: ${formatDate(t.deadline)}` : 'Không ghi hạn'))));
}

function modelPanel(model) {
  const number = model.number ? model.number.text : null;
  const issuer = model.issuer ? model.issuer.name : null;
  return el('aside', { class: 'model-panel', 'aria-labelledby': 'model-title' },
    el('h2', { id: 'model-title' }, 'Thông tin trích xuất'),
    el('dl', { class: 'model' },
      row('Số, ký hiệu', number),
      row('Loại văn bản', model.type),
      row('Ngày ban hành', model.date ? formatDate(model.date) : null),
      row('Nơi ban hành', model.place),
      row('Cơ quan ban hành', issuer),
      row('Trích yếu', model.subject),
      signerRows(model.signer)),
    el('h3', {}, 'Nơi nhận'), recipientList(model.recipients),
    el('h3', {}, 'Nhiệm vụ'), taskList(model.tasks),
    model.diagnostics && model.diagnostics.length
      ? [el('h3', {}, 'Ghi chú khi đọc văn bản'),
        el('ul', { class: 'plain-list' }, model.diagnostics.map((d) => el('li', {},
          el('code', {}, d.code || ''), ' ', d.message || '')))]
      : null);
}

/**
 * The citations one step from the root: `outgoing` lists what the root cites (edges from it),
 * otherwise who cites it (edges to it). An ambiguous citation is never resolved by guessing: the
 * root's own is one line with its candidates; another document's is listed with a warning that
 * it may mean a different document of the same number.
 */
function neighbourList(trace, outgoing, emptyText) {
  const byId = new Map(trace.nodes.map((n) => [n.id, n]));
  const items = [];
  const seen = new Set();
  for (const edge of trace.edges) {
    if ((outgoing ? edge.from : edge.to) !== trace.root) continue;
    const otherId = outgoing ? edge.to : edge.from;
    const key = edge.ambiguous && outgoing ? `amb:${edge.line}:${edge.relation}` : otherId;
    if (seen.has(key)) continue;
    seen.add(key);
    const relation = el('span', { class: `relation relation-${edge.relation}` }, relationLabel(edge.relation));
    if (edge.ambiguous && outgoing) {
      const candidates = (edge.candidates || [otherId]).map((id) => byId.get(id)).filter(Boolean);
      items.push(el('li', {}, relation, ' ', el('span', { class: 'muted' }, `chưa xác định (dòng ${edge.line}), có thể là: `),
        el('ul', {}, candidates.map((n) => el('li', {}, nodeLine(n))))));
    } else if (byId.has(otherId)) {
      items.push(el('li', {}, relation, ' ', nodeLine(byId.get(otherId)), edge.ambiguous
        ? el('span', { class: 'muted' }, ' (chưa xác định: có thể dẫn chiếu văn bản khác cùng số)') : null));
    }
  }
  if (items.length === 0) return el('p', { class: 'absent' }, emptyText);
  return el('ul', { class: 'links' }, items);
}

function linksSection(title, headingId, trace, outgoing, emptyText) {
  return el('section', { class: 'citations', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, title),
    trace instanceof Error ? errorBox(trace, 'Không đọc được chuỗi dẫn chiếu')
      : neighbourList(trace, outgoing, emptyText));
}

// A failed trace only empties its list; the document is still shown.
function traceOrError(id, dir) {
  return apiJson(`/api/trace/${encodeURIComponent(id)}?dir=${dir}&depth=1`).catch((error) => error);
}

/** Renders /doc/<id>. */
export async function renderDocument(container, id) {
  const enc = encodeURIComponent(id);
  let model;
  let html;
  const [up, down] = [traceOrError(id, 'up'), traceOrError(id, 'down')];
  try {
    [model, html] = await Promise.all([apiJson(`/api/doc/${enc}`), apiText(`/api/doc/${enc}/html`)]);
  } catch (error) {
    setTitle('Không mở được văn bản');
    container.append(pageHeading('Không mở được văn bản'),
      errorBox(error, error.status === 404 ? 'Không có văn bản này trong kho' : 'Lỗi'),
      el('p', {}, el('a', { href: '/' }, 'Về trang tìm kiếm')));
    return;
  }
  const number = model.number ? model.number.text : '(không số)';
  setTitle(`${model.type || 'Văn bản'} ${number}`);
  container.append(
    el('p', { class: 'breadcrumb' }, el('a', { href: '/' }, 'Tìm kiếm'), ' › ', model.type || 'Văn bản'),
    pageHeading(`${model.type || 'Văn bản'} ${number}`),
    model.subject ? el('p', { class: 'doc-subject' }, model.subject) : null,
    el('p', { class: 'doc-actions' },
      el('a', { class: 'button', href: tracePath(id, 'down', 3) }, 'Truy vết xuống (ai thực hiện)'),
      el('a', { class: 'button', href: tracePath(id, 'up', 3) }, 'Truy vết lên (căn cứ)'),
      el('a', { class: 'button', href: `/api/doc/${enc}/source`, type: 'text/markdown' }, 'Bản Markdown gốc'),
      el('span', { class: 'muted doc-path' }, model.path || (model.source && model.source.path) || '')));
  const [upTrace, downTrace] = await Promise.all([up, down]);
  container.append(el('div', { class: 'doc-layout' },
    el('div', { class: 'doc-side' },
      linksSection('Căn cứ / thực hiện', 'cites-title', upTrace, true, 'Văn bản này không dẫn chiếu văn bản nào.'),
      linksSection('Được thực hiện bởi', 'cited-by-title', downTrace, false, 'Chưa có văn bản nào trong kho dẫn chiếu văn bản này.'),
      modelPanel(model)),
    el('article', { class: 'doc-body', 'aria-label': 'Nội dung văn bản' }, trustedHtml('div', {}, html))));
}
