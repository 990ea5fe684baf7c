package org.meetlinks.adapter.out.mail;

import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.MentoringSession;

/** The DESCRIPTION text of an invite: who, and the links to join. */
final class InviteDescription {
    private InviteDescription() {}

    static String of(MentoringSession session, SharedLink link, boolean cancelled) {
        StringBuilder text = new StringBuilder();
        if (cancelled) {
            text.append("This mentoring session has been cancelled.\n\n");
        }
        text.append("Mentoring session: ")
                .append(IcsText.oneLine(session.topic(), 500))
                .append('\n')
                .append("Mentor: ")
                .append(session.mentor().name())
                .append('\n')
                .append("Mentee: ")
                .append(session.mentee().name())
                .append("\n\n");
        if (!cancelled) {
            text.append("Join the video meeting: ").append(link.joinUrl()).append('\n');
            link.url()
                    .ifPresent(url -> text.append("Direct ")
                            .append(PlatformNames.ofLink(link).meeting())
                            .append(" link: ")
                            .append(url)
                            .append('\n'));
            text.append("\nThe join link always leads to the session's current meeting.");
        }
        return IcsText.multiLine(text.toString().strip());
    }
}
