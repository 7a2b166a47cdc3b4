"""Benchmark: rank 100,000 points by distance from one origin.

    python benchmarks/geo_bench.py [--points 100000]

Baseline, in the same run: ``geopy.distance.geodesic`` called once per point in a Python loop,
then sorted. Ours: ``geo.distance.geodesic_km`` over numpy arrays, then ``argsort``. Prints
both times, the largest disagreement between the two (metres) and, last, the ratio.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np
from geopy.distance import geodesic

from geo.distance import geodesic_km

ORIGIN = (36.0785, 140.2044)  # 土浦市役所


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(42)
    lats = np.array([ORIGIN[0] + rng.uniform(-0.5, 0.5) for _ in range(args.points)])
    lons = np.array([ORIGIN[1] + rng.uniform(-0.6, 0.6) for _ in range(args.points)])

    t0 = time.perf_counter()
    loop = [geodesic(ORIGIN, (a, b)).km for a, b in zip(lats, lons, strict=True)]
    loop_order = sorted(range(len(loop)), key=loop.__getitem__)
    loop_time = time.perf_counter() - t0

    geodesic_km(*ORIGIN, lats[:10], lons[:10])  # warm up numpy
    t0 = time.perf_counter()
    ours = geodesic_km(*ORIGIN, lats, lons)
    our_order = np.argsort(ours, kind="stable")
    our_time = time.perf_counter() - t0

    disagreement = float(np.max(np.abs(ours - np.array(loop)))) * 1000
    same_order = sum(1 for a, b in zip(loop_order, our_order, strict=True) if a == b)
    print(f"points: {args.points:,}")
    print(f"geodesic loop: {loop_time:.3f} s")
    print(f"ours (vectorised Vincenty + argsort): {our_time:.4f} s")
    print(f"max disagreement: {disagreement:.6f} m; same rank for {same_order:,} points")
    print(f"ratio geodesic-loop/ours: {loop_time / our_time:.1f}")


if __name__ == "__main__":
    main()
