-- The E2C sites and Pôle emploi agencies as the directory last described them in its events: they
-- give each officer their territory (departments) and place the nearest sites of an opening.
create table known_site (
    site_id         uuid primary key,
    name            text             not null,
    commune_code    text             not null,
    department_code text             not null,
    region_code     text             not null,
    latitude        double precision not null,
    longitude       double precision not null,
    active          boolean          not null,
    updated_at      timestamptz      not null
);

create table known_agency (
    safir           text primary key,
    agency_id       uuid        not null,
    department_code text        not null,
    region_code     text        not null,
    updated_at      timestamptz not null
);

-- An establishment prospected by either network. One per SIRET.
create table employer (
    id                 uuid primary key,
    version            bigint           not null,
    siret              text             not null,
    siren              text             not null,
    name               text             not null,
    search_name        text             not null,
    naf_code           text,
    headcount_band     text,
    street             text,
    commune_code       text             not null,
    postal_code        text,
    department_code    text             not null,
    region_code        text             not null,
    latitude           double precision not null,
    longitude          double precision not null,
    rome_codes         text[]           not null,
    registered_by      text             not null,
    registered_network text             not null,
    last_contact_on    date,
    lead_network       text,
    lead_officer       text,
    lead_until         timestamptz,
    created_at         timestamptz      not null,
    updated_at         timestamptz      not null,
    constraint employer_one_per_siret unique (siret)
);
create index employer_by_department on employer (department_code, search_name, id);
create index employer_by_name on employer (search_name text_pattern_ops);
create index employer_by_siret_prefix on employer (siret text_pattern_ops);
create index employer_by_naf on employer (naf_code);
create index employer_by_position on employer (latitude, longitude);

-- The shared log of contacts with employers, planned or done, by either network.
create table contact (
    id               uuid primary key,
    employer_id      uuid        not null references employer (id),
    department_code  text        not null,
    network          text        not null,
    author           text        not null,
    status           text        not null,
    channel          text        not null,
    direction        text        not null,
    purpose          text        not null,
    contact_on       date        not null,
    outcome          text,
    next_step        text,
    next_step_on     date,
    note             text,
    coordinated_with text,
    joint            boolean     not null,
    created_at       timestamptz not null
);
create index contact_by_employer on contact (employer_id, contact_on, id);
create index contact_agenda on contact (department_code, contact_on, id) where status = 'PLANNED';
create index contact_outbound on contact (employer_id, contact_on) where direction = 'OUTBOUND';

-- Who leads the relationship with an employer, for a window; one lead at a time.
create table employer_lead (
    id          uuid primary key,
    employer_id uuid        not null references employer (id),
    network     text        not null,
    officer     text        not null,
    taken_at    timestamptz not null,
    lead_until  timestamptz not null,
    ended_at    timestamptz,
    end_reason  text,
    handed_to   text
);
create unique index employer_lead_one_at_a_time on employer_lead (employer_id) where ended_at is null;
create index employer_lead_to_expire on employer_lead (lead_until) where ended_at is null;

-- Employer events both networks organise together; attendance is a count, never names.
create table joint_action (
    id                 uuid primary key,
    kind               text        not null,
    title              text        not null,
    held_on            date        not null,
    commune_code       text        not null,
    department_code    text        not null,
    site_ids           uuid[]      not null,
    agency_safirs      text[]      not null,
    employer_ids       uuid[]      not null,
    young_people_count integer     not null,
    recorded_by        text        not null,
    created_at         timestamptz not null
);
create index joint_action_by_department on joint_action (department_code, held_on, id);

-- Openings (jobs, apprenticeships, immersions, internships) that came out of a contact.
create table opening (
    id              uuid primary key,
    version         bigint           not null,
    employer_id     uuid             not null references employer (id),
    contact_id      uuid references contact (id),
    network         text             not null,
    published_by    text             not null,
    kind            text             not null,
    rome_code       text             not null,
    title           text             not null,
    commune_code    text             not null,
    department_code text             not null,
    latitude        double precision not null,
    longitude       double precision not null,
    positions       integer          not null,
    starts_on       date,
    ends_on         date,
    status          text             not null,
    created_at      timestamptz      not null,
    updated_at      timestamptz      not null
);
create index opening_by_department on opening (department_code, created_at, id);
create index opening_open_by_position on opening (latitude, longitude) where status = 'OPEN';
create index opening_to_expire on opening (ends_on) where status = 'OPEN';
