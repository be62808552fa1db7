-- The register of local experiments (axis 4 of the agreement): written where they happen by the
-- advisors and E2C staff of their territory, reviewed by steering. Its territory is what the
-- experiment's indicators are computed over (departments, E2C sites, Pôle emploi agencies by SAFIR
-- code; one of them at least). The responsible is a role or function, never a person's contact.
create table experiment (
    id               uuid        primary key,
    title            text        not null,
    description      text        not null,
    department_codes text[]      not null,
    site_ids         uuid[]      not null,
    agency_safirs    text[]      not null,
    partners         text[]      not null,
    responsible      text        not null,
    starts_on        date        not null,
    ends_on          date        not null,
    objectives       text[]      not null,
    evaluation_notes text,
    status           text        not null
        check (status in ('PROPOSED', 'RUNNING', 'EVALUATED', 'EXTENDED', 'STOPPED')),
    review_note      text,
    reviewed_by      text,
    reviewed_at      timestamptz,
    proposed_by      text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null,
    check (ends_on >= starts_on),
    check (cardinality(department_codes) + cardinality(site_ids) + cardinality(agency_safirs) > 0)
);
-- The scope (an advisor's agency, a member of staff's sites) and the list's filters.
create index experiment_by_site on experiment using gin (site_ids);
create index experiment_by_agency on experiment using gin (agency_safirs);
create index experiment_by_department on experiment using gin (department_codes);
create index experiment_in_order on experiment (starts_on, id);
