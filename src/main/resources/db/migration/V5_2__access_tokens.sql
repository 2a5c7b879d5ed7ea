-- Personal access tokens of the API (issue 10): `Authorization: Bearer cm_…`. Only the SHA-256 of a token is
-- kept (a 256-bit random secret needs no slow hash), with its first characters to tell tokens apart.
CREATE TABLE access_token (
    id              BIGSERIAL     PRIMARY KEY,
    user_id         BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name            VARCHAR(100)  NOT NULL,
    token_hash      CHAR(64)      NOT NULL UNIQUE,
    display_prefix  VARCHAR(20)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ   NOT NULL,
    last_used_at    TIMESTAMPTZ
);
CREATE INDEX access_token_user_idx ON access_token (user_id, created_at);
