-- The partner directory: both networks, their people and their information sessions.

CREATE TABLE school (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    siret        CHAR(14) NOT NULL UNIQUE,
    label_status TEXT NOT NULL CHECK (label_status IN ('LABELLED', 'IN_PROGRESS', 'NOT_LABELLED')),
    label_date   DATE,
    version      BIGINT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE site (
    id              UUID PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,             -- the network's own identifier: import key
    school_id       UUID NOT NULL REFERENCES school (id),
    name            TEXT NOT NULL,
    street          TEXT NOT NULL,
    commune_code    CHAR(5) NOT NULL,
    postal_code     CHAR(5) NOT NULL,
    department_code TEXT NOT NULL,
    region_code     TEXT NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    phone           TEXT,
    email           TEXT,
    opening_hours   TEXT,
    accessibility   TEXT,
    yearly_capacity INT CHECK (yearly_capacity >= 0),
    sectors         TEXT[] NOT NULL DEFAULT '{}',
    status          TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX site_region ON site (region_code, status);
CREATE INDEX site_department ON site (department_code, status);
CREATE INDEX site_school ON site (school_id);

CREATE TABLE agency (
    id              UUID PRIMARY KEY,
    safir           CHAR(5) NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    street          TEXT NOT NULL,
    commune_code    CHAR(5) NOT NULL,
    postal_code     CHAR(5) NOT NULL,
    department_code TEXT NOT NULL,
    region_code     TEXT NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE referent (
    id         UUID PRIMARY KEY,
    site_id    UUID REFERENCES site (id),
    agency_id  UUID REFERENCES agency (id),
    first_name TEXT NOT NULL,
    last_name  TEXT NOT NULL,
    function   TEXT NOT NULL CHECK (function IN ('PEDAGOGICAL_REFERENT', 'COMPANY_RELATIONS_OFFICER', 'AGENCY_E2C_REFERENT')),
    email      TEXT NOT NULL,
    phone      TEXT,
    active     BOOLEAN NOT NULL,
    version    BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CHECK ((site_id IS NULL) <> (agency_id IS NULL))
);
CREATE INDEX referent_site ON referent (site_id);
CREATE INDEX referent_agency ON referent (agency_id);

CREATE TABLE pairing (
    id                  UUID PRIMARY KEY,
    agency_id           UUID NOT NULL REFERENCES agency (id),
    site_id             UUID NOT NULL REFERENCES site (id),
    since               DATE NOT NULL,
    agency_referent_id  UUID REFERENCES referent (id),
    site_referent_id    UUID REFERENCES referent (id),
    version             BIGINT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (agency_id, site_id)
);
CREATE INDEX pairing_site ON pairing (site_id);

CREATE TABLE information_session (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    venue        TEXT NOT NULL CHECK (venue IN ('SITE', 'AGENCY')),
    agency_id    UUID REFERENCES agency (id),
    format       TEXT NOT NULL CHECK (format IN ('IN_PERSON', 'VIDEO')),
    starts_at    TIMESTAMPTZ NOT NULL,
    ends_at      TIMESTAMPTZ NOT NULL,
    capacity     INT NOT NULL CHECK (capacity > 0),
    seats_booked INT NOT NULL CHECK (seats_booked >= 0),
    status       TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED', 'DONE')),
    version      BIGINT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    CHECK (seats_booked <= capacity),
    CHECK (ends_at > starts_at),
    CHECK ((venue = 'AGENCY') = (agency_id IS NOT NULL))
);
CREATE INDEX session_site_start ON information_session (site_id, starts_at);
CREATE INDEX session_upcoming ON information_session (starts_at) WHERE status = 'SCHEDULED';

CREATE TABLE reservation (
    id           UUID PRIMARY KEY,
    session_id   UUID NOT NULL REFERENCES information_session (id),
    referral_id  UUID NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
    booked_by    TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    cancelled_at TIMESTAMPTZ,
    UNIQUE (session_id, referral_id)
);

CREATE TABLE import_job (
    id            UUID PRIMARY KEY,
    format        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    submitted_by  TEXT NOT NULL,
    total_rows    INT,
    processed     INT NOT NULL DEFAULT 0,
    created       INT NOT NULL DEFAULT 0,
    updated       INT NOT NULL DEFAULT 0,
    rejected      INT NOT NULL DEFAULT 0,
    failure       TEXT,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ
);

CREATE TABLE import_row (
    job_id     UUID NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number INT NOT NULL,
    site_code  TEXT,
    outcome    TEXT NOT NULL CHECK (outcome IN ('CREATED', 'UPDATED', 'REJECTED')),
    reasons    TEXT[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (job_id, row_number)
);
