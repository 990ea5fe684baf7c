package org.meetlinks.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by the processes of a run (Linux /proc, in ms): the Liberty servers, PostgreSQL, and this JVM
 * (driver, simulator, broker and mail sink). Two snapshots give where the machine's CPU went per confirmation.
 */
final class CpuTime {
    private CpuTime() {}

    static Map<String, Long> snapshot(List<Long> libertyPids) {
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("liberty", libertyPids.stream().mapToLong(CpuTime::of).sum());
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            // Backends end when their connection closes (a killed server's, say): the postmaster's reaped
            // children's time keeps theirs, so the sum does not shrink when they go.
            millis.put(
                    "postgresql",
                    all.filter(CpuTime::isPostgres)
                            .mapToLong(p -> of(p.pid())
                                    + (p.parent().filter(CpuTime::isPostgres).isEmpty() ? reapedChildren(p.pid()) : 0))
                            .sum());
        }
        millis.put(
                "bench JVM (driver, simulator, broker, mail sink)",
                of(ProcessHandle.current().pid()));
        return millis;
    }

    /**
     * Per process group: (after - before) / confirmations; a group whose time went down (a restarted PostgreSQL
     * starts again at zero) is left out.
     */
    static Map<String, Double> perConfirmation(Map<String, Long> before, Map<String, Long> after, int confirmations) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            long used = v - before.getOrDefault(k, 0L);
            if (used >= 0) {
                per.put(k, (double) used / confirmations);
            }
        });
        return per;
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    /** CPU ms of the process's children that ended and were waited for (cutime + cstime). */
    private static long reapedChildren(long pid) {
        return ProcStat.ofProcess(pid).map(ProcStat::reapedChildrenMillis).orElse(0L);
    }

    private static long of(long pid) {
        return ProcStat.ofProcess(pid).map(ProcStat::cpuMillis).orElse(0L);
    }
}
