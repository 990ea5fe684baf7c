package org.meetlinks.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one route table: path variables, methods, the fallback of an area, and failures. */
class RoutesTest {

    private final Routes routes = new Routes()
            .add(
                    "GET",
                    "/api/meetings/{meetingId}",
                    request -> SimResponse.json(200, Json.object().put("id", request.pathParam("meetingId"))))
            .add(Routes.ANY_METHOD, "/oauth/token", request -> SimResponse.empty(204))
            .add("GET", "/api/broken", request -> {
                throw new IllegalStateException("boom");
            })
            .fallback("/api", (request, pathKnown) -> SimResponse.empty(pathKnown ? 405 : 404));

    @Test
    void a_route_gets_the_values_of_its_path_variables() {
        SimResponse response = routes.handle(request("GET", "/api/meetings/8123?x=1"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":\"8123\"}");
    }

    @Test
    void a_known_path_with_another_method_reaches_the_fallback_as_known() {
        assertThat(routes.handle(request("DELETE", "/api/meetings/8123")).status())
                .isEqualTo(405);
        assertThat(routes.handle(request("GET", "/api/meetings/8123/extra")).status())
                .isEqualTo(404);
        assertThat(routes.handle(request("GET", "/api")).status()).isEqualTo(404);
    }

    @Test
    void a_route_for_any_method_takes_every_method() {
        assertThat(routes.handle(request("PUT", "/oauth/token")).status()).isEqualTo(204);
    }

    @Test
    void outside_every_area_the_answer_is_a_json404() {
        SimResponse response = routes.handle(request("GET", "/apis"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\":\"not_found\"", "GET /apis");
    }

    @Test
    void a_failing_handler_gives_a500_naming_the_failure() {
        SimResponse response = routes.handle(request("GET", "/api/broken"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).contains("simulator_failure", "boom");
    }

    private static SimRequest request(String method, String url) {
        return SimRequest.of(method, url, Map.of(), null);
    }
}
