package org.meetlinks.simulator.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API operation: method, path template relative to the API base, fault operation name and action.
 *
 * @param method    HTTP method
 * @param template  path template as written in the spec, e.g. /meetings/{meetingId}
 * @param operation fault-injection operation name (see {@code Operation})
 * @param inSpec    whether the spec describes it (only then it is validated)
 * @param action    the business logic
 * @param pattern   compiled template
 * @param names     template variable names in order
 */
public record ApiRoute(String method, String template, String operation, boolean inSpec, RouteAction action,
                       Pattern pattern, List<String> names) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** Builds a route, compiling the template. */
    public static ApiRoute of(String method, String template, String operation, boolean inSpec, RouteAction action) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new ApiRoute(method, template, operation, inSpec, action, Pattern.compile(regex.toString()),
                List.copyOf(names));
    }

    /** The path variables when the sub-path fits the template. */
    public Optional<Map<String, String>> matchPath(String subPath) {
        Matcher m = pattern.matcher(subPath);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return Optional.of(values);
    }
}
