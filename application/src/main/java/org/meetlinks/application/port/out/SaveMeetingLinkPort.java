package org.meetlinks.application.port.out;

import org.meetlinks.domain.MeetingLink;

/** Stores meeting links. */
public interface SaveMeetingLinkPort {
    /** Inserts the link unless its session already has one; the store makes a second link impossible. */
    boolean insertLinkIfAbsent(MeetingLink link);

    /**
     * Saves a changed link.
     *
     * @throws ConcurrentUpdateException when the stored link changed since it was loaded
     */
    void updateLink(MeetingLink link);
}
