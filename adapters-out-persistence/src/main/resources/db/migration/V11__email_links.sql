-- Single-purpose links in mentor emails (reconnect one provider, add a link to one session). Only the SHA-256 of the
-- token is kept: a copy of this table opens nothing. A link is spent once it did its thing; its siblings (a resent
-- email's link for the same mentor, purpose and subject) are spent with it.
create table email_link (
    token_hash  varchar(64)  primary key,
    purpose     varchar(16)  not null check (purpose in ('RECONNECT', 'ADD_LINK')),
    mentor_id   varchar(128) not null,
    subject     varchar(128) not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null default now()
);
create index email_link_subject on email_link (mentor_id, purpose, subject);

-- The emailed reconnect link that started a connect ('' for connects started on the mentor page).
alter table oauth_authorization add column email_link varchar(64) not null default '';
