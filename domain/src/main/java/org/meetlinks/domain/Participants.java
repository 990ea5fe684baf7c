package org.meetlinks.domain;

import java.util.regex.Pattern;

/** Shared validation of the people taking part in a session. */
final class Participants {
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private Participants() {}

    static void requireUserId(String field, String value) {
        if (value == null || !USER_ID.matcher(value).matches()) {
            throw new DomainException(
                    field, field + " must be 1-128 characters of letters, digits, '.', '_', ':', '@' or '-'");
        }
    }

    static void requireName(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new DomainException(field, field + " is required and may have at most 200 characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new DomainException(field, field + " may not contain control characters");
        }
    }

    static void requireEmail(String field, String value) {
        if (value == null || value.length() > 320 || !EMAIL.matcher(value).matches()) {
            throw new DomainException(field, field + " must be an email address");
        }
    }
}
