-- Failed sign-ins (issue 10): counted per (name typed, client address), per client address and per name,
-- whether an account of that name exists or not, so that neither the answer nor the delays tell which
-- usernames exist, and one client's failures never lock another client out. Kept in the database so that
-- it holds across restarts and instances. The counters of app_user gave way to these rows.
CREATE TABLE login_failure (
    kind             CHAR(1)       NOT NULL CHECK (kind IN ('P', 'C', 'A')), -- P: name and client, C: client, A: name
    username         VARCHAR(100)  NOT NULL, -- normalised name typed ('' on a client's row)
    client           VARCHAR(64)   NOT NULL, -- the client's address ('' on a name's row)
    failures         INTEGER       NOT NULL,
    last_failure_at  TIMESTAMPTZ,
    blocked_until    TIMESTAMPTZ,
    last_success_at  TIMESTAMPTZ,  -- on a P row: this client signed in to this account then
    PRIMARY KEY (kind, username, client)
);
CREATE INDEX login_failure_blocked_idx ON login_failure (username, blocked_until) WHERE blocked_until IS NOT NULL;

ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
