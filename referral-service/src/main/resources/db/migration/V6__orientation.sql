-- Information-only orientations: a young person sent by an advisor to an E2C information session
-- without a referral, with only what the E2C needs to welcome them.
create table orientation (
    id                uuid primary key,
    version           bigint      not null,
    status            text        not null,
    agency_safir      text        not null,
    client_id         text        not null,
    oriented_by       text        not null,
    site_id           uuid        not null,
    session_id        uuid        not null,
    session_starts_at timestamptz,
    first_name        text,
    phone             text,
    email             text,
    preferred_channel text,
    referral_id       uuid,
    created_at        timestamptz not null,
    cancelled_at      timestamptz,
    converted_at      timestamptz,
    anonymised_at     timestamptz
);
create index orientation_by_site on orientation (site_id, created_at, id);
create index orientation_by_agency on orientation (agency_safir, created_at, id);
create index orientation_by_session on orientation (session_id);
create index orientation_to_anonymise on orientation (session_starts_at) where anonymised_at is null;
