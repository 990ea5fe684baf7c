-- Tokens at rest now carry a format byte: 0x01 = key id + nonce + AES-GCM bound to row and column. The values
-- written before have none; prefix them with 0x00 (nonce + AES-GCM, no associated data), so they stay readable
-- with any configured key until their next write re-encrypts them.
update provider_connection set access_token_enc = '\x00'::bytea || access_token_enc
    where access_token_enc is not null and length(access_token_enc) > 0;
update provider_connection set refresh_token_enc = '\x00'::bytea || refresh_token_enc
    where refresh_token_enc is not null and length(refresh_token_enc) > 0;

-- The tokens of dead or disconnected grants are deleted, not only flagged.
update provider_connection set access_token_enc = null, refresh_token_enc = null, access_expires_at = null
    where status <> 'CONNECTED';
