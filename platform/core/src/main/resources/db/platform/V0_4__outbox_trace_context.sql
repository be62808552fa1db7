-- W3C trace context of the transaction that wrote the event; the relay sends it as the
-- record's traceparent header, so a consumer continues the trace of the request.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
