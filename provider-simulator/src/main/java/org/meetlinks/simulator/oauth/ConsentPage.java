package org.meetlinks.simulator.oauth;

import java.util.List;
import org.meetlinks.simulator.http.Html;

/**
 * The small HTML consent screen: one ticked checkbox per requested scope (id="scope-N", name="scope"; unticking one
 * withholds it, like Google's granular consent), "Allow" (id="approve") and "Deny" (id="deny").
 */
public final class ConsentPage {

    /** Form field of each ticked scope. */
    public static final String SCOPE = "scope";
    /** Hidden form field saying the page's checkboxes were shown (so no ticked box means none granted). */
    public static final String SCOPES_SHOWN = "scopes_shown";

    private ConsentPage() {}

    /**
     * Renders the page; the form posts consent_id, account_email, the ticked scopes and decision back to the
     * authorize path. {@code ticked} are the scopes ticked at first (the control API can untick some).
     */
    public static String render(
            OAuthDialect dialect, AuthorizationRequest request, String consentId, String account, List<String> ticked) {
        StringBuilder scopes = new StringBuilder();
        int n = 0;
        for (String scope : request.scopes()) {
            String id = "scope-" + n++;
            scopes.append("<li><input type=\"checkbox\"")
                    .append(ticked.contains(scope) ? " checked" : "")
                    .append(" id=\"")
                    .append(id)
                    .append("\" name=\"")
                    .append(SCOPE)
                    .append("\" value=\"")
                    .append(Html.escape(scope))
                    .append("\"> <label for=\"")
                    .append(id)
                    .append("\">")
                    .append(Html.escape(scope))
                    .append("</label></li>");
        }
        String name = Html.escape(dialect.displayName());
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Sign in with " + name + " (simulated)</title></head><body>"
                + "<h1>" + name + " (provider simulator)</h1>"
                + "<p>The application <strong id=\"client\">"
                + Html.escape(request.client().clientId())
                + "</strong> wants to access your " + name + " account:</p>"
                + "<form method=\"post\" action=\"" + Html.escape(dialect.authorizePath()) + "\">"
                + "<ul id=\"scopes\">" + scopes + "</ul>"
                + "<input type=\"hidden\" name=\"" + SCOPES_SHOWN + "\" value=\"1\">"
                + "<input type=\"hidden\" name=\"consent_id\" value=\"" + Html.escape(consentId) + "\">"
                + "<p><label for=\"account\">Account</label> "
                + "<input id=\"account\" name=\"account_email\" type=\"email\" value=\"" + Html.escape(account)
                + "\"></p>"
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
