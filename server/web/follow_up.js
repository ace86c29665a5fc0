// The follow-up page: the units a document was sent to × what each has issued (a plan that
// implements it, a report), the units that implemented it unasked, and its tasks with the late
// ones in red. Every document is a link to its page.
import { navigate } from './nav.js';
import {
  apiJson, docPath, el, emptyBox, errorBox, fieldText, formatDate, pageHeading, setTitle,
} from './util.js';

const STATUS = {
  implemented: 'Đã triển khai',
  reported: 'Đã báo cáo',
  none: 'Chưa có văn bản',
};

const STATE = {
  due: 'Trong hạn',
  late: 'Quá hạn',
  reported: 'Đã báo cáo',
  'no deadline': 'Không có hạn',
};

const ROLE = { plan: 'triển khai', report: 'báo cáo' };

/** /follow-up/<id>?as_of=YYYY-MM-DD */
export function followUpPath(id, asOf) {
  const path = `/follow-up/${encodeURIComponent(id)}`;
  return asOf ? `${path}?as_of=${encodeURIComponent(asOf)}` : path;
}

function documentLinks(docs) {
  if (!docs.length) return '—';
  return el('ul', { class: 'follow-docs' }, docs.map((d) => el('li', {},
    el('a', { href: docPath(d.id) }, fieldText(d.number) || '(không số)'),
    ` ${formatDate(d.date)} · ${ROLE[d.role] || d.role}`,
    d.days === null || d.days === undefined ? '' : ` · sau ${d.days} ngày`,
    d.via ? ` · qua ${d.via}` : '')));
}

function unitTable(units, withRecipient, caption) {
  const head = ['Đơn vị', ...(withRecipient ? ['Nơi nhận'] : []), 'Tình trạng', 'Văn bản'];
  return el('table', { class: 'follow-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, units.map((u) => el('tr', { class: `status-${u.status}` },
      el('th', { scope: 'row' }, u.name),
      ...(withRecipient ? [el('td', {}, u.recipient || '—')] : []),
      el('td', { class: 'follow-status' }, STATUS[u.status] || u.status),
      el('td', {}, documentLinks(u.documents))))));
}

function taskTable(tasks) {
  return el('table', { class: 'follow-table follow-tasks' },
    el('caption', {}, 'Nhiệm vụ (của văn bản và của các văn bản triển khai nó)'),
    el('thead', {}, el('tr', {}, ['Văn bản', 'Người/đơn vị thực hiện', 'Thời hạn', 'Tình trạng', 'Nội dung']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, tasks.map((t) => el('tr', { class: t.state === 'late' ? 'task-late' : `task-${t.state.replace(' ', '-')}` },
      el('td', {}, el('a', { href: docPath(t.document.id) }, t.document.number || '(không số)')),
      el('td', {}, t.assignee || '—'),
      el('td', {}, t.deadline ? formatDate(t.deadline) : (t.deadline_text || '—')),
      el('td', { class: 'follow-state' }, STATE[t.state] || t.state,
        t.state === 'late' && t.missing.length && t.reported_by.length ? ` (chưa báo cáo: ${t.missing.join(', ')})` : ''),
      el('td', {}, t.text)))));
}

function asOfForm(id, asOf) {
  const submit = (event) => {
    event.preventDefault();
    const value = event.currentTarget.elements.as_of.value;
    navigate(followUpPath(id, value), { focusHeading: false });
  };
  return el('form', { class: 'trace-controls', method: 'get', action: followUpPath(id), onsubmit: submit },
    el('label', { for: 'follow-as-of' }, 'Tính đến ngày'),
    el('input', { id: 'follow-as-of', name: 'as_of', type: 'date', value: asOf }),
    el('button', { type: 'submit' }, 'Xem'));
}

/** Renders /follow-up/<id>. */
export async function renderFollowUp(container, url, id) {
  const asOf = url.searchParams.get('as_of');
  let data;
  try {
    data = await apiJson(`/api/follow-up/${encodeURIComponent(id)}${asOf ? `?as_of=${encodeURIComponent(asOf)}` : ''}`);
  } catch (error) {
    setTitle('Không theo dõi được văn bản');
    container.append(pageHeading('Không theo dõi được văn bản'),
      errorBox(error, error.status === 404 ? 'Không có văn bản này trong kho' : 'Lỗi'));
    return;
  }
  const root = data.root;
  const number = fieldText(root.number) || '(không số)';
  setTitle(`Theo dõi thực hiện ${number}`);
  const late = data.tasks.filter((t) => t.state === 'late').length;
  const done = data.units.filter((u) => u.status !== 'none').length;
  container.append(
    el('p', { class: 'breadcrumb' }, el('a', { href: docPath(root.id) }, `${fieldText(root.type) || 'Văn bản'} ${number}`), ' › Theo dõi thực hiện'),
    pageHeading('Theo dõi thực hiện ', el('a', { href: docPath(root.id) }, number)),
    el('p', { class: 'doc-subject' }, [fieldText(root.subject), root.unit, formatDate(root.date)].filter(Boolean).join(' · ')),
    asOfForm(id, data.as_of),
    el('p', { class: 'follow-summary', role: 'status' },
      `${done}/${data.units.length} đơn vị nhận đã có văn bản; ${late} nhiệm vụ quá hạn tính đến ${formatDate(data.as_of)}.`),
    data.units.length ? unitTable(data.units, true, 'Đơn vị được gửi văn bản (Nơi nhận, Kính gửi)')
      : emptyBox('Nơi nhận của văn bản này không nêu đơn vị nào có trong kho.'),
    ...(data.others.length ? [unitTable(data.others, false, 'Đơn vị ngoài Nơi nhận đã triển khai')] : []),
    data.tasks.length ? taskTable(data.tasks) : emptyBox('Văn bản này và các văn bản triển khai nó không giao nhiệm vụ nào.'));
}
