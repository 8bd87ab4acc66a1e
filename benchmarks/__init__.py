"""Benchmarks: each `bench_<topic>.py` defines `run() -> dict` of named figures; `python -m benchmarks` runs
them all and prints a table (or JSON)."""
