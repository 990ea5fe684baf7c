package org.meetlinks.application.port.in;

import java.util.regex.Pattern;
import org.meetlinks.domain.DomainException;

/** The booking system's id of one event; a repeated id is a redelivery and changes nothing. */
public record EventId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public EventId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DomainException(
                    "eventId", "eventId must be 1-64 characters of letters, digits, '.', '_', ':' or '-'");
        }
    }
}
