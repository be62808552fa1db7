-- Employer search stays fast whatever the filter: a name fragment is found through trigrams (a
-- prefix of the name or of any of its words), NAF and headcount band through their own index, so
-- that PostgreSQL does not walk a whole department in name order to find a few matches.
-- pg_trgm is a trusted extension: the database's owner creates it.
create extension if not exists pg_trgm;
create index employer_name_trigrams on employer using gin (search_name gin_trgm_ops);
create index employer_by_department_naf_band on employer (department_code, naf_code, headcount_band);
drop index if exists employer_by_naf;
