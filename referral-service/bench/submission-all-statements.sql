-- pgbench script of referral-service/bench/run: every statement one submission through the API
-- makes PostgreSQL run, in the same transactions, with nothing else (no HTTP, no token, no JSON, no
-- Java): in one transaction, the Idempotency-Key claimed (an advisory lock) and its record read,
-- the duplicate-externalRef check, the site check (-D site=<an id in known_site>), the person upsert and the five rows of submission.sql and the stored
-- response; last, the outbox relay marking the event published (batched in the service).
-- Obviously fictitious data, as in submission.sql.
\set age random(16, 25)
\set days random(0, 364)
\set phone random(1000, 9999)
BEGIN;
SELECT pg_try_advisory_xact_lock(hashtextextended(gen_random_uuid()::text, 0)) AS locked,
    'key-' || gen_random_uuid() AS idempotency_key \gset
SELECT request_hash, status, response_status, response_headers::text, response_body, created_at
  FROM idempotency_record
  WHERE client_id = 'pgbench-fictitious' AND idempotency_key = :idempotency_key;
SELECT id FROM referral WHERE external_ref_namespace = 'pgbench-fictitious' AND external_ref = 'PGBENCH-' || :idempotency_key::text;
SELECT site_id, school_id, name, commune_code, department_code, region_code, active, updated_at
  FROM known_site WHERE site_id = :site;
INSERT INTO person (id, identity_key, created_at)
  VALUES (gen_random_uuid(), md5(:idempotency_key::text)::uuid, now())
  ON CONFLICT (identity_key) DO UPDATE SET identity_key = excluded.identity_key
  RETURNING id AS person_id \gset
INSERT INTO referral (id, version, status, person_id, submitted_by, submitted_via, client_id,
    external_ref_namespace, external_ref, agency_safir, site_id, session_id, first_name, last_name, birth_date, phone,
    email, preferred_channel, commune_code, department_code, france_travail_id, age_at_submission,
    highest_qualification, activity, overridden_rules, override_justification, barriers,
    diagnostic_summary, project_idea, rome_codes, consent_given_on, consent_method, submitted_at,
    last_action_at)
  VALUES (gen_random_uuid(), 0, 'SUBMITTED', :person_id, 'pgbench', 'PE_SYSTEM',
    'pgbench-fictitious', 'pgbench-fictitious', 'PGBENCH-' || :idempotency_key::text, '90001', gen_random_uuid(), NULL,
    'Bench', 'Fictitious', current_date - (:age * 365 + :days), '+3363998' || :phone::text, NULL, 'SMS',
    '59350', '59', NULL, :age, 'NONE', 'NONE', '{}', NULL, '{MOBILITY}',
    'Fictitious benchmark diagnostic, no real person.', 'Benchmark', '{N1103}', current_date,
    'IN_INTERVIEW', now(), now())
  RETURNING id AS referral_id, site_id, person_id \gset
INSERT INTO referral_transition (referral_id, action, from_status, to_status, from_site_id,
    to_site_id, actor, actor_side, reason_code, comment, occurred_at)
  VALUES (:referral_id, 'SUBMIT', NULL, 'SUBMITTED', NULL, :site_id, 'pgbench', 'PE', NULL, NULL,
    now());
INSERT INTO referral_change (referral_id, change, status, site_id, occurred_at)
  VALUES (:referral_id, 'SUBMITTED', 'SUBMITTED', :site_id, now());
INSERT INTO outbox_event (id, topic, aggregate_id, type, source, occurred_at, traceparent, payload,
    published_at)
  VALUES (gen_random_uuid(), 'passerelle.referral.v1', :referral_id,
    'fr.passerelle.referral.referral-submitted.v1', '/passerelle/referral', now(),
    '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-00',
    json_build_object('referralId', :referral_id::uuid, 'personId', :person_id::uuid,
      'siteId', :site_id::uuid,
      'agencySafir', '90001', 'departmentCode', '59', 'submittedVia', 'PE_SYSTEM',
      'ageAtSubmission', :age::int, 'highestQualification', 'NONE', 'barriers', json_build_array('MOBILITY'),
      'overriddenRules', json_build_array(), 'submittedAt', now()),
    now())
  RETURNING id AS event_id \gset
INSERT INTO idempotency_record (client_id, idempotency_key, request_hash, request_path, status,
    response_status, response_headers, response_body, created_at, completed_at)
  VALUES ('pgbench-fictitious', :idempotency_key, md5(random()::text),
    '/api/v1/referrals', 'COMPLETED', 201, '{"Location": "/api/v1/referrals/x", "ETag": "\"0\""}', repeat('x', 1400), now(), now())
  ON CONFLICT (client_id, idempotency_key) DO UPDATE SET request_hash = excluded.request_hash,
    status = excluded.status, response_body = excluded.response_body,
    created_at = excluded.created_at;
END;
UPDATE outbox_event SET published_at = now() WHERE id = :event_id;
