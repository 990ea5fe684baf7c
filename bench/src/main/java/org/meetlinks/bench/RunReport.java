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

/**
 * A run's results, written as JSON (for tools) and as the Markdown table {@link ReportMarkdown} renders (for people
 * and BENCHMARKS.md).
 */
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
        return ReportMarkdown.render(this);
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
}
