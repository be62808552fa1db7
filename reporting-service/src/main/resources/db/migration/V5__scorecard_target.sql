-- The targets steering sets for each year of the agreement and each territory it steers (national,
-- a region, a department…), one document per year and territory (ETag: version).
create table scorecard_target (
    agreement_year integer     not null,
    territory      text        not null,
    targets        jsonb       not null,
    version        bigint      not null,
    updated_by     text        not null,
    updated_at     timestamptz not null,
    primary key (agreement_year, territory)
);
