"""The job ledger: claims with leases, heartbeats, fencing, outbox, reaper."""
