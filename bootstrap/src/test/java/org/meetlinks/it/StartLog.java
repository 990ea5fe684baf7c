package org.meetlinks.it;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The warnings and errors a Liberty messages.log holds, less the few a normal start cannot avoid. */
final class StartLog {
    /** `[date] thread logger  LEVEL message`, where LEVEL is one letter. */
    private static final Pattern LINE = Pattern.compile("^\\[[^\\]]+\\] \\S+ \\S+\\s+([WEF]) (.*)$");

    /** What may appear, each with the reason nothing in this repository can remove it. */
    static final Map<String, String> UNAVOIDABLE = Map.of(
            "HHH90000029: The [hibernate.enhancer.enableLazyInitialization]",
            "Hibernate warns about the property whether it is true or false; false keeps entities unenhanced",
            "HHH90000029: The [hibernate.enhancer.enableDirtyTracking]",
            "as above, for dirty tracking",
            "expected resource not found: /META-INF/javamail.default.address.map",
            "Liberty's own Jakarta Mail bundle lacks the file; the application cannot add it to that bundle");

    private StartLog() {}

    /** The lines at WARNING level or above that are not in {@link #UNAVOIDABLE}. */
    static List<String> avoidableWarnings(String messagesLog) {
        return messagesLog
                .lines()
                .map(LINE::matcher)
                .filter(Matcher::matches)
                .filter(line -> UNAVOIDABLE.keySet().stream().noneMatch(line.group(2)::startsWith))
                .map(line -> line.group(1) + " " + line.group(2))
                .collect(Collectors.toList());
    }
}
