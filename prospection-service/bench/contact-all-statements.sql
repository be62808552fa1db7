-- pgbench script of prospection-service/bench/run: every statement one contact recorded through the
-- API (POST /api/v1/prospection/employers/{id}/contacts with an Idempotency-Key) makes PostgreSQL
-- run, in the same transactions, with nothing else (no HTTP, no token, no JSON, no Java), as read
-- from the service's SQL log: in one transaction, the Idempotency-Key claimed (an advisory lock)
-- and its record read, the employer read and locked (FOR NO KEY UPDATE), the caller's agency (territory), the running lead
-- (coordination), the employer's outbound contacts around the day (solicitation ceiling), the
-- contact, the employer updated in full with its version (last contact), the outbox event and the
-- stored response; last, the outbox relay marking the event published.
-- -D employers=<N>: the bench employers, ids 00000000-0000-4000-b000-<rank in hex>. Rows are
-- obviously fictitious (author and client pgbench-fictitious); the outbox rows are written as
-- published already, so they never reach Kafka. The run deletes them afterwards.
\set rank random(0, :employers - 1)
BEGIN;
SELECT pg_try_advisory_xact_lock(hashtextextended(gen_random_uuid()::text, 0)) AS locked,
    'key-' || gen_random_uuid() AS idempotency_key \gset
SELECT request_hash, status, response_status, response_headers::text, response_body, created_at
  FROM idempotency_record
  WHERE client_id = 'pgbench-fictitious' AND idempotency_key = :idempotency_key;
SELECT e.id AS employer_id, e.commune_code, e.created_at, e.department_code, e.headcount_band,
    e.last_contact_on, e.latitude, e.lead_network, e.lead_officer, e.lead_until, e.longitude,
    e.naf_code, e.name, e.postal_code, e.region_code, e.registered_by, e.registered_network,
    e.rome_codes, e.search_name, e.siren, e.siret, e.street, e.updated_at, e.version
  FROM employer e
  WHERE e.id = ('00000000-0000-4000-b000-' || lpad(to_hex(:rank::int), 12, '0'))::uuid
  FOR NO KEY UPDATE OF e \gset
SELECT safir, agency_id, department_code, region_code, updated_at FROM known_agency
  WHERE safir = '90001';
SELECT id, employer_id, end_reason, ended_at, handed_to, lead_until, network, officer, taken_at
  FROM employer_lead WHERE employer_id = :employer_id AND ended_at IS NULL FETCH FIRST 1 ROWS ONLY;
SELECT contact_on FROM contact
  WHERE employer_id = :employer_id AND direction = 'OUTBOUND'
    AND contact_on BETWEEN current_date - 29 AND current_date + 29
    AND id <> '00000000-0000-0000-0000-000000000000';
INSERT INTO contact (author, channel, contact_on, coordinated_with, created_at, department_code,
    direction, employer_id, joint, network, next_step, next_step_on, note, outcome, purpose, status,
    id)
  VALUES ('pgbench-fictitious', 'PHONE', current_date, NULL, now(), '59', 'OUTBOUND',
    :employer_id, false, 'PE', 'Call back', current_date,
    'Fictitious benchmark contact, no real person.', 'Bench contact, fictitious',
    'RECRUITMENT_NEED', 'DONE', gen_random_uuid())
  RETURNING id AS contact_id \gset
UPDATE employer SET commune_code = commune_code, created_at = created_at,
    department_code = department_code, headcount_band = headcount_band,
    last_contact_on = current_date, latitude = latitude, lead_network = lead_network,
    lead_officer = lead_officer, lead_until = lead_until, longitude = longitude,
    naf_code = naf_code, name = name, postal_code = postal_code, region_code = region_code,
    registered_by = registered_by, registered_network = registered_network,
    rome_codes = rome_codes, search_name = search_name, siren = siren, siret = siret,
    street = street, updated_at = now(), version = :version + 1
  WHERE id = :employer_id AND version = :version;
INSERT INTO outbox_event (id, topic, aggregate_id, type, source, occurred_at, payload, traceparent,
    published_at)
  VALUES (gen_random_uuid(), 'passerelle.prospection.v1', :employer_id,
    'fr.passerelle.prospection.contact-recorded.v1', '/passerelle/prospection', now(),
    json_build_object('contactId', :contact_id::uuid, 'employerId', :employer_id::uuid,
      'departmentCode', '59', 'network', 'PE', 'status', 'DONE', 'channel', 'PHONE',
      'direction', 'OUTBOUND', 'purpose', 'RECRUITMENT_NEED', 'contactOn', current_date,
      'joint', false, 'coordinatedWithNetwork', NULL),
    '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-00', now())
  RETURNING id AS event_id \gset
INSERT INTO idempotency_record (client_id, idempotency_key, request_hash, request_path, status,
    response_status, response_headers, response_body, created_at, completed_at)
  VALUES ('pgbench-fictitious', :idempotency_key, md5(random()::text),
    '/api/v1/prospection/employers/x/contacts', 'COMPLETED', 201, '{"Location": "/api/v1/prospection/employers/x/contacts/y"}', repeat('x', 420), now(), now())
  ON CONFLICT (client_id, idempotency_key) DO UPDATE SET request_hash = excluded.request_hash,
    status = excluded.status, response_body = excluded.response_body,
    created_at = excluded.created_at;
END;
UPDATE outbox_event SET published_at = now() WHERE id = ANY (ARRAY[:event_id::uuid]);
