package org.meetlinks.adapter.out.providers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.adapter.out.providers.google.GoogleMeetings;
import org.meetlinks.adapter.out.providers.zoom.ZoomMeetings;

/** The FT annotations are only active in the container; this pins what they say. */
class FaultToleranceSetupTest {

    @Test
    void everyMeetingOperationRetriesOnlyRepeatableFailuresAndIsGuarded() throws NoSuchMethodException {
        for (Class<?> bean : List.of(GoogleMeetings.class, ZoomMeetings.class)) {
            assertThat(bean).hasAnnotation(ApplicationScoped.class);
            for (Method operation : PlatformMeetings.class.getMethods()) {
                Method method = bean.getMethod(operation.getName(), operation.getParameterTypes());
                Retry retry = effective(method, Retry.class);
                assertThat(retry).as(method + " @Retry").isNotNull();
                assertThat(retry.retryOn()).containsExactly(RetryableProviderException.class);
                assertThat(retry.maxRetries()).isBetween(1, 3);
                assertThat(effective(method, CircuitBreaker.class).failOn())
                        .containsExactly(TransientProviderException.class);
                assertThat(effective(method, Bulkhead.class)).isNotNull();
                assertThat(effective(method, Timeout.class)).isNotNull();
            }
        }
    }

    /** The annotation MP Fault Tolerance applies: the method's own, else the class's. */
    private static <A extends java.lang.annotation.Annotation> A effective(Method method, Class<A> type) {
        A own = method.getAnnotation(type);
        return own != null ? own : method.getDeclaringClass().getAnnotation(type);
    }

    @Test
    void thePortsThemselvesCarryNoFaultTolerance() {
        assertThat(Arrays.stream(MeetingProviders.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Retry.class) || m.isAnnotationPresent(CircuitBreaker.class))).isEmpty();
    }
}
