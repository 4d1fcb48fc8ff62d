"""Run every benchmark against its floor: `python -m benchmarks [--quick] [--runs N] [--db FILE]`.

Each measure prints its median over several runs, its floor measured in the same run, the ratio
and the target; the exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.generate import Scale, generate
from benchmarks.measures import ALL_MEASURES, Result


def _print(results: list[Result]) -> None:
    print()
    print(f"{'measure':<46} {'median':>10} {'floor':>10} {'ratio':>7}  {'target':<28} ok")
    print("-" * 112)
    for r in results:
        floor = f"{r.floor * 1000:.1f} ms" if r.floor is not None else "-"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "-"
        value = f"{r.median:.1f} MiB" if r.unit == "MiB" else f"{r.median * 1000:.1f} ms"
        print(f"{r.name:<46} {value:>10} {floor:>10} {ratio:>7}  {r.target:<28} {'yes' if r.met else 'NO'}")


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the store, run the measures, print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="a small store; finishes in under a minute")
    parser.add_argument("--runs", type=int, default=None, help="runs per measure (default 7, quick 3)")
    parser.add_argument("--db", type=Path, help="reuse this generated store instead of building one")
    parser.add_argument("--only", default="", help="comma-separated measure names (prefixes)")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    folder = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    db = args.db or folder / "bench.db"
    if args.db is None or not db.exists():
        print(f"Generating the {'quick' if args.quick else 'large'} store in {db} …", flush=True)
        generate(db, Scale.quick() if args.quick else Scale())
    results: list[Result] = []
    for measure in ALL_MEASURES:
        if args.only and not any(measure.__name__.removeprefix("measure_").startswith(p) for p in args.only.split(",")):
            continue
        print(f"- {measure.__doc__}", flush=True)
        results.append(measure(db, runs=runs, workdir=folder))
    _print(results)
    missed = [r.name for r in results if not r.met]
    if missed:
        print(f"\nMissed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
