package org.meetlinks.simulator.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;

/** Checks API requests against a provider's OpenAPI description with the Atlassian swagger-request-validator. */
public final class SpecValidator {

    /** Kept strongly reachable so the level set below is not lost to garbage collection. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("com.atlassian.oai.validator");

    private static final Pattern BODY_PATH = Pattern.compile("^\\[Path '([^']*)'\\]\\s*(.*)$", Pattern.DOTALL);

    static {
        // the validator logs "Security scheme 'oauth2' not currently supported" at INFO on every request
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    private final OpenApiInteractionValidator validator;

    /**
     * Creates the validator for a provider.
     *
     * @param spec     the provider's spec as loaded by {@link SpecLoader}
     * @param basePath where the spec's server URL is mounted in the simulator, e.g. /zoom/v2
     */
    public SpecValidator(JsonNode spec, String basePath) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(Json.write(spec))
                .withBasePathOverride(basePath)
                // authentication is checked by the simulator itself, before validation
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** All violations of the request; empty when it conforms. */
    public List<SpecViolation> validate(SimRequest request) {
        Request.Method method;
        try {
            method = Request.Method.valueOf(request.method());
        } catch (IllegalArgumentException e) {
            return List.of(new SpecViolation(
                    "validation.request.operation.notAllowed",
                    "method",
                    "HTTP method " + request.method() + " is not supported"));
        }
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, request.path());
        for (Map.Entry<String, List<String>> q : request.queryParams().entrySet()) {
            builder.withQueryParam(q.getKey(), q.getValue());
        }
        request.headers().forEach(builder::withHeader);
        if (!request.body().isEmpty()) {
            builder.withBody(request.body());
        }
        ValidationReport report = validator.validateRequest(builder.build());
        List<SpecViolation> result = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                result.add(toViolation(m));
            }
        }
        return result;
    }

    private static SpecViolation toViolation(ValidationReport.Message m) {
        String location = m.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(p -> p.getName())
                .orElse("");
        String text = m.getMessage();
        Matcher bodyPath = BODY_PATH.matcher(text);
        if (bodyPath.matches()) {
            location = "body" + bodyPath.group(1);
            text = bodyPath.group(2);
        }
        StringBuilder message = new StringBuilder(text);
        for (ValidationReport.Message nested : m.getNestedMessages()) {
            message.append("; ").append(nested.getMessage());
        }
        for (String info : m.getAdditionalInfo()) {
            message.append("; ").append(info);
        }
        return new SpecViolation(m.getKey(), location, message.toString());
    }
}
