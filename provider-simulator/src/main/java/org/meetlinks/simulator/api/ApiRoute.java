package org.meetlinks.simulator.api;

/**
 * One API operation: method, path template relative to the API base, fault operation name and action.
 *
 * @param method    HTTP method
 * @param template  path template as written in the spec, e.g. /meetings/{meetingId}
 * @param operation fault-injection operation name (see {@code Operation})
 * @param inSpec    whether the spec describes it (only then it is validated)
 * @param action    the business logic
 */
public record ApiRoute(String method, String template, String operation, boolean inSpec, RouteAction action) {}
