"""Whether a place suits the person's age, beyond what its 対象 and 対象年齢 say.

Two kinds of place are open to everyone on paper and still no first choice for some ages:

- **A vigorous sport for a very old person.** 国際交流フットサル is for 「国籍や年齢に関係なく」,
  and 運動 in a note met it: an 80-year-old whose note says 「午後は昼寝」 and who wants to keep
  up her 体操 was offered it third (held-out 28), an 84-year-old with a cane likewise. From
  ``VIGOROUS_FROM`` years, a place whose text names running or a ball game played on foot comes
  after the other fits and says why. It is not removed: some people of 75 still play.
- **A 子ども食堂 for an adult who comes alone.** Most 子ども食堂 serve children and the parents
  with them; some say adults are welcome on their own (「どなたでも」「お年寄りも一緒に」, 対象
  どなたでも), and a young adult short of food may eat there. A student of 19 was offered the
  others first (held-out 28). From ``ADULT_FROM`` years, for a person with no child in the
  need, a 子ども食堂 whose 対象 is not どなたでも and whose text does not welcome adults, or
  whose ages end below ``ADULT_FROM``, comes after the other fits and says so.

Both read only the few places already found to fit (``positions``), not every listing's text.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import numpy.typing as npt

from directory.ages import describe_age_range
from matching.conditions import EVERYONE
from matching.profiles import ListingProfile, ListingTable

BoolArray = npt.NDArray[np.bool_]

VIGOROUS_FROM = 75
VIGOROUS = re.compile(
    r"フットサル|サッカー|ランニング|ジョギング|マラソン|バスケ(?:ットボール)?|バレーボール"
    r"|ボールを蹴|登山|トレイルラン"
)
ADULT_FROM = 18
CHILDRENS_MEAL = "kodomo_shokudo"
# 「どなたでも」「大人だけでも」「ひとり暮らしのお年寄りも」「多世代」: adults may come on their own.
# Not 「付き添いの大人は300円」: an adult with a child.
_ADULTS_WELCOME = re.compile(
    r"どなたでも|誰でも|だれでも|大人(?:だけ|のみ|ひとり|一人)|大人の方も|大人も"
    r"|お年寄りも|高齢の方も|多世代|地域の(?:方|皆さん)(?:も|が)"
)


def vigorous_word(item: ListingProfile) -> str:
    """The word that says a place asks for running or a ball game on foot, or ""."""
    found = VIGOROUS.search(unicodedata.normalize("NFKC", item.text))
    return found[0] if found else ""


def too_vigorous(
    table: ListingTable, positions: npt.NDArray[np.int64], years: tuple[int, int] | None
) -> BoolArray | None:
    """Of ``positions``, the places too vigorous for a person of ``years``; None under
    ``VIGOROUS_FROM`` (or age unknown)."""
    if years is None or years[0] < VIGOROUS_FROM:
        return None
    return np.array([bool(vigorous_word(table.profiles[p])) for p in positions], dtype=np.bool_)


def childrens_meal(item: ListingProfile) -> bool:
    """A 子ども食堂 that does not say an adult may come on their own."""
    if CHILDRENS_MEAL not in item.categories:
        return False
    if item.age_max is not None and item.age_max < ADULT_FROM:
        return True
    if EVERYONE in item.targets:
        return False
    return not _ADULTS_WELCOME.search(unicodedata.normalize("NFKC", item.text))


def childrens_meals(
    table: ListingTable,
    positions: npt.NDArray[np.int64],
    years: tuple[int, int] | None,
    with_child: bool,
) -> BoolArray | None:
    """Of ``positions``, the 子ども食堂 an adult coming alone is not meant for; None for a
    person under ``ADULT_FROM`` (or of unknown age), or one with a child."""
    if with_child or years is None or years[0] < ADULT_FROM:
        return None
    return np.array([childrens_meal(table.profiles[p]) for p in positions], dtype=np.bool_)


def age_misfit(item: ListingProfile, *, vigorous: bool) -> str:
    """What a suggestion says of a place ``too_vigorous`` (``vigorous``) or ``childrens_meals``
    found."""
    if vigorous:
        word = vigorous_word(item)
        return f"「{word}」など運動量の多い場（ご高齢の方には負担が大きいかもしれない）"
    if item.age_max is not None and item.age_max < ADULT_FROM:
        ages = item.age_text or describe_age_range(item.age_min, item.age_max)
        return f"子どものための食堂（対象年齢 {ages}）"
    return "子どもと保護者のための食堂（大人だけで来てよいとは書かれていない）"
