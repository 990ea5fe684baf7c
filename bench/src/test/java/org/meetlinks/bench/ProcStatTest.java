package org.meetlinks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {
    @Test
    void cpu_times_are_read_after_a_thread_name_with_spaces_and_brackets() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
        ProcStat stat = ProcStat.parse("4242 (C2 Compiler) (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 7 3 20 0");

        assertThat(stat.name()).isEqualTo("C2 Compiler) (x)");
        assertThat(stat.userMillis()).isEqualTo(2500);
        assertThat(stat.kernelMillis()).isEqualTo(500);
        assertThat(stat.cpuMillis()).isEqualTo(3000);
        assertThat(stat.reapedChildrenMillis()).isEqualTo(100);
    }
}
