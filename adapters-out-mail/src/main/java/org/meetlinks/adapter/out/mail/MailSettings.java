package org.meetlinks.adapter.out.mail;

import java.util.Objects;

/**
 * Who the notification emails come from, e.g. {@code meetlinks <no-reply@meetlinks.example>}.
 *
 * @param fromAddress the sender address (also the invite's ORGANIZER SENT-BY)
 * @param fromName the sender's display name
 */
public record MailSettings(String fromAddress, String fromName) {
    public MailSettings {
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(fromName, "fromName");
        if (fromAddress.isBlank() || HeaderText.hasControlCharacters(fromAddress)) {
            throw new IllegalArgumentException("fromAddress must be an email address without control characters");
        }
        if (HeaderText.hasControlCharacters(fromName)) {
            throw new IllegalArgumentException("fromName may not contain control characters");
        }
        fromAddress = fromAddress.strip();
        fromName = fromName.strip();
    }
}
