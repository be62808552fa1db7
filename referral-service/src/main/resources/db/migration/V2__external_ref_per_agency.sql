-- An external reference is unique within its namespace: the Pôle emploi system's client for the
-- system's submissions, the client and the advisor's agency for advisors' (who all share the
-- portal's client), so that two agencies' references never collide nor reveal each other.
alter table referral add column external_ref_namespace text;
update referral
   set external_ref_namespace = case when submitted_via = 'ADVISOR'
                                     then client_id || '@' || agency_safir
                                     else client_id end;
alter table referral alter column external_ref_namespace set not null;
alter table referral drop constraint referral_external_ref_per_client;
alter table referral
    add constraint referral_external_ref_per_namespace unique (external_ref_namespace, external_ref);
