package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Parses an invite with a second, independent iCalendar implementation: Python's {@code icalendar}
 * (Debian package python3-icalendar) run as {@code /usr/bin/python3 parse_ics.py}. A missing
 * interpreter or package fails the test; it is never skipped.
 */
final class IndependentIcsParser {
    static final String INSTALL_HINT = "install it with: apt-get update && apt-get install -y python3-icalendar";
    private static final String PYTHON = System.getProperty("meetlinks.ics.python", "/usr/bin/python3");

    private IndependentIcsParser() {}

    static ParsedIcs parse(String ics) {
        return parse(ics.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedIcs parse(byte[] ics) {
        assertThat(Path.of(PYTHON))
                .as("Python for the independent iCalendar parser; " + INSTALL_HINT)
                .exists();
        Path script = script();
        try {
            Process process = new ProcessBuilder(PYTHON, script.toString())
                    .redirectErrorStream(false)
                    .start();
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(ics);
            }
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            assertThat(finished)
                    .as("independent iCalendar parser finished within 60 s")
                    .isTrue();
            String out = new String(stdout.join(), StandardCharsets.UTF_8);
            String err = new String(stderr.join(), StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("independent iCalendar parser (python3-icalendar; %s) failed:%n%s", INSTALL_HINT, err)
                    .isZero();
            return new ParsedIcs(lines(out));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + PYTHON + "; " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parsing an invite", e);
        }
    }

    private static Map<String, List<String>> lines(String out) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String key = tab < 0 ? line : line.substring(0, tab);
            String value = tab < 0 ? "" : unescape(line.substring(tab + 1));
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Path script() {
        try (InputStream in = IndependentIcsParser.class.getResourceAsStream("/parse_ics.py")) {
            assertThat(in).as("parse_ics.py on the test class path").isNotNull();
            Path file = Files.createTempFile("parse_ics", ".py");
            file.toFile().deleteOnExit();
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
