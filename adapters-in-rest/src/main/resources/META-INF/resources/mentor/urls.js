// Addresses the page is willing to link to. Pure: Node can import it.

/** The value as an absolute http(s) URL, or null for anything else (javascript:, data:, relative, not a URL). */
export function safeHttpUrl(value) {
  if (!value) {
    return null;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch (e) {
    return null;
  }
}
