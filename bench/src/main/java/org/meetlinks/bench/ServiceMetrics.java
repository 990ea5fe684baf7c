package org.meetlinks.bench;

import java.util.List;

/**
 * What the servers report about themselves on /metrics at the end of a run (summed over instances): links made
 * and failures by kind, the time-to-link histogram (confirmation stored → link stored), provider time.
 */
record ServiceMetrics(
        double linked,
        double failed,
        double timeToLinkCount,
        double timeToLinkWithin5s,
        double timeToLinkMeanMs,
        double providerMeanMs,
        double awaitingLink,
        List<Double> linkedPerInstance) {

    static ServiceMetrics scrape(List<LibertyServer> servers) {
        double linked = 0;
        double all = 0;
        double count = 0;
        double within5s = 0;
        double sumSeconds = 0;
        double providerSeconds = 0;
        double providerCount = 0;
        double awaiting = 0;
        List<Double> perInstance = new java.util.ArrayList<>();
        for (LibertyServer server : servers) {
            PrometheusText m =
                    new PrometheusText(Http.get(server.baseUrl() + "/metrics").body());
            double instanceLinked = m.sum("meetlinks_links_total", "outcome", "LINKED");
            perInstance.add(instanceLinked);
            linked += instanceLinked;
            all += m.sum("meetlinks_links_total");
            count += m.sum("meetlinks_time_to_link_seconds_count");
            within5s += m.sum("meetlinks_time_to_link_seconds_bucket", "le", "5.0");
            sumSeconds += m.sum("meetlinks_time_to_link_seconds_sum");
            providerSeconds += m.sum("meetlinks_provider_create_seconds_sum");
            providerCount += m.sum("meetlinks_provider_create_seconds_count");
            // Counted from the shared database, so every instance reports the same number: take it, do not add.
            awaiting = m.sum("meetlinks_sessions_awaiting_link");
        }
        return new ServiceMetrics(
                linked,
                all - linked,
                count,
                within5s,
                count == 0 ? 0 : sumSeconds / count * 1000,
                providerCount == 0 ? 0 : providerSeconds / providerCount * 1000,
                awaiting,
                perInstance);
    }
}
