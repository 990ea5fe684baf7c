package org.meetlinks.adapter.in.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The small HTML pages a join URL shows when it cannot redirect yet. */
final class JoinPage {
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private JoinPage() {}

    static String notReady(String topic, Instant startsAt, boolean waitingForMentor) {
        String why = waitingForMentor
                ? "Your mentor has been asked to add the meeting link. This page will take you there as soon as it is set."
                : "The meeting is being set up right now. This page checks again by itself.";
        return page(
                "Meeting link not ready yet", """
                <h1>The meeting link is not ready yet</h1>
                <p class="topic">%s &middot; %s</p>
                <p>%s</p>
                <p>Keep this page open, or come back to the same link later: it always leads to the current meeting.</p>
                """.formatted(Html.escape(topic), UTC_TIME.format(startsAt), why), true);
    }

    static String cancelled(String topic) {
        return page("Session cancelled", """
                <h1>This session was cancelled</h1>
                <p class="topic">%s</p>
                <p>There is no meeting to join. Check your mentoring dashboard for your upcoming sessions.</p>
                """.formatted(Html.escape(topic)), false);
    }

    static String expired(String topic, Instant endedAt) {
        return page("Session over", """
                <h1>This session is over</h1>
                <p class="topic">%s &middot; ended %s</p>
                <p>Its join link no longer leads anywhere. Check your mentoring dashboard for your upcoming sessions.</p>
                """.formatted(Html.escape(topic), UTC_TIME.format(endedAt)), false);
    }

    static String unknown() {
        return page("Link not found", """
                <h1>This join link does not exist</h1>
                <p>Check that you copied the whole link from your invitation.</p>
                """, false);
    }

    /** A complete small page in the style of the join pages. */
    static String page(String title, String body, boolean refresh) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                %s<title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1d2330;line-height:1.5}
                h1{font-size:1.4rem}.topic{font-weight:600}
                </style>
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(refresh ? "<meta http-equiv=\"refresh\" content=\"15\">\n" : "", title, body);
    }
}
