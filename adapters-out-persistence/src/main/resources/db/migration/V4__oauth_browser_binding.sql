-- A connect is bound to the browser that started it: the SHA-256 of the nonce in that browser's cookie.
-- Connects in flight during the upgrade have none and must be started again.
alter table oauth_authorization add column browser_binding varchar(64) not null default '';
