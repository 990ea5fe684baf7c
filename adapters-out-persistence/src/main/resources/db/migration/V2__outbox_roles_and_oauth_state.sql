-- Whether an outbox message goes to the session's mentor (mentor-only texts, mentor's time zone).
alter table notification_outbox add column recipient_is_mentor boolean not null default false;

-- OAuth authorizations in flight: state -> mentor, platform and PKCE verifier; single use, short-lived.
create table oauth_authorization (
    state          varchar(128) primary key,
    mentor_id      varchar(128) not null,
    platform       varchar(16)  not null check (platform in ('GOOGLE_MEET', 'ZOOM')),
    code_verifier  varchar(256) not null,
    expires_at     timestamptz  not null
);
