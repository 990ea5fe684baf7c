package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Zoom's List meetings (GET /zoom/v2/users/me/meetings): filtering, paging, validation, auth and faults. */
class ZoomListMeetingsTest {

    private static final String MEETINGS = "/zoom/v2/users/me/meetings";

    private SimClient sim;
    private String access;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
        access = sim.zoomTokens().get("access_token").asText();
    }

    @Test
    void lists_the_callers_scheduled_meetings_but_not_deleted_instant_or_other_users_ones() {
        String agenda = "Mentoring session (meetlinks-session:s-1) " + "x".repeat(300);
        JsonNode kept = create(access, "Kept", "2030-05-01T10:00:00Z", agenda);
        long deleted = create(access, "Deleted", "2030-05-01T11:00:00Z", null)
                .get("id")
                .asLong();
        assertThat(sim.api("DELETE", "/zoom/v2/meetings/" + deleted, access, null)
                        .status())
                .isEqualTo(204);
        assertThat(sim.api("POST", MEETINGS, access, "{\"topic\":\"Instant\"}").status())
                .isEqualTo(201);
        sim.post("/__sim/consent", "{\"accountEmail\":\"other@example.org\"}");
        create(sim.zoomTokens().get("access_token").asText(), "Someone else's", "2030-05-01T10:00:00Z", null);

        SimClient.Reply reply = sim.api("GET", MEETINGS, access, null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("total_records").asInt()).isEqualTo(1);
        assertThat(body.get("page_size").asInt()).isEqualTo(30);
        assertThat(body.get("next_page_token").asText()).isEmpty();
        JsonNode item = body.at("/meetings/0");
        assertThat(item.get("id").asLong()).isEqualTo(kept.get("id").asLong());
        assertThat(item.get("join_url").asText()).isEqualTo(kept.get("join_url").asText());
        assertThat(item.get("topic").asText()).isEqualTo("Kept");
        assertThat(item.get("type").asInt()).isEqualTo(2);
        assertThat(item.get("start_time").asText()).isEqualTo("2030-05-01T10:00:00Z");
        assertThat(item.get("duration").asInt()).isEqualTo(60);
        assertThat(item.get("timezone").asText()).isEqualTo("UTC");
        assertThat(item.get("agenda").asText()).hasSize(250).isEqualTo(agenda.substring(0, 250));
        assertThat(item.get("uuid").asText()).isNotEmpty();
        assertThat(item.get("host_id").asText()).hasSize(22);
        assertThat(item.get("created_at").asText()).isNotEmpty();
        assertThat(item.has("start_url"))
                .as("the host's start_url is not listed")
                .isFalse();
        assertThat(item.has("password")).isFalse();
    }

    @Test
    void pages_through_all_meetings_in_start_order_with_next_page_tokens() {
        List<Long> created = new ArrayList<>();
        for (int hour = 14; hour >= 10; hour--) {
            created.add(
                    0,
                    create(access, "M" + hour, "2030-06-01T" + hour + ":00:00Z", null)
                            .get("id")
                            .asLong());
        }

        List<Long> listed = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            JsonNode page = sim.api(
                            "GET",
                            MEETINGS + "?type=scheduled&page_size=2"
                                    + (token.isEmpty() ? "" : "&next_page_token=" + token),
                            access,
                            null)
                    .json();
            assertThat(page.get("total_records").asInt()).isEqualTo(5);
            page.get("meetings").forEach(m -> listed.add(m.get("id").asLong()));
            token = page.get("next_page_token").asText();
            pages++;
        } while (!token.isEmpty() && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(listed).containsExactlyElementsOf(created);
    }

    @Test
    void upcoming_and_previous_split_on_the_meetings_end() {
        long past =
                create(access, "Past", "2020-01-01T10:00:00Z", null).get("id").asLong();
        long future =
                create(access, "Future", "2030-01-01T10:00:00Z", null).get("id").asLong();

        assertThat(ids("?type=upcoming")).containsExactly(future);
        assertThat(ids("?type=upcoming_meetings")).containsExactly(future);
        assertThat(ids("?type=previous_meetings")).containsExactly(past);
        assertThat(ids("?type=scheduled")).containsExactly(past, future);
        assertThat(ids("")).containsExactly(past, future);
        assertThat(ids("?type=live")).isEmpty();
    }

    @Test
    void invalid_parameters_and_tokens_are_refused_with_code300_and_listed_as_rejected() {
        create(access, "One", "2030-01-01T10:00:00Z", null);

        SimClient.Reply tooBig = sim.api("GET", MEETINGS + "?page_size=301", access, null);
        SimClient.Reply badType = sim.api("GET", MEETINGS + "?type=everything", access, null);
        SimClient.Reply badToken = sim.api("GET", MEETINGS + "?next_page_token=not-a-token", access, null);
        SimClient.Reply notSimulated = sim.api("GET", MEETINGS + "?from=2030-01-01", access, null);

        for (SimClient.Reply reply : List.of(tooBig, badType, badToken, notSimulated)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("code").asInt()).isEqualTo(300);
        }
        assertThat(badToken.json().get("message").asText()).contains("next page token is invalid");
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(4);
    }

    @Test
    void needs_a_valid_bearer_token_and_a_known_user() {
        SimClient.Reply anonymous = sim.api("GET", MEETINGS, "no-such-token", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asInt()).isEqualTo(124);

        SimClient.Reply otherUser = sim.api("GET", "/zoom/v2/users/someone@example.org/meetings", access, null);
        assertThat(otherUser.status()).isEqualTo(404);
        assertThat(otherUser.json().get("code").asInt()).isEqualTo(1001);
    }

    @Test
    void faults_target_the_list_operation_by_name() {
        create(access, "One", "2030-01-01T10:00:00Z", null);
        SimClient.Reply configured = sim.post(
                "/__sim/faults",
                "{\"provider\":\"zoom\",\"serverErrorCount\":1,\"rateLimitCount\":1,\"operations\":[\"list\"]}");
        assertThat(configured.status()).isEqualTo(200);
        assertThat(configured.json().at("/zoom/operations").toString()).isEqualTo("[\"list\"]");

        assertThat(create(access, "Not hit", "2030-01-02T10:00:00Z", null)
                        .get("id")
                        .asLong())
                .isPositive();
        assertThat(sim.api("GET", MEETINGS, access, null).status()).isEqualTo(503);
        SimClient.Reply limited = sim.api("GET", MEETINGS, access, null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Category")).isEqualTo("Medium");
        assertThat(sim.api("GET", MEETINGS, access, null)
                        .json()
                        .get("total_records")
                        .asInt())
                .isEqualTo(2);

        JsonNode stats = sim.get("/__sim/stats").json();
        assertThat(stats.get("zoom.list.503").asInt()).isEqualTo(1);
        assertThat(stats.get("zoom.list.429").asInt()).isEqualTo(1);
        assertThat(stats.get("zoom.list.200").asInt()).isEqualTo(1);
    }

    @Test
    void a_timed_out_create_that_still_executed_is_found_by_the_list() {
        sim.post(
                "/__sim/faults",
                "{\"provider\":\"zoom\",\"timeoutCount\":1,\"timeoutMs\":1500," + "\"operations\":[\"create\"]}");
        SimClient.Reply slow = sim.api(
                "POST",
                MEETINGS,
                access,
                "{\"topic\":\"Slow\",\"type\":2,"
                        + "\"start_time\":\"2030-01-01T10:00:00Z\",\"agenda\":\"meetlinks-session:slow-1\"}");
        assertThat(slow.status()).isEqualTo(201);

        JsonNode listed = sim.api("GET", MEETINGS + "?type=upcoming&page_size=300", access, null)
                .json();

        assertThat(listed.at("/meetings/0/agenda").asText()).isEqualTo("meetlinks-session:slow-1");
        assertThat(listed.at("/meetings/0/id").asLong())
                .isEqualTo(slow.json().get("id").asLong());
    }

    private List<Long> ids(String query) {
        List<Long> ids = new ArrayList<>();
        sim.api("GET", MEETINGS + query, access, null)
                .json()
                .get("meetings")
                .forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private JsonNode create(String token, String topic, String start, String agenda) {
        String body = "{\"topic\":\"" + topic + "\",\"type\":2,\"start_time\":\"" + start + "\",\"duration\":60"
                + (agenda == null ? "" : ",\"agenda\":\"" + agenda + "\"") + "}";
        SimClient.Reply reply = sim.api("POST", MEETINGS, token, body);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.json();
    }
}
