-- Sites as the directory publishes them (site-created / site-updated / site-closed), so that a
-- submission checks its target site without calling the directory.
create table known_site (
    site_id         uuid primary key,
    school_id       uuid,
    name            text        not null,
    commune_code    text        not null,
    department_code text        not null,
    region_code     text        not null,
    active          boolean     not null,
    updated_at      timestamptz not null
);

create table referral (
    id                   uuid primary key,
    version              bigint      not null,
    status               text        not null,
    -- Pseudonymous person id (keyed hash of the identity): events and indicators use it, never names.
    person_id            uuid        not null,
    submitted_by         text        not null,
    submitted_via        text        not null,
    client_id            text        not null,
    external_ref         text,
    agency_safir         text        not null,
    site_id              uuid        not null,
    session_id           uuid,
    first_name           text,
    last_name            text,
    birth_date           date,
    phone                text,
    email                text,
    preferred_channel    text,
    commune_code         text,
    department_code      text        not null,
    france_travail_id    text,
    age_at_submission    integer     not null,
    highest_qualification text       not null,
    activity             text        not null,
    overridden_rules     text[]      not null,
    override_justification text,
    barriers             text[]      not null,
    diagnostic_summary   text,
    project_idea         text,
    rome_codes           text[]      not null,
    commitment_signed_on date,
    path_starts_on       date,
    decline_reason       text,
    withdrawal_reason    text,
    exit_outcome         text,
    exited_on            date,
    submitted_at         timestamptz not null,
    last_action_at       timestamptz not null,
    reminded_at          timestamptz,
    closed_at            timestamptz,
    anonymised_at        timestamptz,
    constraint referral_external_ref_per_client unique (client_id, external_ref)
);

create index referral_by_site on referral (site_id, submitted_at, id);
create index referral_by_agency on referral (agency_safir, submitted_at, id);
create index referral_by_client on referral (client_id, submitted_at, id);
create index referral_by_person on referral (person_id);
create index referral_awaiting on referral (last_action_at) where closed_at is null;
create index referral_to_anonymise on referral (closed_at) where anonymised_at is null;

-- The transition log: who moved the referral, when, from what to what, why.
create table referral_transition (
    id           bigserial primary key,
    referral_id  uuid        not null references referral (id),
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    from_site_id uuid,
    to_site_id   uuid        not null,
    actor        text        not null,
    actor_side   text        not null,
    reason_code  text,
    comment      text,
    occurred_at  timestamptz not null
);
create index referral_transition_by_referral on referral_transition (referral_id, id);

create table milestone (
    id             uuid primary key,
    referral_id    uuid        not null references referral (id),
    kind           text        not null,
    title          text,
    employer_siret text,
    starts_on      date        not null,
    ends_on        date,
    comment        text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index milestone_by_referral on milestone (referral_id, starts_on, id);

-- Messages and notes shared by the advisor and the E2C team.
create table timeline_entry (
    id          uuid primary key,
    referral_id uuid        not null references referral (id),
    kind        text        not null,
    author      text        not null,
    author_side text        not null,
    body        text,
    created_at  timestamptz not null
);
create index timeline_entry_by_referral on timeline_entry (referral_id, created_at, id);

-- The change feed. Rows are read in (tx_id, seq) order and only once every transaction that could
-- still add an earlier row has ended (tx_id below the oldest running one), so a reader resuming
-- from its cursor never skips a row that committed late nor sees one twice.
create table referral_change (
    tx_id       xid8        not null default pg_current_xact_id(),
    seq         bigserial   not null,
    referral_id uuid        not null references referral (id),
    change      text        not null,
    status      text        not null,
    site_id     uuid        not null,
    occurred_at timestamptz not null,
    primary key (tx_id, seq)
);
create index referral_change_by_referral on referral_change (referral_id);

-- Who read a referral's personal data, when and why.
create table access_log (
    id          bigserial primary key,
    referral_id uuid        not null references referral (id),
    actor       text        not null,
    actor_roles text        not null,
    operation   text        not null,
    purpose     text        not null,
    read_at     timestamptz not null
);
create index access_log_by_referral on access_log (referral_id, id);

-- Right-of-erasure requests carried out.
create table erasure (
    id            uuid primary key,
    person_id     uuid        not null,
    referral_ids  uuid[]      not null,
    requested_by  text        not null,
    reason        text        not null,
    erased_at     timestamptz not null
);
