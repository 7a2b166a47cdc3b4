"""旧名称 as lists write it: beside a name, in a note; and the 旧 that is part of today's name
(「旧篠路小学校区ふれあいサロン」: the school district before it merged)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from directory.interop import Action
from directory.interop.former_names import (
    former_names_in,
    split_former_name,
    struck_former_name,
)
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes
from tests.factories import make_listing


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("むかいじま食堂（旧：向島こども食堂）", ("むかいじま食堂", "向島こども食堂")),
        ("むかいじま食堂(旧 向島こども食堂)", ("むかいじま食堂", "向島こども食堂")),
        ("むかいじま食堂（旧向島こども食堂）", ("むかいじま食堂", "向島こども食堂")),
        ("ひだまりサロン【旧名称：ひまわり会】", ("ひだまりサロン", "ひまわり会")),
        ("ひだまりサロン（旧称・ひまわり会）", ("ひだまりサロン", "ひまわり会")),
        # 旧 that says where, or begins today's name: the name as written.
        ("ふれあいサロン（旧大沢野町）", ("ふれあいサロン（旧大沢野町）", "")),
        ("いきいきサロン（旧篠路小学校区）", ("いきいきサロン（旧篠路小学校区）", "")),
        ("旧篠路小学校区ふれあいサロン", ("旧篠路小学校区ふれあいサロン", "")),
        ("旧大沢野町地区かよいの場", ("旧大沢野町地区かよいの場", "")),
        ("サロン（北町）", ("サロン（北町）", "")),
        ("（旧：向島こども食堂）", ("（旧：向島こども食堂）", "")),  # nothing else: as written
    ],
)
def test_a_former_name_beside_a_name_is_read_apart_from_it(
    name: str, read: tuple[str, str]
) -> None:
    assert split_former_name(name) == read


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("旧名称：穴吹老人憩の家", ("穴吹老人憩の家",)),
        ("旧名称は「たけだ食堂」です", ("たけだ食堂",)),
        ("旧称 なかよし会。会場は公民館", ("なかよし会",)),
        ("みなみ茶話会から名称変更", ("みなみ茶話会",)),
        ("「みなみ茶話会」より改称しました", ("みなみ茶話会",)),
        ("令和6年4月から名称変更", ()),
        ("令和6年度から旧淀小の校区で開催", ()),
        ("旧公民館で開催", ()),
    ],
)
def test_a_note_says_the_former_name(note: str, names: tuple[str, ...]) -> None:
    assert former_names_in(note) == names


def test_a_former_name_is_a_keyword_and_said_in_the_description(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "食堂名,運営団体,住所,開催日,備考",
            "むかいじま食堂（旧：向島こども食堂）,向島まちづくり会,京都市伏見区向島二ノ丸町151,第1水曜日,",
            "伏見みらい食堂,伏見みらいの会,京都市伏見区深草西浦町4-1,第2土曜日,旧名称：ふしみ子ども食堂",
            "旧淀小学校区こども食堂,淀地域福祉の会,京都市伏見区淀池上町1,第4日曜日,",
        ),
        geocoder,
        categories=("kodomo_shokudo",),
    )
    renamed, noted, district = (r.data for r in plan.rows)
    assert renamed is not None
    assert noted is not None
    assert district is not None
    assert renamed.name == "むかいじま食堂"
    assert "向島こども食堂" in renamed.tags  # searched by the name people still use
    assert "旧名称: 向島こども食堂" in renamed.description.splitlines()
    assert "ふしみ子ども食堂" in noted.tags
    assert noted.description == "旧名称：ふしみ子ども食堂"  # the note itself says it
    assert (district.name, district.tags) == ("旧淀小学校区こども食堂", ())


def test_a_renamed_activity_is_found_in_the_directory_under_its_former_name(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="ふしみ子ども食堂")
    assert existing.location is not None
    address = existing.location.address
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "活動名,活動の種類,団体名,住所,備考",
            f"伏見みらい食堂,こども食堂,伏見みらいの会,{address},旧名称：ふしみ子ども食堂",
            f"伏見みらい食堂,こども食堂,伏見みらいの会,{address},",
        ),
        geocoder,
    )
    noted, unsaid = plan.rows
    assert noted.existing_id == existing.id
    assert noted.choices == (Action.SKIP, Action.UPDATE, Action.CREATE)
    assert unsaid.existing_id is None  # nothing says it is the same


@pytest.mark.parametrize("header", ["旧名称", "変更前の名称", "旧サロン名", "旧称"])
def test_a_former_name_column_is_read_as_such(
    db_session: Session, geocoder: OfflineGeocoder, header: str
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            f"地区,サロン名,{header},会場,開催日",
            "中央,中央ひだまりサロン,中央ふれあいサロン,中央会館,第2水曜日",
            "東,東ふれあい会,－,東会館,第1月曜日",
        ),
        geocoder,
        organization="土浦市社会福祉協議会",
        categories=("salon",),
    )
    assert plan.mapping.unknown_headers == ()
    renamed, unchanged = plan.rows
    assert renamed.data is not None
    assert unchanged.data is not None
    assert renamed.data.name == "中央ひだまりサロン"  # the name column, not the former name
    assert renamed.former_names == ("中央ふれあいサロン",)
    assert "旧名称: 中央ふれあいサロン" in renamed.data.description.splitlines()
    assert (unchanged.former_names, unchanged.data.tags) == ((), ())  # 「－」 names none


@pytest.mark.parametrize(
    ("struck", "written", "former"),
    [
        ("重清サロン", "重清サロン重清いきいきクラブ", "重清サロン"),
        ("新琴似", "新琴似新川ふれあいサロン", "新琴似新川ふれあいサロン"),
        ("（旧安積老人憩の家）", "安積いこいの家（旧安積老人憩の家）", "安積老人憩の家"),
        ("（休止中）", "たつみ子ども食堂（休止中）", ""),
    ],
)
def test_a_name_struck_through_in_part_says_the_name_it_went_by(
    struck: str, written: str, former: str
) -> None:
    assert struck_former_name(struck, written) == former
