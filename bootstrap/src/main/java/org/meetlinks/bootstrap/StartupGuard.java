package org.meetlinks.bootstrap;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails closed at start. A CDI extension, so it runs before any bean exists (schema migration, background work, the
 * JMS listener, and the beans that read these settings): it checks {@link StartupChecks}, logs one line per setting
 * at fault and fails the deployment, so Liberty serves none of the application. In the production package it also
 * ends the server process (exit code 78), so the start script, a container runtime or an orchestrator sees a server
 * that did not start.
 */
public class StartupGuard implements Extension {
    private static final System.Logger LOG = System.getLogger(StartupGuard.class.getName());
    static final int EXIT_CONFIG = 78;

    void check(@Observes AfterBeanDiscovery discovery) {
        Config config = ConfigProvider.getConfig(StartupGuard.class.getClassLoader());
        SettingsSource settings = SettingsSource.nonBlank(key -> config.getOptionalValue(key, String.class));
        List<SettingProblem> problems = StartupChecks.problems(settings);
        if (problems.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    () -> StartupChecks.devMode(settings)
                            ? "meetlinks runs in development mode: the start-up security checks are off"
                            : "meetlinks start-up security checks passed");
            return;
        }
        problems.forEach(
                p -> LOG.log(Level.ERROR, "meetlinks refuses to start: setting " + p.setting() + " " + p.reason()));
        discovery.addDefinitionError(new IllegalStateException("meetlinks refuses to start; fix these settings: "
                + problems.stream().map(SettingProblem::setting).distinct().collect(Collectors.joining(", "))));
        if (StartupChecks.productionPackage(settings)) {
            stopServer();
        }
    }

    /** Ends the JVM from another thread, so the failed deployment is reported first; Liberty's shutdown hook stops it. */
    private static void stopServer() {
        Thread exit = new Thread(
                () -> {
                    LOG.log(
                            Level.ERROR,
                            "meetlinks stops the server: the production package does not run misconfigured");
                    Runtime.getRuntime().exit(EXIT_CONFIG);
                },
                "meetlinks-refused-start");
        exit.setDaemon(true);
        exit.start();
    }
}
