package org.meetlinks.adapter.out.mail;

/** Makes user-supplied text safe for one-line mail headers (no CR/LF, no control characters). */
final class HeaderText {
    private HeaderText() {}

    /**
     * Replaces line breaks and other control characters by spaces, collapses runs of whitespace
     * and shortens the result to at most {@code maxLength} characters (ending in an ellipsis when cut).
     */
    static String oneLine(String value, int maxLength) {
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnsafe(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        if (out.length() <= maxLength) {
            return out.toString();
        }
        int cut = maxLength - 1;
        if (Character.isLowSurrogate(out.charAt(cut))) {
            cut--;
        }
        return out.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** True when {@code value} contains a character that has no place in a header. */
    static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(HeaderText::isUnsafe);
    }

    static boolean isUnsafe(int cp) {
        // C0 and C1 controls (CR, LF, NUL, ...), DEL, and the Unicode line and paragraph separators.
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029;
    }
}
