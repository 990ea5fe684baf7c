package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.meetlinks.testkit.TestHttp;

/**
 * A connect is bound to the browser that started it (a cookie): a consent URL forwarded to someone else fails with
 * a page that says so, and nothing is stored under anyone's account.
 */
class ForwardedConsentIT {

    @Test
    void starting_a_connect_sets_an_http_only_same_site_cookie() {
        HttpResponse<String> authorize =
                Api.post("/api/me/connections/zoom/authorize", Api.token("m-fwd-0", "mentor"), "");
        String setCookie = authorize.headers().firstValue("Set-Cookie").orElseThrow();
        // The test server's public URL is plain http on localhost: the dev form of the cookie (no __Host-, no Secure).
        assertThat(setCookie)
                .startsWith("meetlinks-connect=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/");
    }

    @Test
    void a_consent_url_opened_in_another_browser_connects_nothing() {
        String account = "someone-else@example.org";
        Simulator.control("/consent", "{\"autoApprove\":true,\"accountEmail\":\"" + account + "\"}");
        HttpResponse<String> authorize =
                Api.post("/api/me/connections/google/authorize", Api.token("m-fwd-1", "mentor"), "");
        String consentUrl = Api.json(authorize).getString("authorizationUrl");
        String callback =
                Api.getAbsolute(consentUrl).headers().firstValue("Location").orElseThrow();

        // The other person's browser has no cookie from this connect, or one from a connect of its own.
        HttpResponse<String> own = Api.post("/api/me/connections/google/authorize", Api.token("m-fwd-2", "mentor"), "");
        HttpResponse<String> foreign = Api.getAbsolute(callback, TestHttp.cookieSetBy(own));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(foreign.body()).contains("started in another browser").contains("Nothing was connected");

        assertThat(Mentors.connectionStatus("m-fwd-1", "google")).isEqualTo("NOT_CONNECTED");
        assertThat(Mentors.connectionStatus("m-fwd-2", "google")).isEqualTo("NOT_CONNECTED");
        assertThat(Database.count("select count(*) from provider_connection where account_email = ?", account))
                .isZero();
        assertThat(Simulator.get("/grants?provider=google&account=" + account).getInt("count"))
                .isZero();
    }
}
