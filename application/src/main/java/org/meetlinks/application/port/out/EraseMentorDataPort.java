package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentorId;

/** Erases what is stored about a mentor, in one transaction. */
public interface EraseMentorDataPort {
    /**
     * Deletes the mentor's connections (tokens, account e-mails), preference, connects in flight and the mails to
     * them; on their sessions replaces their id, name and e-mail with {@code tombstone} and drops the provider
     * meeting ids. Answers the sessions anonymised and the rows deleted.
     */
    ErasedRows eraseMentor(MentorId mentorId, String tombstone);

    /** Counts of one erasure. */
    record ErasedRows(int sessionsAnonymised, int rowsDeleted) {}
}
