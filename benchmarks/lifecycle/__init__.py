"""Start/stop timings of `sovereign-router serve`, measured from the outside (a process, HTTP)."""
