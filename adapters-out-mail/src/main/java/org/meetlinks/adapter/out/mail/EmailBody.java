package org.meetlinks.adapter.out.mail;

import java.util.Optional;

/**
 * Writes the plain-text and the HTML body side by side, so both say the same; every value that
 * goes into the HTML is escaped here and nowhere else.
 */
final class EmailBody {
    /** Long links break anywhere instead of widening the message past a phone screen. */
    private static final String LINK_STYLE = "color:#1a56db;word-break:break-all;overflow-wrap:anywhere";

    private static final String BUTTON_STYLE = "display:inline-block;padding:10px 18px;background:#1a56db;"
            + "color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    EmailBody() {
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head>\n")
                .append(
                        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2937\">\n");
    }

    /** A paragraph of running text. */
    EmailBody paragraph(String sentence) {
        text.append(TextLines.wrap(sentence, "")).append("\n\n");
        html.append("<p>").append(Html.escape(sentence)).append("</p>\n");
        return this;
    }

    /** A labelled fact, e.g. "When: ...". */
    EmailBody detail(String label, String value) {
        text.append(TextLines.wrap(label + ": " + value, "  ")).append('\n');
        html.append("<p style=\"margin:4px 0\"><strong>")
                .append(Html.escape(label))
                .append(":</strong> ")
                .append(Html.escape(value))
                .append("</p>\n");
        return this;
    }

    /** A labelled link (in text: the label, then the link on a line of its own); text only unless http(s). */
    EmailBody link(String label, String url) {
        text.append(TextLines.wrap(label + ":", ""))
                .append('\n')
                .append(TextLines.wrap(url, ""))
                .append('\n');
        html.append("<p style=\"margin:4px 0\"><strong>")
                .append(Html.escape(label))
                .append(":</strong> ")
                .append(anchor(url, url, LINK_STYLE))
                .append("</p>\n");
        return this;
    }

    /** The one thing to click, as a button in HTML and a labelled line in text. */
    EmailBody button(String label, String url) {
        text.append(TextLines.wrap(label + ":", ""))
                .append('\n')
                .append(TextLines.wrap(url, ""))
                .append("\n\n");
        html.append("<p style=\"margin:16px 0\">")
                .append(anchor(label, url, BUTTON_STYLE))
                .append("</p>\n")
                .append("<p style=\"margin:4px 0;font-size:13px;color:#4b5563\">")
                .append(anchor(url, url, LINK_STYLE))
                .append("</p>\n");
        return this;
    }

    /** Ends a block of details with a blank line in the text part. */
    EmailBody gap() {
        text.append('\n');
        return this;
    }

    /** Text in small print at the end. */
    EmailBody footer(String sentence) {
        text.append("-- \n").append(TextLines.wrap(sentence, "")).append('\n');
        html.append("<p style=\"margin-top:24px;font-size:12px;color:#6b7280\">")
                .append(Html.escape(sentence))
                .append("</p>\n");
        return this;
    }

    EmailContent withSubject(String subject) {
        return new EmailContent(subject, text.toString().stripTrailing() + "\n", html + "</body></html>\n");
    }

    private static String anchor(String label, String url, String style) {
        Optional<String> target = Html.linkTarget(url);
        if (target.isEmpty()) {
            return Html.escape(label);
        }
        return "<a href=\"" + Html.escape(target.get()) + "\" style=\"" + style + "\">" + Html.escape(label) + "</a>";
    }
}
