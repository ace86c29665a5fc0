// The document page: the rendered Markdown beside the extracted model, what the document cites
// and who cites it (one level of the citation graph each way).
import { nodeLine } from './citations.js';
import {
  apiJson, apiText, el, errorBox, fieldText, formatDate, missing, pageHeading, relationLabel, setTitle, tracePath,
  trustedHtml,
} from './util.js';

const AUTHORITY_LABELS = {
  TM: 'thay mặt', KT: 'ký thay', TL: 'thừa lệnh', TUQ: 'thừa uỷ quyền', Q: 'quyền',
};

const ROLE_LABELS = { to: 'Kính gửi', cc: 'Nơi nhận' };

// One row of the model panel; rows without a value say so rather than vanish, so a clerk sees
// what the reader did not find. `extra` follows a present value only.
function row(label, value, extra = null) {
  const text = fieldText(value);
  return [el('dt', {}, label), el('dd', {}, text !== null ? [text, extra] : missing())];
}

function signerRows(signer) {
  const s = signer && typeof signer === 'object' ? signer : {};
  const code = fieldText(s.authority);
  const authority = code ? `${code}. ${fieldText(s.on_behalf_of) || ''}`.trim() : null;
  return [
    ...row('Người ký', s.name),
    ...row('Thẩm quyền ký', authority,
      code && AUTHORITY_LABELS[code] ? el('span', { class: 'muted' }, ` (${AUTHORITY_LABELS[code]})`) : null),
    ...row('Chức vụ', s.position),
  ];
}

function recipientList(recipients) {
  if (!Array.isArray(recipients) || recipients.length === 0) return missing(undefined, 'p');
  return el('ul', { class: 'plain-list' }, recipients.map((r) => el('li', {},
    el('span', { class: 'tag' }, ROLE_LABELS[r.role] || fieldText(r.role) || 'Nơi nhận'), ' ', fieldText(r.name) ?? missing(),
    fieldText(r.purpose) ? el('span', { class: 'muted' }, ` (${fieldText(r.purpose)})`) : null)));
}

function taskList(tasks) {
  if (!Array.isArray(tasks) || tasks.length === 0) return el('p', { class: 'absent' }, 'không có');
  return el('ol', { class: 'tasks' }, tasks.map((t) => {
    // The model's deadline is {date, text}: the day when the phrase names one, else the phrase.
    const deadline = t.deadline && typeof t.deadline === 'object' ? t.deadline : { date: t.deadline };
    const when = fieldText(deadline.date) ? formatDate(deadline.date) : fieldText(deadline.text);
    return el('li', {},
      fieldText(t.assignee) ? el('strong', {}, `${fieldText(t.assignee)}: `) : null, fieldText(t.text) ?? missing(),
      el('span', { class: when ? 'deadline' : 'deadline none' }, when ? `Hạn: ${when}` : 'Không ghi hạn'));
  }));
}

function modelPanel(model) {
  return el('aside', { class: 'model-panel', 'aria-labelledby': 'model-title' },
    el('h2', { id: 'model-title' }, 'Thông tin trích xuất'),
    el('dl', { class: 'model' },
      row('Số, ký hiệu', model.number),
      row('Loại văn bản', model.type),
      row('Ngày ban hành', fieldText(model.date) ? formatDate(model.date) : null),
      row('Nơi ban hành', model.place),
      row('Cơ quan ban hành', model.issuer),
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
  const number = fieldText(model.number);
  const type = fieldText(model.type) || 'Văn bản';
  const subject = fieldText(model.subject);
  setTitle(`${type} ${number || '(không số)'}`);
  container.append(
    el('p', { class: 'breadcrumb' }, el('a', { href: '/' }, 'Tìm kiếm'), ' › ', type),
    pageHeading(`${type} `, number || missing('(không số / chưa đọc được số)')),
    subject ? el('p', { class: 'doc-subject' }, subject)
      : missing('Trích yếu: không có / chưa đọc được', 'p', { class: 'doc-subject' }),
    el('p', { class: 'doc-actions' },
      el('a', { class: 'button', href: tracePath(id, 'down', 3) }, 'Truy vết xuống (ai thực hiện)'),
      el('a', { class: 'button', href: tracePath(id, 'up', 3) }, 'Truy vết lên (căn cứ)'),
      el('a', { class: 'button', href: `/follow-up/${enc}` }, 'Theo dõi thực hiện'),
      el('a', { class: 'button', href: `/api/doc/${enc}/source`, type: 'text/markdown' }, 'Bản Markdown gốc'),
      el('span', { class: 'muted doc-path' }, fieldText(model.path) || fieldText(model.source && model.source.path) || '')));
  const [upTrace, downTrace] = await Promise.all([up, down]);
  container.append(el('div', { class: 'doc-layout' },
    el('div', { class: 'doc-side' },
      linksSection('Căn cứ / thực hiện', 'cites-title', upTrace, true, 'Văn bản này không dẫn chiếu văn bản nào.'),
      linksSection('Được thực hiện bởi', 'cited-by-title', downTrace, false, 'Chưa có văn bản nào trong kho dẫn chiếu văn bản này.'),
      modelPanel(model)),
    el('article', { class: 'doc-body', 'aria-label': 'Nội dung văn bản' }, trustedHtml('div', {}, html))));
}
