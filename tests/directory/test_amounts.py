"""参加費 and 定員 as organizations and lists write them."""

from __future__ import annotations

import pytest

from directory.amounts import capacity_of, yen_of


@pytest.mark.parametrize(
    ("text", "yen"),
    [
        ("300", 300),
        ("300円", 300),
        ("３００円", 300),
        ("1,000円", 1000),
        ("１，０００", 1000),
        ("1回300円", 300),
        ("１回１００円", 100),
        ("無料", 0),
        ("0円", 0),
        ("100円（お茶代）", None),  # words beside it: the form asks again, an import keeps them
        ("月500円", None),  # a month's fee is not a 1回 fee
        ("実費", None),
        ("-100", None),
    ],
)
def test_a_fee_is_read_when_it_is_an_amount_alone(text: str, yen: int | None) -> None:
    assert yen_of(text) == yen


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("20", (True, 20)),
        ("20名", (True, 20)),
        ("２０人", (True, 20)),
        ("約20人", (True, 20)),
        ("10～15名程度", (True, 15)),
        ("30人まで", (True, 30)),
        ("なし", (True, None)),
        ("定員なし", (True, None)),
        ("要相談", (False, None)),
        ("20名（先着順）", (False, None)),
    ],
)
def test_a_capacity_is_read_with_the_words_people_put_around_it(
    text: str, read: tuple[bool, int | None]
) -> None:
    assert capacity_of(text) == read
