-- A running import proves it is alive at every chunk it commits; one silent for too long died with
-- its service (its rows were never committed) and is reported as failed.
alter table employer_import add column heartbeat_at timestamptz;
update employer_import set heartbeat_at = coalesce(finished_at, started_at);
alter table employer_import alter column heartbeat_at set not null;
