"""Run every benchmark against its floor: `python -m benchmarks [--scale 1,5] [--quick] [--runs N] [--db FILE ...]`.

`--db-url postgresql+psycopg://USER@HOST/bench` runs the service-level measures and the GUI measures
(the app started against that server) on PostgreSQL instead.

Each measure prints its median, p90, fastest and slowest run, its floor measured in the same run
and the ratio, for each scale asked for (1 = the ministry store: 10,000 meetings, 50,000
follow-ups); with more than one store, a scaling table follows (median and p90 of each measure per
store). `--json FILE` keeps the figures; `--table FILE ...` prints the tables of kept runs again,
with their scaling table. The exit status is 1 when a target is missed, and only then (2 when a measure broke).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import measures as measures_module
from benchmarks.generate import Scale, generate
from benchmarks.gui_measures import GUI_MEASURES
from benchmarks.measures import ALL_MEASURES, Result

Run = tuple[str, list[Result]]  # a store's label and its results


def _figure(seconds_or_mib: float, unit: str) -> str:
    return f"{seconds_or_mib:.1f} MiB" if unit == "MiB" else f"{seconds_or_mib * 1000:.1f} ms"


def _print(results: list[Result], title: str) -> None:
    print()
    print(title)
    heads = ("median", "p90", "min", "max", "floor", "ratio")
    print(f"{'measure':<46} " + " ".join(f"{h:>10}" for h in heads) + f"  {'target':<28} ok")
    print("-" * 146)
    for r in results:
        floor = f"{r.floor * 1000:.1f} ms" if r.floor is not None else "-"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "-"
        cells = [_figure(x, r.unit) for x in (r.median, r.p90, min(r.samples), max(r.samples))] + [floor, ratio]
        print(f"{r.name:<46} " + " ".join(f"{c:>10}" for c in cells) + f"  {r.target:<28} {'yes' if r.met else 'NO'}")


def _counts(db: Path) -> tuple[int, int]:
    """How many meetings and follow-ups the store measured holds."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        meetings, follow_ups = conn.execute(
            "SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM follow_up)"
        ).fetchone()
        return int(meetings), int(follow_ups)
    finally:
        conn.close()


def _server_counts(url: str) -> tuple[int, int]:
    """How many meetings and follow-ups the database at `url` holds."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM follow_up)")).one()
            return int(row[0]), int(row[1])
    finally:
        engine.dispose()


def _run_on_server(url: str, *, scale: int, quick: bool, reuse: bool, runs: int, only: str) -> Run:
    """Build the store in the database `url` names (unless `reuse`), run the service-level measures, print them."""
    from benchmarks.server import SERVER_MEASURES

    if not reuse:
        print(f"Generating the {'quick' if quick else f'{scale}x'} store in {url} …", flush=True)
        began = time.perf_counter()
        generate(url, Scale.quick() if quick else Scale.times(scale))
        print(f"  in {time.perf_counter() - began:.1f} s", flush=True)
    results: list[Result] = []
    for measure in SERVER_MEASURES:
        name = measure.__name__.removeprefix("measure_server_")
        if only and not any(name.startswith(p) for p in only.split(",")):
            continue
        print(f"- {measure.__doc__}", flush=True)
        results.append(measure(url, runs=runs))
    folder = Path(tempfile.mkdtemp(prefix="minutes-bench-server-"))
    for gui_measure in GUI_MEASURES:  # the app started against the server, through its widgets
        name = gui_measure.__name__.removeprefix("measure_")
        if only and not any(name.startswith(p) for p in only.split(",")):
            continue
        print(f"- {gui_measure.__doc__} (the app on the server)", flush=True)
        made = gui_measure(url, runs=runs, workdir=folder)
        results.extend(made if isinstance(made, list) else [made])
    meetings, follow_ups = _server_counts(url)
    label = f"{url.rsplit('@', 1)[-1]}: {meetings:,} meetings, {follow_ups:,} follow-ups"
    _print(results, label + " (service calls, then the app's widgets)")
    return label, results


def _scales(text: str) -> list[int]:
    try:
        scales = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of whole numbers, such as 1,5") from None
    if not scales or any(n < 1 for n in scales):
        raise argparse.ArgumentTypeError(f"{text!r}: each scale is a whole number of 1 or more")
    return scales


def _row_label(name: str) -> str:
    """The measure's name without the figures that differ per store ("(25,000 rows)"), to line the stores up."""
    return re.sub(r"\s*\([^)]*\d[^)]*\)$", "", name)


def _scaling(runs: list[Run]) -> None:
    """One line per measure, one column per store: median (p90), and the ratio where there is a floor."""
    labels: list[str] = []
    cells: dict[tuple[str, int], str] = {}
    for column, (_, results) in enumerate(runs):
        for r in results:
            label = _row_label(r.name)
            if label not in labels:
                labels.append(label)
            text = f"{_figure(r.median, r.unit)} ({_figure(r.p90, r.unit)})"
            if r.ratio is not None:
                text += f" {r.ratio:.2f}x"
            cells[label, column] = text + ("" if r.met else " NO")
    print()
    print("Scaling: median (p90), ratio to the floor; NO = target missed")
    heads = [label.split(":")[0].split(",")[0] for label, _ in runs]
    print(f"{'measure':<46} " + " ".join(f"{h:>28}" for h in heads))
    print("-" * (47 + 29 * len(runs)))
    for label in labels:
        print(f"{label[:46]:<46} " + " ".join(f"{cells.get((label, c), '-'):>28}" for c in range(len(runs))))


def _save(runs: list[Run], path: Path) -> None:
    data = [
        {"store": label, "results": [{**vars(r)} for r in results]}  # samples in seconds (MiB for memory)
        for label, results in runs
    ]
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def _load(paths: list[Path]) -> list[Run]:
    runs: list[Run] = []
    for path in paths:
        for run in json.loads(path.read_text(encoding="utf-8")):
            runs.append((run["store"], [Result(**r) for r in run["results"]]))
    return runs


def _report(runs: list[Run]) -> int:
    """Print the scaling table (more than one store) and what missed its target; 1 when anything did."""
    if len(runs) > 1:
        _scaling(runs)
    missed = [f"{r.name} ({label.split(':')[0]})" for label, results in runs for r in results if not r.met]
    if missed:
        print(f"\nMissed: {', '.join(missed)}")
    return 1 if missed else 0


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the store at each scale, run the measures, print the tables."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="a small store; finishes in under a minute")
    parser.add_argument(
        "--scale", type=_scales, default=[1, 5], help="times the ministry store, comma-separated (default 1,5)"
    )
    parser.add_argument("--runs", type=int, default=None, help="runs per measure (default 7, quick 3)")
    parser.add_argument(
        "--db",
        type=Path,
        action="append",
        help="measure this generated store instead of building one; repeat it for several (1x, 3x, 5x)",
    )
    parser.add_argument("--only", default="", help="comma-separated measure names (prefixes)")
    parser.add_argument(
        "--db-url",
        help="a PostgreSQL database of the benchmark's own (named bench…, dropped and made anew): "
        "the service-level and GUI measures on that server, at the first scale asked for",
    )
    parser.add_argument("--reuse", action="store_true", help="with --db-url: measure the store already built there")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--table", type=Path, nargs="+", help="print the tables and the scaling table of runs kept with --json"
    )
    args = parser.parse_args(argv)
    if args.table:
        runs_kept = _load(args.table)
        for label, results in runs_kept:
            _print(results, label)
        return _report(runs_kept)
    runs = args.runs or (3 if args.quick else 7)
    if args.quick:
        measures_module.SHEET_ROWS = 500
    if args.db_url:
        done = [
            _run_on_server(
                args.db_url, scale=args.scale[0], quick=args.quick, reuse=args.reuse, runs=runs, only=args.only
            )
        ]
        if args.json:
            _save(done, args.json)
        return _report(done)
    stores: list[tuple[int, Path | None]] = (
        [(1, None)] if args.quick else [(0, db) for db in args.db] if args.db else [(n, None) for n in args.scale]
    )
    done = []
    for n, given in stores:
        folder = Path(tempfile.mkdtemp(prefix=f"minutes-bench-{n}x-"))
        db = given or folder / "bench.db"
        scale = Scale.quick() if args.quick else Scale.times(n)
        if given is None or not db.exists():
            print(f"Generating the {'quick' if args.quick else f'{n}x'} store in {db} …", flush=True)
            began = time.perf_counter()
            generate(db, scale)
            print(f"  {db.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - began:.1f} s", flush=True)
        results: list[Result] = []
        measures: list[Callable[..., Result | list[Result]]] = [*ALL_MEASURES, *GUI_MEASURES]
        for measure in measures:
            name = measure.__name__.removeprefix("measure_")
            if args.only and not any(name.startswith(p) for p in args.only.split(",")):
                continue
            print(f"- {measure.__doc__}", flush=True)
            made = measure(db, runs=runs, workdir=folder)
            results.extend(made if isinstance(made, list) else [made])
        meetings, follow_ups = _counts(db)
        label = "quick store" if args.quick else f"{n}x the ministry store"
        if given is not None:
            label = f"{meetings // 10_000 or meetings / 10_000:g}x, the store {db}"
        label += f": {meetings:,} meetings, {follow_ups:,} follow-ups"
        _print(results, label)
        done.append((label, results))
        if args.json:
            _save(done, args.json)  # after each store: a long run keeps what it measured
        # The store's working copies (a gigabyte each at 5x) and a store generated for this run: 20 GB were left
        # in the temporary folder after a few runs. A measure that broke leaves them to be looked at.
        shutil.rmtree(folder, ignore_errors=True)
    return _report(done)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # noqa: BLE001 - a measure that broke is not a target missed (1): say so apart
        import traceback

        traceback.print_exc()
        sys.exit(2)
