/**
 * Documents: ingest (uploaded files or a raw body, pasted text, a URL), the stored documents a page at a time, and
 * one document with its text and extracted record. Ingest goes through the ingest use case, so an upload is
 * deduplicated, extracted, stored and linked exactly as `readout ingest` would do it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ingest, ingestSources, type IngestOptions, type IngestSource } from '../app/ingest.ts';
import type { IngestOutcome, IngestSummary } from '../app/ingest-outcome.ts';
import { NotFoundError } from '../app/use-case-errors.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { documentDetail, listDocuments } from '../storage/queries/document-queries.ts';
import { RequestError } from './http-errors.ts';
import { DocumentListQuery, IdParams, PastedTextBody, UploadQuery, UrlBody } from './request-schemas.ts';
import { pastedSource, uploadName, uploadedSource } from './uploaded-document-source.ts';
import { DocumentDetailSchema, DocumentSummarySchema, IngestResultSchema, pageSchema } from './view-schemas.ts';

export const DocumentPageSchema = pageSchema(DocumentSummarySchema, 'DocumentPage');

const FileField = z.file().openapi({ type: 'string', format: 'binary' });
const UploadForm = z.object({
  file: z.union([FileField, z.array(FileField).min(1)]).openapi({ description: 'One or more files (.txt, .html/.htm; other names are sniffed)' }),
  publisher: z.string().trim().min(1).max(300).optional(),
}).strict().openapi('DocumentUpload');

const ingestResponses = {
  200: jsonResponse(IngestResultSchema, 'Nothing new stored: every document was already there, or failed (see outcomes)'),
  201: jsonResponse(IngestResultSchema, 'At least one document added or updated; one outcome per document'),
};

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Ingest uploaded documents: multipart/form-data with one or more `file` parts, or one document as the raw body',
  request: {
    query: UploadQuery,
    body: {
      // Not `required`: the form validator would then also run on text/plain and text/html bodies. An empty body is
      // refused by the handler.
      content: {
        'multipart/form-data': { schema: UploadForm },
        'text/plain': { schema: z.string().openapi({ description: 'One plain-text document' }) },
        'text/html': { schema: z.string().openapi({ description: 'One HTML page (its main text is kept)' }) },
      },
    },
  },
  responses: { ...ingestResponses, ...errorResponses(400, 401, 403, 413, 415) },
});

const textRoute = createRoute({
  method: 'post',
  path: '/api/documents/text',
  tags: ['documents'],
  summary: 'Ingest pasted text (always read as plain text)',
  request: { body: { required: true, content: { 'application/json': { schema: PastedTextBody } } } },
  responses: { ...ingestResponses, ...errorResponses(400, 401, 403, 413, 415) },
});

const urlRoute = createRoute({
  method: 'post',
  path: '/api/documents/url',
  tags: ['documents'],
  summary: 'Ingest a page or an RSS/Atom feed (every item) by URL; loopback and private addresses are refused unless the server allows them',
  request: { body: { required: true, content: { 'application/json': { schema: UrlBody } } } },
  responses: { ...ingestResponses, ...errorResponses(400, 401, 403, 413, 415) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Stored documents, most recently ingested first',
  request: { query: DocumentListQuery },
  responses: { 200: jsonResponse(DocumentPageSchema, 'A page of documents'), ...errorResponses(400) },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'One document with its text (all evidence offsets refer to it), its issues and its extracted record',
  request: { params: IdParams },
  responses: { 200: jsonResponse(DocumentDetailSchema, 'The document'), ...errorResponses(400, 404) },
});

/** Registers the document routes. */
export function registerDocumentRoutes(app: ApiApp, deps: ApiDeps): void {
  const options = (publisher: string | null): IngestOptions => ({ publisher, now: deps.now });

  app.openapi(uploadRoute, async (c) => {
    const query = c.req.valid('query');
    const contentType = c.req.header('content-type') ?? '';
    let sources: IngestSource[];
    let publisher = query.publisher ?? null;
    if (/^multipart\/form-data/i.test(contentType)) {
      const form = c.req.valid('form') as z.output<typeof UploadForm>;
      publisher = form.publisher ?? publisher;
      const files = Array.isArray(form.file) ? form.file : [form.file];
      sources = await Promise.all(files.map(async (file, i) =>
        uploadedSource(uploadName(file.name, `upload-${i + 1}.txt`), new Uint8Array(await file.arrayBuffer()), { publisher })));
    } else {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength === 0) throw new RequestError(400, 'the request body is empty', [{ path: ['body'], message: 'send the document as the body' }]);
      const html = /^text\/html/i.test(contentType);
      const name = uploadName(query.filename, html ? 'upload.html' : 'upload.txt');
      sources = [uploadedSource(name, bytes, { publisher, charset: charsetOf(contentType) })];
    }
    const result = await ingestAll(sources, deps, options(publisher));
    return c.json(result, result.summary.added + result.summary.updated > 0 ? 201 : 200);
  });

  app.openapi(textRoute, async (c) => {
    const body = c.req.valid('json');
    const source = pastedSource(body.text, { title: body.title ?? null, publisher: body.publisher ?? null });
    const result = await ingestAll([source], deps, options(body.publisher ?? null));
    return c.json(result, result.summary.added + result.summary.updated > 0 ? 201 : 200);
  });

  app.openapi(urlRoute, async (c) => {
    const body = c.req.valid('json');
    const outcomes: IngestOutcome[] = [];
    const summary = await ingest(deps.dialect, [body.url], {
      ...options(body.publisher ?? null),
      allowPrivate: deps.allowPrivate,
      ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
      onOutcome: (o) => outcomes.push(o),
    });
    const [only] = outcomes;
    // The URL itself could not be fetched (refused address, HTTP error, wrong type): the request failed as a whole.
    if (outcomes.length === 1 && only !== undefined && only.status === 'failed' && only.documentId === undefined && only.input === body.url) {
      throw new RequestError(400, only.reason, [{ path: ['body', 'url'], message: only.reason }]);
    }
    const result = { summary: counts(summary), outcomes };
    return c.json(result, summary.added + summary.updated > 0 ? 201 : 200);
  });

  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await listDocuments(deps.read, { status: q.status, includeSuperseded: q.superseded === 'true', limit: q.limit, offset: q.offset });
    return c.json({ items, limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await documentDetail(deps.read, id);
    if (doc === null) throw new NotFoundError('document', id);
    return c.json(doc, 200);
  });
}

async function ingestAll(sources: readonly IngestSource[], deps: ApiDeps, options: IngestOptions): Promise<{ summary: ReturnType<typeof counts>; outcomes: IngestOutcome[] }> {
  const outcomes: IngestOutcome[] = [];
  async function* each(): AsyncGenerator<IngestSource> {
    yield* sources;
  }
  const summary = await ingestSources(deps.dialect, each(), { ...options, onOutcome: (o) => outcomes.push(o) });
  return { summary: counts(summary), outcomes };
}

function counts(summary: IngestSummary): { added: number; updated: number; unchanged: number; failed: number } {
  return { added: summary.added, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed };
}

/** The `charset` parameter of a Content-Type header; null when absent. */
function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1] ?? null;
}
