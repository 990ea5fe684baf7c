package org.meetlinks.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Measures what a run cost: CPU, Liberty threads, peak memory and database work per confirmation, and idle cost. */
final class RunCost {
    private final List<LibertyServer> servers;
    private final String jdbcUrl;
    private final List<Long> pidsBefore;
    private final Map<String, Long> cpuBefore;
    private final LibertyThreads.Snapshot threadsBefore;
    private final DatabaseWork dbBefore;

    /** What the run cost, per confirmation; {@code restarted} when a server's process changed during the run. */
    record PerConfirmation(
            Map<String, Double> cpu,
            Map<String, Double> threads,
            long peakRssMiB,
            Map<String, Double> database,
            boolean restarted) {}

    private RunCost(List<LibertyServer> servers, String jdbcUrl) throws IOException {
        this.servers = servers;
        this.jdbcUrl = jdbcUrl;
        this.pidsBefore = pids(servers);
        this.cpuBefore = CpuTime.snapshot(pidsBefore);
        this.threadsBefore = LibertyThreads.snapshot(pidsBefore.get(0));
        this.dbBefore = DatabaseWork.snapshot(jdbcUrl);
    }

    /** Takes the "before" snapshots of the servers' processes and of the database. */
    static RunCost before(List<LibertyServer> servers, String jdbcUrl) throws IOException {
        return new RunCost(servers, jdbcUrl);
    }

    /** The process id of the first server when the run started. */
    long firstPid() {
        return pidsBefore.get(0);
    }

    /** Takes the "after" snapshots and divides the difference by the number of confirmations. */
    PerConfirmation after(int count) throws IOException {
        List<Long> pidsAfter = pids(servers);
        Map<String, Double> cpu = CpuTime.perConfirmation(cpuBefore, CpuTime.snapshot(pidsAfter), count);
        LibertyThreads.Snapshot threadsAfter = LibertyThreads.snapshot(pidsAfter.get(0));
        Map<String, Double> threads = LibertyThreads.perConfirmation(threadsBefore, threadsAfter, count);
        long peakRss = LibertyThreads.peakResidentMiB(pidsAfter.get(0));
        boolean restarted = !pidsAfter.equals(pidsBefore);
        if (restarted) {
            cpu.remove("liberty"); // a restarted server's CPU time starts again at zero
            threads = Map.of();
        } else if (servers.size() == 1) { // by thread: the first server only
            cpu.put(
                    "liberty without its JIT compiler threads",
                    cpu.get("liberty") - LibertyThreads.compilerShare(threads));
            cpu.put("liberty in the kernel", LibertyThreads.kernelPerConfirmation(threadsBefore, threadsAfter, count));
        }
        Map<String, Double> database = DatabaseWork.perConfirmation(dbBefore, DatabaseWork.snapshot(jdbcUrl), count);
        return new PerConfirmation(cpu, threads, peakRss, database, restarted);
    }

    /** What the server costs with nothing to do: its timers (sweeps, outbox, gauges) and the JIT finishing up. */
    static String idleCost(long pid, Duration idle) throws InterruptedException {
        LibertyThreads.Snapshot before = LibertyThreads.snapshot(pid);
        Thread.sleep(idle.toMillis());
        LibertyThreads.Snapshot after = LibertyThreads.snapshot(pid);
        int seconds = (int) idle.toSeconds();
        Map<String, Double> perSecond = LibertyThreads.perConfirmation(before, after, seconds);
        double total =
                perSecond.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(
                "idle for %d s after the run: Liberty used %.1f ms of CPU per second, %.1f of them in "
                        + "its JIT compiler threads",
                seconds, total, LibertyThreads.compilerShare(perSecond));
    }

    private static List<Long> pids(List<LibertyServer> servers) throws IOException {
        List<Long> pids = new ArrayList<>();
        for (LibertyServer server : servers) {
            pids.add(server.pid());
        }
        return pids;
    }
}
