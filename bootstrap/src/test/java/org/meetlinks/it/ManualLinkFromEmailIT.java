package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meetlinks.testkit.TestHttp;

/** The "add a link by hand" email's button: a page that sets that one session's link, once, without a token. */
class ManualLinkFromEmailIT {

    @Test
    void the_emailed_page_sets_that_sessions_link_only_and_then_refuses() throws Exception {
        String mentorId = "m-addlink-" + System.nanoTime();
        String topicA = "Interview prep " + mentorId;
        String sessionA = confirm(mentorId, topicA);
        String sessionB = confirm(mentorId, "Portfolio " + mentorId);

        String page = EmailLinks.onServer(EmailLinks.awaitLink(mentorId + "@example.org", topicA, "add-link"));
        HttpResponse<String> form = Api.getAbsolute(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(topicA, "<form method=\"post\"", "name=\"url\"");
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        HttpResponse<String> bad = post(page, "url=" + enc("http://insecure.example/x") + "&sessionId=" + sessionB);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("http://insecure.example/x", "Nothing was saved");

        HttpResponse<String> saved =
                post(page, "url=" + enc("https://whereby.com/ada-" + mentorId) + "&sessionId=" + sessionB);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("The meeting link is saved");

        assertThat(link(sessionA, mentorId).getString("url")).isEqualTo("https://whereby.com/ada-" + mentorId);
        assertThat(link(sessionA, mentorId).getString("status")).isEqualTo("ACTIVE");
        assertThat(link(sessionB, mentorId).containsKey("url"))
                .as("the other session is untouched")
                .isFalse();
        assertThat(link(sessionB, mentorId).getString("status")).isEqualTo("AWAITING_MANUAL_LINK");

        HttpResponse<String> again = post(page, "url=" + enc("https://whereby.com/someone-else"));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This link was already used");
        assertThat(Api.getAbsolute(page).statusCode()).isEqualTo(410);
        assertThat(link(sessionA, mentorId).getString("url")).isEqualTo("https://whereby.com/ada-" + mentorId);
    }

    @Test
    void a_link_for_another_mentors_session_or_an_expired_one_sets_nothing() throws Exception {
        String mentorId = "m-addlink-other-" + System.nanoTime();
        String session = confirm(mentorId, "Career chat " + mentorId);
        String foreign = EmailLinks.plant(
                "ADD_LINK", "m-someone-else", session, Instant.now().plus(Duration.ofDays(1)));
        String expired =
                EmailLinks.plant("ADD_LINK", mentorId, session, Instant.now().minus(Duration.ofMinutes(1)));

        HttpResponse<String> foreignPost =
                post(Api.BASE + "/from-email/add-link/" + foreign, "url=" + enc("https://whereby.com/x"));
        assertThat(foreignPost.statusCode()).isEqualTo(404);
        assertThat(Api.get("/from-email/add-link/" + foreign, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> late =
                post(Api.BASE + "/from-email/add-link/" + expired, "url=" + enc("https://whereby.com/x"));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired");
        assertThat(link(session, mentorId).getString("status")).isEqualTo("AWAITING_MANUAL_LINK");
    }

    private static String confirm(String mentorId, String topic) {
        String sessionId = Bookings.newSessionId();
        HttpResponse<String> response = Api.post(
                "/api/booking-events",
                Api.token("booking-platform", "booking-system"),
                Bookings.confirmed(Bookings.newEventId(), sessionId, mentorId, "e-" + mentorId, topic));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return sessionId;
    }

    private static JsonObject link(String sessionId, String mentorId) {
        return Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentorId, "mentor")));
    }

    private static HttpResponse<String> post(String url, String form) {
        return TestHttp.send(TestHttp.to(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
