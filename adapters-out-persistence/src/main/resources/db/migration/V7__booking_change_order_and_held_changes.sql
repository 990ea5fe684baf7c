-- When the booking system made the latest change applied to a session (the events' optional occurredAt): a
-- reschedule made at that time or earlier is stale and ignored. Null: no event of the session said when.
alter table mentoring_session add column last_change_at timestamptz;

-- Cancellations and reschedules that arrived before their session's confirmation: applied (and deleted) when the
-- confirmation is stored, in arrival order (id).
create table held_booking_change (
    id           bigserial     primary key,
    session_id   varchar(128)  not null,
    kind         varchar(16)   not null check (kind in ('CANCELLATION', 'MOVE')),
    starts_at    timestamptz,
    ends_at      timestamptz,
    time_zone    varchar(64),
    occurred_at  timestamptz,
    received_at  timestamptz   not null default now(),
    check (kind <> 'MOVE' or (starts_at is not null and ends_at is not null and time_zone is not null))
);
create index held_booking_change_session on held_booking_change (session_id, id);

-- Which grant a connection holds: a new id on every connect (a reconnect replaces the grant; a token refresh keeps
-- it). An auth failure marks the connection only while it still holds the grant that made the failed call.
alter table provider_connection add column grant_id uuid not null default gen_random_uuid();
