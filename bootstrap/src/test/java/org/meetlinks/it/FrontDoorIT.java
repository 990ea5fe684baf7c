package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Someone opening the service's address gets a page that leads on, not a 404. */
class FrontDoorIT {

    @Test
    void the_root_answers_a_page_linking_the_mentor_page_health_and_the_api() {
        HttpResponse<String> response = Api.get("/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).contains("href=\"/mentor/\"", "href=\"/health\"", "href=\"/openapi\"");
        assertThat(Api.get("/mentor/", null).statusCode()).isEqualTo(200);
        assertThat(Api.get("/openapi", null).statusCode()).isEqualTo(200);
    }
}
