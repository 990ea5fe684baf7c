package org.meetlinks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by the processes of a run (Linux /proc, in ms): the Liberty servers, PostgreSQL, and this JVM
 * (driver, simulator, broker and mail sink). Two snapshots give where the machine's CPU went per confirmation.
 */
final class CpuTime {
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    static Map<String, Long> snapshot(List<Long> libertyPids) {
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("liberty", libertyPids.stream().mapToLong(CpuTime::of).sum());
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            millis.put("postgresql", all
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .mapToLong(p -> of(p.pid())).sum());
        }
        millis.put("bench JVM (driver, simulator, broker, mail sink)", of(ProcessHandle.current().pid()));
        return millis;
    }

    /** Per process group: (after - before) / confirmations. */
    static Map<String, Double> perConfirmation(Map<String, Long> before, Map<String, Long> after, int confirmations) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((k, v) -> per.put(k, (double) (v - before.getOrDefault(k, 0L)) / confirmations));
        return per;
    }

    private static long of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
