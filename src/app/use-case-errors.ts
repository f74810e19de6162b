/**
 * Real failures of a use case caused by what the user asked (the third error channel in STYLE.md), mapped to exit
 * codes once in the CLI: a request that cannot be valid is a `ValidationError` (usage, exit 2), one that names
 * something not in the knowledge base a `NotFoundError` (exit 1). Messages are one line, fit to show as they are.
 */

/** The request cannot be carried out as given: an unknown field, a malformed value, a contradiction. */
export class ValidationError extends Error {
  /** The option or field at fault, e.g. `--set`, `date`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}

/** The request names a meeting, plan or document the knowledge base does not hold. */
export class NotFoundError extends Error {
  readonly entity: 'meeting' | 'plan' | 'document';
  readonly id: number;

  constructor(entity: 'meeting' | 'plan' | 'document', id: number, message?: string) {
    super(message ?? `no ${entity} ${id}`);
    this.name = 'NotFoundError';
    this.entity = entity;
    this.id = id;
  }
}
