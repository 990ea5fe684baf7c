package org.meetlinks.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Command-line options of the dev stack ({@code --name value}; {@code --fresh} wipes the database and broker data,
 * {@code --keep-data} keeps them). The Artemis broker runs only with {@code --broker-port}; its data goes to
 * {@code --broker-dir}, by default beside the database's ({@code <pg-dir>-broker}). With {@code --zoom-webhook-url} and
 * {@code --zoom-webhook-secret} the simulator sends Zoom's signed events (app deauthorization) to the service (both
 * empty when not given).
 */
record DevStackOptions(
        int pgPort,
        String pgDir,
        boolean fresh,
        int smtpPort,
        int mailWebPort,
        int simPort,
        OptionalInt brokerPort,
        Path brokerDir,
        int brokerMaxDeliveries,
        String zoomWebhookUrl,
        String zoomWebhookSecret) {

    static DevStackOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("fresh") || name.equals("keep-data")) {
                values.put("fresh", String.valueOf(name.equals("fresh")));
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        String pgDir = values.getOrDefault("pg-dir", "target/pgdata");
        OptionalInt brokerPort = values.containsKey("broker-port")
                ? OptionalInt.of(Integer.parseInt(values.get("broker-port")))
                : OptionalInt.empty();
        Path brokerDir = values.containsKey("broker-dir")
                ? Path.of(values.get("broker-dir"))
                : Path.of(pgDir).toAbsolutePath().resolveSibling(Path.of(pgDir).getFileName() + "-broker");
        return new DevStackOptions(
                port(values, "pg-port", 5433),
                pgDir,
                Boolean.parseBoolean(values.getOrDefault("fresh", "false")),
                port(values, "smtp-port", 2525),
                port(values, "mail-web-port", 8025),
                port(values, "sim-port", 8089),
                brokerPort,
                brokerDir,
                Integer.parseInt(values.getOrDefault("broker-max-deliveries", "10")),
                values.getOrDefault("zoom-webhook-url", ""),
                values.getOrDefault("zoom-webhook-secret", ""));
    }

    private static int port(Map<String, String> values, String name, int fallback) {
        return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
    }
}
