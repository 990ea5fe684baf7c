package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meetlinks.testkit.TestHttp;

/**
 * The reconnect email's button, followed as a mentor would from the mail sink with no bearer token: straight to the
 * (simulated) consent and back to a page that says what happened.
 */
class OneClickReconnectIT {

    @Test
    void the_reconnect_email_reconnects_without_a_token_and_the_landing_page_says_how_many_sessions_got_their_link() {
        String mentorId = "m-oneclick-" + System.nanoTime();
        String account = Mentors.connect(mentorId, "google");
        Simulator.control("/grants/google/invalidate?account=" + account, "{}");
        String first = Bookings.newSessionId();
        String second = Bookings.newSessionId();
        Mentors.confirm(first, mentorId);
        Mentors.confirm(second, mentorId);
        assertThat(Mentors.connectionStatus(mentorId, "google")).isEqualTo("NEEDS_RECONNECT");

        String link = EmailLinks.onServer(EmailLinks.awaitLink(account, "reconnect", "reconnect"));
        Simulator.control("/consent", "{\"autoApprove\":true,\"accountEmail\":\"" + account + "\"}");
        HttpResponse<String> opened = Api.getAbsolute(link);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(303);
        String consent = opened.headers().firstValue("Location").orElseThrow();
        assertThat(consent).startsWith(Simulator.BASE).contains("state=").contains("code_challenge_method=S256");
        String cookie = TestHttp.cookieSetBy(opened);

        String callback =
                Api.getAbsolute(consent).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> landed = Api.getAbsolute(callback, cookie);

        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        assertThat(landed.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(landed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(landed.body()).contains("Google is connected again", account, "2 sessions were waiting for a link");
        assertThat(Mentors.connectionStatus(mentorId, "google")).isEqualTo("CONNECTED");
        Mentors.awaitActiveLink(first, mentorId);
        Mentors.awaitActiveLink(second, mentorId);

        HttpResponse<String> again = Api.getAbsolute(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This link was already used");
        assertThat(again.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void an_expired_or_unknown_link_is_refused_with_a_page_and_starts_no_consent() {
        String mentorId = "m-oneclick-late-" + System.nanoTime();
        String expired = EmailLinks.plant(
                "RECONNECT", mentorId, "GOOGLE_MEET", Instant.now().minus(Duration.ofMinutes(1)));

        HttpResponse<String> late = Api.get("/from-email/reconnect/" + expired, null);
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired");
        assertThat(late.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> unknown = Api.get("/from-email/reconnect/" + "A".repeat(43), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link does not exist");
        assertThat(Api.get("/from-email/reconnect/not-a-token", null).statusCode())
                .isEqualTo(404);
        assertThat(Database.count("select count(*) from oauth_authorization where mentor_id = ?", mentorId))
                .isZero();
    }

    @Test
    void a_forwarded_reconnect_link_does_not_take_another_account() {
        String mentorId = "m-oneclick-fwd-" + System.nanoTime();
        String account = Mentors.connect(mentorId, "google");
        String token = EmailLinks.plant(
                "RECONNECT", mentorId, "GOOGLE_MEET", Instant.now().plus(Duration.ofDays(1)));

        Simulator.control(
                "/consent", "{\"autoApprove\":true,\"accountEmail\":\"mallory-" + mentorId + "@example.org\"}");
        HttpResponse<String> opened = Api.get("/from-email/reconnect/" + token, null);
        String callback = Api.getAbsolute(
                        opened.headers().firstValue("Location").orElseThrow())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        HttpResponse<String> landed = Api.getAbsolute(callback, TestHttp.cookieSetBy(opened));

        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(409);
        assertThat(landed.body()).contains("That was another account");
        assertThat(Database.text(
                        "select account_email from provider_connection where mentor_id = ? "
                                + "and platform = 'GOOGLE_MEET'",
                        mentorId))
                .isEqualTo(account);
        assertThat(Simulator.get("/grants?provider=google&account=mallory-" + mentorId + "@example.org")
                        .getJsonArray("grants")
                        .stream()
                        .map(g -> g.asJsonObject().getBoolean("revoked")))
                .containsOnly(true);
    }
}
