"""Groups (対象) a coordinator's note puts the person in, and what never leaves the case.

Found with the personas of benchmarks/personas_heldout9.toml: notes saying 「ASD」「知的（療育手帳
B2）」「精神の手帳2級」「高次脳」 found no place for people with disabilities (no listing uses
those words, and the 対象 box was left as it was), and each word was said under every
suggestion (「『ASD』についての記載はない」) and would have been saved with an unmet need.
"""

from __future__ import annotations

import pytest

from geo.distance import geodesic_km
from matching.engine import Suggestions, TermIndex, interest_words, suggest
from matching.models import AgeBand
from matching.noted_conditions import conditions_noted
from matching.noted_groups import dementia_noted, groups_noted, is_private
from matching.profiles import ListingProfile, ListingTable
from tests.matching.test_engine import HOME, TODAY, BigramAnalyzer, ids, listing, need, reasons, run


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("ASD（R4診断）。高卒後在宅2年", [("disability", "ASD")]),
        ("自閉症スペクトラム。通信制高2", [("disability", "自閉症スペクトラム")]),
        ("発達障害の診断あり（小2）", [("disability", "発達障害")]),
        ("知的（療育手帳B2）。A型を半年で離職", [("disability", "知的")]),
        ("精神の手帳2級。デイケア（月・金）", [("disability", "精神の手帳")]),
        ("高次脳（H30事故）。記憶が苦手", [("disability", "高次脳")]),
        ("生保受給中。出所後", [("low_income", "生保")]),
        ("8050。本人48歳", [("hikikomori", "8050")]),
        ("ヤングケアラー（祖母の介護）", [("carers", "ヤングケアラー")]),
        ("外国籍（ブラジル）、来日半年", [("foreign_roots", "国籍")]),
        # Someone else's, denied, doubted: not the person's group.
        ("ヤングケアラー（母が精神疾患）", [("carers", "ヤングケアラー")]),
        ("娘（20）ひきこもり。まず親だけで相談", []),
        ("うつで通院中（障害者手帳なし）", []),
        ("ADHD疑い、未受診", []),
        ("日本国籍。知的好奇心が強い", []),
    ],
)
def test_a_note_puts_the_person_in_the_groups_its_words_stand_for(
    note: str, expected: list[tuple[str, str]]
) -> None:
    assert [(g.target, g.words) for g in groups_noted(note)] == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A bracket after a family word is theirs, commas and all (personas_casenotes11.toml).
        ("家族：父（単身赴任）、母（パート）、弟（小4、自閉症）。本人高1", []),
        ("世帯：本人、夫（80、要介護1）、長男（47、ひきこもり）", []),
        # The children's diagnoses are theirs; that the person has young children makes
        # them a 子育て世帯 (personas_shifts12.toml).
        ("家族：夫（夜勤あり）、子（ASD・小2）、下の子（2歳）", [("parents", "子(2歳)")]),
        ("父子家庭。子（小3、不登校気味）", [("parents", "子(小3)")]),
        ("夫がうつで休職中。兄（ひきこもり）", []),
        ("母（統合失調症、手帳2級）と二人暮らし", []),
        # What comes after the family member's bracket, or with を・と, is the person's again.
        ("母（認知症、要介護2）を介護中", [("carers", "介護中")]),
        ("母の介護をしている", [("carers", "介護をして")]),
        ("母（うつで通院中）と二人暮らし、生保受給", [("low_income", "生保")]),
        ("母子家庭、生保受給中", [("low_income", "生保")]),
        ("ASD（R4診断）、弟（小4）", [("disability", "ASD")]),
        ("姉が介護している", []),
    ],
)
def test_words_about_a_family_member_do_not_put_the_person_in_a_group(
    note: str, expected: list[tuple[str, str]]
) -> None:
    assert [(g.target, g.words) for g in groups_noted(note)] == expected


def test_a_diagnosis_in_the_note_opens_the_places_for_people_with_disabilities_and_says_why() -> (
    None
):
    for_them = listing(1, categories=frozenset({"shuro"}), targets=frozenset({"disability"}))
    for_youth = listing(2, categories=frozenset({"shuro"}), targets=frozenset({"youth"}))
    wanted = need(categories=("shuro",), interests="ASD（R4診断）。平日", targets=())
    result = run([for_them, for_youth], wanted)
    assert ids(result) == [1]
    why, misfits = reasons(result, 1)
    assert "対象に「disability」（メモ「ASD」より）" in why
    assert not any("ASD" in m for m in misfits)  # a circumstance, not a missing interest


@pytest.mark.parametrize(
    "note",
    [
        "ASD（R4診断）",
        "知的（療育手帳B2）",
        "精神の手帳2級",
        "高次脳",
        "生保",
        "出所後（R6.10 満期）",
        "DV避難で10月転入",
        "外国籍",
        "うつで通院中（手帳なし）",
    ],
)
def test_diagnoses_and_circumstances_are_never_interest_words(note: str) -> None:
    """Interest words are said under every suggestion and saved with an unmet need."""
    words = interest_words(note, (), known=lambda _: True, about=lambda _: True)
    assert not any(is_private(w) for w in words)
    assert words == []


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("生保（R5〜）。50歳、単身。編み物が好き", ["編み物"]),
        ("知的。A型を離職、以後在宅。母送迎可", []),
        ("本人48歳、自室中心の生活。母（82）より相談", []),
        ("通信制高2。本人「イラスト」", ["イラスト"]),
        # A family member's circumstances, in their bracket, are theirs: never an interest
        # word said under every suggestion or saved with an unmet need.
        ("世帯：本人、長男（47、ひきこもり）。編み物が好き", ["編み物"]),
        ("孫（小5、不登校）を預かっている。本人「囲碁」", ["囲碁"]),
        ("妻（認知症、施設入所中）。料理が好き", ["料理"]),
        # Who said it, whom the person lives with, and their work's shifts or end: the case.
        ("本人談「同じ立場の人と話したい」。母と同居", []),
        ("単身世帯。将棋が好きとのこと", ["将棋"]),
        ("シフト制、夜勤明け。介護のため離職", []),
    ],
)
def test_who_the_person_lives_with_dates_and_family_doings_are_no_interest(
    note: str, expected: list[str]
) -> None:
    assert interest_words(note, (), about=lambda _: False) == expected


def test_work_in_general_and_a_place_in_general_are_no_interest() -> None:
    """「体を動かす仕事がいい」 met every place that writes おしごと and not the 作業体験 next
    door; the 就労 kind says it. 「土曜の余暇の場を」 met places that write 場."""
    about = {"仕事", "場", "余暇"}.__contains__
    assert interest_words("体を動かす仕事がいい。土曜の余暇の場を", (), about=about) == ["余暇"]


def test_a_place_with_few_people_is_a_small_group() -> None:
    assert conditions_noted("昼間、人の少ないところ") == ("small_group",)


def test_a_childrens_place_naming_a_circumstance_is_not_meant_for_an_adult_in_it() -> None:
    """A 放課後まなび広場 for 子ども・生活困窮 was offered to a man of 52 on 生活保護 who asked
    for a 居場所: its 生活困窮 is the children's. A place for everyone in need still is his, and
    a parent's 子ども食堂 stays meant for a mother on a low income."""
    kids = listing(
        1, categories=frozenset({"ibasho"}), targets=frozenset({"children", "low_income"})
    )
    adults = listing(
        2,
        categories=frozenset({"ibasho"}),
        targets=frozenset({"everyone", "low_income"}),
        text="釣りの話",
    )
    families = listing(
        3,
        categories=frozenset({"ibasho"}),
        targets=frozenset({"children", "parents", "low_income"}),
    )
    table = ListingTable([kids, adults, families])

    def fits(age_band: AgeBand, targets: tuple[str, ...]) -> list[int]:
        result = suggest(
            table,
            TermIndex(table, BigramAnalyzer()),
            need(categories=("ibasho",), interests="釣り", targets=targets),
            origin=HOME,
            distance=geodesic_km,
            today=TODAY,
            age_band=age_band,
        )
        return sorted(ids(result))

    assert fits(AgeBand.AGE_50S, ("low_income",)) == [2]
    assert fits(AgeBand.AGE_30S, ("low_income", "parents")) == [2, 3]
    assert fits(AgeBand.AGE_6_12, ("low_income",)) == [1, 3]  # (2 states no child's ages)


def _suggest_for(
    listings: list[ListingProfile], band: AgeBand, targets: tuple[str, ...], interests: str
) -> list[tuple[int, tuple[str, ...]]]:
    table = ListingTable(listings)
    result = suggest(
        table,
        TermIndex(table, BigramAnalyzer()),
        need(categories=("ibasho",), interests=interests, targets=targets),
        origin=HOME,
        distance=geodesic_km,
        today=TODAY,
        age_band=band,
    )
    return [(s.listing.id, s.reasons) for s in result.items]


def test_with_no_group_said_the_age_band_says_who_the_person_is_and_the_reason_says_so() -> None:
    """Found with personas_casenotes11.toml: with the 対象 boxes left empty, a 17-year-old was
    not offered the 若者のたまり場 and an 82-year-old no 高齢者サロン (対象 not theirs)."""
    ibasho = frozenset({"ibasho"})
    youth = listing(1, categories=ibasho, targets=frozenset({"youth", "hikikomori"}))
    seniors = listing(2, categories=ibasho, targets=frozenset({"seniors"}))
    children = listing(3, categories=ibasho, targets=frozenset({"children"}))
    places = [youth, seniors, children]
    shown = _suggest_for(places, AgeBand.AGE_15_19, (), "通信制高2。ボードゲーム")
    assert [i for i, _ in shown] == [1]  # not the children's place: a 高校生 is no 子ども here
    assert "対象に「youth」（年代「15〜19歳」より）" in shown[0][1]
    shown = _suggest_for(places, AgeBand.OVER_80, (), "独居。近所で話し相手がほしい")
    assert [i for i, _ in shown] == [2]
    assert "対象に「seniors」（年代「80歳以上」より）" in shown[0][1]
    # What the boxes or the note say about who the person is comes first.
    assert _suggest_for(places, AgeBand.OVER_80, ("carers",), "話し相手") == []
    assert [i for i, _ in _suggest_for(places, AgeBand.AGE_60S, (), "話し相手")] == []


@pytest.mark.parametrize(
    "note",
    [
        "介護のため離職",
        "親の介護で退職し、現在無職",
        "母の介護に専念するため仕事を辞めた",
        "介護離職後、母と同居",
    ],
)
def test_leaving_work_to_care_makes_the_person_a_carer(note: str) -> None:
    assert [g.target for g in groups_noted(note)] == ["carers"]


@pytest.mark.parametrize(
    "note",
    [
        "母（認知症）を介護。仕事は辞めた",
        "妻（アルツハイマー型、要介護2）を在宅介護。デイ週2",
        "義母（認知症）を介護。夫は単身赴任",
        "父を介護、相談相手がいない",
    ],
)
def test_a_family_member_the_person_cares_for_makes_a_carer_though_the_clause_ends_on_kaigo(
    note: str,
) -> None:
    """Found with personas_heldout18/19.toml: 「母（認知症）を介護。」 made no carer, so a son
    of 50 and a husband of 76 who care at home were offered general salons, no 認知症カフェ."""
    assert [g.target for g in groups_noted(note)] == ["carers"]
    shown = dict(_for_dementia(AgeBand.AGE_50S, note))
    assert 2 in shown  # the café for carers only
    assert any("メモ「" in r and "介護" in r for r in shown[2])


@pytest.mark.parametrize(
    "note", ["姉が母を介護。私は遠方", "母を介護施設に入れた。ひとり暮らし", "父を介護認定の申請中"]
)
def test_someone_elses_caring_or_the_care_system_makes_no_carer(note: str) -> None:
    assert groups_noted(note) == ()


@pytest.mark.parametrize(
    "note",
    [
        "姉が母を介護している。本人は平日フルタイム勤務",
        "独居。妹が父の介護をしており本人はノータッチ",
        "息子夫婦が夫（要介護3）の介護をしている。本人は膝痛あり",
        "夫が義母の介護をしている（同居、義母要介護2）",
        "高1。兄が祖母の介護をしている。放課後行く所がない",
        "姉が母（認知症、要介護2）を介護。本人は別居",
    ],
)
def test_a_family_member_caring_for_another_makes_no_carer_of_the_person(note: str) -> None:
    """Found with personas_heldout20.toml: 「姉が母を介護している」 made the person a carer (the
    を between hid the subject), and a woman of 74 whose son and his wife care for her husband
    was offered the 介護者カフェ and an オレンジカフェ before the 体操 near her home."""
    assert [g.target for g in groups_noted(note)] == []


@pytest.mark.parametrize(
    "note",
    [
        "私が母を介護している。兄弟は県外",
        "本人が妻（認知症）を介護。デイの日なら",
        "母を介護している",
    ],
)
def test_the_persons_own_caring_still_makes_a_carer(note: str) -> None:
    assert [g.target for g in groups_noted(note)] == ["carers"]


def test_a_woman_whose_son_cares_for_her_husband_gets_the_exercise_before_the_carers_cafe() -> None:
    places = [
        listing(1, categories=frozenset({"ninchisho_cafe"}), targets=frozenset({"carers"})),
        listing(
            2,
            categories=frozenset({"kayoinoba"}),
            targets=frozenset({"seniors"}),
            name="百歳体操",
            text="百歳体操 体操 介護予防",
        ),
    ]
    result = run(
        places,
        need(
            categories=("kayoinoba", "ninchisho_cafe"),
            targets=("seniors",),
            interests="息子夫婦が夫（要介護3）の介護をしている。本人は膝痛。近所で体操したい",
        ),
    )
    assert ids(result) == [2]  # the café for carers is not hers
    assert not any("介護" in r for r in reasons(result, 2)[0])


def test_a_family_member_who_left_work_to_care_is_the_carer() -> None:
    assert groups_noted("夫が介護のため退職") == ()


def test_a_young_person_on_welfare_is_still_a_young_person() -> None:
    """Found with personas_heldout11.toml: a 24-year-old whose note says 生保 was offered no
    若者のたまり場. A disability the note names, or a 中学生's school year, still keeps the
    age band's group out (the places for them say who they are)."""
    ibasho = frozenset({"ibasho"})
    youth = listing(1, categories=ibasho, targets=frozenset({"youth", "hikikomori"}))
    poor = listing(2, categories=ibasho, targets=frozenset({"low_income", "children"}))
    places = [youth, poor]
    shown = _suggest_for(places, AgeBand.AGE_20S, (), "生保受給中。ボードゲーム")
    assert 1 in [i for i, _ in shown]
    assert any("年代「20代」" in r for r in dict(shown)[1])
    assert 1 not in [i for i, _ in _suggest_for(places, AgeBand.AGE_20S, (), "ASD。ボードゲーム")]
    assert 1 not in [i for i, _ in _suggest_for(places, AgeBand.AGE_15_19, (), "中3。生保")]


@pytest.mark.parametrize(
    ("note", "target"),
    [
        ("フィリピン出身、日本語N4程度", "foreign_roots"),
        ("日本語N4、敬語が苦手", "foreign_roots"),
        ("子（3歳）と在宅", "parents"),
        ("ひとり親。息子（小2）", "parents"),
        ("ダブルケア（義母90・寝たきり、子2歳）", "parents"),
        ("母（79、認知症初期）と同居、二人暮らし", "carers"),
    ],
)
def test_who_the_person_is_said_without_the_usual_words(note: str, target: str) -> None:
    """Found with personas_shifts12.toml: a mother from the Philippines with a 3-year-old
    was offered nothing (no 外国にルーツ, no 子育て世帯), a son living with his mother with
    認知症 no 認知症カフェ meant for carers."""
    assert target in [g.target for g in groups_noted(note)]


@pytest.mark.parametrize(
    "note",
    ["孫（4歳）を預かっている", "長男（47、ひきこもり）と同居", "日本人の夫と", "中1。父子家庭"],
)
def test_someone_elses_child_or_a_grown_child_makes_no_parent(note: str) -> None:
    assert [g.target for g in groups_noted(note) if g.target in ("parents", "carers")] == []


@pytest.mark.parametrize(
    "note",
    [
        "平日は孫（1歳）を預かっている。孫と一緒に行ける場所",
        "孫の世話をしている",
        "孫（4歳）を養育中",
        # the days between the grandchild and the minding (personas_heldout18/19.toml)
        "娘夫婦が共働きで孫（3歳）を火・木に預かっている",
        "孫（2歳）を毎週金曜に預かる。祖父ひとりで見ている",
        "嫁が仕事復帰。孫（2歳）を月・火・木に見ている",
    ],
)
def test_a_grandparent_minding_a_young_grandchild_is_offered_the_oyako_hiroba(note: str) -> None:
    """Found with personas_heldout17.toml: a woman of 68 who minds her grandchild of 1 was
    offered cafés and a lounge, no 親子ひろば — a 子育てひろば is where she takes the child,
    and the reason says which words of the note opened it."""
    ibasho = frozenset({"ibasho"})
    hiroba = listing(1, categories=ibasho, targets=frozenset({"parents", "children"}))
    seniors = listing(2, categories=ibasho, targets=frozenset({"seniors"}))
    shown = dict(_suggest_for([hiroba, seniors], AgeBand.AGE_60S, (), note))
    assert 1 in shown
    assert any(r.startswith("対象に") and "メモ「孫" in r for r in shown[1])
    # Her own age's places stay hers (a woman of 78 minding a grandchild is still 高齢者).
    assert 2 in dict(_suggest_for([hiroba, seniors], AgeBand.AGE_70S, (), note))


def test_a_japanese_grandmother_minding_a_grandchild_is_not_offered_the_foreign_mothers_group() -> (
    None
):
    """Found with personas_heldout20.toml: a Japanese grandmother of 67 who minds her
    grandchild was offered the 多文化ママの子育ておしゃべり会 as her third place (its 対象
    子育て世帯 opened it through the child); the 外国 of its name is the parents', not hers."""
    kosodate = frozenset({"kosodate"})
    mothers_abroad = listing(
        1,
        name="多文化ママの子育ておしゃべり会",
        categories=kosodate | {"tabunka"},
        targets=frozenset({"parents", "foreign_roots", "children"}),
    )
    hiroba = listing(
        2, name="出張子育てひろば", categories=kosodate, targets=frozenset({"parents", "children"})
    )
    places = [mothers_abroad, hiroba]

    def shown(note: str) -> Suggestions:
        table = ListingTable(places)
        return suggest(
            table,
            TermIndex(table, BigramAnalyzer()),
            need(categories=("kosodate",), interests=note),
            origin=HOME,
            distance=geodesic_km,
            today=TODAY,
            age_band=AgeBand.AGE_60S,
        )

    result = shown("孫（2歳）を月水金に預かっている。娘は看護師（夜勤あり）")
    assert ids(result) == [2]
    near = {m.suggestion.listing.id: m.reason for m in result.near_misses}
    assert near[1].startswith("外国につながる保護者の場（名称「多文化ママの子育ておしゃべり会」")
    # A grandmother from abroad, and a Japanese mother (「外国出身の保護者と日本人の保護者が」),
    # are still offered it — the mother after the ひろば that is simply hers.
    assert 1 in ids(shown("フィリピン出身。孫（2歳）を預かっている"))
    mother = shown("子（1歳半）。転入してママ友がほしい")
    assert ids(mother) == [2, 1]
    assert "外国につながる方が中心の場（メモ・対象に記載なし）" in reasons(mother, 1)[1]


@pytest.mark.parametrize(
    "note",
    [
        "孫（小2）の世話で夕方は無理。おしゃべりがしたい",
        "孫とLINEがしたい",
        "孫は遠方",
        "孫（小3）を火・木に預かる",
        "孫に土日に会う",
    ],
)
def test_a_grandchild_at_school_or_only_mentioned_opens_no_oyako_hiroba(note: str) -> None:
    ibasho = frozenset({"ibasho"})
    hiroba = listing(1, categories=ibasho, targets=frozenset({"parents", "children"}))
    assert 1 not in dict(_suggest_for([hiroba], AgeBand.AGE_70S, (), note))


@pytest.mark.parametrize(
    "note",
    [
        "脳梗塞で入院、先月退院。左片麻痺（軽度）、杖歩行",
        "大腿骨骨折、歩行器使用",
        "ダブルケア（義母90・寝たきり、子2歳）",
        "母と二人暮らし。デイサービス（月・木）",
    ],
)
def test_the_body_after_illness_and_who_lives_with_whom_are_no_interest(note: str) -> None:
    assert interest_words(note, (), known=lambda _: True, about=lambda _: True) == []


def test_a_parent_or_carer_gets_no_age_band_group() -> None:
    """A 33-year-old in ダブルケア was offered the 若者のたまり場 before the 親子ひろば."""
    ibasho = frozenset({"ibasho"})
    youth = listing(1, categories=ibasho, targets=frozenset({"youth", "hikikomori"}))
    parents = listing(2, categories=ibasho, targets=frozenset({"parents", "children"}))
    shown = _suggest_for([youth, parents], AgeBand.AGE_30S, (), "ダブルケア（義母、子2歳）")
    assert [i for i, _ in shown] == [2]


@pytest.mark.parametrize(
    "note",
    ["生保。母子世帯（子 小4）。就労に向けて何かしたい", "生活保護。ひとり親", "生保、子・小2"],
)
def test_a_mother_on_welfare_is_served_as_a_parent_not_as_a_young_person(note: str) -> None:
    """Found with personas_heldout17.toml: a mother of 34 on 生保 in a 母子世帯 was offered
    the 若者 places (15〜39歳 youth support) first: with only 生保 read, her age band said who
    she was. The household she heads, or her child written 「子 小4」, says she is a parent."""
    ibasho = frozenset({"ibasho"})
    youth = listing(1, categories=ibasho, targets=frozenset({"youth", "hikikomori"}))
    parents = listing(2, categories=ibasho, targets=frozenset({"parents", "low_income"}))
    shown = _suggest_for([youth, parents], AgeBand.AGE_30S, (), note)
    assert [i for i, _ in shown] == [2]


@pytest.mark.parametrize(
    ("note", "years", "expected"),
    [
        # Money running out, said as what it does (personas_casenotes13.toml).
        ("派遣切り。貯金が底をつきかけ、家賃滞納1か月", None, [("low_income", "底をつ")]),
        ("住居確保給付金受給中", None, [("low_income", "住居確保給付金")]),
        # A baby just born is the person's own, unless the note says whose.
        ("第1子出産後3か月。保健師より連絡", None, [("parents", "第1子")]),
        ("娘が妊娠中", None, []),
        # Staying in is ひきこもり under 65, the 閉じこもり of 介護予防 from 65.
        ("早期退職後、家にこもりがち（妻談）", (50, 59), [("hikikomori", "こもりがち")]),
        ("妻と死別、家にこもりがち", (70, 79), []),
        ("息子が家にこもりがち", (50, 59), []),
    ],
)
def test_a_note_says_who_the_person_is_in_words_of_their_life(
    note: str, years: tuple[int, int] | None, expected: list[tuple[str, str]]
) -> None:
    """A 45-year-old whose savings ran out was offered no 中間的就労 for 生活困窮, a mother
    three months after giving birth no 親子 place, a man of 58 staying in no ひきこもり place."""
    assert [(g.target, g.words) for g in groups_noted(note, years)] == expected


@pytest.mark.parametrize(
    "note",
    [
        "高2。祖母（認知症）の介護を手伝っている。放課後は見守り",
        "母の介護をしている",
        "父の介護の手伝いで週末は実家",
    ],
)
def test_helping_to_care_for_a_grandparent_or_parent_makes_the_person_a_carer(note: str) -> None:
    # A 17-year-old who helps with her grandmother's care was offered nothing for carers.
    assert [g.target for g in groups_noted(note)] == ["carers"]


def _dementia_places() -> list[ListingProfile]:
    cafe = frozenset({"ninchisho_cafe"})
    return [
        listing(1, categories=cafe, targets=frozenset({"carers", "seniors"})),
        listing(2, categories=cafe, targets=frozenset({"carers"})),
        listing(3, categories=frozenset({"salon"}), targets=frozenset({"seniors"})),
    ]


def _for_dementia(band: AgeBand, interests: str) -> list[tuple[int, tuple[str, ...]]]:
    table = ListingTable(_dementia_places())
    result = suggest(
        table,
        TermIndex(table, BigramAnalyzer()),
        need(categories=("ninchisho_cafe", "salon"), interests=interests),
        origin=HOME,
        distance=geodesic_km,
        today=TODAY,
        age_band=band,
    )
    return [(s.listing.id, s.reasons) for s in result.items]


def test_a_man_with_young_onset_dementia_is_offered_the_dementia_cafes() -> None:
    # A man of 58 with 若年性認知症 got nothing: the cafés tick 介護をしている家族 and 高齢者,
    # and at 58 he is neither. They are for him and his family.
    shown = _for_dementia(AgeBand.AGE_50S, "若年性認知症（R7診断）。妻同伴。体を動かすこと")
    assert sorted(i for i, _ in shown) == [1, 2]  # not the 高齢者 salon: he is under 65
    assert "認知症のご本人とご家族の場（メモ「若年性認知症」より）" in shown[0][1]
    # 若年性 is onset before 65: in the band 60〜69 he is no 高齢者 either.
    assert sorted(i for i, _ in _for_dementia(AgeBand.AGE_60S, "本人、若年性認知症")) == [1, 2]


@pytest.mark.parametrize(
    "note",
    [
        "妻（58、若年性認知症・要介護1）を在宅介護",
        "夫が認知症で目が離せない",
        "認知症の母と二人暮らし",
        "認知症の人の役に立ちたい",
        "認知症について学びたい",
        "認知症の疑い（未受診）",
    ],
)
def test_someone_elses_or_a_doubted_dementia_is_not_the_persons(note: str) -> None:
    assert dementia_noted(note) is None


def test_a_place_for_dementia_is_not_opened_by_wanting_to_help_people_with_it() -> None:
    assert _for_dementia(AgeBand.AGE_50S, "認知症の人の役に立ちたい") == []


def test_a_dementia_diagnosis_is_never_said_as_an_interest() -> None:
    words = interest_words("若年性アルツハイマー（診断2年）。元大工、体を動かすのが好き", ())
    assert not [w for w in words if "若年" in w or "アルツハイマー" in w]


def test_a_person_with_dementia_wanting_a_role_gets_roles_without_children_or_lone_duty_first() -> (
    None
):
    # Found with personas_heldout17.toml: a man of 62 with 若年性認知症 who wanted a role was
    # offered the 託児 and 子ども食堂 volunteers first. Minding children, or a role carried out
    # alone at someone's home, comes after the kitchen of the 配食 and the 花壇; each says why.
    volunteer = frozenset({"volunteer"})
    takuji = listing(
        1,
        categories=volunteer,
        name="講座中の託児ボランティア",
        text="講座中の託児ボランティア 小さなお子さんを見ていてくださる方を募集",
    )
    shokudo = listing(
        2,
        categories=frozenset({"volunteer", "kodomo_shokudo"}),
        targets=frozenset({"children", "parents", "everyone"}),
        text="子ども食堂 調理ボランティアを募集しています",
    )
    home = listing(
        3,
        categories=volunteer,
        name="ちょこっと生活支援ボランティア",
        text="ちょこっと生活支援ボランティア 日程はご依頼に合わせて調整します",
    )
    kitchen = listing(
        6,
        categories=volunteer,
        name="配食サービスの調理ボランティア",
        text="配食サービスの調理ボランティア お弁当をつくっています",
    )
    garden = listing(
        7,
        categories=volunteer,
        name="花壇づくりボランティア",
        text="公園の花壇づくりボランティア 季節の花を植えます",
    )
    places = [takuji, shokudo, home, kitchen, garden]
    table = ListingTable(places)

    def shown(note: str) -> list[tuple[int, tuple[str, ...]]]:
        result = suggest(
            table,
            TermIndex(table, BigramAnalyzer()),
            need(categories=("volunteer",), interests=note),
            origin=HOME,
            distance=geodesic_km,
            today=TODAY,
            age_band=AgeBand.AGE_60S,
        )
        return [(s.listing.id, s.misfits) for s in result.items]

    roles = shown("本人、若年性認知症（62歳で診断）。何かの役に立ちたい")
    assert sorted(i for i, _ in roles[:2]) == [6, 7]
    assert {i for i, _ in roles[2:]} == {1, 2, 3}
    assert "子どもを見る役割（ご本人には後に回した）" in dict(roles)[1]
    assert "ひとりで任される役割（ご本人には後に回した）" in dict(roles)[3]
    # Without dementia of their own, nothing is put back (the nearest come first).
    assert [i for i, _ in shown("定年退職。何かの役に立ちたい")][0] == 1


def test_a_carer_gets_the_place_for_carers_before_the_salons_for_their_age() -> None:
    """Found with personas_heldout18.toml: a woman of 74 who cares for her husband at home
    was offered two general salons for 高齢者 before the one place for carers."""
    salon = frozenset({"salon", "ibasho"})
    places = [
        listing(1, categories=salon, targets=frozenset({"seniors", "everyone"})),
        listing(2, categories=salon, targets=frozenset({"seniors"})),
        listing(3, categories=salon, targets=frozenset({"carers", "seniors"})),
    ]
    table = ListingTable(places)
    note = "夫（要介護3）を在宅介護。デイの日だけ出られる。同じ立場の人と話したい"
    result = suggest(
        table,
        TermIndex(table, BigramAnalyzer()),
        need(categories=("salon", "ibasho"), interests=note, targets=("seniors",)),
        origin=HOME,
        distance=geodesic_km,
        today=TODAY,
        age_band=AgeBand.AGE_70S,
    )
    shown = [s.listing.id for s in result.items]
    assert shown.index(3) < shown.index(2)  # (it came last before)
    assert sorted(shown) == [1, 2, 3]  # the salons are still offered


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "ベトナムからの留学生（大学2年）。日本人の友だちがほしい",
            "ベトナムからの留学生",
        ),
        ("中国籍の大学院生（留学生）。日本人と交流したい", "中国籍"),
        ("ネパール出身、日本語学校の留学生（19）。日本語を話したい", "ネパール出身"),
    ],
)
def test_a_student_from_abroad_is_offered_the_places_for_people_from_abroad_before_the_youth_ones(
    note: str, said: str
) -> None:
    """Found with personas_heldout20.toml: 「ベトナムからの留学生」 said nothing of who the
    person is, so the age band made a 20-year-old a 若者 only: the 若者 rooms fitted and the
    日本語 class for 外国にルーツ did not. When the note says it, the 若者 the age band adds
    says only how old, and comes after."""
    ibasho = frozenset({"ibasho"})
    youth = listing(
        1,
        categories=ibasho,
        targets=frozenset({"youth", "hikikomori"}),
        text="ボードゲーム 漫画",
        summary="ボードゲーム 漫画",
    )
    abroad = listing(
        2,
        categories=ibasho,
        targets=frozenset({"foreign_roots"}),
        text="日本語 会話 国際交流 友だち",
        summary="日本語 会話 国際交流 友だち",
    )
    shown = _suggest_for([youth, abroad], AgeBand.AGE_20S, (), note)
    assert [i for i, _ in shown] == [2, 1]
    assert f"対象に「foreign_roots」（メモ「{said}」より）" in dict(shown)[2]


@pytest.mark.parametrize("note", ["大学3年。海外留学から帰国", "留学経験あり。英語が話せる"])
def test_a_student_back_from_abroad_is_no_person_from_abroad(note: str) -> None:
    assert groups_noted(note) == ()


def test_for_a_person_from_abroad_the_youth_the_age_band_adds_comes_after_the_places_for_them() -> (
    None
):
    # Neither place offers what he asked for (友だち, met only by a third place of another
    # kind); the 若者 room is nearer, and came first as a place for his age.
    ibasho = frozenset({"ibasho"})
    youth = listing(1, categories=ibasho, targets=frozenset({"youth", "hikikomori"}))
    abroad = listing(2, categories=ibasho, targets=frozenset({"foreign_roots", "youth"}))
    abroad_far = listing(
        3, categories=ibasho, targets=frozenset({"foreign_roots"}), lat=36.116, lon=140.10
    )
    other = listing(
        4, categories=frozenset({"kenko"}), text="友だち フットサル", summary="友だち フットサル"
    )
    note = "ベトナムからの留学生（大学2年）。友だちがほしい"
    shown = [
        i for i, _ in _suggest_for([youth, abroad, abroad_far, other], AgeBand.AGE_20S, (), note)
    ]
    assert shown.index(3) < shown.index(1)
    # Without a group of his own in the note, the age band's 若者 is who he is.
    alone = [
        i
        for i, _ in _suggest_for([youth, abroad_far, other], AgeBand.AGE_20S, (), "友だちがほしい")
    ]
    assert 1 in alone
    assert 3 not in alone


@pytest.mark.parametrize(
    ("note", "years", "expected"),
    [
        # Retired in the 60代 band: the 高齢者 the サロン for 定年後の男性 are for.
        ("定年退職して半年。料理を覚えたい", (60, 69), [("seniors", "定年")]),
        ("3月に退職。体を動かしたい", (60, 69), [("seniors", "退職")]),
        ("年金生活。囲碁", (64, 64), [("seniors", "年金生活")]),
        # Not before 60 (早期退職 at 55 is no 高齢者), not a husband's retirement, and not
        # work left to care (a carer, as before).
        ("早期退職。料理", (50, 59), []),
        ("夫が定年退職して毎日家にいる", (60, 69), []),
        ("母の介護のため退職", (60, 69), [("carers", "介護のため退職")]),
        # From 65 the age band says 高齢者 already.
        ("定年後、畑", (70, 79), []),
    ],
)
def test_retirement_in_the_sixties_puts_the_person_among_the_seniors(
    note: str, years: tuple[int, int], expected: list[tuple[str, str]]
) -> None:
    assert [(g.target, g.words) for g in groups_noted(note, years)] == expected


def test_a_retired_man_of_64_is_offered_the_cooking_salon_for_seniors_not_a_place_over_65() -> None:
    """Found with benchmarks/personas_words21.toml: a man of 64, 定年退職, who wants to learn to
    cook was offered no 男の台所サロン (対象 高齢者): 65 splits the 60代 band. His retirement
    opens the 高齢者 places; an age a place states (「65歳以上」) is still checked — with the
    note's 「64歳」 he is under it — and a 高齢者 place offering none of his interests is no fit
    for being for 高齢者 alone."""
    from matching.text import SearchTerms

    salon = frozenset({"salon"})
    cooking = listing(
        1,
        name="男の台所サロン",
        summary="男の台所サロン 料理",
        categories=salon,
        targets=frozenset({"seniors"}),
        text="男の台所サロン 料理 定年後の男性を中心にした料理のサロンです",
    )
    over_65 = listing(
        2,
        name="シニアの料理教室",
        summary="シニアの料理教室 料理",
        categories=salon,
        targets=frozenset({"seniors"}),
        age_min=65,
        text="料理教室 65歳以上の方の料理教室です",
    )
    exercise = listing(
        3,
        name="百歳体操",
        summary="百歳体操 体操",
        categories=salon,
        targets=frozenset({"seniors"}),
        text="百歳体操 体操のあと世間話をします",
    )
    table = ListingTable([cooking, over_65, exercise])

    def shown(note: str) -> Suggestions:
        return suggest(
            table,
            TermIndex(table, SearchTerms()),
            need(categories=("salon",), interests=note),
            origin=HOME,
            distance=geodesic_km,
            today=TODAY,
            age_band=AgeBand.AGE_60S,
            target_labels={"seniors": "高齢者"},
        )

    retired = shown("64歳。定年退職して半年。料理を覚えたい")
    assert ids(retired) == [1]
    assert any("高齢者" in r and "定年" in r for r in reasons(retired, 1)[0])
    # Without the retirement the band alone names no group: as before, nothing for 高齢者.
    assert ids(shown("64歳。料理を覚えたい")) == []


@pytest.mark.parametrize(
    ("note", "years", "expected"),
    [
        # Widowed in the 60代 band, as a retirement: the 高齢者 the サロン of the 地区 are for.
        ("夫を亡くして一人暮らし。近所に知り合いなし", (60, 69), [("seniors", "夫を亡くし")]),
        ("R7.3に夫と死別、独居", (60, 69), [("seniors", "夫と死別")]),
        ("夫が昨年他界。パートは平日午前", (60, 69), [("seniors", "夫が昨年他界")]),
        ("妻に先立たれた", (60, 69), [("seniors", "妻に先立た")]),
        # Someone else's death, not the spouse's.
        ("主人の母が他界。介護が終わった", (60, 69), []),
        # Not in the 50代, and from 65 the age band says 高齢者 already.
        ("夫を亡くして一人暮らし", (50, 59), []),
        ("夫を亡くして一人暮らし", (70, 79), []),
        # Retirement is said first when both are noted.
        ("定年退職。妻を亡くして", (60, 69), [("seniors", "定年")]),
    ],
)
def test_a_widow_in_her_sixties_is_among_the_seniors(
    note: str, years: tuple[int, int], expected: list[tuple[str, str]]
) -> None:
    assert [(g.target, g.words) for g in groups_noted(note, years)] == expected


def test_a_widow_of_the_sixties_band_who_wants_to_talk_is_offered_the_salon_and_the_chanoma() -> (
    None
):
    """Found with benchmarks/personas_words21.toml: a widow of 68 (the case records 60代) whose
    note says 「夫を亡くして一人暮らし。近所に知り合いなし。おしゃべりできる所」 was offered nothing:
    the 地区's サロン is for 高齢者 only (65 splits the band, the note states no age) and its
    茶の間, open to all, writes お茶 but not おしゃべり. Talking is what a サロン or 居場所 is for;
    being widowed in the 60代 opens the 高齢者 places, as retiring does. A place of another kind
    that does not write it (a 日本語 class's 会話) is still no place to talk."""
    from matching.text import SearchTerms

    salon = listing(
        1,
        name="並木ふれあいサロン",
        summary="並木ふれあいサロン 工作 お茶",
        categories=frozenset({"salon"}),
        targets=frozenset({"seniors"}),
        text="自治会の福祉委員が月に一度開いているサロンです。季節の壁飾りづくり",
    )
    chanoma = listing(
        2,
        name="まちの茶の間",
        summary="まちの茶の間 お茶",
        categories=frozenset({"ibasho"}),
        targets=frozenset({"everyone", "seniors"}),
        text="集会所を誰でも使える茶の間にしています。お茶を飲みながら",
    )
    nihongo = listing(
        3,
        name="日本語教室",
        summary="日本語教室 会話",
        categories=frozenset({"tabunka"}),
        targets=frozenset({"everyone"}),
        text="日本語の会話を練習します",
    )
    table = ListingTable([salon, chanoma, nihongo])

    def shown(note: str, band: AgeBand = AgeBand.AGE_60S) -> Suggestions:
        return suggest(
            table,
            TermIndex(table, SearchTerms()),
            need(categories=("salon", "ibasho"), interests=note),
            origin=HOME,
            distance=geodesic_km,
            today=TODAY,
            age_band=band,
            target_labels={"seniors": "高齢者", "everyone": "どなたでも"},
        )

    widow = shown("夫を亡くして一人暮らし。近所に知り合いなし。おしゃべりできる所")
    assert sorted(ids(widow)) == [1, 2]
    assert widow.fits == 2
    assert any("高齢者" in r and "夫を亡くし" in r for r in reasons(widow, 1)[0])
    # In her 50s the 高齢者 salon stays closed; the 茶の間 is still a place to talk.
    assert ids(shown("夫を亡くして一人暮らし。おしゃべりできる所", AgeBand.AGE_50S)) == [2]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("1歳児の母。転入したばかり。雨の日に行ける室内の場所", [("parents", "1歳児の母")]),
        ("2歳児ママ。夫は単身赴任", [("parents", "2歳児ママ")]),
        # a grandchild's age is the grandparent's care, not their own 子育て (as before)
        ("孫の3歳児の世話", []),
    ],
)
def test_the_mother_of_a_toddler_is_raising_a_child(
    note: str, expected: list[tuple[str, str]]
) -> None:
    assert [(g.target, g.words) for g in groups_noted(note, (30, 39))] == expected
