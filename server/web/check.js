// The check page: a draft pasted or uploaded, checked by the server (vanban check), shown with
// line numbers and each finding beside the line it points at. Drafts stay out of the URL.
import { ApiError, apiJson, el, emptyBox, errorBox, pageHeading, replaceChildren, setTitle } from './util.js';

const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo' };

function selectField(id, label, name, options) {
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    el('select', { id, name }, options.map(([value, text]) => el('option', { value }, text))));
}

function checkForm() {
  return el('form', { class: 'check-form', id: 'check-form' },
    el('div', { class: 'field field-wide' },
      el('label', { for: 'draft' }, 'Dán dự thảo (Markdown hoặc văn bản thường)'),
      el('textarea', {
        id: 'draft', name: 'draft', rows: '10', spellcheck: 'false', 'aria-describedby': 'draft-hint',
        placeholder: 'ỦY BAN NHÂN DÂN TỈNH …\nSố: 12/KH-UBND\n…',
      }),
      el('p', { id: 'draft-hint', class: 'hint' }, 'Nhấn Ctrl+Enter để kiểm tra ngay từ ô này.')),
    el('div', { class: 'field' },
      el('label', { for: 'draft-file' }, 'Hoặc tải lên một tệp .md'),
      el('input', { id: 'draft-file', name: 'file', type: 'file', accept: '.md,.markdown,.txt,text/markdown,text/plain' })),
    selectField('check-lang', 'Ngôn ngữ thông báo', 'lang', [['vi', 'Tiếng Việt'], ['en', 'English']]),
    selectField('check-profile', 'Mức kiểm tra', 'profile',
      [['strict', 'Chặt chẽ (strict)'], ['lenient', 'Nới lỏng cho bản OCR (lenient)']]),
    el('div', { class: 'field field-actions' }, el('button', { type: 'submit' }, 'Kiểm tra')));
}

function findingView(finding) {
  const severity = finding.severity === 'error' ? 'error' : 'warning';
  return el('div', { class: `finding finding-${severity}` },
    el('p', { class: 'finding-head' },
      el('span', { class: `severity severity-${severity}` }, SEVERITY_LABELS[severity]), ' ',
      el('code', { class: 'rule-id' }, finding.rule), ' ',
      el('span', { class: 'muted' }, `dòng ${finding.line}, cột ${finding.column}`)),
    el('p', { class: 'finding-message' }, finding.message),
    finding.hint ? el('p', { class: 'finding-hint' }, 'Gợi ý: ', finding.hint) : null);
}

// Findings about a missing part point at line 1, and none may point past the end: each goes to
// the nearest real line, so it is always shown beside one.
function findingsByLine(findings, lineCount) {
  const byLine = new Map();
  for (const finding of findings) {
    const line = Math.min(Math.max(1, finding.line || 1), Math.max(1, lineCount));
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line).push(finding);
  }
  return byLine;
}

function summaryLine(summary, count) {
  const errors = summary ? summary.errors : 0;
  const warnings = summary ? summary.warnings : 0;
  if (count === 0) return el('p', { class: 'check-summary ok', role: 'status' }, 'Không phát hiện lỗi hay cảnh báo nào.');
  return el('p', { class: `check-summary ${errors ? 'has-errors' : 'has-warnings'}`, role: 'status' },
    `${errors} lỗi, ${warnings} cảnh báo.`);
}

function annotatedSource(text, findings) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const byLine = findingsByLine(findings, lines.length);
  return el('div', { class: 'check-lines', role: 'table', 'aria-label': 'Dự thảo với các lỗi bên cạnh từng dòng' },
    lines.map((line, index) => {
      const number = index + 1;
      const here = byLine.get(number) || [];
      const worst = here.some((f) => f.severity === 'error') ? 'error' : here.length ? 'warning' : null;
      return el('div', { class: worst ? `check-line has-${worst}` : 'check-line', id: `L${number}`, role: 'row' },
        el('span', { class: 'line-no', role: 'rowheader' }, String(number)),
        el('pre', { class: 'line-text', role: 'cell' }, line || ' '),
        el('div', { class: 'line-findings', role: 'cell' }, here.map(findingView)));
    }));
}

function findingIndex(findings) {
  return el('ol', { class: 'finding-index' }, findings.map((f) => el('li', {},
    el('a', { href: `#L${Math.max(1, f.line || 1)}` }, `Dòng ${f.line}`), ' ',
    el('span', { class: `severity severity-${f.severity === 'error' ? 'error' : 'warning'}` },
      SEVERITY_LABELS[f.severity] || f.severity), ' ',
    el('code', { class: 'rule-id' }, f.rule), ' ', f.message)));
}

function showResult(output, text, result) {
  const file = (result.files && result.files[0]) || { diagnostics: [] };
  const findings = [...(file.diagnostics || [])].sort((a, b) => (a.line - b.line) || (a.column - b.column));
  replaceChildren(output,
    el('h2', { id: 'check-result-title', tabindex: '-1' }, 'Kết quả kiểm tra'),
    summaryLine(result.summary, findings.length),
    findings.length ? findingIndex(findings) : null,
    annotatedSource(text, findings));
  output.querySelector('#check-result-title').focus();
}

async function runCheck(form, output, uploaded) {
  const text = form.elements.draft.value;
  if (!text.trim()) {
    replaceChildren(output, emptyBox('Hãy dán một dự thảo hoặc chọn một tệp trước khi kiểm tra.'));
    return;
  }
  const params = new URLSearchParams({ lang: form.elements.lang.value, profile: form.elements.profile.value });
  // An uploaded file is sent as the file itself while the box still holds its text unchanged;
  // once edited, the box's text is what gets checked.
  let body;
  let headers;
  if (uploaded.file && uploaded.text === text) {
    body = new FormData();
    body.append('file', uploaded.file);
  } else {
    body = text;
    headers = { 'Content-Type': 'text/plain; charset=utf-8' };
  }
  replaceChildren(output, el('p', { class: 'loading', role: 'status' }, 'Đang kiểm tra…'));
  try {
    showResult(output, text, await apiJson(`/api/check?${params}`, { method: 'POST', body, headers }));
  } catch (error) {
    const what = error instanceof ApiError && error.status === 413 ? 'Tệp quá lớn' : 'Không kiểm tra được';
    replaceChildren(output, errorBox(error, what));
  }
}

/** Renders /check. */
export function renderCheck(container) {
  setTitle('Kiểm tra dự thảo');
  const form = checkForm();
  const output = el('section', { class: 'check-output', 'aria-live': 'polite' });
  const uploaded = { file: null, text: null };
  form.elements.file.addEventListener('change', async () => {
    const file = form.elements.file.files[0];
    if (!file) return;
    uploaded.file = file;
    uploaded.text = await file.text();
    form.elements.draft.value = uploaded.text;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runCheck(form, output, uploaded);
  });
  form.elements.draft.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  container.append(pageHeading('Kiểm tra thể thức dự thảo'),
    el('p', {}, 'Kiểm tra các thành phần và định dạng mà Nghị định 30/2020/NĐ-CP yêu cầu: quốc hiệu, số ký hiệu, ',
      'ngày ban hành, trích yếu, nơi nhận, chữ ký … Dự thảo không được lưu lại.'),
    form, output);
}
