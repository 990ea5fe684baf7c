// Small DOM helpers of the mentor page: find by id, make an element with text, make an outgoing link.

export const $ = (id) => document.getElementById(id);

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export function link(className, href, text, label) {
  const a = element('a', className, text);
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  if (label) {
    a.setAttribute('aria-label', label);
  }
  return a;
}
