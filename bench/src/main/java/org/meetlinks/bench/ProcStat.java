package org.meetlinks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One Linux /proc/.../stat line, read for its CPU times in ms: user, kernel, and the children's the process waited
 * for (a postmaster's ended backends), with the process's or thread's name.
 */
record ProcStat(String name, long userMillis, long kernelMillis, long reapedChildrenMillis) {
    private static final long TICKS_PER_SECOND = 100;

    /** User plus kernel time. */
    long cpuMillis() {
        return userMillis + kernelMillis;
    }

    /** The process's stat; empty once it has ended. */
    static Optional<ProcStat> ofProcess(long pid) {
        return read(Path.of("/proc/" + pid + "/stat"));
    }

    /** A process's or thread's stat file; empty once it has ended (or cannot be read). */
    static Optional<ProcStat> read(Path statFile) {
        try {
            return Optional.of(parse(Files.readString(statFile)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Fields after the name (which may hold spaces and brackets): state is the first, utime the 12th. */
    static ProcStat parse(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new ProcStat(name, millis(fields[11]), millis(fields[12]), millis(fields[13]) + millis(fields[14]));
    }

    private static long millis(String ticks) {
        return Long.parseLong(ticks) * 1000 / TICKS_PER_SECOND;
    }
}
