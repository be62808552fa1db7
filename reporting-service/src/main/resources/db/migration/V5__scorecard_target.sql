-- The targets steering sets for each year of the agreement, one document per year (ETag: version).
create table scorecard_target (
    agreement_year integer     primary key,
    targets        jsonb       not null,
    version        bigint      not null,
    updated_by     text        not null,
    updated_at     timestamptz not null
);
