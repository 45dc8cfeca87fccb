"""Tests of the clinical extractors (the package lets tests share ``scoring``)."""
