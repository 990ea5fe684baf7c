package org.meetlinks.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The BookingConfirmed events of one run: session i belongs to mentor i mod M, a week ahead, one hour long. */
final class Confirmations {
    private final String prefix;
    private final List<MentorAccounts.BenchMentor> mentors;
    private final Instant firstStart = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);

    /** @param prefix starts every session id, e.g. "bench-190455-" for measured and "warm-190455-" for warm-up ones */
    Confirmations(String prefix, List<MentorAccounts.BenchMentor> mentors) {
        this.prefix = prefix;
        this.mentors = mentors;
    }

    String sessionPrefix() {
        return prefix;
    }

    String sessionId(int i) {
        return sessionPrefix() + i;
    }

    MentorAccounts.BenchMentor mentorOf(int i) {
        return mentors.get(i % mentors.size());
    }

    String json(int i) {
        MentorAccounts.BenchMentor mentor = mentorOf(i);
        Instant start = firstStart.plus(Duration.ofMinutes(15L * i));
        return """
                {"type":"BookingConfirmed","eventId":"%s","sessionId":"%s",
                 "mentor":{"id":"%s","name":"Mentor %d","email":"%s","timeZone":"Europe/Berlin"},
                 "mentee":{"id":"me-%d","name":"Mentee %d","email":"mentee-%d@example.org"},
                 "startsAt":"%s","endsAt":"%s","timeZone":"Europe/Berlin","topic":"Benchmark session %d"}""".formatted(
                        UUID.nameUUIDFromBytes(sessionId(i).getBytes()),
                        sessionId(i),
                        mentor.id(),
                        i % mentors.size(),
                        mentor.email(),
                        i,
                        i,
                        i,
                        start,
                        start.plus(Duration.ofHours(1)),
                        i);
    }
}
