package org.meetlinks.bench;

import java.util.stream.Collectors;

/** Renders a run's report as the Markdown tables of measures and targets that go into BENCHMARKS.md. */
final class ReportMarkdown {

    private ReportMarkdown() {}

    static String render(RunReport report) {
        Scenario scenario = report.scenario();
        LinkTimes times = report.times();
        EndState end = report.end();
        ServiceMetrics service = report.service();
        StringBuilder md = new StringBuilder();
        md.append("### ")
                .append(scenario.name())
                .append(": ")
                .append(scenario.summary())
                .append("\n\n");
        md.append("| measure | value |\n| --- | --- |\n");
        row(md, "send → real link stored (p50 / p95 / p99 / max)", four(times.sendToLink()));
        row(md, "share of all sessions with a real link within 5 s", Target.percent(times.shareWithin5s()));
        row(
                md,
                "service overhead (send → link minus provider latency), p50 / p99",
                Target.ms(times.overhead().p50()) + " / "
                        + Target.ms(times.overhead().p99()));
        row(
                md,
                "throughput (links per second, first send → last link)",
                String.format("%.1f/s over %.1f s", times.throughputPerSecond(), times.runSeconds()));
        row(md, "sending took", String.format("%.1f s", times.sendSeconds()));
        row(
                md,
                "send → link row with its join URL stored (p50 / p99 / max); share within 1 s",
                Target.ms(times.sendToStored().p50()) + " / "
                        + Target.ms(times.sendToStored().p99()) + " / "
                        + Target.ms(times.sendToStored().max()) + "; " + Target.percent(times.shareStoredWithin1s()));
        if (!Double.isNaN(times.lastLinkAfterRecoverySeconds())) {
            row(
                    md,
                    "last real link after the providers recovered",
                    String.format("%.1f s", times.lastLinkAfterRecoverySeconds()));
        }
        row(
                md,
                "provider calls per meeting (Google / Zoom)",
                String.format("%.2f / %.2f", times.googleCallsPerMeeting(), times.zoomCallsPerMeeting()));
        if (times.sendToPlaceholder().count() > 0) {
            row(
                    md,
                    "placeholders seen (send → placeholder p50 / p99)",
                    times.sendToPlaceholder().count() + " ("
                            + Target.ms(times.sendToPlaceholder().p50()) + " / "
                            + Target.ms(times.sendToPlaceholder().p99()) + ")");
        }
        row(
                md,
                "end: real links / placeholder, mentor told / untold / pending / lost",
                end.active() + " / " + end.placeholderMentorTold() + " / " + end.placeholderNotTold() + " / "
                        + end.pending() + " / " + end.lost());
        row(
                md,
                "provider meetings: live / duplicated / made twice then deleted",
                end.liveMeetings() + " / " + (end.duplicatedMeetings() + end.sessionsWithTwoMeetings()) + " / "
                        + end.extraMeetingsDeleted());
        row(md, "dead letters / simulator-rejected requests", end.deadLetters() + " / " + report.simulatorRejected());
        row(
                md,
                "emails to mentors: \"add a link by hand\" / \"reconnect\"",
                end.addLinkEmails() + " / " + end.reconnectEmails());
        row(
                md,
                "/metrics: links made, failed attempts, time-to-link ≤ 5 s",
                String.format(
                        "%.0f, %.0f, %.0f of %.0f",
                        service.linked(), service.failed(), service.timeToLinkWithin5s(), service.timeToLinkCount()));
        if (service.linkedPerInstance().size() > 1) {
            row(md, "links made per instance", service.linkedPerInstance().toString());
        }
        row(
                md,
                "CPU per confirmation during the run",
                report.cpuMsPerConfirmation().entrySet().stream()
                        .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
        row(
                md,
                "Liberty threads, CPU ms per confirmation (largest first)",
                report.libertyThreadMsPerConfirmation().entrySet().stream()
                        .limit(8)
                        .map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
        row(md, "Liberty peak resident memory", report.libertyPeakRssMiB() + " MiB");
        row(
                md,
                "database work per confirmation",
                report.databasePerConfirmation().entrySet().stream()
                        .map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
        report.events().forEach(e -> row(md, "event", e));
        md.append("\n| target | required | measured | met |\n| --- | --- | --- | --- |\n");
        report.targets()
                .forEach(t -> md.append("| ")
                        .append(t.what())
                        .append(" | ")
                        .append(t.required())
                        .append(" | ")
                        .append(t.measured())
                        .append(" | ")
                        .append(t.met() ? "yes" : "**no**")
                        .append(" |\n"));
        return md.toString();
    }

    private static void row(StringBuilder md, String what, String value) {
        md.append("| ").append(what).append(" | ").append(value).append(" |\n");
    }

    private static String four(Percentiles p) {
        return Target.ms(p.p50()) + " / " + Target.ms(p.p95()) + " / " + Target.ms(p.p99()) + " / "
                + Target.ms(p.max());
    }
}
