package org.meetlinks.adapter.out.mail;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character;
 * ical4j folds by characters, which lets lines with non-ASCII names run past 75 octets.
 */
final class IcsFolding {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsFolding() {}

    /** {@code unfolded}: CRLF-terminated content lines; returns them folded with CRLF + space. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > MAX_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
