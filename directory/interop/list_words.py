"""What a list says once for all its rows: what it is of (its title) and whom to ask (a note
under it).

A town publishes 「津市 通いの場一覧」「こども食堂一覧（令和8年度）」「認知症カフェ一覧」 with no
column of 活動の種類: every row is what the title says. Its name column says it too
(「食堂名」「カフェ名」「サロン名」). A coordinator importing such a list means that category,
so it is read from the title rows above the header, or else from the header of the name
column, and said once above the rows (the default chosen on the command line or the upload
form still comes first).

A 通いの場一覧 often has no contact column: one line under the table says it for every row
(「問合せ先：鳥取市 長寿社会課 0857-30-8213」). Rows with no contact of their own are given that
one (``list_contact``), said once above the rows.

Main decision: only words that name one category of the standard vocabulary, matched longest
first (「認知症カフェ」 before 「カフェ」, 「子ども食堂」 before 「食堂」), and only when exactly one
category is named: a title 「サロン・こども食堂一覧」 names two and gives none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# (words, category code), the more specific first: the first that matches a span wins it.
_KINDS: tuple[tuple[str, str], ...] = (
    (r"認知症カフェ|オレンジカフェ|認知症の人と家族の会カフェ|ケアラーズカフェ", "ninchisho_cafe"),
    (r"(?:子ども|こども|子供|地域)食堂", "kodomo_shokudo"),
    (r"フードパントリー|フードバンク", "shokuryo"),
    (
        r"子育て(?:支援センター|支援拠点|ひろば|広場|サロン|サークル)|地域子育て支援|つどいの広場"
        r"|児童館",
        "kosodate",
    ),
    # 「日本語教室一覧」: classes where residents of foreign roots learn Japanese with their
    # neighbours (before 学習支援: 「日本語学習支援教室」 is one of them)
    (r"(?:日本語|にほんご)(?:教室|クラス|学習支援(?:教室)?|サロン|ひろば|広場)", "tabunka"),
    (r"学習支援(?:教室|塾)?|学習教室|無料塾", "gakushu"),
    (r"就労体験|職場体験|就労訓練|就労準備", "shuro"),
    (r"ボランティア(?:募集|活動)?", "volunteer"),
    (r"通いの場|百歳体操|100歳体操|いきいき体操", "kayoinoba"),
    (r"(?:ふれあい|いきいき|ふれあい・いきいき|高齢者)?サロン", "salon"),
    (r"居場所|たまり場|茶の間", "ibasho"),
    # 「公民館サークル一覧」「登録サークル一覧」: the groups that meet at a 公民館 for a hobby or to
    # learn (a 子育てサークル is matched above, as kosodate)
    (
        r"(?:公民館|生涯学習|市民センター|地区センター|文化)?サークル(?:・クラブ)?(?=一覧|名簿|紹介|案内)"
        r"|(?:公民館|生涯学習|文化)(?:サークル|クラブ)",
        "shogai_gakushu",
    ),
)
_PATTERN = re.compile("|".join(f"(?P<k{i}>{words})" for i, (words, _code) in enumerate(_KINDS)))
# A name column's own word for what it names: 「食堂名」 is a こども食堂's name.
_NAME_HEADERS: tuple[tuple[str, str], ...] = (("食堂", "kodomo_shokudo"),)


def list_category(titles: Iterable[str], name_header: str = "") -> tuple[str, str]:
    """(category code, the words that say it) a list's title rows name, else its name
    column's header; ("", "") when they name none, or more than one."""
    for text in (*titles, name_header):
        found = _kinds_in(unicodedata.normalize("NFKC", text))
        if len(found) == 1:
            [(code, said)] = found.items()
            return code, said
        if len(found) > 1:
            return "", ""
    header = unicodedata.normalize("NFKC", name_header)
    for word, code in _NAME_HEADERS:
        if header.startswith(word):
            return code, word
    return "", ""


# Kinds close enough that a list of one holds the others as its own: a サロン in a 通いの場一覧
# is one of its 通いの場, a 茶の間 in a サロン一覧 one of its サロン.
_ONE_FAMILY = frozenset({"salon", "kayoinoba", "ibasho"})
# What may follow the kind in a name: its own name in brackets (「認知症カフェ「さなだの縁側」」
# 「オレンジカフェ（東町）」) or a number (「子育てひろば2」).
_NAME_TAIL = re.compile(r"\s*(?:[「『(\[【][^」』)\]】]*[」』)\]】]|[0-9]+)?\s*$")


def kind_of_name(name: str, list_code: str) -> tuple[str, str]:
    """(category code, the words that say it) when an activity's name says it is a clearly
    different kind from ``list_code``, the one its list's title gives every row: 「まるこ子ども
    食堂」 in a 高齢者の居場所一覧 is a 子ども食堂, 「認知症カフェ「さなだの縁側」」 a 認知症カフェ.
    Only a name that ends with the kind's words (its own name in brackets after them) says so:
    「子ども食堂の調理補助」 in a ボランティア募集一覧 is a volunteer's task, 「認知症予防 脳トレ
    教室」 no 認知症カフェ; and a サロン in a 通いの場一覧 stays a 通いの場 (``_ONE_FAMILY``).
    ("", "") otherwise."""
    text = unicodedata.normalize("NFKC", name)
    matches = list(_PATTERN.finditer(text))
    if not matches:
        return "", ""
    last = matches[-1]
    if not _NAME_TAIL.fullmatch(text[last.end() :]):
        return "", ""
    index = int(next(k for k, v in last.groupdict().items() if v)[1:])
    code = _KINDS[index][1]
    if code == list_code or {code, list_code} <= _ONE_FAMILY or list_code == "volunteer":
        return "", ""
    return code, last.group()


def _kinds_in(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _PATTERN.finditer(text):
        index = int(next(k for k, v in match.groupdict().items() if v)[1:])
        found.setdefault(_KINDS[index][1], match.group())
    return found


_CONTACT_NOTE = re.compile(
    r"(?:お?問い?合わ?せ|連絡|申込)先?\s*[:：]?\s*(?P<name>[^0-9()]*?)\s*"
    r"(?:TEL|Tel|電話|℡)?\s*[:：]?\s*(?P<phone>0\d{1,4}-\d{1,4}-\d{3,4})"
)


def list_contact(lines: Iterable[str]) -> tuple[str, str]:
    """(whom, telephone) the notes around a list give as its one contact
    (「問合せ先：鳥取市 長寿社会課 0857-30-8213」); ("", "") when they give none, or several."""
    found = {
        (match.group("name").strip(" 　・、"), match.group("phone"))
        for line in lines
        if (match := _CONTACT_NOTE.search(unicodedata.normalize("NFKC", line)))
    }
    if len(found) != 1:
        return "", ""
    [(name, phone)] = found
    return name, phone
