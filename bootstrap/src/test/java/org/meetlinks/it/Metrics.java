package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's /metrics (Prometheus text), read the way an operator's scraper does. */
final class Metrics {
    private Metrics() {}

    static String scrape() {
        HttpResponse<String> metrics = Api.get("/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    /** The value of the first sample with this name that has all these labels (in any order). */
    static Optional<Double> value(String metrics, String name, String... labels) {
        StringBuilder sample =
                new StringBuilder("(?m)^").append(Pattern.quote(name)).append("\\{");
        for (String label : labels) {
            sample.append("(?=[^}]*").append(Pattern.quote(label)).append(")");
        }
        Matcher m = Pattern.compile(sample + "[^}]*} ([0-9.eE+-]+)").matcher(metrics);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
