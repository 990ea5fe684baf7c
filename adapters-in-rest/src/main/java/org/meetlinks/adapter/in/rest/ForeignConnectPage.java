package org.meetlinks.adapter.in.rest;

/** The page for a connect callback in a browser that did not start the connect (a forwarded consent link). */
final class ForeignConnectPage {
    private ForeignConnectPage() {}

    static String html(String providerName) {
        return JoinPage.page("Connect link not valid here", """
                <h1>This connect link was started in another browser</h1>
                <p>Nothing was connected and nothing was saved: a %s connect only completes in the browser where the
                mentor clicked &ldquo;Connect&rdquo;.</p>
                <p>If someone sent you this link, do not use it. To connect your own account, open your mentor page
                from your mentoring dashboard and click &ldquo;Connect&rdquo; there.</p>
                """.formatted(Html.escape(providerName)), false);
    }
}
