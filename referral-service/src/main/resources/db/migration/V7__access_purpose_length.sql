-- The access log's purpose is at most 200 characters, as the X-Access-Purpose header: a longer
-- header is refused with 400 (never cut), and the operation names given when none is are short.
alter table access_log
    add constraint access_log_purpose_length check (char_length(purpose) <= 200);
