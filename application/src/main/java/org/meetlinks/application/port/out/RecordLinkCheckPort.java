package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.List;
import org.meetlinks.domain.MentorId;

/** Keeps each session's last pre-session check (one per session, replaced by the next). */
public interface RecordLinkCheckPort {
    void recordCheck(LinkCheckRecord check);

    /** The last checks of the mentor's sessions that end after {@code now}, earliest session first. */
    List<LinkCheckRecord> loadChecksOfMentor(MentorId mentorId, Instant now);
}
