-- The provider's id of a connected account (Zoom user id: Zoom's deauthorization event names it), and whether the
-- account allows video meetings (a Google Workspace admin can turn Meet off).
alter table provider_connection add column account_id varchar(256);
alter table provider_connection add column meetings_allowed boolean not null default true;
create index provider_connection_account on provider_connection (platform, account_id);
