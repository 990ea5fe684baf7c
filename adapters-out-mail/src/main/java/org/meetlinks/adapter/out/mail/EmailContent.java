package org.meetlinks.adapter.out.mail;

import java.util.Objects;

/**
 * The rendered words of one email: a one-line subject and the same message as plain text and HTML.
 *
 * @param subject header-safe subject line
 * @param text the text/plain body
 * @param html the text/html body, with every user-supplied value escaped
 */
record EmailContent(String subject, String text, String html) {
    EmailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
