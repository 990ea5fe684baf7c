package org.meetlinks.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.meetlinks.testkit.DevTokens;
import org.meetlinks.testkit.OAuthRoundTrip;
import org.meetlinks.testkit.TestHttp;

/**
 * The benchmark's mentors: each connects one provider through the service's real OAuth round trip (the
 * simulator approves consent at once) and picks it as default platform; odd mentors use Google, even Zoom.
 */
final class MentorAccounts {

    /** One benchmark mentor and the provider account it connected. */
    record BenchMentor(String id, String provider) {
        String email() {
            return id + "@example.org";
        }
    }

    private MentorAccounts() {}

    static List<BenchMentor> connect(
            int count, String runId, String serverUrl, BenchSimulator simulator, DevTokens tokens) {
        List<BenchMentor> mentors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            BenchMentor mentor = new BenchMentor("bm-" + runId + "-" + i, i % 2 == 1 ? "google" : "zoom");
            connect(mentor, serverUrl, simulator, tokens);
            mentors.add(mentor);
        }
        return mentors;
    }

    private static void connect(BenchMentor mentor, String serverUrl, BenchSimulator simulator, DevTokens tokens) {
        simulator.autoApprove(mentor.email());
        String bearer = tokens.mint(mentor.id(), "mentor");
        HttpResponse<String> authorize =
                Http.post(serverUrl + "/api/me/connections/" + mentor.provider() + "/authorize", bearer, "");
        String consentUrl = Http.json(authorize).getString("authorizationUrl");
        // The callback checks the connect cookie the authorize answer set in "the browser".
        String landing = OAuthRoundTrip.follow(consentUrl, TestHttp.cookieSetBy(authorize))
                .landing();
        if (!landing.contains("connected=" + mentor.provider())) {
            throw new IllegalStateException("connecting " + mentor + " ended at " + landing);
        }
        String platform = mentor.provider().equals("google") ? "GOOGLE_MEET" : "ZOOM";
        Http.json(Http.put(serverUrl + "/api/me/preferences", bearer, "{\"defaultPlatform\":\"" + platform + "\"}"));
    }
}
