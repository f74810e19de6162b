/**
 * Add readouts: paste text, upload files (one request per file, so progress and each file's result show as they
 * come), or give a URL. Every result links to the stored document.
 */
import { api, ApiError, type IngestResult } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import type { Page } from '../page-router.ts';

export const addReadoutsPage: Page = () => {
  const results = h('ol', { class: 'ingest-results', 'aria-live': 'polite' });
  const progress = h('progress', { class: 'ingest-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Upload progress' });
  const progressText = h('p', { class: 'progress-text', role: 'status' });

  const report = (label: string, result: IngestResult | Error) => {
    if (result instanceof Error) {
      const issues = result instanceof ApiError ? result.issues.map((i) => i.message) : [];
      results.appendChild(h('li', { class: 'ingest-failed' }, h('strong', {}, label), ': failed — ', result.message, issues.length > 0 ? ` (${issues.join('; ')})` : ''));
      return;
    }
    if (result.outcomes.length === 0) results.appendChild(h('li', {}, h('strong', {}, label), ': nothing stored'));
    for (const o of result.outcomes) {
      results.appendChild(h('li', { class: `ingest-${o.status}`, 'data-status': o.status },
        h('strong', {}, label === o.input ? label : `${label}${o.input === '' ? '' : ` (${o.input})`}`), ': ', o.status,
        o.reason === undefined ? null : ` — ${o.reason}`,
        o.documentId === undefined ? null : [' · ', h('a', { href: `/documents/${o.documentId}` }, 'open document')]));
    }
  };
  const run = async (label: string, work: () => Promise<IngestResult>) => {
    try {
      report(label, await work());
    } catch (e) {
      report(label, e instanceof Error ? e : new Error(String(e)));
    }
  };

  const text = h('textarea', { id: 'paste-text', name: 'text', rows: 10, required: true });
  const pasteTitle = h('input', { id: 'paste-title', name: 'title', type: 'text' });
  const pastePublisher = h('input', { id: 'paste-publisher', name: 'publisher', type: 'text' });
  const pasteForm = h('form', { class: 'stack-form', 'data-form': 'paste' },
    h('label', { for: 'paste-text' }, 'Readout text'), text,
    h('label', { for: 'paste-title' }, 'Title (optional)'), pasteTitle,
    h('label', { for: 'paste-publisher' }, 'Publisher (optional, when the text does not say)'), pastePublisher,
    h('button', { type: 'submit' }, 'Add pasted text'));
  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = pasteForm.querySelector('button');
    if (button !== null) button.disabled = true;
    progressText.textContent = 'Extracting the pasted text…';
    void run(pasteTitle.value.trim() || 'Pasted text', () => api.ingestText(text.value, pasteTitle.value.trim(), pastePublisher.value.trim()))
      .finally(() => { progressText.textContent = 'Done.'; if (button !== null) button.disabled = false; });
  });

  const files = h('input', { id: 'upload-files', name: 'file', type: 'file', multiple: true, accept: '.txt,.html,.htm,text/plain,text/html' });
  const uploadPublisher = h('input', { id: 'upload-publisher', name: 'publisher', type: 'text' });
  const uploadForm = h('form', { class: 'stack-form', 'data-form': 'upload' },
    h('label', { for: 'upload-files' }, 'Files (.txt, .html)'), files,
    h('label', { for: 'upload-publisher' }, 'Publisher (optional)'), uploadPublisher,
    h('button', { type: 'submit' }, 'Upload'));
  uploadForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const list = [...(files.files ?? [])];
    if (list.length === 0) {
      progressText.textContent = 'Choose one or more files first.';
      return;
    }
    progress.hidden = false;
    progress.max = list.length;
    progress.value = 0;
    void (async () => {
      for (const [i, file] of list.entries()) {
        progressText.textContent = `Uploading ${i + 1} of ${list.length}: ${file.name}`;
        await run(file.name, () => api.ingestFile(file, uploadPublisher.value.trim()));
        progress.value = i + 1;
      }
      progressText.textContent = `Done: ${list.length} file${list.length === 1 ? '' : 's'}.`;
    })();
  });

  const urlInput = h('input', { id: 'ingest-url', name: 'url', type: 'url', required: true, placeholder: 'https://www.mofa.go.jp/…' });
  const urlPublisher = h('input', { id: 'url-publisher', name: 'publisher', type: 'text' });
  const urlForm = h('form', { class: 'stack-form', 'data-form': 'url' },
    h('label', { for: 'ingest-url' }, 'Page or RSS/Atom feed URL'), urlInput,
    h('label', { for: 'url-publisher' }, 'Publisher (optional)'), urlPublisher,
    h('button', { type: 'submit' }, 'Fetch and add'));
  urlForm.addEventListener('submit', (event) => {
    event.preventDefault();
    progressText.textContent = `Fetching ${urlInput.value}…`;
    void run(urlInput.value, () => api.ingestUrl(urlInput.value.trim(), urlPublisher.value.trim())).finally(() => { progressText.textContent = 'Done.'; });
  });

  return Promise.resolve({
    title: 'Add readouts',
    nav: 'add',
    content: h('section', { class: 'add-page' },
      h('h1', {}, 'Add readouts'),
      h('p', { class: 'lede' }, 'Each readout is extracted, stored and linked with the knowledge base. The same text twice adds nothing.'),
      h('div', { class: 'add-grid' },
        h('section', { 'aria-labelledby': 'paste-h' }, h('h2', { id: 'paste-h' }, 'Paste text'), pasteForm),
        h('section', { 'aria-labelledby': 'upload-h' }, h('h2', { id: 'upload-h' }, 'Upload files'), uploadForm),
        h('section', { 'aria-labelledby': 'url-h' }, h('h2', { id: 'url-h' }, 'From a URL'), urlForm)),
      h('section', { 'aria-labelledby': 'results-h' }, h('h2', { id: 'results-h' }, 'Results'), progress, progressText, results)),
  });
};
