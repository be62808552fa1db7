-- Every contact and every lead rewrites its employer's row (last contact, lead, version), never an
-- indexed column: with room left in each page, PostgreSQL keeps the new version on the same page
-- (a heap-only tuple) and touches none of the employer's seven indexes, the trigram one included.
alter table employer set (fillfactor = 85);
