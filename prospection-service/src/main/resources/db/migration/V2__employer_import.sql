-- Bulk imports of employers from a SIRENE-style CSV extract, their progress and per-row report.
create table employer_import (
    id           uuid primary key,
    status       text        not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    submitted_by text        not null,
    network      text        not null,
    total_rows   integer,
    processed    integer     not null default 0,
    created      integer     not null default 0,
    updated      integer     not null default 0,
    refused      integer     not null default 0,
    failure      text,
    started_at   timestamptz not null,
    finished_at  timestamptz
);

create table employer_import_row (
    import_id   uuid    not null references employer_import (id) on delete cascade,
    row_number  integer not null,
    siret       text,
    outcome     text    not null check (outcome in ('CREATED', 'UPDATED', 'REFUSED')),
    employer_id uuid,
    reasons     text[]  not null default '{}',
    primary key (import_id, row_number)
);
create index employer_import_row_by_outcome on employer_import_row (import_id, outcome, row_number);
