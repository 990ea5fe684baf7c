package org.meetlinks.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browser's part of a connect against a stand-in consent page and callback: hops, cookie, and failures named. */
class OAuthRoundTripTest {
    private HttpServer server;
    private String base;
    private final List<String> callbackCookies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/consent", ex -> redirect(ex, 302, base + "/callback?code=c-1&state=s"));
        server.createContext("/callback", ex -> {
            callbackCookies.add(String.valueOf(ex.getRequestHeaders().getFirst("Cookie")));
            redirect(ex, 303, "/mentor/?connected=zoom");
        });
        server.createContext("/page", ex -> answer(ex, 200, "a consent page that waits for a click"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void follows_consent_then_callback_sending_the_connect_cookie() {
        OAuthRoundTrip.Hops hops = OAuthRoundTrip.follow(base + "/consent", "__Host-connect=abc");

        assertThat(hops.consentStatus()).isEqualTo(302);
        assertThat(hops.callback()).isEqualTo(base + "/callback?code=c-1&state=s");
        assertThat(hops.callbackStatus()).isEqualTo(303);
        assertThat(hops.landing()).isEqualTo("/mentor/?connected=zoom");
        assertThat(callbackCookies).containsExactly("__Host-connect=abc");
    }

    @Test
    void a_consent_page_that_does_not_redirect_is_an_error_naming_the_url_and_its_answer() {
        assertThatThrownBy(() -> OAuthRoundTrip.follow(base + "/page", "c=1"))
                .hasMessageContaining(base + "/page")
                .hasMessageContaining("answered 200 instead of a redirect")
                .hasMessageContaining("waits for a click");
        assertThat(callbackCookies).isEmpty();
    }

    @Test
    void a_2xx_body_is_read_and_anything_else_is_an_error_with_the_call() {
        assertThat(TestHttp.successBody(
                        TestHttp.send(TestHttp.to(base + "/page").GET())))
                .contains("waits for a click");
        assertThatThrownBy(() -> TestHttp.successBody(
                        TestHttp.send(TestHttp.to(base + "/nothing").GET())))
                .hasMessageContaining("GET " + base + "/nothing answered 404");
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        answer(ex, status, "");
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
