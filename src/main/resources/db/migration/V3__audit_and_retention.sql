-- Personal data: who read or changed a person's record, and when (RGPD); retention works on candidate.last_contact_on.

-- One row per read or change of one person's record. subject_id is the pseudonymous id, detail
-- names criteria codes or counts, never other personal data.
CREATE TABLE audit_event (
    id            BIGSERIAL PRIMARY KEY,
    at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    actor         VARCHAR(200)  NOT NULL,
    action        VARCHAR(20)   NOT NULL
                  CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'READ_SENSITIVE', 'EXPORT', 'ANONYMISE')),
    subject_type  VARCHAR(30)   NOT NULL,
    subject_id    VARCHAR(64)   NOT NULL,
    detail        VARCHAR(1000)
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, at);

-- Retention looks for people without contact for a while.
CREATE INDEX candidate_last_contact_idx ON candidate (last_contact_on) WHERE status <> 'ARCHIVED';
