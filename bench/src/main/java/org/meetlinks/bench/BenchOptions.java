package org.meetlinks.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Command line of the driver: {@code --scenario NAME} picks a preset; {@code --count}, {@code --rate} (per second,
 * 0 = all at once), {@code --latency-ms} and {@code --mentors} change it; {@code --root} is the checkout,
 * {@code --out} where results go, {@code --settle-seconds} how long to wait for the last links, {@code --warm-up}
 * how many unmeasured confirmations go first (default 4,000, 0 = none), {@code --jfr FILE} records the (first)
 * Liberty server with Java Flight Recorder over the measured run, {@code --jvm-options "A B"} adds JVM options
 * (space-separated) after the bench's own, to measure a JVM setting without a rebuild.
 */
record BenchOptions(
        Scenario scenario,
        Path root,
        Path out,
        Duration settle,
        int warmUp,
        Ports ports,
        Optional<Path> flightRecording,
        List<String> jvmOptions) {

    /** Loopback ports of everything the benchmark starts (instance n of Liberty uses http + n - 1). */
    record Ports(int http, int https, int postgres, int smtp, int mailWeb, int simulator, int broker) {}

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        String name = values.getOrDefault("scenario", "steady");
        Scenario scenario = ScenarioPresets.named(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "'; known: "
                        + ScenarioPresets.ALL.stream().map(Scenario::name).collect(Collectors.joining(", "))));
        if (values.containsKey("count")) {
            scenario = scenario.withCount(positive(values, "count"));
        }
        if (values.containsKey("rate")) {
            scenario = scenario.withRate(Double.parseDouble(values.get("rate")));
        }
        if (values.containsKey("latency-ms")) {
            scenario = scenario.withLatency(Integer.parseInt(values.get("latency-ms")));
        }
        if (values.containsKey("mentors")) {
            scenario = scenario.withMentors(positive(values, "mentors"));
        }
        Path root = Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(values.getOrDefault(
                "out", root.resolve("bench/target/bench-results").toString()));
        Duration settle = Duration.ofSeconds(Long.parseLong(values.getOrDefault("settle-seconds", "180")));
        int warmUp = Integer.parseInt(values.getOrDefault("warm-up", "4000"));
        return new BenchOptions(
                scenario,
                root,
                out,
                settle,
                warmUp,
                new Ports(9380, 9382, 36433, 36525, 36026, 36089, 61636),
                Optional.ofNullable(values.get("jfr")).map(Path::of),
                Arrays.stream(values.getOrDefault("jvm-options", "").split(" "))
                        .filter(o -> !o.isBlank())
                        .toList());
    }

    private static int positive(Map<String, String> values, String name) {
        int value = Integer.parseInt(values.get(name));
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive, got " + value);
        }
        return value;
    }
}
