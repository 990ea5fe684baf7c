package org.meetlinks.bootstrap;

import java.util.Objects;

/** One reason the service refuses to start: the configuration setting at fault and what is wrong with it. */
record SettingProblem(String setting, String reason) {
    SettingProblem {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return setting + ": " + reason;
    }
}
