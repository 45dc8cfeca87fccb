"""Document intake: sniff the real file type and check it is safe to read."""
