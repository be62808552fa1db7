-- The Pôle emploi agencies as the directory last described them in its events: a submission by
-- the Pôle emploi system names one of them.
create table known_agency (
    safir           text primary key,
    agency_id       uuid        not null,
    department_code text        not null,
    region_code     text        not null,
    updated_at      timestamptz not null
);
