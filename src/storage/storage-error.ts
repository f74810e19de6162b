/** A real failure of the database (cannot open, migrate, or write): the third error channel of STYLE.md. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}
