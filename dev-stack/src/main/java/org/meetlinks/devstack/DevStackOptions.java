package org.meetlinks.devstack;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the dev stack ({@code --name value}; {@code --fresh} wipes the database, {@code --keep-data} keeps it). */
record DevStackOptions(int pgPort, String pgDir, boolean fresh, int smtpPort, int mailWebPort, int simPort) {

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
        return new DevStackOptions(port(values, "pg-port", 5433), values.getOrDefault("pg-dir", "target/pgdata"),
                Boolean.parseBoolean(values.getOrDefault("fresh", "false")), port(values, "smtp-port", 2525),
                port(values, "mail-web-port", 8025), port(values, "sim-port", 8089));
    }

    private static int port(Map<String, String> values, String name, int fallback) {
        return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
    }
}
