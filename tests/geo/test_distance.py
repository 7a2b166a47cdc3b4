"""The vectorised geodesic agrees with geopy's to well under a metre, everywhere."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from geopy.distance import geodesic
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.distance import bounding_box, geodesic_km

TSUCHIURA = (36.0785, 140.2044)


def test_agrees_with_geopy_on_points_around_japan_to_a_millimetre() -> None:
    rng = random.Random(7)
    lats = np.array([rng.uniform(24.0, 46.0) for _ in range(2000)])
    lons = np.array([rng.uniform(123.0, 146.0) for _ in range(2000)])
    ours = geodesic_km(*TSUCHIURA, lats, lons)
    expected = np.array([geodesic(TSUCHIURA, (a, b)).km for a, b in zip(lats, lons, strict=True)])
    assert np.max(np.abs(ours - expected)) * 1000 < 0.001


@pytest.mark.parametrize(
    ("origin", "point"),
    [
        ((0.0, 0.0), (0.5, 179.7)),  # nearly antipodal: Vincenty does not converge
        ((0.0, 0.0), (0.0, 180.0)),
        ((36.0, 140.0), (36.0, 140.0)),  # the same point
        ((89.9, 0.0), (-89.9, 180.0)),
        ((35.68, 139.76), (-33.87, 151.21)),  # 東京 → シドニー
    ],
)
def test_hard_cases_still_agree_with_geopy(
    origin: tuple[float, float], point: tuple[float, float]
) -> None:
    ours = float(geodesic_km(*origin, np.array([point[0]]), np.array([point[1]]))[0])
    assert math.isclose(ours, geodesic(origin, point).km, abs_tol=1e-6)


def test_missing_coordinates_give_nan_not_an_error() -> None:
    result = geodesic_km(*TSUCHIURA, np.array([np.nan, 36.1]), np.array([140.1, np.nan]))
    assert np.isnan(result).all()


@settings(max_examples=200, deadline=None)
@given(
    lat=st.floats(-80, 80),
    lon=st.floats(-170, 170),  # the box does not wrap the antimeridian (Japan is far from it)
    km=st.floats(0.1, 50),
    bearing=st.floats(0, 360),
    fraction=st.floats(0, 1),
)
def test_the_bounding_box_holds_every_point_within_the_distance(
    lat: float, lon: float, km: float, bearing: float, fraction: float
) -> None:
    point = geodesic(kilometers=km * fraction).destination((lat, lon), bearing)
    box = bounding_box(lat, lon, km)
    assert box.contains(np.array([point.latitude]), np.array([point.longitude]))[0]
