package org.meetlinks.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A local SMTP server (GreenMail) that keeps every mail, plus a tiny web view of them:
 * {@code /} lists the messages, {@code /messages.json} gives them with their raw source (for tests).
 */
public final class MailSink implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MailSink.class.getName());
    private final GreenMail greenMail;
    private final HttpServer web;

    private MailSink(GreenMail greenMail, HttpServer web) {
        this.greenMail = greenMail;
        this.web = web;
    }

    public static MailSink start(int smtpPort, int webPort) throws IOException {
        MailHandlers.preferJakartaMail();
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        MailSink sink = new MailSink(greenMail, web);
        web.createContext("/messages.json", sink::json);
        web.createContext("/", sink::html);
        web.start();
        LOG.log(
                Level.INFO,
                () -> "Mail sink: SMTP on " + smtpPort + ", sent mail at http://localhost:" + webPort + "/");
        return sink;
    }

    private void json(HttpExchange exchange) throws IOException {
        StringBuilder out = new StringBuilder("[");
        MimeMessage[] messages = greenMail.getReceivedMessages();
        for (int i = 0; i < messages.length; i++) {
            MimeMessage m = messages[i];
            out.append(i == 0 ? "" : ",")
                    .append("{\"to\":")
                    .append(Json.quote(addresses(m)))
                    .append(",\"subject\":")
                    .append(Json.quote(subject(m)))
                    .append(",\"messageId\":")
                    .append(Json.quote(messageId(m)))
                    .append(",\"raw\":")
                    .append(Json.quote(raw(m)))
                    .append('}');
        }
        respond(exchange, "application/json", out.append(']').toString());
    }

    private void html(HttpExchange exchange) throws IOException {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        StringBuilder rows = new StringBuilder();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage m = messages[i];
            rows.append("<tr><td>")
                    .append(i + 1)
                    .append("</td><td>")
                    .append(Json.html(addresses(m)))
                    .append("</td><td>")
                    .append(Json.html(subject(m)))
                    .append("</td><td><details><summary>source</summary><pre>")
                    .append(Json.html(raw(m)))
                    .append("</pre></details></td></tr>\n");
        }
        respond(exchange, "text/html; charset=utf-8", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>meetlinks: sent mail</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem}td{vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;max-width:70rem}</style>
                </head><body><h1>Sent mail (%d)</h1><p>Everything meetlinks sent in this dev run, newest first.
                <a href="/messages.json">JSON</a></p><table><tr><th>#</th><th>To</th><th>Subject</th><th>Message</th></tr>
                %s</table></body></html>""".formatted(messages.length, rows));
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String addresses(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
        } catch (MessagingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (MessagingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return String.valueOf(m.getMessageID());
        } catch (MessagingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String raw(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        web.stop(0);
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "mail sink";
    }
}
