package org.meetlinks.adapter.in.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meetlinks.application.port.in.CompletedConnect;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.EmailedSessionView;

/**
 * The pages the links in mentor emails lead to: what happened after a one-click reconnect, the add-a-link form, and
 * why a link does nothing (any more). They are answered with no-store, no referrer (the URL holds the link's token)
 * and a CSP that allows no script and posts only to this service.
 */
final class EmailLinkPages {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private EmailLinkPages() {}

    static Response page(Response.StatusType status, String html) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML + ";charset=utf-8")
                .entity(html)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CSP)
                .build();
    }

    /** 404 for an unknown link, 410 for a used or expired one, 409 for a consent with another account. */
    static Response refused(EmailLinkRefusedException e, String whatItDid) {
        return switch (e.reason()) {
            case UNKNOWN -> page(Response.Status.NOT_FOUND, JoinPage.page("Link not found", """
                    <h1>This link does not exist</h1>
                    <p>Nothing was changed. Check that you opened the whole link from the email, or open your mentor
                    page from your mentoring dashboard.</p>
                    """, false));
            case USED ->
                page(Response.Status.GONE, JoinPage.page("Link already used", """
                    <h1>This link was already used</h1>
                    <p>It %s once and does nothing more. Nothing was changed now. To change anything else, open your
                    mentor page from your mentoring dashboard.</p>
                    """.formatted(whatItDid), false));
            case EXPIRED -> page(Response.Status.GONE, JoinPage.page("Link expired", """
                    <h1>This link has expired</h1>
                    <p>Links in our emails work for a limited time. Nothing was changed. Open your mentor page from your
                    mentoring dashboard to do this there.</p>
                    """, false));
            case OTHER_ACCOUNT -> page(Response.Status.CONFLICT, JoinPage.page("Another account", """
                    <h1>That was another account</h1>
                    <p>This link reconnects the account that was connected before, and you signed in with a different
                    one. Nothing was saved, and the permission you just gave was withdrawn. Open the link again and
                    choose the account you used before, or connect another account on your mentor page (from your
                    mentoring dashboard).</p>
                    """, false));
        };
    }

    static String reconnected(String providerName, CompletedConnect done) {
        String account = done.connection()
                .accountEmail()
                .map(a -> " (" + Html.escape(a) + ")")
                .orElse("");
        return JoinPage.page(
                providerName + " connected",
                """
                <h1>%s is connected again</h1>
                <p>Your %s account%s works with meetlinks again: new sessions get their meeting links automatically.</p>
                <p class="topic">%s</p>
                <p>You can close this page.</p>
                """.formatted(Html.escape(providerName), Html.escape(providerName), account, sessions(done)),
                false);
    }

    private static String sessions(CompletedConnect done) {
        int waiting = done.sessionsWaiting();
        int linked = done.sessionsLinked();
        if (waiting == 0) {
            return "No session was waiting for a link.";
        }
        String were = waiting == 1 ? "1 session was" : waiting + " sessions were";
        if (linked == waiting) {
            return were + " waiting for a link: " + (waiting == 1 ? "it has its" : "all " + waiting + " have their")
                    + " link now.";
        }
        return were + " waiting for a link: " + linked + " " + (linked == 1 ? "has" : "have")
                + " it now, the others get theirs within minutes.";
    }

    static String addLinkForm(String action, EmailedSessionView s, String value, String problem) {
        String error = problem.isEmpty()
                ? ""
                : "<p role=\"alert\" style=\"color:#b00020\"><strong>" + Html.escape(problem)
                        + "</strong> Nothing was saved; correct the link and save again.</p>\n";
        String current = s.currentUrl().isEmpty() ? "" : "<p>Its link now: " + Html.escape(s.currentUrl()) + "</p>\n";
        return JoinPage.page(
                "Add a meeting link",
                """
                <h1>Add the meeting link</h1>
                <p class="topic">%s &middot; with %s</p>
                <p>%s&ndash;%s (%s)</p>
                %s<form method="post" action="%s">
                <p><label for="url">Your meeting link (https://...)</label><br>
                <input id="url" name="url" type="url" required maxlength="2048" size="48" value="%s"></p>
                %s<p><button type="submit">Save the link</button></p>
                </form>
                <p>%s opens the session's join link; it leads to the link you save here.</p>
                """.formatted(
                                Html.escape(s.topic()),
                                Html.escape(s.menteeName()),
                                Html.escape(WHEN.format(s.startsAt().atZone(s.mentorZone()))),
                                Html.escape(UNTIL.format(s.endsAt().atZone(s.mentorZone()))),
                                Html.escape(s.mentorZone().getId()),
                                current,
                                Html.escape(action),
                                Html.escape(value),
                                error,
                                Html.escape(s.menteeName())),
                false);
    }

    static String linkSaved(String url, String joinUrl) {
        return JoinPage.page("Link saved", """
                <h1>The meeting link is saved</h1>
                <p>The session's join link (%s) now leads to %s. Both of you get an email with the new link.</p>
                <p>You can close this page.</p>
                """.formatted(Html.escape(joinUrl), Html.escape(url)), false);
    }
}
