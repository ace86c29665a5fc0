// How a node of the citation graph is shown in a list, shared by the document and trace pages.
import { docPath, el, formatDate } from './util.js';

/**
 * A node as inline content: its number linked to its page when it is in the archive, plain text
 * marked "ngoài kho" when it is not; then date, type and subject (or, outside, the issuer).
 */
export function nodeLine(node) {
  const label = node.number || '(không số)';
  const details = [node.date ? formatDate(node.date) : null, node.type].filter(Boolean).join(' · ');
  const head = node.external
    ? el('span', { class: 'external' }, label, ' ', el('span', { class: 'tag' }, 'ngoài kho'))
    : el('a', { href: docPath(node.id) }, label);
  const note = node.subject || (node.external ? node.issuer : null);
  return [head, details ? el('span', { class: 'muted' }, ` ${details}`) : null,
    note ? el('span', { class: 'link-subject' }, note) : null];
}
