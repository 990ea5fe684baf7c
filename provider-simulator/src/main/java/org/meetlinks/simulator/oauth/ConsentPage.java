package org.meetlinks.simulator.oauth;

import org.meetlinks.simulator.http.Html;

/** The small HTML consent screen with "Allow" (id="approve") and "Deny" (id="deny") buttons. */
public final class ConsentPage {

    private ConsentPage() {
    }

    /** Renders the page; the form posts consent_id, account_email and decision back to the authorize path. */
    public static String render(OAuthDialect dialect, AuthorizationRequest request, String consentId, String account) {
        StringBuilder scopes = new StringBuilder();
        for (String scope : request.scopes()) {
            scopes.append("<li>").append(Html.escape(scope)).append("</li>");
        }
        String name = Html.escape(dialect.displayName());
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Sign in with " + name + " (simulated)</title></head><body>"
                + "<h1>" + name + " (provider simulator)</h1>"
                + "<p>The application <strong id=\"client\">" + Html.escape(request.client().clientId())
                + "</strong> wants to access your " + name + " account:</p>"
                + "<ul id=\"scopes\">" + scopes + "</ul>"
                + "<form method=\"post\" action=\"" + Html.escape(dialect.authorizePath()) + "\">"
                + "<input type=\"hidden\" name=\"consent_id\" value=\"" + Html.escape(consentId) + "\">"
                + "<p><label for=\"account\">Account</label> "
                + "<input id=\"account\" name=\"account_email\" type=\"email\" value=\"" + Html.escape(account) + "\"></p>"
                + "<button id=\"approve\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button> "
                + "<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>"
                + "</form></body></html>\n";
    }

    /** An error page like the providers show for a broken authorization request. */
    public static String error(OAuthDialect dialect, OAuthError error) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error "
                + error.status() + ": " + Html.escape(error.error()) + "</title></head><body>"
                + "<h1>" + Html.escape(dialect.displayName()) + " authorization error</h1>"
                + "<p id=\"error\">Error " + error.status() + ": " + Html.escape(error.error()) + "</p>"
                + "<p id=\"error_description\">" + Html.escape(error.description()) + "</p></body></html>\n";
    }
}
