"""Write webapp/i18n_terms.py: the data words the pages translate (vocabulary, labels, facets).

Run after changing the standard vocabulary or the labels, then update the catalogs:
    python scripts/i18n_terms.py && sh scripts/translations.sh
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from directory import labels
from directory.search.index import TIMES_OF_DAY

ROOT = Path(__file__).resolve().parent.parent
# The search page's facet titles and fixed values (webapp/search.py), as it shows them.
SEARCH_WORDS = (
    "活動の種類", "対象", "地区", "曜日", "時間帯", "参加費", "バリアフリー", "参加支援", "ことば",
    "月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜", "祝日", "無料",
    "車いすで入れる", "多目的トイレ", "送迎あり", "駐車場あり", "参加支援の受け入れ可",
)  # fmt: skip

HEADER = '''"""Words the pages show that come from data, not templates: the standard vocabulary
(``directory/standard_vocabulary.toml``), the directory's labels and the search page's facets.

Listed here, marked with ``N_``, so that the message catalogs carry their translations;
templates translate them when shown (``_(category.label)``). A category or target whose label is
not the standard vocabulary's (a directory's own, saved through ``directory.vocabulary``) is not
in the catalogs and is shown as written. Written by ``scripts/i18n_terms.py``.
"""

from __future__ import annotations

from directory.labels import N_

TERMS = (
'''


def render() -> str:
    """The text of webapp/i18n_terms.py."""
    vocabulary = tomllib.loads((ROOT / "directory/standard_vocabulary.toml").read_text("utf-8"))
    terms: list[str] = []
    for word in (
        *(c["label"] for c in vocabulary["category"]),
        *(t["label"] for t in vocabulary["target"]),
        *labels.ORGANIZATION_KIND.values(),
        *labels.ACCESSIBILITY.values(),
        *labels.LANGUAGES.values(),
        *labels.FEATURES.values(),
        *SEARCH_WORDS,
        *TIMES_OF_DAY.values(),
    ):
        if word not in terms:
            terms.append(word)
    body = "".join(f'    N_("{t}"),\n' for t in terms)
    return HEADER + body + ")\n"


def main() -> None:
    (ROOT / "webapp/i18n_terms.py").write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
