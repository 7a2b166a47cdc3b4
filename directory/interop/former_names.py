"""The name an activity went by before (旧名称), as a list writes it.

A list renames activities in its own words: beside the name (「むかいじま食堂（旧：向島こども食
堂）」「（旧名称 ふしみ食堂）」), in a note (「旧名称：穴吹老人憩の家」「旧名称は「たけだ食堂」
です」「みなみ茶話会から名称変更」), or by striking the old name through in the cell and writing
the new one after it (「~~重清サロン~~重清いきいきクラブ」). Residents and coordinators still look the activity up by
that name, and the directory may hold it under it.

Main decision: 旧 is read as a former name only when it names one, never from 旧 alone. 「旧篠路
小学校区ふれあいサロン」「旧大沢野町地区かよいの場」 are today's names (旧 is of the school district or
the town before a merger), and 「サロン（旧大沢野町）」 says where: a bracket of 旧 without 名称 or a
colon is a former name only when it does not end like a place (町, 村, 地区, 校区…).
"""

from __future__ import annotations

import re
import unicodedata

# 「（旧：向島こども食堂）」「（旧名称 ふしみ食堂）」「(旧称・なかよし会)」「（旧向島こども食堂）」 at the
# end of a name; group "label" is empty for a bare 旧.
_IN_NAME = re.compile(
    r"\s*[(（\[［【]\s*(?:(?P<label>旧名称|旧称|旧名)|旧)\s*(?P<colon>[:：・=＝]?)\s*"
    r"(?P<name>[^()（）\[\]［］【】]+?)\s*[)）\]］】]\s*$"
)
# A bare 旧 before a place: 「（旧大沢野町）」「（旧篠路小学校区）」「（旧中央地区）」.
_PLACE_END = re.compile(
    r"(?:都|道|府|県|市|区|町|村|郡|地区|地域|校区|学区|小学校区|中学校区|小学校|中学校|小|中|支所|"
    r"圏域|ブロック|集落|自治会|町内会|公民館|会館|センター)$"
)
# In a note: 「旧名称：穴吹老人憩の家」「旧名称は「たけだ食堂」です」「旧称 なかよし会」.
_IN_NOTE = re.compile(
    r"(?:旧名称|旧称|旧名)\s*(?:[:：=＝]|は|\s)?\s*[「『\"“]?(?P<name>[^」』\"”、。,，;；()（）\s]+)"
)
# 「みなみ茶話会から名称変更」「「みなみ茶話会」より改称」.
_RENAMED_FROM = re.compile(
    r"[「『\"“]?(?P<name>[^「『」』\"”、。,，;；()（）\s]+?)[」』\"”]?\s*(?:から|より)\s*"
    r"(?:名称|名前)?を?(?:変更|改称|改名)"
)
# What cannot be a name: a date or a time (「令和6年4月から名称変更」).
_NO_NAME = re.compile(
    r"(?:令和|平成|R|H)?[0-9.年月日度/\-〜~～]+|今年度|本年度|昨年度|今回|以前|前年度"
)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# How the name of an activity ends (「重清サロン」「ひまわり会」「北町体操クラブ」): a struck text
# that ends so is a whole name, crossed out for the one written after it.
_NAME_END = re.compile(
    r"(?:サロン|会|クラブ|倶楽部|サークル|食堂|教室|講座|カフェ|喫茶|の場|広場|ひろば|体操|家|ハウス"
    r"|センター|ルーム|ランド|ネット|の会|隊|団|グループ|茶屋|学校|塾|キッチン)$"
)


_NOTE = re.compile(r"\s*[※＊*]")
_BRACKETED = re.compile(r"\s*[(（\[［【<＜〔][^()（）]*[)）\]］】>＞〕]\s*")


def struck_former_name(struck: str, written: str) -> str:
    """The name an activity went by, from its name cell struck through in part: the struck
    text when it is a whole name crossed out for the new one (「~~重清サロン~~重清いきいき
    クラブ」 → 「重清サロン」), else the cell as it was written (「~~新琴似~~新川ふれあい
    サロン」 → 「新琴似新川ふれあいサロン」); none for a word crossed out beside it (「（休止中）」)."""
    struck, written = " ".join(struck.split()), " ".join(written.split())
    if former := split_former_name(written)[1]:
        return former  # 「~~（旧安積老人憩の家）~~」 crossed out beside the name
    if _BRACKETED.fullmatch(struck) or _NOTE.match(_nfkc(struck)):
        return ""  # a word beside the name (「~~（休止中）~~」「~~※休止中~~」), not a name
    if _NAME_END.search(_nfkc(struck)) and len(struck) >= 3:
        return struck
    return written


def split_former_name(name: str) -> tuple[str, str]:
    """(the name without a former name beside it, that former name): 「むかいじま食堂（旧：向島
    こども食堂）」 → (「むかいじま食堂」, 「向島こども食堂」). A bracket saying where (「（旧大沢野
    町）」) stays part of the name, as does a 旧 that begins it (「旧篠路小学校区サロン」)."""
    match = _IN_NAME.search(name)
    if match is None:
        return name, ""
    former = match.group("name").strip()
    named = match.group("label") or match.group("colon")
    if not named and _PLACE_END.search(_nfkc(former)):
        return name, ""
    rest = name[: match.start()].strip()
    return (rest, former) if rest and former else (name, "")


def former_names_in(text: str) -> tuple[str, ...]:
    """The former names a note gives (「旧名称：穴吹老人憩の家」, 「みなみ茶話会から名称変更」)."""
    found = [m.group("name") for m in _IN_NOTE.finditer(text)]
    found += [m.group("name") for m in _RENAMED_FROM.finditer(text)]
    names = [n.strip() for n in found if n.strip() and not _NO_NAME.fullmatch(_nfkc(n.strip()))]
    return tuple(dict.fromkeys(names))


__all__ = ["former_names_in", "split_former_name", "struck_former_name"]
