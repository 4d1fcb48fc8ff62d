"""Benchmarks at ministry scale: `python -m benchmarks` (see docs/performance.md)."""
