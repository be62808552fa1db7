-- Rebuilds of every projection from the start of the topics into a new generation (RebuildRunner).
create table projection_rebuild (
    id             uuid        primary key,
    generation     integer     not null,
    status         text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    phase          text        not null,
    requested_by   text        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    events_total   bigint      not null default 0,
    events_done    bigint      not null default 0,
    events_per_second numeric(12, 1),
    error          text
);
create unique index projection_rebuild_one_running on projection_rebuild (status)
    where status = 'RUNNING';
