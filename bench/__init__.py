"""Benchmarks: speed is measured here, never asserted in timed unit tests."""
