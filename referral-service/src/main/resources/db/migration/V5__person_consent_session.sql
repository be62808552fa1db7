-- A random id per young person, kept only here: the person id in events can no longer be
-- recomputed from a name and a birth date. identity_key is the keyed hash of the normalised
-- identity (what person_id used to be), so that a second referral finds the same person; the row
-- goes when the person's last referral is anonymised, and with it the link, for good.
create table person (
    id           uuid primary key,
    identity_key uuid        not null unique,
    created_at   timestamptz not null
);

insert into person (id, identity_key, created_at)
select gen_random_uuid(), person_id, min(submitted_at) from referral group by person_id;

update referral r set person_id = p.id from person p where p.identity_key = r.person_id;

delete from person p
where not exists (select 1 from referral r where r.person_id = p.id and r.anonymised_at is null);

-- The young person's agreement to be referred, recorded with the submission.
alter table referral add column consent_given_on date;
alter table referral add column consent_method text;

-- The session a referral was invited to was cancelled: it waits to be invited again.
alter table referral add column session_cancelled_at timestamptz;
-- When the session the referral is invited to starts: attendance is recorded only after it.
alter table referral add column session_starts_at timestamptz;
