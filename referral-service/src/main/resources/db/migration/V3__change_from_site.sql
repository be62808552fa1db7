-- A transfer is a change for the site that lost the referral too: its staff see it in their feed.
alter table referral_change add column from_site_id uuid;
