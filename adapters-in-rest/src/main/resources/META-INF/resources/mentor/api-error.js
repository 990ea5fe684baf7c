// A failed API call (ApiError) and the words the page says for any failure. Pure: Node can import it.

/** An API answer other than 2xx, carrying the problem+json fields when there were any. */
export class ApiError extends Error {
  constructor(status, title, detail, field) {
    super(detail || title || ('HTTP ' + status));
    this.status = status;
    this.title = title || '';
    this.detail = detail || '';
    this.field = field || '';
  }
}

/** What to tell the user about a failure: the server's problem detail or title, else a generic sentence. */
export function describe(error) {
  if (error instanceof ApiError) {
    return error.detail || error.title || ('The server answered ' + error.status + '.');
  }
  return 'Something went wrong. Try again in a moment.';
}
