package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.meetlinks.simulator.http.Json;

/** The simulated Zoom user behind an account e-mail: a stable id and the GET /users/me body. */
public final class ZoomUser {

    /** Time zone of every simulated Zoom account (applies to start_time values without offset or timezone). */
    public static final String ACCOUNT_TIMEZONE = "UTC";

    private ZoomUser() {}

    /** Zoom-style 22-character user id derived from the e-mail. */
    public static String idOf(String email) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(digest(email))
                .substring(0, 22);
    }

    /** Whether a userId path value designates this account ("me", its id or its e-mail). */
    public static boolean designates(String userId, String email) {
        return "me".equals(userId) || idOf(email).equals(userId) || email.equalsIgnoreCase(userId);
    }

    /** The GET /users/me body. */
    public static ObjectNode profile(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String first = local.isEmpty() ? "Sim" : local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1);
        ObjectNode n = Json.object();
        n.put("id", idOf(email));
        n.put("first_name", first);
        n.put("last_name", "Simulated");
        n.put("display_name", first + " Simulated");
        n.put("email", email);
        n.put("type", 2);
        n.put("timezone", ACCOUNT_TIMEZONE);
        n.put("verified", 1);
        n.put("language", "en-US");
        n.put("status", "active");
        n.put("role_id", "0");
        n.put("account_id", idOf("account:" + email));
        return n;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
