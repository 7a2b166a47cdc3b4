"""The vectorised geodesic agrees with geopy's to well under a metre, everywhere."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic
from geopy.distance import geodesic
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.distance import LOCAL_RELATIVE_ERROR, bounding_box, geodesic_km, local_km

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


def test_the_local_formula_is_within_two_millimetres_up_to_10_km_anywhere_in_japan() -> None:
    rng = np.random.default_rng(11)
    for lat in np.linspace(24.0, 46.0, 12):  # 沖縄 to 北海道
        lon = rng.uniform(123.0, 146.0)
        azimuths = rng.uniform(0.0, 360.0, 300)
        metres = rng.uniform(0.0, 100_000.0, 300)
        ends = [
            Geodesic.WGS84.Direct(lat, lon, a, m) for a, m in zip(azimuths, metres, strict=True)
        ]
        lats = np.array([e["lat2"] for e in ends])
        lons = np.array([e["lon2"] for e in ends])
        local = local_km(lat, lon, lats, lons)
        exact = metres / 1000.0
        near = exact <= 10.0
        assert np.max(np.abs(local - exact)[near]) * 1_000_000 < 2.0  # mm
        relative = np.abs(local - exact)[exact > 0] / exact[exact > 0]
        assert np.max(relative) < LOCAL_RELATIVE_ERROR / 2  # the margin search relies on
