package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.LinkedMeeting;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;

/** A meeting made for a session that got its link elsewhere meanwhile: deleted at the provider, so none is orphaned. */
final class ExtraMeetings {
    private static final System.Logger LOG = System.getLogger(ExtraMeetings.class.getName());

    private final LinkStore store;
    private final DeleteMeetingPort deleteMeeting;

    ExtraMeetings(LinkStore store, DeleteMeetingPort deleteMeeting) {
        this.store = store;
        this.deleteMeeting = deleteMeeting;
    }

    /** An idempotent provider (Google) hands a retry the meeting already stored: that one is no orphan. */
    private boolean isStored(MentoringSession session, CreatedMeeting meeting) {
        return store.links()
                .loadLinkForSession(session.id())
                .flatMap(MeetingLink::meeting)
                .flatMap(LinkedMeeting::externalMeetingId)
                .filter(meeting.externalMeetingId()::equals)
                .isPresent();
    }

    /** Deletes the meeting at its provider unless it is the one the session's link already has. */
    void discardUnlessStored(MentoringSession session, Platform platform, CreatedMeeting meeting) {
        if (!isStored(session, meeting)) {
            deleteOrphan(session, platform, meeting);
        }
    }

    private void deleteOrphan(MentoringSession session, Platform platform, CreatedMeeting meeting) {
        ExistingMeeting orphan = new ExistingMeeting(
                platform, meeting.externalMeetingId(), session.mentor().id());
        try {
            deleteMeeting.deleteMeeting(orphan);
            LOG.log(
                    Level.INFO,
                    "Session {0} got its link elsewhere meanwhile; deleted the extra {1} meeting {2}",
                    session.id(),
                    platform,
                    meeting.externalMeetingId());
        } catch (MeetingProviderException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not delete the extra " + platform + " meeting " + meeting.externalMeetingId()
                            + " of session " + session.id() + "; delete it by hand",
                    e);
        }
    }
}
