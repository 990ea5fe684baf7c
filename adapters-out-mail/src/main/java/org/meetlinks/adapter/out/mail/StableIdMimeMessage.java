package org.meetlinks.adapter.out.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MimeMessage whose Message-ID is fixed up front instead of made fresh on every save. */
final class StableIdMimeMessage extends MimeMessage {
    private final String messageIdHeader;

    StableIdMimeMessage(Session session, String messageIdHeader) {
        super(session);
        this.messageIdHeader = messageIdHeader;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageIdHeader);
    }
}
