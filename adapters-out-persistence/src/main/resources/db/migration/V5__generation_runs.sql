-- Link generation runs: a create whose outcome was never seen (look the meeting up before making another), the
-- kind of the last failure, when the current spell of failures began, and when the mentor was asked to add a link.
alter table meeting_link add column meeting_may_exist boolean     not null default false;
alter table meeting_link add column last_failure      varchar(32)
    constraint meeting_link_last_failure_check check (last_failure in
        ('TRANSIENT', 'RATE_LIMITED', 'AUTH', 'PERMANENT', 'MEETINGS_TURNED_OFF', 'NO_ACCOUNT', 'UNEXPECTED'));
alter table meeting_link add column failing_since     timestamptz;
alter table meeting_link add column mentor_asked_at   timestamptz;

-- The sweep's question: links still needing a meeting, by when they are due.
drop index meeting_link_due;
create index meeting_link_due on meeting_link (next_attempt_at) where status in ('PENDING', 'AWAITING_MANUAL_LINK');

-- A refresh of a grant in flight (claimed, committed, then the provider is called with no connection held):
-- others wait for its result instead of refreshing too; the claim ends by itself should its holder die.
alter table provider_connection add column refreshing_until timestamptz;
