package org.meetlinks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Java Flight Recording of a Liberty server over the measured run ({@code --jfr FILE}), started and stopped with
 * the JDK's jcmd, with the "profile" settings (method samples every 10 ms, allocation and lock events) and stacks
 * of up to 256 frames.
 */
final class FlightRecording {
    private static final String NAME = "meetlinks-bench";
    private final long pid;
    private final Path file;

    private FlightRecording(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    static FlightRecording start(long pid, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // Liberty's stacks are deep: at the default 64 frames most samples lose the frames that say which step ran.
        jcmd(pid, "JFR.configure", "stackdepth=256");
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file.toAbsolutePath());
        return new FlightRecording(pid, file);
    }

    Path stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAME);
        return file;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        String[] args = new String[command.length + 2];
        args[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        args[1] = Long.toString(pid);
        System.arraycopy(command, 0, args, 2, command.length);
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }
}
