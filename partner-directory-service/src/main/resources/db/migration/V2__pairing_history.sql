-- A pairing that ends keeps its row, with the day it ended (Europe/Paris) and the instant.
-- An agency and a site are paired once at a time: uniqueness holds among active pairings only,
-- so they may be paired again after an end.

ALTER TABLE pairing
    ADD COLUMN ended_on DATE,
    ADD COLUMN ended_at TIMESTAMPTZ,
    ADD CONSTRAINT pairing_ended_both CHECK ((ended_on IS NULL) = (ended_at IS NULL));

ALTER TABLE pairing DROP CONSTRAINT pairing_agency_id_site_id_key;
CREATE UNIQUE INDEX pairing_active ON pairing (agency_id, site_id) WHERE ended_at IS NULL;
