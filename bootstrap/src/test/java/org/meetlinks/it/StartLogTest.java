package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-log check finds a new warning and lets the known ones through. */
class StartLogTest {
    private static final String LOG = String.join(
            "\n",
            "[12/3/26, 6:00:18:041 UTC] 00000023 org.hibernate.orm.deprecation      W HHH90000029: The "
                    + "[hibernate.enhancer.enableDirtyTracking] configuration is deprecated and will be removed.",
            "[12/3/26, 6:00:24:771 UTC] 00000026 jakarta.mail                       W expected resource not found: "
                    + "/META-INF/javamail.default.address.map",
            "[12/3/26, 6:00:24:899 UTC] 00000026 org.flywaydb.core.FlywayExecutor   I Environment: default",
            "[12/3/26, 6:00:25:437 UTC] 00000021 com.ibm.ws.openapi                 W CWWKO1651W: no 200 response",
            "[12/3/26, 6:00:26:145 UTC] 00000023 org.flywaydb.core.Flyway           E Unable to resolve location");

    @Test
    void finds_the_unknown_warning_and_the_error_and_nothing_else() {
        assertThat(StartLog.avoidableWarnings(LOG))
                .containsExactly("W CWWKO1651W: no 200 response", "E Unable to resolve location");
    }
}
