package org.meetlinks.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where an encrypted token lives: its row of provider_connection (mentor, platform) and its column. It is the
 * associated data of the ciphertext, so a ciphertext copied to another row or column does not decrypt.
 */
record TokenSlot(String mentorId, String platform, String column) {
    static final String ACCESS = "access_token_enc";
    static final String REFRESH = "refresh_token_enc";

    TokenSlot {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(column, "column");
    }

    static TokenSlot access(String mentorId, String platform) {
        return new TokenSlot(mentorId, platform, ACCESS);
    }

    static TokenSlot refresh(String mentorId, String platform) {
        return new TokenSlot(mentorId, platform, REFRESH);
    }

    /** Length-prefixed fields, so no two slots share an encoding. */
    byte[] associatedData() {
        StringBuilder text = new StringBuilder("provider_connection");
        for (String field : new String[] {mentorId, platform, column}) {
            text.append('|').append(field.length()).append(':').append(field);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
