package org.meetlinks.devstack;

import jakarta.activation.CommandMap;
import jakarta.activation.MailcapCommandMap;

/**
 * The simulator's JSON-schema validator brings javax.mail 1.6, whose META-INF/mailcap names
 * javax.activation handlers; Jakarta Activation reads every mailcap on the class path. Any JVM that has
 * both (the dev stack, the integration tests) pins the Jakarta Mail (Angus) handlers with this.
 */
public final class MailHandlers {
    private MailHandlers() {}

    public static void preferJakartaMail() {
        MailcapCommandMap commands = (MailcapCommandMap) CommandMap.getDefaultCommandMap();
        String handlers = "org.eclipse.angus.mail.handlers.";
        commands.addMailcap("text/plain;; x-java-content-handler=" + handlers + "text_plain");
        commands.addMailcap("text/html;; x-java-content-handler=" + handlers + "text_html");
        commands.addMailcap("text/xml;; x-java-content-handler=" + handlers + "text_xml");
        commands.addMailcap(
                "multipart/*;; x-java-content-handler=" + handlers + "multipart_mixed; x-java-fallback-entry=true");
        commands.addMailcap("message/rfc822;; x-java-content-handler=" + handlers + "message_rfc822");
    }
}
