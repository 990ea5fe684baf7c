-- Mentoring sessions as confirmed by the booking system.
create table mentoring_session (
    session_id        varchar(128) primary key,
    mentor_id         varchar(128) not null,
    mentor_name       varchar(200) not null,
    mentor_email      varchar(320) not null,
    mentor_time_zone  varchar(64)  not null,
    mentee_id         varchar(128) not null,
    mentee_name       varchar(200) not null,
    mentee_email      varchar(320) not null,
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    time_zone         varchar(64)  not null,
    topic             varchar(500) not null,
    sequence          integer      not null,
    state             varchar(16)  not null check (state in ('CONFIRMED', 'CANCELLED')),
    created_at        timestamptz  not null default now(),
    version           bigint       not null default 0,
    check (ends_at > starts_at)
);
create index mentoring_session_mentor_start on mentoring_session (mentor_id, starts_at);
create index mentoring_session_mentee_start on mentoring_session (mentee_id, starts_at);

-- One meeting link per session: the unique session_id makes a second link impossible, even under races.
create table meeting_link (
    id                   uuid          primary key,
    session_id           varchar(128)  not null unique references mentoring_session (session_id),
    join_token           varchar(64)   not null unique,
    status               varchar(32)   not null
        check (status in ('PENDING', 'ACTIVE', 'AWAITING_MANUAL_LINK', 'CANCELLED')),
    platform             varchar(16)   check (platform in ('GOOGLE_MEET', 'ZOOM', 'MANUAL')),
    url                  varchar(2048),
    creator_id           varchar(128),
    external_meeting_id  varchar(1024),
    failure_reason       varchar(500),
    attempts             integer       not null,
    lease_until          timestamptz,
    next_attempt_at      timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null,
    check (status <> 'ACTIVE' or url is not null)
);
create index meeting_link_due on meeting_link (status, next_attempt_at);

-- Booking events already handled: a redelivered event id is recognised and ignored.
create table booking_event (
    event_id     varchar(64)  primary key,
    session_id   varchar(128) not null,
    event_type   varchar(32)  not null,
    received_at  timestamptz  not null default now()
);

-- A mentor's connected Google / Zoom account; tokens are AES-GCM encrypted by the application.
create table provider_connection (
    mentor_id          varchar(128) not null,
    platform           varchar(16)  not null check (platform in ('GOOGLE_MEET', 'ZOOM')),
    account_email      varchar(320) not null,
    status             varchar(16)  not null check (status in ('CONNECTED', 'NEEDS_RECONNECT', 'DISCONNECTED')),
    status_reason      varchar(500),
    access_token_enc   bytea,
    refresh_token_enc  bytea,
    access_expires_at  timestamptz,
    scopes             varchar(1000),
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    primary key (mentor_id, platform)
);

create table mentor_preference (
    mentor_id         varchar(128) primary key,
    default_platform  varchar(16)  not null check (default_platform in ('GOOGLE_MEET', 'ZOOM')),
    updated_at        timestamptz  not null
);

-- Outbox: notifications written with the change that causes them, sent afterwards by a dispatcher.
create table notification_outbox (
    id               bigserial     primary key,
    dedupe_key       varchar(300)  not null unique,
    kind             varchar(32)   not null,
    recipient_name   varchar(200)  not null,
    recipient_email  varchar(320)  not null,
    session_id       varchar(128),
    platform         varchar(16),
    sequence         integer       not null,
    created_at       timestamptz   not null default now(),
    available_at     timestamptz   not null default now(),
    attempts         integer       not null default 0,
    sent_at          timestamptz,
    failed_at        timestamptz,
    last_error       varchar(1000)
);
create index notification_outbox_due on notification_outbox (available_at) where sent_at is null and failed_at is null;
