-- pgbench script of referral-service/bench/run: the rows one referral submission writes, in one
-- transaction, straight into the referral database (no HTTP, no token, no JSON, no Java): the
-- person (found or created), the referral, its transition log line, its change feed row and its
-- outbox event.
-- Obviously fictitious data: client "pgbench-fictitious", refs "PGBENCH-...", name "Bench
-- Fictitious", a phone number of the range kept for fiction, a random site id that no scope holds.
-- The outbox row is written as already published, so the service's relay never sends it to Kafka.
\set age random(16, 25)
\set days random(0, 364)
\set phone random(1000, 9999)
BEGIN;
INSERT INTO person (id, identity_key, created_at) VALUES (gen_random_uuid(), gen_random_uuid(), now())
  ON CONFLICT (identity_key) DO UPDATE SET identity_key = excluded.identity_key
  RETURNING id AS person_id \gset
INSERT INTO referral (id, version, status, person_id, submitted_by, submitted_via, client_id,
    external_ref_namespace, external_ref, agency_safir, site_id, session_id, first_name, last_name, birth_date, phone,
    email, preferred_channel, commune_code, department_code, france_travail_id, age_at_submission,
    highest_qualification, activity, overridden_rules, override_justification, barriers,
    diagnostic_summary, project_idea, rome_codes, consent_given_on, consent_method, submitted_at,
    last_action_at)
  VALUES (gen_random_uuid(), 0, 'SUBMITTED', :person_id, 'pgbench', 'PE_SYSTEM',
    'pgbench-fictitious', 'pgbench-fictitious', 'PGBENCH-' || gen_random_uuid(), '90001', gen_random_uuid(), NULL,
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
    now());
END;
