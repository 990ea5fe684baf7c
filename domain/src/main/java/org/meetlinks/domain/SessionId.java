package org.meetlinks.domain;

import java.util.regex.Pattern;

/** The booking system's identifier of a mentoring session. */
public record SessionId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public SessionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DomainException(
                    "sessionId", "sessionId must be 1-128 characters of letters, digits, '.', '_', ':' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
