package org.meetlinks.devtools;

import java.util.Set;
import java.util.regex.Pattern;

/** What the dev login accepts as a user id and a role: the rules of scripts/dev-token. Dev only. */
final class DevLoginRules {
    static final Set<String> GROUPS = Set.of("mentor", "mentee", "booking-system", "admin");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

    private DevLoginRules() {}

    static boolean validSubject(String subject) {
        return subject != null && SUBJECT.matcher(subject).matches();
    }

    static boolean validGroup(String group) {
        return group != null && GROUPS.contains(group);
    }
}
