package org.meetlinks.bench;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The run's timings: send → real link stored and readable (per session), its share within 5 s, throughput,
 * and the service's own overhead (that time minus the simulated provider latency its calls waited for).
 */
record LinkTimes(
        Percentiles sendToLink,
        double shareWithin5s,
        double throughputPerSecond,
        double sendSeconds,
        double runSeconds,
        Percentiles overhead,
        double googleCallsPerMeeting,
        double zoomCallsPerMeeting,
        Percentiles sendToPlaceholder,
        Percentiles sendToStored,
        double shareStoredWithin1s,
        double lastLinkAfterRecoverySeconds) {

    /** Not measured: the run had no provider recovery (or no session linked after it). */
    static final double NONE = Double.NaN;

    /**
     * @param recoveredNanos when the providers recovered from a brownout (0: there was none)
     */
    static LinkTimes of(
            long[] sentNanos,
            LinkWatcher watcher,
            Confirmations confirmations,
            int latencyMs,
            JsonObject simulatorStats,
            long recoveredNanos) {
        int count = sentNanos.length;
        double google = callsPerMeeting(simulatorStats, "google");
        double zoom = callsPerMeeting(simulatorStats, "zoom");
        double[] toLink = new double[count];
        double[] overhead = new double[count];
        int linked = 0;
        int within5s = 0;
        long lastLinked = sentNanos[0];
        for (int i = 0; i < count; i++) {
            long at = watcher.linkedAt(i);
            if (at == LinkWatcher.NOT_SEEN) {
                continue;
            }
            double millis = (at - sentNanos[i]) / 1e6;
            double providerWait =
                    latencyMs * (confirmations.mentorOf(i).provider().equals("google") ? google : zoom);
            toLink[linked] = millis;
            overhead[linked] = millis - providerWait;
            linked++;
            if (millis <= 5000) {
                within5s++;
            }
            lastLinked = Math.max(lastLinked, at);
        }
        double[] toPlaceholder = times(
                count,
                i -> watcher.placeholderAt(i) != LinkWatcher.NOT_SEEN,
                i -> (watcher.placeholderAt(i) - sentNanos[i]) / 1e6);
        double[] toStored = times(
                count,
                i -> watcher.storedAt(i) != LinkWatcher.NOT_SEEN,
                i -> (watcher.storedAt(i) - sentNanos[i]) / 1e6);
        long storedWithin1s = Arrays.stream(toStored).filter(ms -> ms <= 1000).count();
        double runSeconds = (lastLinked - sentNanos[0]) / 1e9;
        double afterRecovery = recoveredNanos == 0 ? NONE : (lastLinked - recoveredNanos) / 1e9;
        return new LinkTimes(
                Percentiles.of(Arrays.copyOf(toLink, linked)),
                (double) within5s / count,
                runSeconds > 0 ? linked / runSeconds : 0,
                (sentNanos[count - 1] - sentNanos[0]) / 1e9,
                runSeconds,
                Percentiles.of(Arrays.copyOf(overhead, linked)),
                google,
                zoom,
                Percentiles.of(toPlaceholder),
                Percentiles.of(toStored),
                (double) storedWithin1s / count,
                afterRecovery);
    }

    private static double[] times(int count, IntPredicate seen, java.util.function.IntToDoubleFunction millis) {
        return java.util.stream.IntStream.range(0, count)
                .filter(seen)
                .mapToDouble(millis)
                .toArray();
    }

    /**
     * Meeting-API calls per meeting made on that provider (Google: insert, reads; Zoom: the create, and a lookup
     * only after a create whose outcome was unknown), counted by the simulator; each waited the simulated latency.
     */
    static double callsPerMeeting(JsonObject stats, String provider) {
        double calls = 0;
        double created = 0;
        for (String key : stats.keySet()) {
            String[] parts = key.split("\\.");
            if (parts.length != 3 || !parts[0].equals(provider)) {
                continue;
            }
            if (parts[1].equals("create") || parts[1].equals("get") || parts[1].equals("list")) {
                calls += stats.getJsonNumber(key).doubleValue();
            }
            if (parts[1].equals("create") && parts[2].startsWith("20")) {
                created += stats.getJsonNumber(key).doubleValue();
            }
        }
        return created == 0 ? 0 : calls / created;
    }
}
