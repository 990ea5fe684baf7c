package org.meetlinks.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevKeyGuardTest {
    private static String devKey() throws IOException {
        return Files.readString(Path.of("../config/dev/jwt-public.pem"));
    }

    @Test
    void the_dev_key_outside_dev_mode_stops_the_server() throws IOException {
        assertThatThrownBy(() -> DevKeyGuard.verify(devKey(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development key");
    }

    @Test
    void the_dev_key_is_accepted_in_dev_mode() throws IOException {
        String key = devKey();
        assertThatCode(() -> DevKeyGuard.verify(key, true)).doesNotThrowAnyException();
    }

    @Test
    void another_key_is_accepted_in_production() {
        assertThatCode(() -> DevKeyGuard.verify("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz\n"
                + "-----END PUBLIC KEY-----", false)).doesNotThrowAnyException();
    }
}
