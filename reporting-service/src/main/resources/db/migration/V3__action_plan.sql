-- The agreement's action plan (axis 5, "le suivi des actions engagées"): each commitment, its
-- owner (an organisation or a function), its due date and status, and where one fits the indicator
-- that shows its progress and the territory (a department or a region, not both) it concerns.
create table commitment (
    id              uuid        primary key,
    title           text        not null,
    description     text,
    owner           text        not null,
    due_on          date        not null,
    status          text        not null
        check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    indicator       text,
    department_code text,
    region_code     text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    check (department_code is null or region_code is null)
);
create index commitment_in_order on commitment (due_on, id);
