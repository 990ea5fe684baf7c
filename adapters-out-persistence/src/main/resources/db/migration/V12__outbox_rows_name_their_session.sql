-- Every notification is about one session: its text, invite and links are rendered from that session as it is
-- when the email goes out. A row without a session could never be rendered (the removed system account queued the
-- only ones), so such rows are dropped and the column is required from now on.
delete from notification_outbox where session_id is null;
alter table notification_outbox alter column session_id set not null;
