package org.meetlinks.simulator.api;

import java.time.Instant;
import java.util.List;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.validation.SpecViolation;

/** The error answers of one provider's API, each in that provider's documented body format. */
public interface ProviderErrors {

    /** 401 for a missing, unknown, expired or revoked access token. */
    SimResponse unauthorized();

    /** The answer to a token lacking every scope the operation accepts (Google 403, Zoom 400 code 4711). */
    SimResponse insufficientScopes(List<String> acceptedScopes);

    /** 400 for a request that does not conform to the API description. */
    SimResponse invalid(List<SpecViolation> violations);

    /** 404 or 405 for a path or method the API does not have. */
    SimResponse noSuchOperation(int status, String detail);

    /** An injected 5xx. */
    SimResponse serverError(int status);

    /** An injected 429 for the operation. */
    SimResponse rateLimited(String operation, FaultSettings settings, Instant now);

    /** An injected 403 rate-limit answer (Google's usageLimits form; Zoom answers 429 instead). */
    SimResponse rateLimited403(String operation, FaultSettings settings, Instant now);
}
