package org.meetlinks.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of a /metrics scrape (Prometheus text format). */
final class PrometheusText {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One sample: metric name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    private final List<Sample> samples = new ArrayList<>();

    PrometheusText(String text) {
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line.trim());
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
        }
    }

    /** Sum of the samples with this name whose labels include all the given ones ("key", "value", ...). */
    double sum(String name, String... labelPairs) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && hasLabels(s, labelPairs))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** The label values of one label across the samples with this name. */
    List<String> labelValues(String name, String label) {
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .map(s -> s.labels().get(label))
                .filter(v -> v != null)
                .distinct()
                .sorted()
                .toList();
    }

    private static boolean hasLabels(Sample sample, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!pairs[i + 1].equals(sample.labels().get(pairs[i]))) {
                return false;
            }
        }
        return true;
    }
}
