// Where the tests find the mentor page's modules: the served folder itself, not a copy.

export const MENTOR = '../../main/resources/META-INF/resources/mentor/';

/** Imports the page module called name (e.g. 'times.js'). */
export function pageModule(name) {
  return import(new URL(MENTOR + name, import.meta.url));
}

/** The text with every kind of space (ICU puts U+202F before AM/PM) as a plain space. */
export function plainSpaces(text) {
  return text.replace(/\s/g, ' ');
}
