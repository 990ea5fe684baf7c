// Reads one iCalendar object from stdin with ical.js (Mozilla's parser, used by Thunderbird) and prints each VEVENT
// as one line: METHOD<TAB>UID<TAB>SEQUENCE<TAB>STATUS, like read_ics.py. ical.js is loaded from the directory in
// ICALJS_DIR (scripts/ensure-test-tools installs it there with npm).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.env.ICALJS_DIR;
if (!dir) {
  console.error('ICALJS_DIR is not set (scripts/ensure-test-tools installs ical.js and names the directory)');
  process.exit(2);
}
const ICAL = (await import(pathToFileURL(join(dir, 'node_modules', 'ical.js', 'dist', 'ical.js')).href)).default;
const calendar = new ICAL.Component(ICAL.parse(readFileSync(0, 'utf8')));
const method = calendar.getFirstPropertyValue('method') || '';
for (const event of calendar.getAllSubcomponents('vevent')) {
  const sequence = event.getFirstPropertyValue('sequence');
  console.log([method, event.getFirstPropertyValue('uid') || '', sequence === null ? 0 : sequence,
    event.getFirstPropertyValue('status') || ''].join('\t'));
}
