package org.meetlinks.adapter.in.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.contract.bookingevent.MalformedBookingEventException;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.IllegalLinkTransitionException;

/** Turns every exception leaving a resource into application/problem+json. */
final class ProblemMappers {
    private static final System.Logger LOG = System.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** Malformed booking event: 400 naming the field. */
    @Provider
    public static class MalformedEvent implements ExceptionMapper<MalformedBookingEventException> {
        @Override
        public Response toResponse(MalformedBookingEventException e) {
            return Problem.ofField(Status.BAD_REQUEST, "Malformed booking event", e.field(), e.getMessage());
        }
    }

    /** A domain rule was broken: 409 for lifecycle conflicts, 400 naming the field otherwise. */
    @Provider
    public static class DomainRule implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            if (e instanceof IllegalLinkTransitionException) {
                return Problem.of(Status.CONFLICT, "Not possible in the current state", e.getMessage());
            }
            return Problem.ofField(Status.BAD_REQUEST, "Invalid input", e.field(), e.getMessage());
        }
    }

    /** Unknown, or not the caller's: 404. */
    @Provider
    public static class Missing implements ExceptionMapper<org.meetlinks.application.port.in.NotFoundException> {
        @Override
        public Response toResponse(org.meetlinks.application.port.in.NotFoundException e) {
            return Problem.of(Status.NOT_FOUND, "Not found", e.getMessage());
        }
    }

    /** Visible but not changeable by the caller: 403. */
    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.of(Status.FORBIDDEN, "Forbidden", e.getMessage());
        }
    }

    /** Someone else changed it first: 409, try again. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentUpdateException> {
        @Override
        public Response toResponse(ConcurrentUpdateException e) {
            return Problem.of(Status.CONFLICT, "Changed concurrently", e.getMessage() + "; retry the request");
        }
    }

    /** A provider (Google, Zoom) could not do it: 503 when trying later can help, 502 otherwise. */
    @Provider
    public static class ProviderFailure implements ExceptionMapper<MeetingProviderException> {
        @Override
        public Response toResponse(MeetingProviderException e) {
            boolean later = e.kind() == MeetingProviderException.Kind.TRANSIENT
                    || e.kind() == MeetingProviderException.Kind.RATE_LIMITED;
            return Problem.of(
                    later ? Status.SERVICE_UNAVAILABLE : Status.BAD_GATEWAY, "Provider failed", e.getMessage());
        }
    }

    /** JAX-RS' own errors (unknown path, wrong media type, ...) keep their status, as problem+json. */
    @Provider
    public static class Framework implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Status status = Status.fromStatusCode(e.getResponse().getStatus());
            Status known = status == null ? Status.BAD_REQUEST : status;
            String detail = e instanceof NotFoundException ? "no such resource" : e.getMessage();
            return Problem.of(known, known.getReasonPhrase(), detail);
        }
    }

    /** Anything else is our fault: 500, logged with its stack trace, no internals in the body. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.ERROR, "Request failed", e);
            return Problem.of(
                    Status.INTERNAL_SERVER_ERROR,
                    "Internal error",
                    "the request could not be completed; it is logged and nothing was half-done");
        }
    }
}
