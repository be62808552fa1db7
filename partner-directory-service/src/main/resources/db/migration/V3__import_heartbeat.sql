-- A running import proves it is alive at every chunk it commits; one silent for too long died with
-- its service (its rows were never committed) and is reported as failed.
alter table import_job add column heartbeat_at timestamptz;
update import_job set heartbeat_at = coalesce(finished_at, started_at);
alter table import_job alter column heartbeat_at set not null;
