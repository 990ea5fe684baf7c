package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.ListMySessionsQuery;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.domain.DomainException;

class MySessionsParamsTest {
    private static final Viewer ADA = new Viewer("m-1", Set.of("mentor"));

    @Test
    void absent_or_blank_parameters_take_the_defaults() {
        ListMySessionsQuery query = MySessionsParams.parse(ADA, null, " ", null, "");

        assertThat(query.from()).isEmpty();
        assertThat(query.to()).isEmpty();
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.viewer()).isEqualTo(ADA);
    }

    @Test
    void instants_in_utc_or_with_an_offset_are_accepted() {
        ListMySessionsQuery query =
                MySessionsParams.parse(ADA, "2026-12-01T15:00:00Z", "2026-12-31T10:00:00+01:00", "2", "50");

        assertThat(query.from()).contains(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(query.to()).contains(Instant.parse("2026-12-31T09:00:00Z"));
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(50);
    }

    @Test
    void each_bad_parameter_is_named() {
        assertField(() -> MySessionsParams.parse(ADA, "yesterday", null, null, null), "from");
        assertField(() -> MySessionsParams.parse(ADA, null, "2026-13-01T00:00:00Z", null, null), "to");
        assertField(() -> MySessionsParams.parse(ADA, null, null, "first", null), "page");
        assertField(() -> MySessionsParams.parse(ADA, null, null, "-1", null), "page");
        assertField(() -> MySessionsParams.parse(ADA, null, null, null, "101"), "size");
        assertField(() -> MySessionsParams.parse(ADA, null, null, null, "99999999999"), "size");
        assertField(
                () -> MySessionsParams.parse(ADA, "2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z", null, null), "to");
    }

    private static void assertField(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field))
                .hasMessageContaining(field);
    }
}
