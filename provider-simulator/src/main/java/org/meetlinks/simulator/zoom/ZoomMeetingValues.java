package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The meeting fields a create or PATCH request sets; null means "not given".
 *
 * @param topic     topic
 * @param type      meeting type
 * @param startTime start as an instant
 * @param duration  minutes
 * @param timezone  IANA id or UTC
 * @param agenda    agenda
 * @param password  passcode
 * @param settings  settings object to merge
 */
public record ZoomMeetingValues(
        String topic,
        Integer type,
        Instant startTime,
        Integer duration,
        String timezone,
        String agenda,
        String password,
        ObjectNode settings) {}
