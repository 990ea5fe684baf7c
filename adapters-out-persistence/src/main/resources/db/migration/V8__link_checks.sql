-- The last check before a session of each session's provider meeting (one row per session, replaced by the next
-- check): when it ran, what it found and did. It goes with its session.
create table link_check (
    session_id  varchar(128)  primary key references mentoring_session (session_id) on delete cascade,
    platform    varchar(16)   not null check (platform in ('GOOGLE_MEET', 'ZOOM')),
    outcome     varchar(24)   not null
        check (outcome in ('OK', 'RECREATED', 'MOVED_BACK', 'RECONNECT_NEEDED', 'UNAVAILABLE')),
    detail      varchar(500)  not null,
    checked_at  timestamptz   not null
);

-- Zoom's meeting events name the meeting by its id: find the link that has it.
create index meeting_link_external_meeting on meeting_link (platform, external_meeting_id)
    where external_meeting_id is not null;
