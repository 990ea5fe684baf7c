package org.meetlinks.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes a run's results as JSON (for tools) and as a short Markdown table (for people and BENCHMARKS.md). */
record RunReport(
        Scenario scenario,
        Instant startedAt,
        LinkTimes times,
        EndState end,
        ServiceMetrics service,
        List<Target> targets,
        int simulatorRejected,
        int pollFailures,
        Map<String, Double> cpuMsPerConfirmation,
        Map<String, Double> libertyThreadMsPerConfirmation,
        long libertyPeakRssMiB,
        Map<String, Double> databasePerConfirmation,
        List<String> events) {

    JsonObject json() {
        JsonArrayBuilder targetRows = Json.createArrayBuilder();
        targets.forEach(t -> targetRows.add(Json.createObjectBuilder()
                .add("what", t.what())
                .add("required", t.required())
                .add("measured", t.measured())
                .add("met", t.met())));
        JsonArrayBuilder eventRows = Json.createArrayBuilder();
        events.forEach(eventRows::add);
        return Json.createObjectBuilder()
                .add(
                        "scenario",
                        Json.createObjectBuilder()
                                .add("name", scenario.name())
                                .add("summary", scenario.summary())
                                .add("count", scenario.count())
                                .add("ratePerSecond", scenario.ratePerSecond())
                                .add("providerLatencyMs", scenario.latencyMs())
                                .add("instances", scenario.instances())
                                .add("mentors", scenario.mentors())
                                .add("deliveredTwice", scenario.deliverTwice())
                                .add("disruption", scenario.disruption().name()))
                .add(
                        "machine",
                        Json.createObjectBuilder()
                                .add("cores", Runtime.getRuntime().availableProcessors())
                                .add("java", System.getProperty("java.version"))
                                .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version")))
                .add("startedAt", startedAt.toString())
                .add("sendToLinkMs", percentiles(times.sendToLink()))
                .add("shareWithin5s", times.shareWithin5s())
                .add("throughputPerSecond", times.throughputPerSecond())
                .add("sendSeconds", times.sendSeconds())
                .add("runSeconds", times.runSeconds())
                .add("serviceOverheadMs", percentiles(times.overhead()))
                .add(
                        "providerCallsPerMeeting",
                        Json.createObjectBuilder()
                                .add("google", times.googleCallsPerMeeting())
                                .add("zoom", times.zoomCallsPerMeeting()))
                .add("sendToPlaceholderMs", percentiles(times.sendToPlaceholder()))
                .add("sendToStoredMs", percentiles(times.sendToStored()))
                .add("shareStoredWithin1s", times.shareStoredWithin1s())
                .add(
                        "lastLinkAfterRecoverySeconds",
                        Double.isNaN(times.lastLinkAfterRecoverySeconds()) ? -1 : times.lastLinkAfterRecoverySeconds())
                .add(
                        "end",
                        Json.createObjectBuilder()
                                .add("sessions", end.sessions())
                                .add("active", end.active())
                                .add("placeholderMentorTold", end.placeholderMentorTold())
                                .add("placeholderNotTold", end.placeholderNotTold())
                                .add("pending", end.pending())
                                .add("lost", end.lost())
                                .add("liveMeetings", end.liveMeetings())
                                .add("duplicatedMeetings", end.duplicatedMeetings())
                                .add("sessionsWithTwoMeetings", end.sessionsWithTwoMeetings())
                                .add("extraMeetingsCreatedThenDeleted", end.extraMeetingsDeleted())
                                .add("linksWithoutMeeting", end.linksWithoutMeeting())
                                .add("deadLetters", end.deadLetters())
                                .add("addLinkEmails", end.addLinkEmails())
                                .add("reconnectEmails", end.reconnectEmails()))
                .add("serviceMetrics", serviceJson())
                .add("simulatorRejectedRequests", simulatorRejected)
                .add("databasePollFailures", pollFailures)
                .add("cpuMsPerConfirmation", object(cpuMsPerConfirmation))
                .add("libertyThreadCpuMsPerConfirmation", object(libertyThreadMsPerConfirmation))
                .add("libertyPeakRssMiB", libertyPeakRssMiB)
                .add("databasePerConfirmation", object(databasePerConfirmation))
                .add("events", eventRows)
                .add("targets", targetRows)
                .build();
    }

    private JsonObjectBuilder serviceJson() {
        JsonArrayBuilder perInstance = Json.createArrayBuilder();
        service.linkedPerInstance().forEach(perInstance::add);
        return Json.createObjectBuilder()
                .add("linked", service.linked())
                .add("failedAttempts", service.failed())
                .add("timeToLinkCount", service.timeToLinkCount())
                .add("timeToLinkWithin5s", service.timeToLinkWithin5s())
                .add("timeToLinkMeanMs", service.timeToLinkMeanMs())
                .add("providerCreateMeanMs", service.providerMeanMs())
                .add("awaitingLinkGauge", service.awaitingLink())
                .add("linkedPerInstance", perInstance);
    }

    private static JsonObjectBuilder object(Map<String, Double> values) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        values.forEach(o::add);
        return o;
    }

    private static JsonObjectBuilder percentiles(Percentiles p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("count", p.count());
        if (p.count() > 0) {
            b.add("p50", p.p50()).add("p95", p.p95()).add("p99", p.p99()).add("max", p.max());
        }
        return b;
    }

    String markdown() {
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
        row(md, "dead letters / simulator-rejected requests", end.deadLetters() + " / " + simulatorRejected);
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
                cpuMsPerConfirmation.entrySet().stream()
                        .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")));
        row(
                md,
                "Liberty threads, CPU ms per confirmation (largest first)",
                libertyThreadMsPerConfirmation.entrySet().stream()
                        .limit(8)
                        .map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")));
        row(md, "Liberty peak resident memory", libertyPeakRssMiB + " MiB");
        row(
                md,
                "database work per confirmation",
                databasePerConfirmation.entrySet().stream()
                        .map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")));
        events.forEach(e -> row(md, "event", e));
        md.append("\n| target | required | measured | met |\n| --- | --- | --- | --- |\n");
        targets.forEach(t -> md.append("| ")
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

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(json)) {
            writer.write(json());
        }
        Files.writeString(dir.resolve(scenario.name() + ".json"), json.toString());
        Files.writeString(dir.resolve(scenario.name() + ".md"), markdown());
    }

    private static void row(StringBuilder md, String what, String value) {
        md.append("| ").append(what).append(" | ").append(value).append(" |\n");
    }

    private static String four(Percentiles p) {
        return Target.ms(p.p50()) + " / " + Target.ms(p.p95()) + " / " + Target.ms(p.p99()) + " / "
                + Target.ms(p.max());
    }
}
