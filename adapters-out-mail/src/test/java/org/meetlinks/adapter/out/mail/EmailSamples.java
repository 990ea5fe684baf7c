package org.meetlinks.adapter.out.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;

/** One sample of every email kind, as people get them, plus the long-worded variants that stress the layout. */
final class EmailSamples {
    private EmailSamples() {}

    /** Every kind, named for its file: confirmation, link updated, rescheduled, cancelled, add a link, reconnect... */
    static Map<String, OutgoingNotification> everyKind() {
        MentoringSession s = Fixtures.session();
        Map<String, OutgoingNotification> samples = new LinkedHashMap<>();
        samples.put(
                "confirmation-mentee",
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, s, Fixtures.activeZoomLink()));
        samples.put(
                "confirmation-mentor-google",
                Fixtures.toMentor(NotificationKind.SESSION_CONFIRMED, s, Fixtures.activeGoogleLink()));
        samples.put(
                "confirmation-pending-mentee",
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, s, Fixtures.pendingLink()));
        samples.put(
                "link-updated-mentee", Fixtures.toMentee(NotificationKind.LINK_UPDATED, s, Fixtures.activeZoomLink()));
        samples.put(
                "rescheduled-mentor",
                Fixtures.toMentor(NotificationKind.SESSION_RESCHEDULED, s, Fixtures.activeZoomLink()));
        samples.put(
                "cancelled-mentee",
                Fixtures.toMentee(NotificationKind.SESSION_CANCELLED, s, Fixtures.activeZoomLink()));
        samples.put(
                "add-a-link-mentor", Fixtures.toMentor(NotificationKind.ADD_LINK_MANUALLY, s, Fixtures.pendingLink()));
        samples.put(
                "reconnect-mentor",
                new OutgoingNotification(
                        new Notification(
                                NotificationKind.RECONNECT_PROVIDER,
                                "reconnect:m-1",
                                s.mentor().name(),
                                s.mentor().email(),
                                true,
                                s.id(),
                                Platform.ZOOM,
                                s.sequence()),
                        s,
                        Fixtures.pendingLink(),
                        Fixtures.MENTOR_PAGE,
                        3));
        samples.put(
                "meet-turned-off-mentor",
                Fixtures.toMentor(
                        NotificationKind.MEETINGS_TURNED_OFF, s, Fixtures.pendingLink(), Platform.GOOGLE_MEET));
        return samples;
    }

    /** Every kind again with the longest words people send: long names, a long topic, a long manual link. */
    static Map<String, OutgoingNotification> longWorded() {
        MentoringSession s = Fixtures.session(
                "Ada Augusta King, Countess of Lovelace, née Byron",
                "Bartholomew Oluwaseun Abernathy-Fitzwilliam",
                "Preparing a portfolio review for a senior"
                        + " engineering position: system design, leadership stories and salary negotiation");
        Map<String, OutgoingNotification> samples = new LinkedHashMap<>();
        everyKind()
                .forEach((name, n) -> samples.put(
                        name + "-long",
                        Fixtures.renamed(
                                n,
                                n.recipientIsMentor()
                                        ? s.mentor().name()
                                        : s.mentee().name(),
                                s)));
        samples.put(
                "link-updated-long-manual-link-mentee",
                Fixtures.toMentee(NotificationKind.LINK_UPDATED, s, Fixtures.longManualLink()));
        return samples;
    }
}
