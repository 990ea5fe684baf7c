package org.meetlinks.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Which OAuth scopes each operation of a spec accepts (any one listed alternative suffices). Google's spec lists
 * each accepted scope as its own security requirement; Zoom's lists all accepted scopes (classic and granular) in
 * one requirement, any one of which suffices ({@link #anyListedScope}).
 */
public final class ScopeRequirements {

    private final Map<String, List<List<String>>> byOperation = new HashMap<>();

    /** Reads the operation-level "security" lists of the spec: every scope of one requirement is needed. */
    public ScopeRequirements(JsonNode spec) {
        this(spec, false);
    }

    private ScopeRequirements(JsonNode spec, boolean eachScopeSuffices) {
        Iterator<Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Entry<String, JsonNode> path = paths.next();
            Iterator<Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().has("security")) {
                    continue;
                }
                List<List<String>> alternatives = new ArrayList<>();
                for (JsonNode requirement : op.getValue().get("security")) {
                    List<String> scopes = new ArrayList<>();
                    requirement.fields().forEachRemaining(e -> e.getValue().forEach(s -> scopes.add(s.asText())));
                    if (eachScopeSuffices) {
                        scopes.forEach(scope -> alternatives.add(List.of(scope)));
                    } else if (!scopes.isEmpty()) {
                        alternatives.add(scopes);
                    }
                }
                byOperation.put(key(op.getKey(), path.getKey()), alternatives);
            }
        }
    }

    /** Reads a spec whose requirement lists name alternatives (Zoom: any one listed scope suffices). */
    public static ScopeRequirements anyListedScope(JsonNode spec) {
        return new ScopeRequirements(spec, true);
    }

    /** Adds an operation the spec does not describe; any one of {@code scopes} suffices. */
    public ScopeRequirements withOperation(String method, String pathTemplate, List<String> scopes) {
        byOperation.put(key(method, pathTemplate), scopes.stream().map(List::of).toList());
        return this;
    }

    /** Every scope that alone satisfies the operation, for error messages. */
    public List<String> acceptedScopes(String method, String pathTemplate) {
        return alternatives(method, pathTemplate).stream()
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    /** Scope alternatives of an operation, e.g. ("POST", "/calendars/{calendarId}/events"); empty if unrestricted. */
    public List<List<String>> alternatives(String method, String pathTemplate) {
        return byOperation.getOrDefault(key(method, pathTemplate), List.of());
    }

    /** Whether the granted scopes satisfy one alternative of the operation. */
    public boolean allows(String method, String pathTemplate, Collection<String> granted) {
        List<List<String>> alternatives = alternatives(method, pathTemplate);
        if (alternatives.isEmpty()) {
            return true;
        }
        for (List<String> alternative : alternatives) {
            if (granted.containsAll(alternative)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String method, String pathTemplate) {
        return method.toUpperCase(Locale.ROOT) + " " + pathTemplate;
    }
}
