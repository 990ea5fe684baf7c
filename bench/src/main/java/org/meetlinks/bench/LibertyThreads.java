package org.meetlinks.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a Liberty process's CPU went, by thread (Linux /proc/PID/task): threads are grouped by name with their
 * numbers masked ("Default Executor-thread-#"), and what threads that ended during the run used shows as its own
 * line. Also the process's peak resident memory (VmHWM).
 */
final class LibertyThreads {
    static final String ENDED = "(threads that ended during the run)";

    /** CPU ms per thread id, with each thread's name; the process's total and its part in the kernel. */
    record Snapshot(long processMillis, long processKernelMillis, Map<Long, String> names, Map<Long, Long> millis) {}

    private LibertyThreads() {}

    static Snapshot snapshot(long pid) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> millis = new HashMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path thread : threads) {
                // A thread that ended while we read it has no stat: its time counts among the ended threads.
                ProcStat.read(thread.resolve("stat")).ifPresent(stat -> {
                    long tid = Long.parseLong(thread.getFileName().toString());
                    names.put(tid, stat.name());
                    millis.put(tid, stat.cpuMillis());
                });
            }
        } catch (IOException e) {
            return new Snapshot(0, 0, names, millis);
        }
        return ProcStat.ofProcess(pid)
                .map(process -> new Snapshot(process.cpuMillis(), process.kernelMillis(), names, millis))
                .orElseGet(() -> new Snapshot(0, 0, names, millis));
    }

    /** CPU ms per confirmation by thread group, largest first, from two snapshots of the same process. */
    static Map<String, Double> perConfirmation(Snapshot before, Snapshot after, int confirmations) {
        Map<String, Long> groups = new HashMap<>();
        long accounted = 0;
        for (Map.Entry<Long, Long> t : after.millis().entrySet()) {
            long used = t.getValue() - before.millis().getOrDefault(t.getKey(), 0L);
            groups.merge(group(after.names().get(t.getKey())), used, Long::sum);
            accounted += used;
        }
        groups.merge(ENDED, Math.max(0, after.processMillis() - before.processMillis() - accounted), Long::sum);
        Map<String, Double> per = new LinkedHashMap<>();
        groups.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> per.put(e.getKey(), (double) e.getValue() / confirmations));
        return per;
    }

    /**
     * The JIT compiler threads' share: compiling is a one-off cost of a young JVM (it falls as a server runs longer
     * than a benchmark), so the report also gives Liberty's CPU without it.
     */
    static double compilerShare(Map<String, Double> perThreadGroup) {
        return perThreadGroup.entrySet().stream()
                .filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** Peak resident memory of the process so far, in MiB (0 if unknown). */
    static long peakResidentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static String group(String threadName) {
        return threadName.replaceAll("[0-9]+", "#");
    }

    /** Kernel CPU ms per confirmation between two snapshots: system calls (sockets, futexes), page faults. */
    static double kernelPerConfirmation(Snapshot before, Snapshot after, int confirmations) {
        return (double) (after.processKernelMillis() - before.processKernelMillis()) / confirmations;
    }
}
