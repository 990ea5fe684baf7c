package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Reads invites the way two calendar programs would: Python's {@code icalendar} and Mozilla's ical.js (Thunderbird's
 * parser), each in its own process; both must read the same events. Replays what a person received, in order, to
 * say which of our calendar entries remain.
 */
final class CalendarReaders {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String ICALJS_DIR =
            System.getProperty("it.icaljsDir", System.getProperty("user.home") + "/.cache/meetlinks-test-tools/icaljs");

    /** One VEVENT as read: the calendar's iTIP method, UID, SEQUENCE and STATUS. */
    record Event(String method, String uid, int sequence, String status) {}

    private CalendarReaders() {}

    /** The events of one invite; fails unless icalendar and ical.js read the same. */
    static List<Event> read(String ics) {
        List<Event> python = run(List.of(PYTHON, script("read_ics.py").toString()), ics);
        List<Event> icaljs = run(List.of("node", script("read_ics.mjs").toString()), ics);
        assertThat(icaljs)
                .as("ical.js reads the invite as Python's icalendar does")
                .isEqualTo(python);
        return python;
    }

    /**
     * The UIDs of our entries left in a calendar that received these invites in this order: a REQUEST adds or updates
     * its UID, a CANCEL removes it (iTIP, RFC 5546).
     */
    static Set<String> entriesAfter(List<String> invites) {
        Set<String> entries = new LinkedHashSet<>();
        for (String ics : invites) {
            for (Event event : read(ics)) {
                if ("CANCEL".equals(event.method()) || "CANCELLED".equals(event.status())) {
                    entries.remove(event.uid());
                } else if ("REQUEST".equals(event.method()) || "PUBLISH".equals(event.method())) {
                    entries.add(event.uid());
                }
            }
        }
        return entries;
    }

    private static List<Event> run(List<String> command, String ics) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
            builder.environment().put("ICALJS_DIR", ICALJS_DIR);
            Process process = builder.start();
            process.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as(command + " finished")
                    .isTrue();
            assertThat(process.exitValue())
                    .as("%s failed (scripts/ensure-test-tools installs the readers):%n%s", command, err)
                    .isZero();
            List<Event> events = new ArrayList<>();
            out.lines().filter(l -> !l.isBlank()).forEach(line -> {
                String[] f = line.split("\t", -1);
                events.add(new Event(f[0], f[1], Integer.parseInt(f[2]), f[3]));
            });
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A reader script from the test resources, copied to a file the interpreters can run. */
    private static Path script(String name) {
        try (InputStream in = CalendarReaders.class.getResourceAsStream("/calendar-readers/" + name)) {
            assertThat(in).as("test resource calendar-readers/" + name).isNotNull();
            Path file = Path.of("target", "calendar-readers", name);
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
