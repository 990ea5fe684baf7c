package org.meetlinks.bench;

/**
 * One benchmark scenario: how many confirmations at what rate, the simulated provider's latency and faults,
 * what goes wrong mid-run, and how many server instances share the queue. The named presets are
 * {@link ScenarioPresets}.
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

    /** The confirmation at which the disruption starts (a brownout early, so that sending goes on through it). */
    int disruptAt() {
        return disruption == Disruption.PROVIDER_BROWNOUT ? count / 5 : count * 2 / 5;
    }

    /** True when the scenario is judged by latency targets; the others by "nothing lost, nothing doubled". */
    boolean latencyJudged() {
        return name.equals("steady") || name.equals("burst");
    }
}
