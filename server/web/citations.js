// How a node of the citation graph is shown in a list, shared by the document and trace pages.
import { docPath, el, fieldText, formatDate, missing } from './util.js';

/**
 * A node as inline content: its number linked to its page when it is in the archive, plain text
 * marked "ngoài kho" when it is not; then date, type and subject (or, outside, the issuer).
 */
export function nodeLine(node) {
  const label = fieldText(node.number) || '(không số)';
  const details = [fieldText(node.date) ? formatDate(node.date) : null, fieldText(node.type)].filter(Boolean).join(' · ');
  const head = node.external
    ? el('span', { class: 'external' }, label, ' ', el('span', { class: 'tag' }, 'ngoài kho'))
    : el('a', { href: docPath(node.id) }, label);
  // An archived document without a subject says so; one outside the archive has none to give.
  const note = fieldText(node.subject) || (node.external ? fieldText(node.issuer) : null);
  return [head, details ? el('span', { class: 'muted' }, ` ${details}`) : null,
    note ? el('span', { class: 'link-subject' }, note)
      : node.external ? null : missing('không có trích yếu / chưa đọc được', 'span', { class: 'link-subject' })];
}
