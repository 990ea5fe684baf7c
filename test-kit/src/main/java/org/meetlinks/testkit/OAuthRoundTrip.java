package org.meetlinks.testkit;

import java.net.http.HttpResponse;

/**
 * The browser's part of connecting a provider account: open the consent URL (the simulator approves at once), follow
 * its redirect to the service's callback with the connect cookie, and see where the callback sends the browser.
 */
public final class OAuthRoundTrip {
    /** What each hop answered: the consent page's redirect to the callback, and the callback's redirect. */
    public record Hops(int consentStatus, String callback, int callbackStatus, String landing) {}

    private OAuthRoundTrip() {}

    /** Follows the consent URL of an authorize answer, sending the connect cookie that answer set. */
    public static Hops follow(String consentUrl, String connectCookie) {
        HttpResponse<String> consent = TestHttp.send(TestHttp.to(consentUrl).GET());
        String callback = TestHttp.redirectTarget(consent);
        HttpResponse<String> back = TestHttp.send(
                TestHttp.to(callback).header("Cookie", connectCookie).GET());
        return new Hops(consent.statusCode(), callback, back.statusCode(), TestHttp.redirectTarget(back));
    }
}
