package org.meetlinks.adapter.out.mail;

import java.time.ZoneId;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MentoringSession;

/**
 * The words of each notification kind. The link people click is always the stable join URL; the
 * provider's own URL is shown next to it when known (see the module README for why).
 */
final class NotificationTexts {
    private static final int SUBJECT_TOPIC = 80;
    private static final String IN_GOOGLE_CALENDAR = "This session is already in your Google Calendar, with its"
            + " Meet link: we put it there when we made the meeting. So this email carries no calendar invite,"
            + " and the session shows in your calendar once.";
    private static final String FOOTER = "This message was sent automatically by meetlinks for your mentoring"
            + " session. Replies to this address are not read.";

    /** Under the button of a mentor prompt: it carries a single-purpose link that needs no sign-in. */
    private static final String ONE_USE =
            "The button works without signing in, once, for a few days: please do not" + " forward this email.";

    private NotificationTexts() {}

    static EmailContent render(OutgoingNotification n) {
        return switch (n.kind()) {
            case SESSION_CONFIRMED -> confirmed(n);
            case LINK_UPDATED -> linkUpdated(n);
            case SESSION_RESCHEDULED -> rescheduled(n);
            case SESSION_CANCELLED -> cancelled(n);
            case ADD_LINK_MANUALLY -> addLinkManually(n);
            case RECONNECT_PROVIDER -> reconnect(n);
            case MEETINGS_TURNED_OFF -> meetingsTurnedOff(n);
        };
    }

    /** Greeting, what happened, and the session's topic and time: how every session email begins. */
    private static EmailBody sessionIntro(OutgoingNotification n, String whatHappened, String whenLabel) {
        return greeting(n)
                .paragraph(whatHappened)
                .detail("Topic", n.session().topic())
                .detail(whenLabel, when(n))
                .gap();
    }

    private static EmailContent confirmed(OutgoingNotification n) {
        MentoringSession s = n.session();
        EmailBody body = sessionIntro(n, "Your mentoring session with " + otherPerson(n) + " is confirmed.", "When");
        joinLinks(body, n.link());
        body.paragraph(
                MentorGoogleCalendar.holdsSession(n)
                        ? IN_GOOGLE_CALENDAR
                        : "The calendar invite is attached; add it to your calendar so the link is at hand.");
        return body.footer(FOOTER).withSubject(subject("Session confirmed: ", s, " \u2013 " + shortWhen(n)));
    }

    private static EmailContent linkUpdated(OutgoingNotification n) {
        MentoringSession s = n.session();
        EmailBody body = sessionIntro(
                n, "The video meeting for your session with " + otherPerson(n) + " has a new link.", "When");
        joinLinks(body, n.link());
        body.paragraph("Your join link has not changed and now leads to the new meeting."
                + (MentorGoogleCalendar.holdsSession(n)
                        ? " The session is now in your Google Calendar, with its Meet"
                                + " link. The attached cancellation removes our earlier invite from your calendar, so the session"
                                + " shows there once."
                        : " The calendar invite is updated."));
        return body.footer(FOOTER).withSubject(subject("New meeting link: ", s, ""));
    }

    private static EmailContent rescheduled(OutgoingNotification n) {
        MentoringSession s = n.session();
        EmailBody body = sessionIntro(
                n, "Your mentoring session with " + otherPerson(n) + " has moved to a new time.", "New time");
        joinLinks(body, n.link());
        body.paragraph(
                MentorGoogleCalendar.holdsSession(n)
                        ? "The session's entry in your Google Calendar has moved to the new time."
                        : "The calendar invite is updated; your calendar will move the session when you open it.");
        return body.footer(FOOTER).withSubject(subject("Session moved: ", s, " \u2013 now " + shortWhen(n)));
    }

    private static EmailContent cancelled(OutgoingNotification n) {
        MentoringSession s = n.session();
        EmailBody body = sessionIntro(
                        n, "Your mentoring session with " + otherPerson(n) + " has been cancelled.", "Was planned for")
                .paragraph("The meeting link no longer leads to a meeting. "
                        + (MentorGoogleCalendar.holdsSession(n)
                                ? "We removed the session from your Google Calendar."
                                : "The attached cancellation removes the session from your calendar."));
        return body.footer(FOOTER).withSubject(subject("Session cancelled: ", s, " \u2013 " + shortWhen(n)));
    }

    private static EmailContent addLinkManually(OutgoingNotification n) {
        MentoringSession s = n.session();
        EmailBody body = greeting(n)
                .paragraph("We could not create a video meeting link for your session with "
                        + s.mentee().name() + ". Please add one here:")
                .button("Add a meeting link", n.actionUrl())
                .paragraph(ONE_USE)
                .detail("Topic", s.topic())
                .detail("When", when(n))
                .gap()
                .paragraph("Until then, " + s.mentee().name() + " sees a page saying the link is not ready yet."
                        + " As soon as you add a link, the join link below leads there:")
                .link("Join link", n.link().joinUrl())
                .gap();
        return body.footer(FOOTER).withSubject(subject("Action needed: add a meeting link for ", s, ""));
    }

    private static EmailContent reconnect(OutgoingNotification n) {
        String account = PlatformNames.concerning(n).account();
        EmailBody body = greeting(n)
                .paragraph("Your " + account + " connection stopped working, so we cannot create meeting links"
                        + " with it. Reconnect here:")
                .button("Reconnect " + account, n.actionUrl())
                .paragraph(ONE_USE)
                .paragraph(waiting(n.waitingSessions()) + " Until then, their join links show a page saying the link"
                        + " is not ready yet.");
        return body.footer(FOOTER)
                .withSubject(HeaderText.oneLine("Action needed: reconnect your " + account + " account", 200));
    }

    private static EmailContent meetingsTurnedOff(OutgoingNotification n) {
        String account = PlatformNames.concerning(n).account();
        String meeting = PlatformNames.concerning(n).meeting();
        String other = PlatformNames.concerning(n).otherMeeting();
        EmailBody body = greeting(n)
                .paragraph(meeting + " is turned off for your " + account + " account, so we cannot create " + meeting
                        + " links with it. Whoever manages the account (your Workspace admin) decides this.")
                .paragraph("Ask them to allow " + meeting + ", or connect " + other + " instead:")
                .button("Open your meetlinks page", n.actionUrl())
                .paragraph("Sessions get their links from your other connected account, if you have one. Otherwise"
                        + " their join links show a page saying the link is not ready yet, until you add one.");
        return body.footer(FOOTER)
                .withSubject(HeaderText.oneLine(
                        "Action needed: " + meeting + " is turned off for your " + account + " account", 200));
    }

    private static String waiting(long sessions) {
        if (sessions == 0) {
            return "Sessions you are booked for from now on get their links automatically once you have reconnected.";
        }
        return (sessions == 1 ? "1 upcoming session is" : sessions + " upcoming sessions are")
                + " waiting for a link and will get one automatically once you have reconnected.";
    }

    private static EmailBody greeting(OutgoingNotification n) {
        return new EmailBody().paragraph("Hello " + n.recipientName().strip() + ",");
    }

    /** The join URL as the main link, plus the provider URL when there is one. */
    private static void joinLinks(EmailBody body, SharedLink link) {
        body.button("Join the video meeting", link.joinUrl());
        if (link.url().isPresent()) {
            body.link(
                            "Direct " + PlatformNames.ofLink(link).meeting() + " link",
                            link.url().get())
                    .gap();
        } else if (link.status() == LinkStatus.PENDING || link.status() == LinkStatus.AWAITING_MANUAL_LINK) {
            body.paragraph("The video meeting is still being set up. The join link above already works: it leads"
                    + " to the meeting as soon as it is ready.");
        }
    }

    private static String otherPerson(OutgoingNotification n) {
        MentoringSession s = n.session();
        return n.recipientIsMentor() ? s.mentee().name() : s.mentor().name();
    }

    /** The recipient's zone: the mentor's own zone; the mentee's own zone when known, else the session's. */
    static ZoneId recipientZone(OutgoingNotification n) {
        return n.recipientIsMentor()
                ? n.session().mentor().timeZone()
                : n.session().mentee().timeZone().orElse(n.session().timeZone());
    }

    private static String when(OutgoingNotification n) {
        return SessionTimes.range(n.session().startsAt(), n.session().endsAt(), recipientZone(n));
    }

    private static String shortWhen(OutgoingNotification n) {
        return SessionTimes.shortStart(n.session().startsAt(), recipientZone(n));
    }

    private static String subject(String prefix, MentoringSession s, String suffix) {
        return HeaderText.oneLine(prefix + HeaderText.oneLine(s.topic(), SUBJECT_TOPIC) + suffix, 200);
    }
}
