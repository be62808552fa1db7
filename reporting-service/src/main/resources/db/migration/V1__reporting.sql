-- Every projection is built from the events of the other services, never from their databases, and
-- lives in a generation: the one marked CURRENT serves, a rebuild fills the next one from the start
-- of the topics while the current one keeps serving, then the switch is one update.
create table projection_generation (
    generation  integer     primary key,
    state       text        not null check (state in ('BUILDING', 'CURRENT', 'RETIRED', 'FAILED')),
    created_at  timestamptz not null,
    switched_at timestamptz
);
create unique index projection_generation_one_current on projection_generation (state)
    where state = 'CURRENT';
insert into projection_generation (generation, state, created_at, switched_at)
    values (1, 'CURRENT', now(), now());

-- Where each generation stands on each topic partition: the freshness of its indicators.
create table projection_position (
    generation      integer     not null,
    topic           text        not null,
    kafka_partition integer     not null,
    last_offset     bigint      not null,
    last_event_id   text        not null,
    last_event_time timestamptz not null,
    applied_at      timestamptz not null,
    primary key (generation, topic, kafka_partition)
);

-- Events of types this service does not know (a newer producer): skipped, counted, never fatal.
create table skipped_event (
    generation integer not null,
    topic      text    not null,
    event_type text    not null,
    skipped    bigint  not null,
    primary key (generation, topic, event_type)
);

-- Dimensions: the latest state of each site, agency, session and pairing (latest event time wins,
-- so that applying events in any order, or twice, ends in the same state).
create table site (
    generation      integer     not null,
    site_id         uuid        not null,
    department_code text        not null,
    region_code     text        not null,
    status          text        not null,
    event_time      timestamptz not null,
    primary key (generation, site_id)
);

create table agency (
    generation      integer     not null,
    safir           text        not null,
    agency_id       uuid        not null,
    department_code text        not null,
    region_code     text        not null,
    event_time      timestamptz not null,
    primary key (generation, safir)
);
create index agency_by_id on agency (generation, agency_id);

create table info_session (
    generation   integer     not null,
    session_id   uuid        not null,
    site_id      uuid        not null,
    agency_id    uuid,
    starts_at    timestamptz not null,
    capacity     integer     not null,
    seats_booked integer     not null,
    status       text        not null,
    event_time   timestamptz not null,
    primary key (generation, session_id)
);

create table pairing (
    generation integer     not null,
    pairing_id uuid        not null,
    agency_id  uuid        not null,
    site_id    uuid        not null,
    since      date        not null,
    ended_on   date,
    event_time timestamptz not null,
    primary key (generation, pairing_id)
);

-- Facts: one row per event, keyed by the event id, so that an event applied twice counts once.
create table referral_event (
    generation       integer     not null,
    event_id         text        not null,
    referral_id      uuid        not null,
    kind             text        not null,
    occurred_at      timestamptz not null,
    site_id          uuid,
    agency_safir     text,
    action           text,
    to_status        text,
    reason_code      text,
    outcome          text,
    positive_exit    boolean,
    milestone_kind   text,
    employer_siret   text,
    overridden_rules integer     not null default 0,
    primary key (generation, event_id)
);
create index referral_event_by_referral on referral_event (generation, referral_id);
create index referral_event_by_time on referral_event (generation, occurred_at);

create table orientation_event (
    generation     integer     not null,
    event_id       text        not null,
    orientation_id uuid        not null,
    change         text        not null,
    agency_safir   text        not null,
    site_id        uuid        not null,
    occurred_at    timestamptz not null,
    primary key (generation, event_id)
);

create table prospection_event (
    generation        integer     not null,
    event_id          text        not null,
    kind              text        not null,
    occurred_at       timestamptz not null,
    employer_id       uuid,
    opening_id        uuid,
    department_code   text        not null,
    region_code       text,
    network           text,
    channel           text,
    status            text,
    joint             boolean     not null default false,
    coordinated_with  text,
    opening_kind      text,
    positions         integer,
    primary key (generation, event_id)
);
create index prospection_event_by_time on prospection_event (generation, occurred_at);
create index prospection_event_by_opening on prospection_event (generation, opening_id);

-- Each referral's path as its events tell it, recomputed from referral_event (ReferralPaths) for
-- the referrals an event touched: the territory it counts in and the dates the delays are built on.
create table referral_path (
    generation    integer     not null,
    referral_id   uuid        not null,
    site_id       uuid,
    agency_safir  text,
    submitted_at  timestamptz,
    answered_at   timestamptz,
    invited_at    timestamptz,
    attended_at   timestamptz,
    admitted_at   timestamptz,
    started_at    timestamptz,
    exited_at     timestamptz,
    outcome       text,
    positive_exit boolean,
    primary key (generation, referral_id)
);
create index referral_path_by_submission on referral_path (generation, submitted_at);
