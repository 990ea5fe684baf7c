package org.meetlinks.adapter.out.mail;

/** Cleans user text for iCalendar values and parameters (ical4j escapes the rest). */
final class IcsText {
    private IcsText() {}

    /** A single-line TEXT value without control characters. */
    static String oneLine(String value, int maxLength) {
        return HeaderText.oneLine(value, maxLength);
    }

    /** Multi-line TEXT: line breaks normalised to LF, other control characters dropped. */
    static String multiLine(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().filter(cp -> cp == '\n' || !HeaderText.isUnsafe(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * A parameter value such as CN: one line, and double quotes replaced, since a parameter value
     * cannot hold them (RFC 6868 caret escapes exist but many calendar clients do not decode them).
     */
    static String parameter(String value) {
        return HeaderText.oneLine(value, 200).replace('"', '\'');
    }
}
