package org.meetlinks.adapter.out.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out the text/plain part: words wrapped to lines of at most 78 characters (RFC 5322's recommendation), a
 * word too long for a line cut into pieces, except a link, which is never cut and always stands alone on its line,
 * whole and clickable.
 */
final class TextLines {
    static final int WIDTH = 78;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private TextLines() {}

    /** {@code text} wrapped at {@link #WIDTH}; continuation lines (not links) start with {@code indent}. */
    static String wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (LINK.matcher(word).matches()) {
                flush(lines, line);
                lines.add(word);
                continue;
            }
            String rest = word;
            while (!rest.isEmpty()) {
                String lead = line.length() > 0 ? " " : lines.isEmpty() ? "" : indent;
                int room = WIDTH - line.length() - lead.length();
                if (rest.length() <= room) {
                    line.append(lead).append(rest);
                    rest = "";
                } else if (line.length() > 0) {
                    flush(lines, line);
                } else {
                    line.append(lead).append(rest, 0, room);
                    rest = rest.substring(room);
                    flush(lines, line);
                }
            }
        }
        flush(lines, line);
        return String.join("\n", lines);
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
