package org.meetlinks.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One benchmark scenario: how many confirmations at what rate, the simulated provider's latency and faults,
 * what goes wrong mid-run, and how many server instances share the queue.
 */
record Scenario(
        String name,
        String summary,
        int count,
        double ratePerSecond,
        int latencyMs,
        ProviderFaults faults,
        Disruption disruption,
        boolean deliverTwice,
        int instances,
        int mentors) {

    /** What the benchmark does to the system while it runs. */
    enum Disruption {
        NONE,
        KILL_SERVER,
        RESTART_DATABASE,
        /** Every provider call hangs past its timeout for {@link #BROWNOUT}, then the providers recover. */
        PROVIDER_BROWNOUT
    }

    /** How long the bench watches the server idle after a run (its cost with nothing to do). */
    static final java.time.Duration IDLE = java.time.Duration.ofSeconds(20);

    /** How long the providers hang in the brownout scenario. */
    static final java.time.Duration BROWNOUT = java.time.Duration.ofSeconds(30);

    /** Share of provider API calls that fail, by kind (the simulator draws them at random). */
    record ProviderFaults(double serverErrorRate, double timeoutRate, double rateLimitRate) {
        static final ProviderFaults NONE = new ProviderFaults(0, 0, 0);

        boolean any() {
            return serverErrorRate > 0 || timeoutRate > 0 || rateLimitRate > 0;
        }
    }

    static final List<Scenario> ALL = List.of(
            new Scenario(
                    "steady",
                    "2,000 confirmations at 50/s, provider latency 300 ms",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    false,
                    1,
                    100),
            new Scenario(
                    "burst",
                    "5,000 confirmations sent at once, provider latency 100 ms",
                    5000,
                    0,
                    100,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    false,
                    1,
                    100),
            new Scenario(
                    "faults",
                    "2,000 at 50/s, 300 ms; 5% provider 5xx, 2% timeouts, 2% 429",
                    2000,
                    50,
                    300,
                    new ProviderFaults(0.05, 0.02, 0.02),
                    Disruption.NONE,
                    false,
                    1,
                    100),
            new Scenario(
                    "crash",
                    "2,000 at 50/s, 300 ms; the server is killed (kill -9) mid-run and restarted",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.KILL_SERVER,
                    false,
                    1,
                    100),
            new Scenario(
                    "redelivery",
                    "2,000 at 50/s, 300 ms; every message delivered twice",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    true,
                    1,
                    100),
            new Scenario(
                    "db-restart",
                    "2,000 at 50/s, 300 ms; PostgreSQL stopped mid-run for 5 s and restarted",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.RESTART_DATABASE,
                    false,
                    1,
                    100),
            new Scenario(
                    "scale-out",
                    "2,000 at 50/s, 300 ms; two server instances share one queue and database",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    false,
                    2,
                    100),
            new Scenario(
                    "brownout",
                    "3,000 at 50/s, 300 ms; from 12 s on, every provider call hangs past its timeout "
                            + "for 30 s, then the providers recover",
                    3000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.PROVIDER_BROWNOUT,
                    false,
                    1,
                    100));

    static Optional<Scenario> named(String name) {
        return ALL.stream()
                .filter(s -> s.name.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    Scenario withCount(int newCount) {
        return new Scenario(
                name,
                summary + "; run with " + newCount + " confirmations",
                newCount,
                ratePerSecond,
                latencyMs,
                faults,
                disruption,
                deliverTwice,
                instances,
                mentors);
    }

    Scenario withRate(double newRate) {
        String rate = newRate == 0 ? "all at once" : "at " + new java.text.DecimalFormat("0.##").format(newRate) + "/s";
        return new Scenario(
                name,
                summary + "; run " + rate,
                count,
                newRate,
                latencyMs,
                faults,
                disruption,
                deliverTwice,
                instances,
                mentors);
    }

    Scenario withLatency(int newLatencyMs) {
        return new Scenario(
                name,
                summary + "; run with " + newLatencyMs + " ms providers",
                count,
                ratePerSecond,
                newLatencyMs,
                faults,
                disruption,
                deliverTwice,
                instances,
                mentors);
    }

    Scenario withMentors(int newMentors) {
        return new Scenario(
                name,
                summary,
                count,
                ratePerSecond,
                latencyMs,
                faults,
                disruption,
                deliverTwice,
                instances,
                newMentors);
    }

    /** True when the scenario is judged by latency targets; the others by "nothing lost, nothing doubled". */
    /** The confirmation at which the disruption starts (a brownout early, so that sending goes on through it). */
    int disruptAt() {
        return disruption == Disruption.PROVIDER_BROWNOUT ? count / 5 : count * 2 / 5;
    }

    boolean latencyJudged() {
        return name.equals("steady") || name.equals("burst");
    }
}
