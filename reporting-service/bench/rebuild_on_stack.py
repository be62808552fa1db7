#!/usr/bin/env python3
"""Rebuilds every projection of the reporting service running in the local stack, from the events
its topics hold (the demo history and whatever the stack has done since), as the admin: POST
/api/v1/indicators/rebuilds, then the rebuild's state every 250 ms until it is no longer RUNNING.
Prints the events read, the time from POST to DONE, events/s, and RESULT lines for bench/run.
Far fewer events than bench/rebuild.sh's million, so a fixed cost weighs more in the rate.

Usage: rebuild_on_stack.py   (PASSERELLE_*_PORT are honoured)
"""
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../bench"))
from benchlib import REPORTING, Bearer, call, result, user_token  # noqa: E402

admin = Bearer(lambda: user_token("admin"))
started = time.monotonic()
_, _, headers = call("POST", REPORTING + "/api/v1/indicators/rebuilds", admin)
location = urllib.parse.urljoin(REPORTING, urllib.parse.urlparse(headers["Location"]).path)
while True:
    _, rebuild, _ = call("GET", location, admin)
    if rebuild["status"] != "RUNNING":
        break
    time.sleep(0.25)
seconds = time.monotonic() - started
events = rebuild["eventsDone"]
print(f"  rebuild on the stack: {rebuild['status']}, {events:,} events in {seconds:.1f} s from POST"
      f" to {rebuild['status']}: {events / seconds:,.0f} events/s (the service's own figure while"
      f" it read: {rebuild.get('eventsPerSecond')} events/s)")
if rebuild["status"] != "DONE":
    sys.exit(1)
result("rebuild_events", events)
result("rebuild_events_per_s", f"{events / seconds:.0f}")
