package org.meetlinks.adapter.out.providers.common;

import java.time.Instant;
import java.util.Optional;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ScheduledMeeting;

/** A provider's meetings client whose every call is judged by {@link AccountHealth} for the account it is made for. */
public final class AccountCheckedMeetings implements PlatformMeetings {
    private final PlatformMeetings client;
    private final AccountHealth accounts;

    public AccountCheckedMeetings(PlatformMeetings client, AccountHealth accounts) {
        this.client = client;
        this.accounts = accounts;
    }

    @Override
    public CreatedMeeting create(MeetingRequest request) {
        return accounts.call(request.platform(), request.mentorId(), () -> client.create(request));
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        accounts.call(meeting.platform(), meeting.owner(), () -> {
            client.update(meeting, request);
            return Boolean.TRUE;
        });
    }

    @Override
    public Optional<ScheduledMeeting> read(ExistingMeeting meeting, Instant deadline) {
        return accounts.call(meeting.platform(), meeting.owner(), () -> client.read(meeting, deadline));
    }

    @Override
    public void delete(ExistingMeeting meeting) {
        accounts.call(meeting.platform(), meeting.owner(), () -> {
            client.delete(meeting);
            return Boolean.TRUE;
        });
    }
}
