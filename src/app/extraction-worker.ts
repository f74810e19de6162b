/**
 * Worker-thread side of {@link ExtractionPool}: receives `{ id, input }`, runs `extractRecord`, and answers with the
 * record without its text (the caller has the text already) or the error message.
 */
import { parentPort } from 'node:worker_threads';
import { extractRecord, type ExtractInput } from '../pipeline/extract.ts';

/** A request from the pool. */
export interface ExtractionRequest {
  readonly id: number;
  readonly input: ExtractInput;
}

/** A reply to the pool: `record` (without `text`) or `error`. */
export type ExtractionReply =
  | { readonly id: number; readonly record: unknown; readonly error?: undefined }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    const { text: _text, ...record } = extractRecord(request.input);
    reply = { id: request.id, record };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
