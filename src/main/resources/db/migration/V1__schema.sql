-- Clausematch schema. Flyway owns it; Hibernate only validates.

CREATE TABLE territory (
    code        VARCHAR(64) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('DEPARTEMENT', 'AREA')),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE qpv (
    code            VARCHAR(64) PRIMARY KEY,
    name            VARCHAR(200),
    commune         VARCHAR(200),
    territory_code  VARCHAR(64) REFERENCES territory (code)
);

CREATE TABLE buyer (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(200) NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL DEFAULT 'OTHER'
                CHECK (kind IN ('SOCIAL_LANDLORD', 'LOCAL_AUTHORITY', 'STATE', 'HOSPITAL', 'OTHER')),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE candidate (
    id                  BIGSERIAL PRIMARY KEY,
    external_id         VARCHAR(64)   NOT NULL UNIQUE,
    territory_code      VARCHAR(64)   NOT NULL REFERENCES territory (code),
    gender              VARCHAR(1)    CHECK (gender IN ('F', 'M')),
    birth_year          INTEGER       NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    commune             VARCHAR(200)  NOT NULL,
    latitude            DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude           DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    qpv_code            VARCHAR(64),
    eligibility_until   DATE,
    qualification_level INTEGER       NOT NULL CHECK (qualification_level = 0 OR qualification_level BETWEEN 3 AND 8),
    max_distance_km     DOUBLE PRECISION NOT NULL CHECK (max_distance_km >= 0),
    available_from      DATE,
    available_until     DATE,
    max_hours_per_week  NUMERIC(4, 1) NOT NULL CHECK (max_hours_per_week >= 0),
    registered_on       DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL DEFAULT 'IDENTIFIED'
                        CHECK (status IN ('IDENTIFIED', 'PROPOSED', 'IN_MISSION', 'EXITED', 'ARCHIVED')),
    last_contact_on     DATE          NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (available_until IS NULL OR available_from IS NULL OR available_until >= available_from)
);
CREATE INDEX candidate_territory_idx ON candidate (territory_code, status);
CREATE INDEX candidate_qpv_idx ON candidate (qpv_code);

-- One row per eligibility criterion: who validated it and until when (no documents are stored).
CREATE TABLE candidate_eligibility (
    candidate_id  BIGINT      NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    criterion     VARCHAR(30) NOT NULL CHECK (criterion IN ('DELD', 'DETLD', 'RSA', 'ASS', 'AAH', 'RQTH', 'YOUTH',
                                          'SENIOR', 'LOW_QUALIFICATION', 'PASS_IAE', 'SINGLE_PARENT', 'REFUGEE',
                                          'JUSTICE', 'PRESCRIBER_OPINION')),
    validated_by  VARCHAR(200),
    validated_on  DATE,
    valid_until   DATE,
    PRIMARY KEY (candidate_id, criterion)
);

CREATE TABLE candidate_trade (
    candidate_id  BIGINT      NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    trade         VARCHAR(10) NOT NULL,
    PRIMARY KEY (candidate_id, position)
);
CREATE INDEX candidate_trade_trade_idx ON candidate_trade (trade);

CREATE TABLE candidate_licence (
    candidate_id  BIGINT      NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    licence       VARCHAR(40) NOT NULL,
    PRIMARY KEY (candidate_id, position)
);

CREATE TABLE contract (
    id              BIGSERIAL PRIMARY KEY,
    external_id     VARCHAR(64)   NOT NULL UNIQUE,
    territory_code  VARCHAR(64)   NOT NULL REFERENCES territory (code),
    buyer_id        BIGINT        NOT NULL REFERENCES buyer (id),
    title           VARCHAR(500)  NOT NULL,
    type            VARCHAR(30)   NOT NULL CHECK (type IN ('WORKS', 'SERVICES', 'INTELLECTUAL_SERVICES')),
    legal_basis     VARCHAR(30)   NOT NULL CHECK (legal_basis IN ('EXECUTION_CLAUSE', 'AWARD_CRITERION',
                                          'RESERVED_SIAE', 'RESERVED_DISABILITY', 'INSERTION_CONTRACT')),
    anru            BOOLEAN       NOT NULL,
    commune         VARCHAR(200)  NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude       DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    qpv_code        VARCHAR(64),
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    required_hours  INTEGER       NOT NULL CHECK (required_hours >= 0),
    status          VARCHAR(20)   NOT NULL DEFAULT 'OPEN'
                    CHECK (status IN ('SUBMITTED', 'OPEN', 'IN_PROGRESS', 'CLOSED', 'CANCELLED')),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date)
);
CREATE INDEX contract_territory_idx ON contract (territory_code, type, status);
CREATE INDEX contract_buyer_idx ON contract (buyer_id);

CREATE TABLE slot (
    id                       BIGSERIAL PRIMARY KEY,
    external_id              VARCHAR(64)   NOT NULL UNIQUE,
    contract_id              BIGINT        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    trade                    VARCHAR(10)   NOT NULL,
    hours                    INTEGER       NOT NULL CHECK (hours >= 0),
    start_date               DATE          NOT NULL,
    end_date                 DATE          NOT NULL,
    hours_per_week           NUMERIC(4, 1) NOT NULL CHECK (hours_per_week >= 0),
    min_qualification_level  INTEGER       NOT NULL CHECK (min_qualification_level = 0 OR min_qualification_level BETWEEN 3 AND 8),
    version                  BIGINT        NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);
CREATE INDEX slot_contract_idx ON slot (contract_id);

CREATE TABLE slot_licence (
    slot_id   BIGINT      NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    licence   VARCHAR(40) NOT NULL,
    PRIMARY KEY (slot_id, position)
);

-- A plan: one solver run (or the first-come-first-served baseline) over one territory.
CREATE TABLE plan (
    id              BIGSERIAL PRIMARY KEY,
    territory_code  VARCHAR(64)  NOT NULL REFERENCES territory (code),
    strategy        VARCHAR(20)  NOT NULL CHECK (strategy IN ('OPTIMIZE', 'BASELINE')),
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('QUEUED', 'SOLVING', 'STOPPED', 'DONE', 'FAILED')),
    score           VARCHAR(100),
    hours_total     BIGINT,
    hours_assigned  BIGINT,
    requested_by    VARCHAR(200),
    started_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    ended_at        TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX plan_territory_idx ON plan (territory_code, started_at DESC);

-- A pairing of one slot with one candidate, proposed by a plan and reviewed by a facilitator.
CREATE TABLE assignment (
    id            BIGSERIAL PRIMARY KEY,
    plan_id       BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    slot_id       BIGINT       NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    candidate_id  BIGINT       NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    decided_by    VARCHAR(200),
    decided_at    TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (plan_id, slot_id, candidate_id)
);
CREATE INDEX assignment_slot_idx ON assignment (slot_id, status);
CREATE INDEX assignment_candidate_idx ON assignment (candidate_id, status);

-- History of every status change of an assignment.
CREATE TABLE assignment_event (
    id             BIGSERIAL PRIMARY KEY,
    assignment_id  BIGINT       NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)  NOT NULL,
    actor          VARCHAR(200),
    reason         VARCHAR(1000),
    at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX assignment_event_assignment_idx ON assignment_event (assignment_id, at);
