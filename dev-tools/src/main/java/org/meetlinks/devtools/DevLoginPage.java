package org.meetlinks.devtools;

/** The small HTML form of the dev login: pick a user id and a role, then open the mentor page. */
final class DevLoginPage {
    private DevLoginPage() {}

    static String form(String user, String role, String error) {
        StringBuilder roles = new StringBuilder();
        for (String option : new String[] {"mentor", "mentee", "admin"}) {
            roles.append("<option value=\"")
                    .append(option)
                    .append('"')
                    .append(option.equals(role) ? " selected" : "")
                    .append('>')
                    .append(option)
                    .append("</option>");
        }
        String message = error == null ? "" : "<p role=\"alert\"><strong>" + escape(error) + "</strong></p>\n";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Dev login · meetlinks</title>
                </head>
                <body>
                <main>
                <h1>Dev login</h1>
                <p>Development only: signs a token with the public dev key and opens the mentor page with it.</p>
                %s<form method="get" action="/dev-tools/login">
                <p><label for="user">User id</label><br><input id="user" name="user" value="%s" required
                 pattern="[A-Za-z0-9][A-Za-z0-9._:@\\-]{0,127}" autocomplete="username"></p>
                <p><label for="role">Role</label><br><select id="role" name="role">%s</select></p>
                <p><button type="submit" id="login">Sign in and open the mentor page</button></p>
                </form>
                </main>
                </body>
                </html>
                """.formatted(message, escape(user), roles);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
