package org.meetlinks.simulator.validation;

/**
 * One reason why a request does not conform to the provider's API description.
 *
 * @param key      validator message key, e.g. validation.request.body.schema.required, or a simulator key
 * @param location where: a query parameter name, a JSON pointer into the body, or "path"
 * @param message  human-readable explanation
 */
public record SpecViolation(String key, String location, String message) {

    /** One line for logs and the rejected-request list. */
    public String describe() {
        return (location == null || location.isEmpty() ? "" : location + ": ") + message + " [" + key + "]";
    }
}
