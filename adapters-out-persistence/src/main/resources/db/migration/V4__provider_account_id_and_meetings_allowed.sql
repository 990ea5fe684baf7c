-- The provider's id of a connected account (Zoom user id: Zoom's deauthorization event names it), and whether the
-- account allows video meetings (a Google Workspace admin can turn Meet off).
alter table provider_connection add column account_id varchar(256);
alter table provider_connection add column meetings_allowed boolean not null default true;
create index provider_connection_account on provider_connection (platform, account_id);

-- A run can end because the account's video meetings are turned off (MEETINGS_TURNED_OFF, 19 characters).
alter table meeting_link drop constraint if exists meeting_link_last_failure_check;
alter table meeting_link alter column last_failure type varchar(32);
alter table meeting_link add constraint meeting_link_last_failure_check check (last_failure in
    ('TRANSIENT', 'RATE_LIMITED', 'AUTH', 'PERMANENT', 'MEETINGS_TURNED_OFF', 'NO_ACCOUNT', 'UNEXPECTED'));
