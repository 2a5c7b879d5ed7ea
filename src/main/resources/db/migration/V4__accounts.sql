-- Accounts: who may sign in, with which role and scope (issue 5).
-- Territories and the buyer are kept as codes, without foreign keys: an account may be set up for a
-- territory or a buyer before its data is imported, and removing data never removes an account.
CREATE TABLE app_user (
    id               BIGSERIAL PRIMARY KEY,
    username         VARCHAR(100)  NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name     VARCHAR(200)  NOT NULL,
    password_hash    VARCHAR(500)  NOT NULL,
    role             VARCHAR(20)   NOT NULL CHECK (role IN ('ADMIN', 'FACILITATOR', 'BUYER')),
    buyer_code       VARCHAR(200),
    enabled          BOOLEAN       NOT NULL DEFAULT true,
    failed_logins    INTEGER       NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    last_login_at    TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((role = 'BUYER') = (buyer_code IS NOT NULL))
);

CREATE TABLE app_user_territory (
    user_id         BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    territory_code  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (user_id, territory_code)
);
