package org.meetlinks.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One target of a scenario and whether this run met it. */
record Target(String what, String required, String measured, boolean met) {

    static List<Target> judge(
            Scenario scenario, LinkTimes times, EndState end, Map<String, Double> cpuMs, long libertyPeakRssMiB) {
        List<Target> targets = new ArrayList<>();
        if (scenario.name().equals("steady")) {
            targets.add(new Target(
                    "real links within 5 s",
                    ">= 99.9%",
                    percent(times.shareWithin5s()),
                    times.shareWithin5s() >= 0.999));
            targets.add(new Target(
                    "send → link p99",
                    "<= 1000 ms",
                    ms(times.sendToLink().p99()),
                    times.sendToLink().p99() <= 1000));
            targets.add(new Target(
                    "service overhead p99",
                    "<= 50 ms",
                    ms(times.overhead().p99()),
                    times.overhead().p99() <= 50));
        }
        if (scenario.name().equals("steady")) {
            targets.add(new Target(
                    "send → link p99 no worse than before the fault-budget work",
                    "<= 667 ms",
                    ms(times.sendToLink().p99()),
                    times.sendToLink().p99() <= 667));
        }
        if (scenario.name().equals("steady")) {
            cost(targets, cpuMs, "liberty", "Liberty CPU per confirmation", 6);
            cost(targets, cpuMs, "postgresql", "PostgreSQL CPU per confirmation", 2);
            targets.add(new Target(
                    "Liberty peak resident memory",
                    "<= 512 MiB",
                    libertyPeakRssMiB + " MiB",
                    libertyPeakRssMiB > 0 && libertyPeakRssMiB <= 512));
        }
        if (scenario.name().equals("faults")) {
            targets.add(new Target(
                    "real links within 5 s",
                    ">= 99% (goal 99.9%)",
                    percent(times.shareWithin5s()),
                    times.shareWithin5s() >= 0.99));
            double keepingUp = 0.9 * scenario.ratePerSecond();
            targets.add(new Target(
                    "throughput keeps up with the offered rate",
                    String.format(">= %.1f/s (90%%)", keepingUp),
                    String.format("%.1f/s", times.throughputPerSecond()),
                    times.throughputPerSecond() >= keepingUp));
            targets.add(new Target("\"add a link\" emails", "0", end.addLinkEmails() + "", end.addLinkEmails() == 0));
        }
        if (scenario.name().equals("brownout")) {
            targets.add(new Target(
                    "stored with the join URL within 1 s of sending",
                    "100%",
                    percent(times.shareStoredWithin1s()),
                    times.shareStoredWithin1s() >= 1.0));
            targets.add(new Target(
                    "every session linked within 60 s after the providers recovered",
                    "<= 60 s",
                    String.format("%.1f s", times.lastLinkAfterRecoverySeconds()),
                    end.active() == scenario.count() && times.lastLinkAfterRecoverySeconds() <= 60));
        }
        if (scenario.name().equals("burst")) {
            targets.add(new Target(
                    "all linked", scenario.count() + "", end.active() + "", end.active() == scenario.count()));
            targets.add(new Target(
                    "throughput",
                    ">= 200/s",
                    String.format("%.0f/s", times.throughputPerSecond()),
                    times.throughputPerSecond() >= 200));
            targets.add(new Target(
                    "throughput, everything on this machine (cost goal)",
                    ">= 120/s",
                    String.format("%.0f/s", times.throughputPerSecond()),
                    times.throughputPerSecond() >= 120));
        }
        targets.add(new Target("lost sessions", "0", end.lost() + end.pending() + "", end.lost() + end.pending() == 0));
        targets.add(new Target(
                "duplicated meetings",
                "0",
                end.duplicatedMeetings() + end.sessionsWithTwoMeetings() + "",
                end.duplicatedMeetings() + end.sessionsWithTwoMeetings() == 0));
        targets.add(new Target(
                "every session: real link, or placeholder with mentor told",
                "yes",
                end.placeholderNotTold() + end.linksWithoutMeeting() + end.deadLetters() == 0
                        ? "yes"
                        : "no (" + end.placeholderNotTold() + " untold, " + end.linksWithoutMeeting()
                                + " links without meeting, " + end.deadLetters() + " dead letters)",
                end.sound()));
        return targets;
    }

    private static void cost(
            List<Target> targets, Map<String, Double> cpuMs, String process, String what, double maxMs) {
        if (cpuMs.containsKey(process)) {
            double ms = cpuMs.get(process);
            targets.add(
                    new Target(what, String.format("<= %.0f ms", maxMs), String.format("%.1f ms", ms), ms <= maxMs));
        }
    }

    static String percent(double share) {
        return String.format("%.2f%%", share * 100);
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "n/a" : String.format("%.0f ms", millis);
    }
}
