"""What a resident typed → what to search for: words, conditions, a place; never raises.

Residents type on a phone the way they talk: 「子どもの宿題を見てほしい」, 「無料でごはん」,
「土浦駅の近くの子ども食堂」, 「こども食道」, 「kodomo shokudo」, 「Japanese class」. Understanding, in order:

1. **Clean-up** as before: NUL and quotes; nothing is Whoosh syntax; a quoted phrase is one
   word taken as written; long input is cut (``MAX_CHARS``, ``MAX_WORDS``) with a notice.
2. **English and romaji**: phrases of ``english.tsv`` become their Japanese (cafe → カフェ,
   japanese class → 日本語教室); another Latin word that reads as romaji is also searched as kana
   (kodomo → こども), besides itself (LINE, DVD). An English word one letter off the table is
   read as meant (japanes); a short one only for a thumb's slip (yoag, kdis, fod bank).
3. **Whom** it is for (``persons.tsv``): 「高齢の母が」「おばあちゃん」「孫の」 name a person, not what to
   look for: those words (and the particles tying them in) leave the text, and the 対象 they
   name (高齢者; 子ども; 子連れ: 子育て世帯) orders the results (``TextQuery.prefer``), never filters.
   A mother wanting friends of her own (「おかあさん ともだち ほしい」) is a parent raising children;
   friends for an older person (「ばあちゃん 友達ほしい」) are made at the salons' tea and talk, and
   仲間 (「じいちゃん 仲間 ほしがってる」) at the clubs. ママ beside a child (「ちいさい子いる ママの
   あつまり」) is a parent raising children; ママ alone (「ﾌｨﾘﾋﾟﾝ ﾏﾏ」) names no one.
   **Pieces** at spaces and punctuation. A piece that occurs in the index as it is, often
   enough, stays whole (通いの場), and so does a phrase of ``synonyms.tsv`` inside it
   (学校に行けない, 生活に困っている), and a resident's phrase of ``situations.tsv`` — written or
   in kana (かいごしてる is 介護している). Otherwise it is cut with the morphological analyser
   (:mod:`directory.search.readings`): particles, auxiliaries and request words (ほしい, したい,
   できる, 教えて, 近く, ところ, さがしてる…) are dropped, the rest are words; a word that still
   finds nothing is cut into its morphemes. A kana word before する・できる that the analyser
   takes for an adverb but finds listings by its reading is a word (たいそうできる: 体操).
4. **Conditions**: a word of ``conditions.tsv`` (土曜日, 夜, 無料, 車椅子, 英語で…) becomes a facet; an
   area's name (新治, 第一地区) becomes the area facet; a landmark, town or address (土浦駅,
   手野町) — looked up through the ``places`` callback, i.e. ``directory.places.resolve_place``
   — becomes the origin with a ``PLACE_RADIUS_KM`` radius. Each is an :class:`Understood`, shown
   as a chip the resident can undo (``asis``: words to take as written).
5. **Typos**: a word that finds nothing is replaced by the commonest vocabulary word one
   character away (「もしかして」, said in the notice). A word in kana is first tried with the
   voiced marks (゛゜) and small kana a phone loses put back (ほっちや → ボッチャ, しゆわ → しゅわ:
   two or three characters off, and cut apart by the analyser otherwise), spelt only as the
   index's bigrams allow (``Lexicon.restorations``), so a word found as typed is never changed.
6. Each remaining word matches through itself (whole, see ``ranking``), its synonyms, its
   kana reading against the readings of the index (さんぽ finds 散歩; 車いす finds 車椅子), and,
   for a situation (退職, 介護している, 転ぶ), the words listings use for what fits it
   (``situations.tsv``, one way: 定年後; 介護者; 転倒予防), weighted as synonyms.
   打つ of a game (「囲碁 打ちたい」) is no word; 毎日 is how often the person could go: alone or
   beside a feeling it orders by 平日, beside something looked for it says nothing.
   Words combine with AND, and when all together find few, partial matches follow. A word
   saying how the person lives (ひとり暮らし, ``*`` in ``situations.tsv``) said in a sentence
   beside a need adds to the score but is nothing a listing must match.

Without a ``lexicon`` (a caller that has no index at hand) steps 3 and 5 use no index.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

import jaconv

from directory.ages import STAGES, age_key, age_of_key, parse_person_age
from directory.labels import LANGUAGES, N_
from directory.search.analyzer import (
    mark_options,
    normalize,
    runs,
    synonym_groups,
    synonym_words,
    synonyms_of,
    word_tokens,
)
from directory.search.index import DUSK
from directory.search.ranking import (
    AGE,
    COST,
    READING,
    TEXT,
    Alternative,
    Lexicon,
    TextQuery,
    cost_key,
    cost_of_key,
)
from directory.search.readings import Morpheme, has_kanji, is_kana, morphemes, word_reading

MAX_CHARS = 100
MAX_WORDS = 8
SYNONYM_WEIGHT = 0.4  # a listing using the very word typed ranks above one using a synonym
SITUATION_WEIGHT = 0.7  # what fits a situation (退職: 定年後), below the words typed
KANA_READING_WEIGHT = 0.9  # さんぽ typed, 散歩 written: almost the word itself
KANJI_READING_WEIGHT = 0.5  # 車いす typed, 車椅子 written; or a homophone: lower
CORRECTION_WEIGHT = 0.9
CIRCUMSTANCE_MARK = "*"  # situations.tsv: a row whose residents' words say how they live
MANNER_MARK = "+"  # situations.tsv: a row whose residents' words say how they would go (一人で)
FEELING_MARK = "~"  # situations.tsv: a row whose residents' words say how they feel (さみしい)
EVERYONE = "everyone"  # the 対象 code of listings open to anyone (どなたでも)
SENIORS = "seniors"  # the 対象 code of listings for older people (高齢者)
# A word is corrected from this many characters: one character of two is half the word
# (明日 is not a typo of 平日, nor 限定 of 検定); 食道 for 食堂 is found by its reading anyway.
CORRECT_FROM = 3
COMPOUND_FROM = 4  # characters: 「双子育て」 may be two words written as one; 「食道」 may not
RESTORATIONS_TRIED = 16  # spellings with lost marks put back, asked of the index at most
PLACE_RADIUS_KM = 2.0
KANA_FRAGMENT_FROM = 3  # characters: a word cut out of a kana word shorter than this is a fragment
KEEP_WHOLE_FROM = 3  # a piece found in at least this many listings is not cut at particles
# 「体操教室」「囲碁クラブ」: what is done, then a word for any group that does it. The listings
# that write only what is done (百歳体操の会 for 体操教室, 囲碁・将棋の会 for 囲碁クラブ) are found
# too, a little lower than those writing the whole word.
GROUP_WORDS = ("教室", "きょうしつ", "クラブ", "サークル", "講座", "同好会", "の会")
_GROUP_IN_KANA = {
    "きょうしつ": "教室",
    "くらぶ": "クラブ",
    "さーくる": "サークル",
    "こうざ": "講座",
}
GROUP_STEM_WEIGHT = 0.6
_PREFIX_MARK = "\x00"  # a prefix (お, ご) waiting for the noun it belongs to
KANA_PHRASE_PIECES = 3  # 「しごと の れんしゅう」: a phrase typed apart, particle and all
PARTICLE_PIECE_MAX = 3  # を, から, くらい: the longest piece that may be only particles

# Messages shown next to the search box (Japanese UI text of the search domain).
MSG_TRUNCATED = N_("検索語が長いため、はじめの%(chars)s文字・%(words)s語までで検索しました。")
MSG_NO_WORDS = N_("検索できる文字がありませんでした。ことばを入れてもう一度お試しください。")
MSG_NO_DATES = N_(
    "「今日」「明日」のような日付ではしぼれません。「土曜日」のように曜日を入れると、"
    "その曜日の活動にしぼれます。"
)
MSG_CORRECTED = N_(
    "「%(typed)s」は見つからなかったので、「%(corrected)s」でさがしました（もしかして）。"
)
PLACE_LABEL = N_("%(place)sから%(km)skm")
WEEKDAY_NAMES = ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日", "祝日")
# 夕方 typed (index.DUSK: starting 16:00–18:59) is no choice of the page, so not in its terms
TIME_NAMES = {"morning": "午前", "afternoon": "午後", "evening": "夕方・夜", DUSK: N_("夕方")}
ACCESS_NAMES = {
    "wheelchair": "車いすで入れる",
    "accessible_toilet": "多目的トイレ",
    "pickup": "送迎あり",
    "parking": "駐車場あり",
}
FREE_NAME = "無料"
LANGUAGE_LABEL = N_("%(names)sで参加できる")
WEEKEND = N_("土日")
WEEKDAYS = N_("平日")
JOIN = N_("・")  # between the days, times or languages of one condition
# Who an activity is for, by an age read from the words (3歳, 70代, 65歳以上, 小学生).
AGE_ONE = N_("%(age)s歳が対象")
AGE_DECADE = N_("%(decade)s代が対象")
AGE_BETWEEN = N_("%(low)s〜%(high)s歳が対象")
AGE_FROM = N_("%(low)s歳以上が対象")
AGE_UP_TO = N_("%(high)s歳以下が対象")
# A price ceiling read from the words (300円以下, 100円まで, ワンコイン, under 500 yen).
COST_UP_TO = N_("%(yen)s円以下")

_SPACES = re.compile(r"\s+")
# Prices: 「300円以下」「100円まで」「500円以内」「300円未満」, a bare 「100円」 (or 「100円くらい」), and
# the same in English and Vietnamese (under 500 yen, ¥500, dưới 300 yên). A price is cut out as
# a piece of its own (「参加費200円」, 「300円以下の体操」), not inside a name (100円ショップ).
_PRICE = re.compile(r"(\d{1,7})円(以下|まで|以内|未満|程度|くらい|ぐらい|位|前後)?")
_UP_TO = {"以下", "まで", "以内"}
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
_PRICE_IN_TEXT = re.compile(
    r"(\d{1,7})\s*円\s*(以下|まで|以内|未満|程度|くらい|ぐらい|位|前後)?(?![\u30a1-\u30fa\u30fcー])"
)
_FOREIGN_UP_TO = (
    r"under|below|less than|up to|max|maximum|at most|no more than|within|"
    r"dưới|duoi|tối đa|toi da|không quá|khong qua"
)
_YEN = r"(?:yen|yên|円)"
_FOREIGN_PRICE = re.compile(
    rf"(?<![a-z\u00c0-\u024f\u1e00-\u1eff])(?:(?P<up>{_FOREIGN_UP_TO})\s*)?"
    rf"(?:¥\s*(?P<a>\d{{1,7}})(?:\s*{_YEN})?|(?P<b>\d{{1,7}})\s*{_YEN})"
    r"(?:\s*(?P<after>or less|or under|or below|max|trở xuống|tro xuong))?"
    r"(?![a-z\u00c0-\u024f\u1e00-\u1eff])",
    re.IGNORECASE,
)

_PHRASE = re.compile(r'"([^"]*)"')
# 「3さいの子」「2さいじ」: an age in kana, before a particle, a space or the end (not 3さいせん)
_AGE_IN_KANA = re.compile(r"(?<![\d.])(\d{1,3})(?:さい|サイ)(?=$|[\sのとでがはもにへやじ、。,.!?])")
# How many people come (「2人で」「3名」「ふたりで」「二人組」): no topic a listing is about, and no
# condition the directory records. Not 一人・ひとり (ひとり暮らし, ひとり親 are what is looked for).
# An age in brackets after whom it is of (「息子(30)」「母（82）」), as family members are written.
_AGE_IN_BRACKETS = re.compile(r"(?<=[\u3041-\u30ff\u4e00-\u9fff])\((\d{1,3})\)")
_HEADCOUNT = re.compile(
    r"(?<![\d.])\d{1,3}\s*(?:人|名)組?|(?<![\u3400-\u9fff])[二三四五六七八九十]人組?(?![\u3400-\u9fff])|ふたり|フタリ"
)
_SEPARATORS = re.compile(r"[\s、。，,．.！!？?／/・:：;；「」『』（）()【】\[\]]+")
_OPERATORS = {"and", "or", "not"}
_ONLY_HIRAGANA = re.compile(r"[\u3041-\u3096ー]+")
_ONE_HIRAGANA = re.compile(r"[\u3041-\u3096]")
# English and romaji words that carry nothing to look for (「cafe near the station」, 「kodomo no
# ibasho」): dropped.
_LATIN_STOP = {
    "a", "an", "the", "for", "in", "at", "near", "nearby", "with", "of", "to", "on", "my", "i",
    "want", "looking", "where", "is", "are", "can", "place", "places", "some", "any",
    "no", "ga", "wo", "ni", "de", "he", "ya", "wa", "mo", "today", "tomorrow", "desu", "masu",
    # Vietnamese (the pages are in Tiếng Việt too): I, want, learn, for, at, near, where, of…
    "tôi", "toi", "muốn", "muon", "học", "hoc", "cho", "ở", "gần", "đâu", "dau", "có", "không",
    "khong", "của", "cua", "và", "với", "voi", "tìm", "tim", "chỗ", "nơi",
    "am", "i'm", "im", "very", "so", "feel", "feeling",  # 「i am lonely」「I feel so lonely」
}  # fmt: skip
_STAGE_KEYS = frozenset(normalize(stage) for stage in STAGES)
_LATIN_WORD = re.compile(r"[a-z][a-z'\-]*")
# A Latin word with diacritics (Vietnamese: học, tôi): a foreign word, not Japanese.
_LATIN_WORD_MARKED = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'\-]+")
# Morphemes that never carry what is looked for.
_CUT_POS = {"助詞", "助動詞", "補助記号", "空白", "接続詞", "感動詞", "代名詞", "連体詞", "副詞"}
_VERBAL = {"動詞", "形容詞"}
_NOUN_POS = {"名詞", "接尾辞", "接頭辞"}
# What a short piece may be made of and still name nothing: not an adverb (しゅわ is 手話 in
# kana, an onomatopoeia to the analyser).
_PARTICLE_POS = _CUT_POS - {"副詞"}
_NO_WORD_START = ("っ", "ッ", "ー")
_TRAILING_PARTICLES = "とにでをがはのへもや"
# 「こどもが いられる」: a word and its particle; not の, which ties a phrase (こどもの がっこう)
_SUBJECT_PARTICLES = "がをはも"
# Request and everyday verbs/adjectives (dictionary forms): 「…を見てほしい」「…ができるところ」.
_REQUEST_WORDS = {
    "ほしい", "欲しい", "する", "為る", "できる", "出来る", "行く", "いく", "行ける", "来る",
    "くる", "ある", "有る", "いる", "居る", "なる", "やる", "見る", "みる", "教える", "習う",
    "探す", "さがす", "見つける", "みつける", "知る", "困る", "思う", "もらう", "くれる", "くださる", "下さる", "いただく",
    "頂く", "使う", "入る", "参加", "近い", "いい", "良い", "よい", "たい", "ます", "です",
    # the same typed in hiragana, and verbs of going somewhere that name no activity
    "ならう", "おしえる", "つかう", "はいる", "しる", "おもう", "寄る", "寄れる", "よる", "よれる",
    "立ち寄る", "立ち寄れる", "過ごす", "すごす", "通う", "通える", "かよう",
    # 「日曜日 あいてる」「やってる」: open or not is the weekday's business
    "開く", "あく", "空く", "あう", "開ける", "あける",
    # how a sentence spoken or typed in full goes on around what is looked for: 「お金がなくて」
    # 「疲れてしまって」「日本語がわかりません」「ボランティアを始めたい」「ずっと」 (ずっ・と to the analyser)
    "ない", "無い", "しまう", "わかる", "分かる", "始める", "はじめる", "過ごせる", "ずる",
    "こまる",  # 「食べもの こまってる」: 困る typed in kana
    # 「母を連れて行ける」: whom the resident brings is read apart (persons.tsv), not 連れ
    "連れる", "つれる",
    # 「一緒に遊べるところ」: can play there, as at any place for children (遊び stays a word)
    "遊べる", "あそべる",
    # 「友達いないって言ってる」: what a family member said, around what is looked for
    "言う", "いう",
    # 「ママ友つくりたい」「お米もらえる所」: making or being given, said of what is looked for
    "作る", "つくる", "もらえる", "貰える", "いただける", "頂ける",
    # 「うつっぽくて」: how it seems
    "っぽい",
    # 「囲碁 打ちたい」「麻雀を打てる所」「卓球 打ちたい」: 打つ is how a game is played, no activity
    # of its own — as a word, 打ち found そば打ち first (the noun そば打ち stays whole)
    "打つ", "打てる",
    # 「しょうぎ さすとこ」「将棋を指せる所」: 指す is how 将棋 is played, as 打つ is for 囲碁
    "指す", "さす", "指せる", "させる",
    # 「家にずっとおる」: いる as western Japan says it
    "おる",
}  # fmt: skip
# 「毎日 ひま」「毎日通えるところ」: how often the person could go, which what fits it (平日, the
# ``+`` row of situations.tsv) orders by; listings write 毎日 in other senses (「毎日でなくても」
# of a 見守り role came first), so the word itself, like a feeling, is not looked for.
_HOW_OFTEN = frozenset(
    normalize(w)
    # 「まいにち いける とこ」 typed apart is read as the phrase 毎日行ける (situations.tsv)
    for w in ("毎日", "まいにち", "ほぼ毎日", "毎日でも", "毎日行ける", "毎日通える", "平日毎日")
)
# 「毎日 おしゃべりできる とこ 年寄り」: who goes, said as a word (variants.tsv: 高齢者, お年寄り, シニア),
# is nothing looked for beside which 毎日 would only say how the days go.
_OLDER_PEOPLE = frozenset(
    normalize(w) for w in ("高齢者", "お年寄り", "年寄り", "としより", "おとしより", "シニア")
)
# 「毎日 行ける 居場所」「毎日やってる とこ」: going there every day, or a place open every day —
# then 毎日 orders by 平日 beside what is looked for too (「退職して毎日やることがない」 says how
# the days go, and orders nothing).
_EVERY_DAY_THERE = re.compile(
    r"(?:毎日|まいにち)(?:でも)?[\s　]*(?:に)?"
    r"(?:行け|いけ|行き|いき|通え|かよえ|通い|かよい|行って|いって|通って|かよって|やって|開いて|ひらいて"
    r"|あいて|空いて|開いて|寄れ|よれ)"
)
# 「子連れOK 雨の日」: somewhere to go when it rains (室内, situations.tsv). Listings write the
# words themselves mostly to say they close (「雨の日は中止」「雨の日はお休み」), so, like a
# feeling, they are not looked for as written.
_RAINY_DAY = frozenset(normalize(w) for w in ("雨の日", "雨のとき", "雨の時", "雨ふり", "雨降り"))
# How far on foot (「土浦駅から歩いて行ける」「徒歩5分」「歩いてすぐ」): how near, which the place's
# radius says, not a walk to look for (「歩ける」「歩きたい」 alone are: situations.tsv).
_WALKING_DISTANCE = re.compile(
    r"(?:から|より)?(?:歩いて|あるいて|徒歩で?|とほで?)"
    r"(?:[0-9]+分|すぐ|行ける|いける|行けて|いけて|通える|かよえる|来れる|来られる|これる|こられる)"
    r"|徒歩圏内?"
)
# 「じいちゃん 仲間 ほしがってる」: someone else wants it, as 〜がほしい says (ほし・がっ to the analyser)
_WANTS_IT = re.compile(r"(?:ほし|欲し)が(?:ってる|っている|ってます|っています|って|る|ります)")
# 「たいそうできるとこさがしてる」: looking for it, said after it without a space in voice input (the
# analyser cuts 「とこさがしてる」 into と・こ・さ・が…, and 「こさ」 was searched)
_LOOKING_FOR_IT = re.compile(
    r"(?:を|が)?(?:探|さが)し(?:てる|ている|てます|ています|てるん|てて|ており|とる|よる)"
)
# Around or at a place, typed in rōmaji after it (shuhen, chikaku, nishiguchi): said by its radius.
_AROUND_A_PLACE = frozenset(
    "ちかく しゅうへん しゅへん ふきん あたり へん そば まわり えきまえ まえ".split()
    + [f"{side}ぐち" for side in ("ひがし", "にし", "みなみ", "きた", "ちゅうおう", "ちゅおう")]
)
# A kana word glued to what follows it: how long its start is looked at (glued_kana_word).
_KANA_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
GLUED_KANA_MIN = 3
UNMARKED_SENTENCE_FROM = 6  # hiragana without a mark this long may be a sentence typed so
UNMARKED_WORD_MAX = 10  # the longest word looked for in one
UNMARKED_UNREAD_SHARE = 4  # read so if no more than a quarter of it is left unread
UNMARKED_TRIED = 4  # spellings of a part of such a sentence shorter than UNMARKED_LONG
UNMARKED_LONG = 6
UNMARKED_SURE_FROM = 3  # listings: a word found in fewer counts for less, down to half
GLUED_KANA_MAX = 10
# What a resident adds to a place activities meet at to mean "whatever is held there"
# (「都和公民館でやってる講座」「第二公民館の教室」): no word a listing there must write.
_AT_A_VENUE = frozenset(
    normalize(w)
    for w in (
        "教室", "きょうしつ", "講座", "こうざ", "集まり", "あつまり", "催し", "もよおし", "イベント",
        "行事", "サークル", "クラブ", "習い事", "習いごと", "予定", "内容", "開催", "やってる",
    )
)  # fmt: skip
# Particles, request words and endings between the words of a sentence in hiragana, as a
# phone without voiced marks or small kana types them (が: か, でも: ても, ばしょ: はしよ).
_UNMARKED_TABLE = {
    ord(chr(ord(marked) - 0x60)): chr(ord(plain) - 0x60)  # in hiragana
    for plain in "カキクケコサシスセソタチテトハヒフヘホウツアイエオヤユヨ"
    for marked in mark_options(plain)[1:]
    if "\u30a1" <= marked <= "\u30f6"
}
_FUNCTION_KANA = (
    "の", "が", "を", "に", "で", "は", "と", "も", "へ", "や", "て", "から", "まで", "でも", "ても",
    "には", "では", "とか", "など", "って", "けど", "のに", "ので", "な", "だ", "よ", "ね", "か",
    "たい", "したい", "ほしい", "いきたい", "いける", "いけ", "いく", "いられる", "いれる", "かよえる",
    "かよいたい", "かよう", "できる", "できます", "ある", "あって", "あっても", "ない", "です",
    "ですか", "ます", "ますか", "ありますか", "られる", "れる", "する", "して", "ところ", "とこ",
    "ばしょ", "どこ", "いる", "なる", "もらえる", "くれる", "おしえて", "さがして", "さがしています",
    "やってる", "やっている",
)  # fmt: skip


def _unmarked(text: str) -> str:
    """Hiragana as a phone without voiced marks or small kana types it (がっこう: かつこう)."""
    return text.translate(_UNMARKED_TABLE)


_UNMARKED_FUNCTION = frozenset(_unmarked(w) for w in _FUNCTION_KANA)
_KANA_JOINT = re.compile(r"(?<=[\u3041-\u3096]{3})[のを](?=[\u3041-\u3096]{3})")
# Dates (the search knows weekdays, not today's date): dropped, with MSG_NO_DATES.
# 「お寺でやってる集まり」「教会で開いている会」: the word before it is where, the rest is any activity.
_HELD_AT = re.compile(r"で(?:やって|開いて|ひらいて|開かれて|ひらかれて|開催|活動して)")
_DATE_WORDS = ("今日", "本日", "明日", "きょう", "あした", "あす", "today", "tomorrow")
_DATE_IN_TEXT = re.compile("今日|本日|明日")  # inside a piece (今日の体操); kana only as pieces
# Words that say where or what in general, not what is looked for.
_STOP_WORDS = {
    "近く", "ちかく", "近所", "周辺", "付近", "そば", "あたり", "辺り", "ところ", "所", "場所",
    "ばしょ", "こと", "もの", "物", "人", "ひと", "方", "かた", "情報", "活動", "どこ", "何",
    "なに", "いつ", "おすすめ", "ため", "よう", "さん", "探し", "さがし", "教えて", "ほしい",
    "みんな", "皆", "みなさん", "皆さん",
    # 「うたうたうの すきやけん」: the endings of western dialects the analyser takes for nouns
    # (けん: 県, 券), and liking said in kana (好き below)
    "だいすき", "けん", "やけん", "じゃけん",
    # days no schedule can be matched with without a calendar (今日, 明日): a 曜日 can
    *_DATE_WORDS, "今度", "こんど",
    # who the resident is searching for, not what (「高齢の母が通える」「うちの子」)
    "母", "父", "祖母", "祖父", "うち", "私", "わたし", "自分", "子",  # 「高校生の子が」
    # 「女性限定」「女性だけ」: the rest of the word says what is looked for
    "限定", "専用", "のみ",
    # what every listing has (「参加費 100円」)
    "参加費", "料金", "費用", "値段",
    # the rest of a spoken sentence: 「母と一緒に」「勉強できるとこ」「最近」「少し」「時間があるので」
    # 「家以外の」「就く前に」, and questions about what the page shows (「何曜日にやってますか」)
    "一緒", "いっしょ", "とこ", "最近", "少し", "ちょっと", "ずっと", "時間", "以外", "前", "気",
    "何曜日", "何曜", "なんようび", "何時", "なんじ", "ほう",  # 「真鍋のほうで」
    "日",  # 「休みの日に」「雨の日」: a day, which every schedule writes
    "中",  # 「育休中で」「休職中」: while, not 中 of any listing's text
    "あと", "がてら", "会",  # 「脳梗塞のあと リハビリがてら歩ける会」: when, what else, a group
    "そう",  # 「さみしそう」 cut as さみし・そう: how it looks, not what is looked for
    "好き", "すき", "大好き",  # 「カラオケ好きな母」: what they like is the other word
    "笑", "w",  # 「ボランティアしたい笑」: said with a smile
    # 「碁会所みたいな所」「老人会みたいなの」: a comparison; what it is like is the other word
    # (situations.tsv says what a 碁会所 or 老人会 is in the listings' words)
    "みたい", "みたいな", "みたいに",
}  # fmt: skip
# Everyday words said beside what is looked for (「寂しい 一人」「毎日 ひま」「たまに ボランティア」
# 「気軽に 手芸」「いつでも おしゃべり」): when, how often or how one is, which no listing must write.
# Beside another word they only order, a little (a listing writing 毎日 or 気軽に comes first
# among those fitting the rest); alone, they are what is looked for. 毎日 is no weekday: a
# listing open every day writes it, most write a day of the week.
_EVERYDAY_WORDS = frozenset(
    normalize(w)
    for w in (
        "一人", "ひとり", "独り", "毎日", "まいにち", "いつでも", "いつも", "気軽", "気軽に",
        "きがる", "きがるに", "たまに", "たま", "時々", "ときどき", "時たま", "普段", "ふだん",
    )
)  # fmt: skip
EVERYDAY_WEIGHT = 0.3


@dataclass(frozen=True)
class Understood:
    """A word taken as a condition rather than as text (a chip on the page, undone by asis)."""

    word: str  # as typed
    label: str  # 土曜日, 無料, 新治地区, 土浦駅から2km
    facet: str = ""  # weekday, time, free, access, area ("" for a place)
    values: tuple[str, ...] = ()
    point: tuple[float, float] | None = None  # a place: the origin
    radius_km: float | None = None
    place: str = ""  # a place: its name (土浦駅), for labels in other languages
    venue: tuple[str, ...] = ()  # a place activities meet at: how a listing names it (Place)


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    label: str
    # A place activities meet at (a 公民館, not a station): the names a listing writes for it
    # (第二地区公民館, 第二公民館). Those meeting there come first among those near it.
    venue: tuple[str, ...] = ()


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    kana: str = ""


PlaceLookup = Callable[[str], Place | None]


@lru_cache(maxsize=1024)
def _area_keys(name: str, kana: str) -> frozenset[str]:
    """The normalised ways of writing an area's name (第一地区, 第一, だいいちちく, だいいち)."""
    names = {name, kana, _without(name, "地区"), _without(kana, "ちく")}
    return frozenset(normalize(n) for n in names if len(n) >= 2)


class Notice(enum.StrEnum):
    """Why the search box has a note under it (the page words it in the reader's language)."""

    TRUNCATED = "truncated"  # MSG_TRUNCATED
    NO_WORDS = "no_words"  # MSG_NO_WORDS
    CORRECTED = "corrected"  # MSG_CORRECTED: the first of ``corrections``
    NO_DATES = "no_dates"  # MSG_NO_DATES: 今日, 明日 typed and dropped, no weekday instead


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what we searched for, as shown back to the user
    query: TextQuery
    highlight: tuple[str, ...]  # normalised words and synonyms, for snippets
    notice: str | None = None
    understood: tuple[Understood, ...] = ()
    words: tuple[str, ...] = ()  # the text words, as typed (for "drop a word" suggestions)
    corrections: tuple[tuple[str, str], ...] = ()  # (typed, searched instead)
    notice_kind: Notice | None = None

    @property
    def is_empty(self) -> bool:
        return not self.query.words

    def facets(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {}
        for item in self.understood:
            if item.facet:
                found[item.facet] = tuple(dict.fromkeys((*found.get(item.facet, ()), *item.values)))
        return found

    @property
    def place(self) -> Understood | None:
        return next((u for u in self.understood if u.point is not None), None)


# ---- plain data ------------------------------------------------------------------------------


def _rows(name: str) -> list[list[str]]:
    raw = resources.files("directory.search").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append([w.strip() for w in re.split(r"[\t,]", line) if w.strip()])
    return rows


@cache
def _english() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """English or Vietnamese word or phrase (lower case) → Japanese (the row's first word),
    and one pattern finding them as whole words (tiếng is one word: ế is a letter too)."""
    table: dict[str, str] = {}
    for row in _rows("english.tsv"):
        japanese, *foreign = row
        for word in foreign:
            table.setdefault(
                " ".join(unicodedata.normalize("NFKC", word).lower().split()), japanese
            )
    if not table:
        return None, {}
    alternatives = sorted(table, key=len, reverse=True)
    letter = r"[a-z\u00c0-\u024f\u1e00-\u1eff]"  # cafeに: a Japanese character ends a word
    pattern = re.compile(
        rf"(?<!{letter})(?:" + "|".join(map(re.escape, alternatives)) + rf")(?!{letter})"
    )
    return pattern, table


ENGLISH_CORRECT_FROM = 5  # letters: japanes, volunter; a shorter word is too often another word
# From this many letters up to ENGLISH_CORRECT_FROM, a word is corrected only for the slips a
# thumb makes without making another word: two neighbouring letters swapped (yoag, kdis, wlak,
# bbay) or one letter left out (fod bank, fre food), its first letter as typed. A letter
# changed (kit, pay, fool) is too often a word of its own.
ENGLISH_SLIP_FROM = 3
_LATIN_TYPED = re.compile(r"(?<![A-Za-z'])[A-Za-z]+(?![A-Za-z'])")


@cache
def _english_words() -> frozenset[str]:
    """The single English words of english.tsv (what a word typed one letter off may mean)."""
    _, table = _english()
    return frozenset(w for w in table if w.isascii() and w.isalpha())


def _one_edit(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter added, dropped or changed, or two
    neighbouring letters swapped (lonley)."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    i = 0
    while i < min(len(typed), len(word)) and typed[i] == word[i]:
        i += 1
    if len(typed) != len(word):
        longer, shorter = (typed, word) if len(typed) > len(word) else (word, typed)
        return longer[i + 1 :] == shorter[i:]
    swapped = typed[i : i + 2] == word[i : i + 2][::-1] and typed[i + 2 :] == word[i + 2 :]
    return swapped or typed[i + 1 :] == word[i + 1 :]


def _thumb_slip(typed: str, word: str) -> bool:
    """Whether a short ``typed`` is ``word`` with two neighbouring letters swapped or one
    letter left out, the first letter kept (``ENGLISH_SLIP_FROM``)."""
    if not typed or typed[0] != word[0] or not _one_edit(typed, word):
        return False
    return len(typed) < len(word) or (len(typed) == len(word) and sorted(typed) == sorted(word))


def _english_as_meant(
    text: str, known: Callable[[str], bool], as_written: set[str]
) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with English words typed one letter off (「japanes class」「volunter」「lonley」;
    a short word only for a thumb's slip: 「yoag」「fod bank」, ``ENGLISH_SLIP_FROM``)
    written as the one word of english.tsv they are one letter from, and the (typed, meant)
    pairs. Not a word the table has, a word the index has as it is or read as romaji (sakura),
    a word the resident asked for as written, nor one as near to two words meaning different
    things."""
    pattern, table = _english()
    corrections: list[tuple[str, str]] = []
    # 「sign language」: a word of a phrase the table has is as meant (sign is no slip of sing)
    latin = pattern is not None and _LATIN_TYPED.search(text) is not None
    phrases = [m.span() for m in pattern.finditer(text.lower())] if pattern and latin else []

    def meant(found: re.Match[str]) -> str:
        typed = found.group(0)
        word = typed.lower()
        short = len(word) < ENGLISH_CORRECT_FROM
        if (
            len(word) < ENGLISH_SLIP_FROM
            or any(start <= found.start() < end for start, end in phrases)
            or word in table
            or word in _LATIN_STOP
            or normalize(typed) in as_written
            or known(word)  # a listing writes it (an organisation's name in Latin letters)
            or ((kana := _romaji(word)) and known(kana))
        ):
            return typed
        slip = _thumb_slip if short else _one_edit
        near = sorted(w for w in _english_words() if slip(word, w))
        if not near or len({table[w] for w in near}) > 1:
            return typed  # japanes: japanese or japones, both 日本語; clash: class or cash
        corrections.append((typed, near[0]))
        return near[0]

    return _LATIN_TYPED.sub(meant, text), corrections


@cache
def _synonyms_by_reading() -> dict[str, tuple[str, ...]]:
    """The kana reading of a synonym written with kanji → the other words of its group,
    normalised: typed in kana (やさしい日本語 writes 「いばしょ」「あかちゃん」), a word finds
    what its kanji form's synonyms find (たまり場; 乳幼児), not only the word itself."""
    table: dict[str, tuple[str, ...]] = {}
    for group in synonym_groups():
        for word in group:
            written = normalize(word)
            if not has_kanji(word) or runs(written) != [written]:
                continue  # 0〜3歳 reads サイ: only whole words of Japanese have a reading
            key = normalize(word_reading(word))
            if len(key) >= KEEP_WHOLE_FROM:  # ハタケ, サンポ; no two-kana homophones
                table.setdefault(key, synonyms_of(written)[1:])
    return table


@cache
def _situations() -> dict[str, tuple[str, ...]]:
    """What a resident says of their situation (退職, 介護している), normalised → the words
    listings use for what fits it (定年後; 介護者, 家族会), from ``situations.tsv``: one way,
    unlike synonyms (「定年後」 does not look for 退職)."""
    table: dict[str, tuple[str, ...]] = {}
    for targets, said in _situation_rows():
        found = tuple(normalize(t) for t in targets)
        for words in said:
            key = normalize(words)
            table[key] = tuple(dict.fromkeys((*table.get(key, ()), *found)))
    return table


@cache
def _situation_rows() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The rows of ``situations.tsv`` as written: (listings' words, residents' words)."""
    rows = []
    raw = resources.files("directory.search").joinpath("situations.tsv").read_text("utf-8")
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if "\t" in line:
            targets, *said = [cell.strip() for cell in line.split("\t") if cell.strip()]
            targets = targets.lstrip(CIRCUMSTANCE_MARK + MANNER_MARK + FEELING_MARK)
            rows.append((tuple(t.strip() for t in targets.split(",") if t.strip()), tuple(said)))
    return tuple(rows)


@cache
def _circumstances(mark: str = CIRCUMSTANCE_MARK) -> frozenset[str]:
    """The residents' words of the rows of ``situations.tsv`` marked ``*``: how the person
    lives (ひとり暮らし), not what they look for — what they need, said beside it in a
    sentence (食べ物, 話し相手がいない), decides (``TextQuery.circumstances``). With
    ``MANNER_MARK``, those of the rows marked ``+``: how the person would go (一人で参加,
    初めてでも), beside what they look for whether typed apart or in a sentence."""
    raw = resources.files("directory.search").joinpath("situations.tsv").read_text("utf-8")
    found: set[str] = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith(mark) and "\t" in line:
            found.update(normalize(c.strip()) for c in line.split("\t")[1:] if c.strip())
    return frozenset(found)


@cache
def _situation_phrases() -> tuple[tuple[str, str], ...]:
    """(what to find in a normalised piece, the phrase of the table), longest first: the
    phrase as written, 「〜してる」「〜しています」「〜してます」 for 「〜している」, and its kana reading (かいごしてる) when
    long enough not to occur by chance inside another word."""
    found: dict[str, str] = {}
    for phrase in (words for _, said in _situation_rows() for words in said):
        written = _kana_folded(phrase)
        forms = {written} if len(written) >= 3 else set()
        if has_kanji(phrase):
            reading = _kana_folded(word_reading(phrase))
            if len(reading) >= 4:
                forms.add(reading)
        for form in list(forms):
            if form.endswith("テイル"):  # and said politely: 介護しています, 介護してます
                stem = form[: -len("テイル")]
                forms.update((stem + "テル", stem + "テイマス", stem + "テマス"))
        for form in forms:
            found.setdefault(form, phrase)
    return tuple(sorted(found.items(), key=lambda item: len(item[0]), reverse=True))


def _situation_phrase_in(piece: str) -> tuple[int, int, str] | None:
    """Where a resident's phrase of ``situations.tsv`` is in ``piece`` (written or in kana),
    and the phrase as the table has it."""
    text = _kana_folded(piece)
    if len(text) != len(piece):
        return None  # ｶﾀｶﾅ: positions would not be the piece's
    for form, phrase in _situation_phrases():
        start = text.find(form)
        if start >= 0:
            return start, start + len(form), phrase
    return None


# In persons.tsv, 「parents>everyone」: both preferred, those for parents first. Kept on the codes
# read from it (「>everyone」) until the query is made (``_preferred``).
_LESSER = ">"


@cache
def _persons() -> tuple[
    dict[str, tuple[str, tuple[str, ...]]],
    tuple[tuple[str, tuple[str, ...]], ...],
    dict[str, tuple[str, ...]],
    tuple[str, ...],
]:
    """``persons.tsv``: words naming whom the search is for (kana-folded) → (kind, 対象 codes),
    the phrases saying it (高齢の, 子連れ; kana-folded) with their 対象, longest first, the
    words naming a child (子ども) with the 対象 a parent (母, 父) has beside them (子育て世帯), and
    the words searched as written that name a parent only beside a child (ママ, パパ)."""
    words: dict[str, tuple[str, tuple[str, ...]]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    children: dict[str, tuple[str, ...]] = {}
    beside_child: list[str] = []
    raw = resources.files("directory.search").joinpath("persons.tsv").read_text("utf-8")
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if "\t" not in line:
            continue
        codes, kind, *said = [cell.strip() for cell in line.split("\t") if cell.strip()]
        first, *after = codes.split(_LESSER)  # 「parents>everyone」: parents, then everyone
        target = tuple(
            code
            for code in (*first.split(","), *(_LESSER + c for t in after for c in t.split(",")))
            if code.removeprefix(_LESSER) != "-"
        )
        for word in said:
            if kind == "phrase":
                phrases.setdefault(_kana_folded(word), target)
            elif kind == "child":
                children.setdefault(_kana_folded(word), target)
            elif kind == "beside_child":
                beside_child.append(_kana_folded(word))
            else:
                words.setdefault(_kana_folded(word), (kind, target))
    ordered = tuple(sorted(phrases.items(), key=lambda item: len(item[0]), reverse=True))
    return words, ordered, children, tuple(beside_child)


def _preferred(whom: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The 対象 codes whom the search is for, and those of them to come first when they are
    not all (子連れ: parents, then everyone)."""
    prefer = tuple(dict.fromkeys(code.removeprefix(_LESSER) for code in whom))
    first = tuple(dict.fromkeys(code for code in whom if not code.startswith(_LESSER)))
    return prefer, first if len(first) < len(prefer) else ()


def _names_whom(word: str) -> bool:
    """Whether ``word`` is a phrase of ``persons.tsv`` (子連れ): it says whom, not what."""
    folded = _kana_folded(word)
    return any(phrase in folded for phrase, _ in _persons()[1])


SHORT_PERSON = 2  # 母, 息子: read only as a morpheme of their own (not 母 of 母子家庭)
# A parent named beside a child, as the word searched (synonyms.tsv: ママ・お母さん・母親・おかあさん;
# パパ・お父さん・父親): every way persons.tsv says a mother or a father, kana-folded as its words are.
_MOTHER = (
    "母",
    "はは",
    "ははおや",
    "おふくろ",
    "お袋",
    "母ちゃん",
    "かあちゃん",
    "かーちゃん",
    "おかん",
)
_FATHER = (
    "父",
    "ちち",
    "ちちおや",
    "おやじ",
    "親父",
    "父ちゃん",
    "とうちゃん",
    "とーちゃん",
    "おとん",
)
_MOTHER_MORE = ("おかあさん", "おかーさん", "お母さん")
_FATHER_MORE = ("おとうさん", "おとーさん", "お父さん")


@cache
def _parent_said() -> dict[str, str]:
    """Each way of saying a mother or a father (kana-folded) → the word searched for them."""
    said = {_kana_folded(w): "ママ" for w in (*_MOTHER, *_MOTHER_MORE)}
    return said | {_kana_folded(w): "パパ" for w in (*_FATHER, *_FATHER_MORE)}


# 「お母さん同士」「ママ友」「おかあさんたち」「母親仲間」「お父さんの集まり」: the parents themselves, not
# an old parent: what a circle for mothers or fathers is for. 同士・たち go with the parent word.
_AMONG_PARENTS = (
    "同士",
    "どうし",
    "たち",
    "達",
    "仲間",
    "なかま",
    "の集まり",
    "のあつまり",
    "の会",
)
_AMONG_GOES = ("同士", "どうし", "たち", "達")
# 「おかあさん ともだち ほしい」「お母さん 友達つくりたい」: a mother (or father) wanting friends of her
# own is a parent raising children — friends for an old parent are said with a particle after
# the parent (「母が友達いないって」「ははに友達」) or with 母・おふくろ, as their children call them.
_FRIENDS = ("友達", "友だち", "ともだち", "友人", "仲間", "なかま")
# 仲間 are whom one does something with (a walking or cooking club's 仲間づくり), 友達 whom one
# talks to: only the friends an older person wants are looked for at the salons' tea and talk
# (「じいちゃん 仲間 ほしがってる」「おやじが さんぽ なかま」: the clubs writing 仲間, not a salon).
_TALKING_FRIENDS = ("友達", "友だち", "ともだち", "友人")
_OF_THEIR_OWN = _MOTHER_MORE + _FATHER_MORE + ("母親", "父親", "ははおや", "ちちおや")
_ABOUT_SOMEONE = ("が", "に", "の", "は", "を", "も", "と")
# Where older people make friends: how the salons write their talk and tea.
_OLDER_MEET = ("おしゃべり", "茶話会", "お茶飲み", "世間話")
_PARENTS = ("parents",)  # the 対象 code of listings for parents raising children (子育て世帯)
_OF = "ノ"  # 「孫の」


def _whom(text: str) -> tuple[str, tuple[str, ...], bool]:
    """Whom the resident is searching for: ``text`` without the words naming the person (母,
    おばあちゃん, 孫の — they say who, not what: 「おばあちゃん最近元気がなくて」 is 最近・元気),
    the 対象 codes those words and phrases (高齢の, 子連れ) name, to come first, and whether a
    word was cut out of a longer piece (a sentence: 「引きこもりの息子のことを相談したい」).

    A word inside a phrase of ``situations.tsv`` stays (おばあちゃんと: 多世代; 親の介護). The text is
    kept whole when nothing else is left."""
    words, phrases, children, beside_child = _persons()
    folded = _kana_folded(text)
    if len(folded) != len(text):
        return text, (), False  # ｶﾀｶﾅ: positions would not be the text's
    targets = [code for phrase, codes in phrases if phrase in folded for code in codes]
    if any(word in folded for word in beside_child):
        # 「ちいさい子いる ママの あつまり」: a mother beside her child is raising children; ママ
        # alone (「ﾌｨﾘﾋﾟﾝ ﾏﾏ」) names no 対象 — a mother from the Philippines is looked for at the
        # places for people from abroad as much as at those for parents
        targets.extend(_of_child(text, folded, children) or ())
    if not any(word in folded for word in words):
        return text, tuple(dict.fromkeys(targets)), False
    inside = [
        (start, start + len(form))
        for form, _ in _situation_phrases()
        if (start := folded.find(form)) >= 0
    ]
    particle_at: dict[int, int] = {}  # where a particle starts → where it ends
    particle_to: dict[int, int] = {}  # where 「の」 ends → where it starts
    at = 0
    for m in morphemes(text):
        if m.pos == "助詞":
            particle_at[at] = at + len(m.surface)
            if m.surface == "の":
                particle_to[at + len(m.surface)] = at
        at += len(m.surface)
    bounds = _bounds(text)
    # 「お父さんと子どもで」: a parent beside a child is that child's parent, not an old parent
    of_child = _of_child(text, folded, children)
    cuts: list[tuple[int, int]] = []
    said: dict[int, str] = {}  # where a parent beside a child was cut → the word searched
    among = tuple(_kana_folded(w) for w in _AMONG_PARENTS)
    friends = any(_kana_folded(w) in folded for w in _FRIENDS)
    of_their_own = {_kana_folded(w) for w in _OF_THEIR_OWN}
    about = tuple(_kana_folded(w) for w in _ABOUT_SOMEONE)
    # longest first: 母 inside お母さん (「お母さん同士」) is read with it, not again alone
    for word, (kind, parent_target) in sorted(words.items(), key=lambda w: -len(w[0])):
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            after = folded[end : end + 1]
            themselves = kind == "parent" and (
                folded.startswith(among, end)
                or (friends and word in of_their_own and not folded.startswith(about, end))
            )
            target = parent_target
            if kind == "parent" and (of_child is not None or themselves):
                target = of_child or _PARENTS
            if any(s <= start and end <= e for s, e in cuts):
                pass  # おばあちゃん's ばあちゃん: read already
            elif (
                (len(word) > SHORT_PERSON or (start, end) in bounds)
                and (kind != "person_of" or after == _OF)
                and not any(s < end and start < e for s, e in inside)
            ):
                targets.extend(target)
                if themselves:  # 「お母さん同士」: 同士 goes with the word (「の集まり」 stays)
                    end += next(
                        (
                            len(g)
                            for g in map(_kana_folded, _AMONG_GOES)
                            if folded.startswith(g, end)
                        ),
                        0,
                    )
                cuts.append((start, end))
                if target != parent_target and word in _parent_said():
                    # 「お父さんと子どもで」: a father with his child is what パパと子どもの会 is
                    # for: searched as パパ (お父さん, 父親 its synonyms); 「お母さん同士」 as ママ
                    said[start] = _parent_said()[word]
            start = folded.find(word, end)
    cut = [False] * len(text)
    for start, end in cuts:
        cut[start:end] = [True] * (end - start)
    for start, end in sorted(cuts):
        # the particles tying the person to the rest go too: 「認知症の母を介護」 is 認知症・介護
        while end in particle_at:
            cut[end : particle_at[end]] = [True] * (particle_at[end] - end)
            end = particle_at[end]
        if start in particle_to:
            cut[particle_to[start] : start] = [True] * (start - particle_to[start])
    rest = "".join(
        f" {said[i]} " if i in said else " " if gone else char
        for i, (char, gone) in enumerate(zip(text, cut, strict=True))
    )
    if not runs(normalize(rest)):
        return text, tuple(dict.fromkeys(targets)), False  # 「おばあちゃん」 alone: nothing else
    edges = [i for i in range(len(text)) if not cut[i] and (
        (i > 0 and cut[i - 1]) or (i + 1 < len(text) and cut[i + 1])
    )]  # fmt: skip
    joined = any(_SEPARATORS.fullmatch(text[i]) is None for i in edges)
    return rest, tuple(dict.fromkeys(targets)), joined


@lru_cache(maxsize=256)
def _bounds(text: str) -> frozenset[tuple[int, int]]:
    """Where the analyser's morphemes of ``text`` start and end."""
    bounds, at = set(), 0
    for m in morphemes(text):
        bounds.add((at, at + len(m.surface)))
        at += len(m.surface)
    return frozenset(bounds)


def _of_child(
    text: str, folded: str, children: dict[str, tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The 対象 a parent named beside a child has (子育て世帯), if a child is named in ``text``
    (a word of one or two characters, 子, only as a morpheme of its own: not 様子's 子)."""
    return next(
        (
            target
            for child, target in children.items()
            if (start := folded.find(child)) >= 0
            and (len(child) > SHORT_PERSON or (start, start + len(child)) in _bounds(text))
        ),
        None,
    )


@cache
def _misspellings() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """``misspellings.tsv``: how residents mistype a word (子ずれ, ばーちゃん; NFKC) → the word
    meant, and one pattern finding them anywhere in the text, longest first."""
    table: dict[str, str] = {}
    for meant, *typed in _rows("misspellings.tsv"):
        for form in typed:
            table.setdefault(unicodedata.normalize("NFKC", form), meant)
    if not table:
        return None, {}
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table


def _as_meant(text: str) -> str:
    """``text`` (NFKC) with the misspellings of ``misspellings.tsv`` written as meant: 「子ずれで
    行ける」 is 「子連れで行ける」 (子連れ: whom, and its synonyms), 「ばーちゃん」 is 「ばあちゃん」."""
    pattern, table = _misspellings()
    return text if pattern is None else pattern.sub(lambda m: table[m.group(0)], text)


def _with_marks(typed: str, restored: str) -> str:
    """``restored`` (normalised katakana: no word-final ー) as ``typed`` was written: its
    ending kept, hiragana where it was hiragana (ふーとぱんとりー, ふーどぱんとりー)."""
    typed = unicodedata.normalize("NFKC", typed)
    folded = _kana_folded(typed)
    if len(restored) > len(folded):
        return restored
    spelt = restored + folded[len(restored) :]
    return "".join(
        jaconv.kata2hira(new) if _ONE_HIRAGANA.fullmatch(old) else new
        for new, old in zip(spelt, typed, strict=True)
    )


def _kana_folded(text: str) -> str:
    """NFKC, lower case, hiragana as katakana; unlike ``normalize`` no variant folding (子供 →
    こども), so that a phrase's place in the piece is where it was typed."""
    return jaconv.hira2kata(unicodedata.normalize("NFKC", text).lower())


@cache
def _conditions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Normalised word → (facet, values)."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in _rows("conditions.tsv"):
        facet, rest = row[0], row[1:]
        values = tuple(v for v in rest if v.isascii())
        for word in rest:
            if not word.isascii():
                table.setdefault(normalize(word), (facet, values))
    return table


# ---- the parse ---------------------------------------------------------------------------------


@dataclass
class _Builder:
    lexicon: Lexicon | None
    places: PlaceLookup | None
    areas: Sequence[Area]
    as_written: set[str] = field(default_factory=set)  # normalised words not to take as conditions
    clauses: list[tuple[Alternative, ...]] = field(default_factory=list)
    highlight: list[str] = field(default_factory=list)
    understood: list[Understood] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    last_piece: tuple[int, int] = (0, 0)  # the clauses the last piece added: [before, after)
    age_words: list[int] = field(default_factory=list)  # clauses naming the age asked
    frequencies: dict[tuple[str, str], int] = field(default_factory=dict)  # of this parse

    # -- a piece of the query, before it is known to be one word or several

    def piece(self, piece: str) -> None:
        if not runs(normalize(piece)):
            return  # only symbols (*, ?, !!!)
        latin = piece.isascii() or _LATIN_WORD_MARKED.fullmatch(piece) is not None
        if latin:
            self.latin(piece)
            return
        if self.condition(piece):
            return
        if _only_particles(piece) or (
            is_kana(piece)
            and _only_particles_or_requests(piece)
            and _cut(piece, self.known, lambda w: self.frequency(w) > 0) == []
        ):
            return  # やさしい日本語 puts spaces around particles and requests: 「にほんご を ならう」「できる」
        if piece in _FUNCTION_KANA:
            return  # 「つれて いける とこ」: 行ける typed in kana, on its own
        situation = _situation_phrase_in(piece)
        if situation is not None:  # 「退職して」「かいごしてる」: what listings call it, too
            start, end, phrase = situation
            for part in (piece[:start], None, piece[end:]):  # in the order typed
                if part is None:
                    self.word(phrase)
                elif part and (
                    _situation_phrase_in(part) is not None or _synonym_phrase_in(part) is not None
                ):
                    self.piece(part)  # 「夫を亡くしてから家にこもりがち」: two situations
                elif part and is_kana(part) and _only_an_ending(part):
                    pass  # 「かいごで つかれた」: the た 介護で疲れ was said with
                elif part and self.kana_word_cut_apart(part):
                    self.word(part)  # 「まいにちいけるいばしょ」: 居場所 in kana, not い・ば・しょ
                elif part and not self.condition(part) and _cut(part, self.known):
                    self.sentence_part(part)
            return
        inside = _synonym_phrase_in(piece)
        if inside is not None:  # 「学校に行きづらい」 in a sentence: one word, not 学校 + 行き
            start, end = inside
            for rest in (piece[:start], piece[end:]):
                if rest and not self.condition(rest) and _cut(rest, self.known):
                    self.sentence_part(rest)  # not 「近くの」: nothing to look for there
            self.word(piece[start:end])
            return
        if is_kana(piece) and len(piece) > 2 and piece[-1] in _TRAILING_PARTICLES:
            stem = piece[:-1]  # 「こどもと」「いっしょに」 typed apart: a word and its particle
            if stem in _STOP_WORDS:
                return
            if not self.frequency(piece) and self.frequency(stem):
                piece = stem
            elif piece[-1] in _SUBJECT_PARTICLES and self.known(stem) and not self.known(piece):
                piece = stem  # 「こどもが」: in the index as a phrase, but a word and its particle
        frequency = self.frequency(piece)
        if not frequency and is_kana(piece) and self.restoration(piece):
            self.word(piece)  # 「ほっちや」: ボッチャ typed without its marks, not ほっ + ちや
            return
        if not frequency and self.glued_kana_word(piece):
            return  # 「しよくりようもらえる所」: 食料 typed without its marks, then a request
        if not frequency and self.unmarked_sentence(piece):
            return  # 「にほんこをへんきようしたい」: 日本語 + 勉強, each with its marks put back
        if frequency >= KEEP_WHOLE_FROM or (frequency and is_kana(piece)):
            self.word(piece)  # 通いの場, おにぎり: found as they are
            return
        if not frequency and self.compound(piece):
            return  # 「双子育て」: 双子 + 子育て, not 子育て one character away
        if not frequency and len(piece) > CORRECT_FROM and self.correction(piece):
            self.word(piece)  # 「子育てひらば」: a typo of 子育てひろば, not 子育て + ひら + ば
            return
        self.sentence_part(piece)

    def kana_word_cut_apart(self, part: str) -> bool:
        """Whether ``part`` is a word in kana that listings write (いばしょ, by its reading) which
        the analyser cuts into a verb, a particle and a fragment (い・ば・しょ): what is left of
        the cut is only pieces of two characters (しょ, found by chance in readings)."""
        if not is_kana(part) or self.frequency(part) < KEEP_WHOLE_FROM:
            return False
        found = morphemes(part)
        words = _cut(part, self.known)
        return (
            bool(found)
            and found[0].pos != "助詞"  # 「のあと」: a particle, then a word
            and bool(words)
            and all(len(w) < KANA_FRAGMENT_FROM for w in words)
        )

    def compound(self, word: str) -> bool:
        """Two words the index knows written as one (which finds nothing), searched as both:
        sharing a kanji (「双子育て」 is 双子 + 子育て, 「孫育て」 would be 孫 + 子育て) or not
        (「親子料理」) — before a typo is assumed, which would drop one of them (子育て alone).
        Each part two characters or more; the split keeping the most characters wins."""
        if self.lexicon is None or len(word) < COMPOUND_FROM or not has_kanji(word):
            return False
        found = morphemes(word)
        if any(m.pos in _CUT_POS for m in found):
            return False  # 「子供の居場所」「習いたい」: words and particles, cut as a sentence
        ends, at = [], 0  # where the analyser's morphemes end: a part ends at one
        for m in found[:-1]:
            at += len(m.surface)
            ends.append(at)
        if any(self.names_condition(p) for k in ends for p in (word[:k], word[k:])):
            return False  # 「神立中央公民館」: a place and a word, as conditions read them
        best: tuple[str, str] | None = None
        for k in ends:
            splits = [(word[:k], word[k:])]
            if has_kanji(word[k - 1]):  # sharing the kanji both are written with
                splits.append((word[:k], word[k - 1 :]))
            if has_kanji(word[k]):  # 「双|子育て」 as the analyser cuts it: 双子 + 子育て
                splits.append((word[: k + 1], word[k:]))
            for left, right in splits:
                if min(len(left), len(right)) < 2 or _ONLY_HIRAGANA.fullmatch(right):
                    continue  # 「塾代ない」: a word and what is said of it
                if best is not None and len(left) + len(right) <= sum(map(len, best)):
                    continue
                if self.frequency(left) and self.frequency(right):
                    best = (left, right)
        if best is None:
            return False
        for part in best:
            self.word(part)
        return True

    def glued_kana_word(self, piece: str) -> bool:
        """A kana word missing its marks at the start of a piece, the rest typed on without a
        space (「しよくりようもらえる所」「しよくひんもらえるとこ」): the analyser would cut the
        unmarked word into pieces (しよ・く・りよう) before the marks could be put back, so
        the longest start of the piece's kana that finds nothing as typed, does with its
        marks, and leaves only what a request says around it (もらえる所, ないですか) is the
        word (not 「しよくひんも」, which leaves 「らえる」)."""
        start = _KANA_RUN.match(piece)
        if start is None:
            return False
        longest = len(start.group(0)) - (1 if start.end() == len(piece) else 0)
        ends, at = set(), 0  # where the analyser's morphemes end: the rest begins at one
        for m in morphemes(piece):
            at += len(m.surface)
            ends.add(at)
        for n in range(min(longest, GLUED_KANA_MAX), GLUED_KANA_MIN - 1, -1):
            head, rest = piece[:n], piece[n:]
            if n not in ends:
                continue  # 「ごはんた|べたい」: not where a word ends
            if self.frequency(head):
                return False  # a word found as typed begins the piece: cut as usual
            if _cut(rest, self.known) or self.restoration(head) is None:
                continue
            self.word(head)
            return True
        return False

    def unmarked_sentence(self, piece: str) -> bool:
        """A sentence in hiragana typed without a single voiced mark or small kana (a phone
        that drops them drops them all: 「こともしよくとうのほらんていあ」), which the analyser
        cuts into nonsense (こと・もし・よく…) before any mark could be put back. Read instead
        as words the index knows — as typed or with their marks restored (``restoration``) —
        between particles and request words, whose marks are lost too (か for が, て for で).
        の and を begin no word and end none: the sentence is read clause by clause between
        them, lest a word found by chance across one (ウノボランティア in a reading) be read."""
        if (
            self.lexicon is None
            or len(piece) < UNMARKED_SENTENCE_FROM
            or not _ONLY_HIRAGANA.fullmatch(piece)
            or any(_unmarked(c) != c for c in piece)
        ):
            return False
        found: dict[str, tuple[str, float] | None] = {}

        def word_at(part: str) -> tuple[str, float] | None:
            """The word ``part`` is, as typed or with its marks, and how sure that is: a
            phrase found in one listing's reading may be words that happen to meet there
            (トイッショニアソ), a word is written in several (コドモ, ボランティア)."""
            if part not in found:
                word = None
                if len(part) >= GLUED_KANA_MIN and part not in _UNMARKED_FUNCTION:
                    # こども before ことも (することも); a few spellings of each short part, as
                    # every part is tried, all of a long one's (こともしよくとう: three marks)
                    tried = RESTORATIONS_TRIED if len(part) >= UNMARKED_LONG else UNMARKED_TRIED
                    restored = self.restoration(part, tried)
                    typed, marked = self.frequency(part), self.frequency(restored or "")
                    if typed or marked:
                        spelt, listings = (restored, marked) if marked > typed else (part, typed)
                        sure = (1 + min(listings, UNMARKED_SURE_FROM) / UNMARKED_SURE_FROM) / 2
                        word = (spelt or part, sure)
                if word is not None and part[-1] in _UNMARKED_FUNCTION and word_at(part[:-1]):
                    word = None  # 「こともか」: 子ども and が, not a word found by chance
                found[part] = word
            return found[part]

        words: list[str] = []
        unread = 0
        for clause in _KANA_JOINT.split(piece):
            clause_words, clause_unread = self.unmarked_clause(clause, word_at)
            words.extend(clause_words)
            unread += clause_unread
        if not words or unread * UNMARKED_UNREAD_SHARE > len(piece):
            return False  # mostly nothing known: left to the analyser
        for word in words:
            if not self.condition(word):
                self.word(word)
        return True

    def unmarked_clause(
        self, piece: str, word_at: Callable[[str], tuple[str, float] | None]
    ) -> tuple[tuple[str, ...], int]:
        """The words of ``piece`` (see ``unmarked_sentence``) and how many of its characters
        are neither theirs nor a particle's or request word's: the reading with the longest
        words (a word of n characters scores n², a character unread -1). The request words it
        ends with are taken off first (「…いられるはしよ」: いられる場所), lest a word found by
        chance across them (ルバショ) be read."""
        ending = True
        while ending:
            ending = False
            for k in range(min(len(piece) - 1, UNMARKED_WORD_MAX), 1, -1):
                if piece[-k:] in _UNMARKED_FUNCTION:
                    piece, ending = piece[:-k], True
                    break
        n = len(piece)
        # best[i]: (score, unread, words) of the best reading of piece[:i]
        best: list[tuple[float, int, tuple[str, ...]] | None] = [None] * (n + 1)
        best[0] = (0, 0, ())
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            score, unread, words = here
            steps = [(i + 1, (score - 1, unread + 1, words))]
            for j in range(i + 1, min(n, i + UNMARKED_WORD_MAX) + 1):
                part = piece[i:j]
                if part in _UNMARKED_FUNCTION:
                    steps.append((j, (score, unread, words)))
                elif (found := word_at(part)) is not None:
                    word, sure = found
                    steps.append((j, (score + sure * len(part) ** 2, unread, (*words, word))))
            for j, reading in steps:
                current = best[j]
                if current is None or reading[0] > current[0]:
                    best[j] = reading
        final = best[n]
        return ((), n) if final is None else (final[2], final[1])

    def sentence_part(self, piece: str) -> None:
        """A piece that is not one word: cut at its particles, request words dropped."""
        words = _cut(piece, self.known, lambda w: self.frequency(w) > 0)
        if not words or words == [piece]:
            self.word_or_parts(piece)
            return
        for word in words:
            if not self.condition(word):
                self.word_or_parts(word)

    def after_word_of_last_piece(self, piece: str) -> bool:
        """A group word in romaji (kyoushitsu, kurabu) after a word: joined to it, as romaji
        is typed word by word (yoga kyoushitsu is ヨガ教室, whose stem rule finds ヨガ too)."""
        if not piece.isascii():
            return False  # 「パソコン 教室」 typed apart in Japanese: two words the resident chose
        group = _GROUP_IN_KANA.get(_romaji(piece.lower()), "")
        if group not in GROUP_WORDS or not self.words or not self.clauses:
            return False
        before, after = self.last_piece
        if after != len(self.clauses) or after - before != 1:
            return False  # the last piece was one word, and nothing came after it
        last = self.words[-1]
        if not (has_kanji(last) or is_kana(last)):
            return False
        self.words.pop()
        self.clauses.pop()
        self.seen.discard(normalize(last))
        self.word(last + group)
        return True

    def latin(self, piece: str) -> None:
        word = piece.lower()
        if word in _OPERATORS or word in _LATIN_STOP:
            return
        kana = _romaji(word)
        if kana and _only_particles_or_requests(kana):
            return  # shitai, desu: what a sentence says around what is looked for
        if kana in _AROUND_A_PLACE and any(u.point for u in self.understood):
            return  # 「kandatsu eki shuhen」「tsuchiura eki nishiguchi」: the place's radius says it
        if kana and not self.condition(kana):
            self.word(piece, extra=kana)
        elif not kana:
            self.word(piece)

    def word_or_parts(self, word: str) -> None:
        """A word; if it finds nothing, the groups of nouns the analyser sees in it (verbs
        dropped: 「遊べる親子ひろば」 is 親子ひろば), then those groups' single morphemes."""
        if word in _STOP_WORDS:
            return
        found = morphemes(word)
        frequency = self.frequency(word) if self.lexicon is not None else 0
        if self.lexicon is None or frequency >= KEEP_WHOLE_FROM:
            self.word(word)
            return
        if frequency > 0:
            for part in self.rare_compound_parts(word, found, frequency) or [word]:
                self.word(part)
            return
        # a phrase (「就く前」「家以外」) is cut into its words, never "corrected" into another
        # word one character away (就学前, 方以外): only a word is mistyped
        if not any(m.pos in _VERBAL or _general(m) for m in found) and self.compound(word):
            return
        if not any(m.pos in _VERBAL or _general(m) for m in found) and self.correction(word):
            self.word(word)
            return
        groups = _noun_groups(found)
        if len(groups) == 1 and len(groups[0]) == 1 and groups[0][0].surface == word:
            self.word(word)
            return
        for group in groups:
            joined = "".join(m.surface for m in group)
            if joined in _STOP_WORDS or self.condition(joined):
                continue
            if len(group) == 1 or self.frequency(joined) > 0:
                self.word(joined)
                continue
            for part, is_condition in self.longest_conditions(group):
                if not is_condition:
                    self.word(part)

    def rare_compound_parts(
        self, word: str, found: list[Morpheme], frequency: int
    ) -> list[str] | None:
        """The nouns of a compound only one or two listings write (「畑仕事」, 「見守りボランティア」)
        when each is written more often: searched as words of their own, the listings that
        write the compound match them all and come first, and those writing 畑 follow.
        Not a group word (体操教室: its stem does that), a synonym, or a word in kana."""
        if is_kana(word) or _stem_of_group_word(word) or normalize(word) in synonym_words():
            return None
        parts: list[str] = []
        for m in found:
            if m.pos in _CUT_POS or _general(m):
                return None
            if parts and (m.pos == "接尾辞" or parts[-1].endswith(_PREFIX_MARK)):
                parts[-1] = parts[-1].removesuffix(_PREFIX_MARK) + m.surface
            else:
                parts.append(m.surface + (_PREFIX_MARK if m.pos == "接頭辞" else ""))
        parts = [p.removesuffix(_PREFIX_MARK) for p in parts]
        if len(parts) < 2 or any(self.frequency(p) <= frequency for p in parts):
            return None
        return parts

    def longest_conditions(self, group: list[Morpheme]) -> list[tuple[str, bool]]:
        """A group of morphemes as conditions and words, the longest condition first from
        each position: 「神立中央公民館」 holds the town 神立中央, not 中央 (a town too); a run of
        them found in the index as it is stays one word (放課後, not 放課・後)."""
        found: list[tuple[str, bool]] = []
        i = 0
        while i < len(group):
            for j in range(len(group), i, -1):
                part = "".join(m.surface for m in group[i:j])
                if self.condition(part):
                    found.append((part, True))
                    i = j
                    break
                if j - i > 1 and self.frequency(part) > 0:  # 放課後 in 放課後ひとり: a word
                    found.append((part, False))
                    i = j
                    break
            else:
                found.append((group[i].surface, False))
                i += 1
        return found

    # -- conditions

    def names_condition(self, word: str) -> bool:
        """Whether ``condition`` would take ``word`` as one (nothing is noted)."""
        key = normalize(word)
        return (
            key in _conditions()
            or price_ceiling(word) is not None
            or parse_person_age(word) is not None
            or self.area(word) is not None
            or (self.places is not None and self.places(word) is not None)
        )

    def condition(self, word: str) -> bool:
        key = normalize(word)
        if key in self.seen or key in self.as_written:
            return False
        found = _conditions().get(key)
        if found is not None:
            facet, values = found
            self.understood.append(Understood(word, condition_label(facet, values), facet, values))
            return True
        price = price_ceiling(word)  # after the table: 「0円」 is 無料
        if price is not None:
            values = (price,)
            self.understood.append(Understood(word, condition_label(COST, values), COST, values))
            return True
        age = parse_person_age(word)
        if age is not None:
            values = (age_key(age),)
            self.understood.append(Understood(word, condition_label(AGE, values), AGE, values))
            if key in _STAGE_KEYS and self.frequency(word) > 0:
                self.word(word)  # 小学生, 中学生: how organizers say whom it is for, too
                if self.words and normalize(self.words[-1]) == key:
                    self.age_words.append(
                        len(self.clauses) - 1
                    )  # and who helps (高校生ボランティア)
            return True
        area = self.area(word)
        if area is not None:
            self.understood.append(Understood(word, area.name, "area", (area.code,)))
            return True
        return self.place(word)

    def place(self, word: str, named: str = "") -> bool:
        """``word`` as the place it (or ``named``, the same in kana) names, if none yet."""
        if self.places is None or any(u.point for u in self.understood):
            return False
        place = self.places(named or word)
        if place is None:
            return False
        label = PLACE_LABEL % {"place": place.label, "km": f"{PLACE_RADIUS_KM:g}"}
        self.understood.append(
            Understood(
                word,
                label,
                point=(place.lat, place.lon),
                radius_km=PLACE_RADIUS_KM,
                place=place.label,
                venue=place.venue,
            )
        )
        return True

    def romaji_place(self, first: str, second: str) -> bool:
        """Two romaji words that name a place together (tsuchiura eki: つちうらえき)."""
        if not (first.isascii() and second.isascii()):
            return False
        kana = (_romaji(first.lower()), _romaji(second.lower()))
        word = f"{first} {second}"
        key = normalize(word)
        if not all(kana) or key in self.seen or key in self.as_written:
            return False
        return self.place(word, "".join(kana))

    def area(self, word: str) -> Area | None:
        key = normalize(word)
        for area in self.areas:
            if key in _area_keys(area.name, area.kana):
                return area
        return None

    # -- words

    def alternatives(
        self, word: str, extra: str = "", weight: float = 1.0
    ) -> tuple[Alternative, ...]:
        found: list[Alternative] = []
        for text in (word, extra) if extra else (word,):
            normalized = normalize(text)
            # A feeling (さみしい, ひま) is why, not what: listings do not write it (and ひま is
            # inside ひまわり); what fits it is looked for instead.
            feeling = (
                normalized in _circumstances(FEELING_MARK)
                or normalized in _HOW_OFTEN
                or normalized in _RAINY_DAY
            )
            variants = () if feeling else synonyms_of(normalized)
            if len(variants) == 1 and is_kana(text):  # あかちゃん: 赤ちゃん's synonyms too
                variants = (normalized, *_synonyms_by_reading().get(normalized, ()))
            for i, variant in enumerate(variants):
                tokens = word_tokens(variant)
                if tokens:
                    w = weight if i == 0 else weight * SYNONYM_WEIGHT
                    found.append(Alternative(tokens, w, _phrase(variant), TEXT))
            # What fits a situation (退職: 定年後) is what is looked for, more than a listing
            # writing the very word of someone else (「退職した先生が教えます」); how one would
            # go (一人で: 初めての方) only orders.
            fits = SYNONYM_WEIGHT if normalized in _circumstances(MANNER_MARK) else SITUATION_WEIGHT
            for target in _situations().get(normalized, ()):
                for variant in synonyms_of(target):
                    if variant not in variants and word_tokens(variant):
                        w = weight * fits
                        found.append(Alternative(word_tokens(variant), w, _phrase(variant), TEXT))
            stem = _stem_of_group_word(text)
            if stem and normalize(stem) not in variants:
                found.extend(self.alternatives(stem, weight=weight * GROUP_STEM_WEIGHT))
            if not feeling and (is_kana(text) or has_kanji(text)):
                reading = normalize(word_reading(text))
                kana = is_kana(text)
                long_enough = len(reading) >= (2 if kana else KEEP_WHOLE_FROM)
                if long_enough and word_tokens(reading):
                    w = weight * (KANA_READING_WEIGHT if kana else KANJI_READING_WEIGHT)
                    found.append(Alternative(word_tokens(reading), w, _phrase(reading), READING))
        return tuple(found)

    def known(self, word: str) -> bool:
        """A word of the index's vocabulary, or of the synonyms table (「食べるもの」: not 食べる)."""
        key = normalize(word)
        if self.lexicon is None:
            return False
        return self.lexicon.known(key) or key in synonym_words() or key in _situations()

    def frequency(self, word: str, extra: str = "") -> int:
        if self.lexicon is None:
            return 0
        known = self.frequencies.get((word, extra))
        if known is None:  # asked again and again of a sentence typed without marks
            alternatives = self.alternatives(word, extra)
            known = self.lexicon.frequency(alternatives) if alternatives else 0
            self.frequencies[(word, extra)] = known
        return known

    def correction(self, word: str) -> str | None:
        """The vocabulary word to search instead of ``word`` (which finds nothing), if any:
        in kana, first the word with the marks a phone lost put back (ほっちや: ぼっちゃ), then
        a word one character away."""
        if self.lexicon is None or len(normalize(word)) < CORRECT_FROM:
            return None
        restored = self.restoration(word) if is_kana(word) else None
        if restored is not None:
            return restored
        for candidate in self.lexicon.corrections(normalize(word)):
            if self.frequency(candidate) > 0:
                return candidate
        return None

    def restoration(self, word: str, tried: int = RESTORATIONS_TRIED) -> str | None:
        """``word`` (kana, finding nothing) with the voiced marks (゛゜) or small kana a phone
        lost put back, in the script typed, if so it finds listings: 「かーてにんく」 is
        ガーデニング, 「しゆわ」 しゅわ (手話 by its reading). The fewest marks put back win, then
        the spelling more listings use."""
        if self.lexicon is None:
            return None
        best: tuple[int, int, str] | None = None
        for spelling in self.lexicon.restorations(normalize(word))[:tried]:
            changes = sum(a != b for a, b in zip(spelling, normalize(word), strict=False))
            if best is not None and changes > best[0]:
                break
            found = self.frequency(_with_marks(word, spelling))
            if found and (best is None or found > best[1]):
                best = (changes, found, spelling)
        return None if best is None else _with_marks(word, best[2])

    def word(self, word: str, extra: str = "") -> None:
        key = normalize(word)
        if key in self.seen or word in _STOP_WORDS:
            return
        self.seen.add(key)
        alternatives = self.alternatives(word, extra)
        if key in _EVERYDAY_WORDS and key not in _HOW_OFTEN:
            # (毎日 alone, beside a feeling or a going there: its 平日 is what orders, in full)
            alternatives = tuple(
                replace(a, weight=a.weight * EVERYDAY_WEIGHT) for a in alternatives
            )
        if self.lexicon is not None and alternatives and not self.lexicon.frequency(alternatives):
            corrected = self.correction(extra or word)
            if corrected is not None:
                self.corrections.append((word, corrected))
                alternatives = self.alternatives(corrected, weight=CORRECTION_WEIGHT)
                self.highlight.append(normalize(corrected))
        if not alternatives:
            return
        self.words.append(word)
        self.clauses.append(alternatives)
        for alt in alternatives:
            if alt.field == TEXT:
                self.highlight.extend(runs(alt.phrase or "".join(alt.tokens)))

    def literal(self, word: str) -> None:
        """A word taken as written (a quoted phrase, or a condition the resident undid)."""
        key = normalize(word)
        if key in self.seen or not runs(key):
            return
        self.seen.add(key)
        alternatives = tuple(
            Alternative(word_tokens(v), 1.0 if i == 0 else SYNONYM_WEIGHT, _phrase(v), TEXT)
            for i, v in enumerate(synonyms_of(key))
            if word_tokens(v)
        )
        if alternatives:
            self.words.append(word)
            self.clauses.append(alternatives)
            self.highlight.extend(runs(key))


def parse(
    raw: str,
    lexicon: Lexicon | None = None,
    *,
    places: PlaceLookup | None = None,
    areas: Sequence[Area] = (),
    asis: Sequence[str] = (),
) -> ParsedQuery:
    notice, kind = None, None
    text = (raw or "").replace("\x00", "")
    text = text.replace("“", '"').replace("”", '"').replace("＂", '"')
    if len(text) > MAX_CHARS:
        text, notice = text[:MAX_CHARS], MSG_TRUNCATED % {"chars": MAX_CHARS, "words": MAX_WORDS}
        kind = Notice.TRUNCATED
    # Quoted phrases first (an unbalanced quote is just dropped), then the rest by spaces.
    phrases = [_SPACES.sub("", p) for p in _PHRASE.findall(text) if p.strip()]
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    rest = _WALKING_DISTANCE.sub(" ", unicodedata.normalize("NFKC", rest))
    rest = _WANTS_IT.sub(" ", rest)
    rest = _LOOKING_FOR_IT.sub(" ", rest)
    rest = _AGE_IN_BRACKETS.sub(r" \1歳 ", rest)  # 「娘(25)が」: her age, no word to find
    rest, whom, joined = _whom(_as_meant(rest))
    as_written = {normalize(w) for w in asis}
    builder = _Builder(lexicon, places, areas, as_written)
    rest, english_corrections = _english_as_meant(rest, builder.known, as_written)
    builder.corrections.extend(english_corrections)
    for phrase in phrases:
        builder.literal(phrase)
    pieces = _pieces(rest)
    sentence = False
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if i + 1 < len(pieces) and builder.romaji_place(piece, pieces[i + 1]):
            i += 2
            continue
        clauses_before = len(builder.clauses)
        apart = _kana_phrase(pieces[i : i + KANA_PHRASE_PIECES])
        if apart > 1:  # 「はたらく れんしゅう」 typed apart is 働く練習, one phrase
            piece = "".join(pieces[i : i + apart])
            i += apart - 1
        if normalize(piece) in as_written:
            builder.literal(piece)
        elif builder.after_word_of_last_piece(piece):
            pass  # 「ヨガ 教室」「yoga kyoushitsu」: one word, 「ヨガ教室」
        else:
            before = len(builder.clauses)
            builder.piece(piece)
            # several words out of one piece: a sentence, not keywords the resident chose
            sentence = sentence or len(builder.clauses) - before > 1
        builder.last_piece = (clauses_before, len(builder.clauses))
        i += 1
    sentence = sentence or joined  # 「引きこもりの息子のことを…」: one piece before 息子 was cut
    clauses = _situations_not_twice(builder.words, builder.clauses)
    _feelings_beside_a_situation_apart(builder, clauses)
    if not _EVERY_DAY_THERE.search(rest):
        _how_often_beside_a_need_apart(builder, clauses)
    venue = _venue(builder.understood)
    generic = [normalize(w) in _AT_A_VENUE for w in builder.words]
    # 「第二公民館でやってる教室」「お寺でやってる集まり」: whatever meets there, not what writes 教室
    if venue or (_HELD_AT.search(rest) and not all(generic)):
        kept = [i for i, g in enumerate(generic) if not g]
        builder.age_words = [kept.index(i) for i in builder.age_words if i in kept]
        builder.words = [builder.words[i] for i in kept]
        clauses = [clauses[i] for i in kept]
    if len(clauses) > MAX_WORDS:
        clauses = clauses[:MAX_WORDS]
        notice, kind = MSG_TRUNCATED % {"chars": MAX_CHARS, "words": MAX_WORDS}, Notice.TRUNCATED
    if (raw or "").strip() and not clauses and not builder.understood:
        notice, kind = MSG_NO_WORDS, Notice.NO_WORDS
    weekday = any(u.facet == "weekday" for u in builder.understood)
    if kind in (None, Notice.NO_WORDS) and not weekday and _names_a_date(pieces):
        notice, kind = MSG_NO_DATES, Notice.NO_DATES
    if builder.corrections and notice is None:
        typed, corrected = builder.corrections[0]
        notice = MSG_CORRECTED % {"typed": typed, "corrected": corrected}
        kind = Notice.CORRECTED
    shown = " ".join(p for p in _SPACES.split(text.replace('"', " ").strip()) if p)
    feelings = _circumstances(FEELING_MARK)
    if not whom and not builder.age_words and any(normalize(w) in feelings for w in builder.words):
        # 「さみしい」「ひま」, no one named: the places open to anyone, and the salons of older
        # people, before those meant for children, for parents raising them or for the young
        whom = (EVERYONE, SENIORS)
    often = any(normalize(w) in _HOW_OFTEN for w in builder.words[: len(clauses)])
    if often and not whom and not builder.age_words and len(clauses) > 1:
        # 「毎日 行ける 居場所」, no one named: the resident's own place to go, as for a feeling
        whom = (EVERYONE, SENIORS)
    prefer, prefer_first = _preferred(whom)
    if SENIORS in prefer and _PARENTS[0] not in prefer:
        clauses = _friends_of_older(builder, clauses)
    if not all(_names_whom(w) for w in builder.words[: len(clauses)]):
        prefer_first = ()  # 「子連れで行ける料理教室」: among those open to them, what is done decides
    return ParsedQuery(
        text=shown,
        query=TextQuery(
            tuple(clauses),
            partial=True,
            sentence=sentence,
            prefer=prefer,
            prefer_first=prefer_first,
            age_words=tuple(i for i in builder.age_words if i < len(clauses)),
            circumstances=_circumstance_clauses(clauses, sentence, builder.words),
            venue=venue,
            often=often,
        ),
        highlight=tuple(dict.fromkeys(builder.highlight)),
        notice=notice,
        understood=tuple(builder.understood),
        words=tuple(builder.words),
        corrections=tuple(builder.corrections),
        notice_kind=kind,
    )


def _friends_of_older(
    builder: _Builder, clauses: list[tuple[Alternative, ...]]
) -> list[tuple[Alternative, ...]]:
    """「ばあちゃん 友達ほしい」「母に友達ができるところ」: an older person makes friends where older
    people meet and talk (おしゃべり・茶話会 of a salon), more than in a club for 仲間づくり, which
    is what 友達 finds for anyone else (「友達ほしい 60代 男」). 仲間 stays with the clubs."""
    friends = {normalize(w) for w in _TALKING_FRIENDS}
    return [
        (
            (
                *clause,
                *(a for w in _OLDER_MEET for a in builder.alternatives(w, weight=SITUATION_WEIGHT)),
            )
            if normalize(word) in friends
            else clause
        )
        for word, clause in zip(builder.words, clauses, strict=False)
    ]


def _feelings_beside_a_situation_apart(
    builder: _Builder, clauses: list[tuple[Alternative, ...]]
) -> None:
    """「ひとりでごはん食べるのさみしい」「定年して暇」: beside another situation a feeling says why,
    the situation what is looked for; the places a feeling alone looks for (居場所, ひと休み) would
    only put those that fit neither first. Drops the feeling's words (in place)."""
    feelings = _circumstances(FEELING_MARK)
    how = feelings | _circumstances() | _circumstances(MANNER_MARK)  # 一人暮らしでさみしい: what
    typed = [normalize(w) for w in builder.words]
    if not any(t in _situations() and t not in how for t in typed):
        return
    kept = [i for i, t in enumerate(typed) if t not in feelings]
    if len(kept) == len(typed):
        return
    builder.age_words = [kept.index(i) for i in builder.age_words if i in kept]
    builder.words = [builder.words[i] for i in kept]
    clauses[:] = [clauses[i] for i in kept if i < len(clauses)]


def _how_often_beside_a_need_apart(
    builder: _Builder, clauses: list[tuple[Alternative, ...]]
) -> None:
    """「退職して毎日やることがない」: beside what is looked for, 毎日 says how the days go, not
    which places (平日, what it means alone or beside a feeling: 「毎日 ひま」, would put a 平日
    farm before the 定年後 salon). Drops its words (in place)."""
    typed = [normalize(w) for w in builder.words]
    if not any(t in _HOW_OFTEN for t in typed):
        return
    said = _HOW_OFTEN | _EVERYDAY_WORDS | _circumstances(FEELING_MARK) | _OLDER_PEOPLE
    if all(t in said for t in typed):
        return
    kept = [i for i, t in enumerate(typed) if t not in _HOW_OFTEN]
    builder.age_words = [kept.index(i) for i in builder.age_words if i in kept]
    builder.words = [builder.words[i] for i in kept]
    clauses[:] = [clauses[i] for i in kept if i < len(clauses)]


def _venue(understood: Sequence[Understood]) -> tuple[Alternative, ...]:
    """How a listing meeting at the place named writes it (its 会場: 「都和地区公民館 和室」)."""
    names = next((u.venue for u in understood if u.point is not None), ())
    return tuple(
        Alternative(word_tokens(key), 1.0, _phrase(key), TEXT)
        for key in dict.fromkeys(normalize(n) for n in names)
        if word_tokens(key)
    )


def _circumstance_clauses(
    clauses: Sequence[tuple[Alternative, ...]], sentence: bool, words: Sequence[str]
) -> tuple[int, ...]:
    """Which words say only how the person lives (ひとり暮らし, situations.tsv's ``*`` rows),
    when something else is asked too in a sentence: alone, a circumstance is what is looked
    for, and so it is among keywords typed apart (「祖父 一人暮らし 見守り」: each chosen to be
    found). How the person would go (一人で参加, ``+`` rows) is never what is looked for when
    something else is asked: 「一人でも行ける？ こども食堂」 typed apart asks for a こども食堂."""
    said = (
        _circumstances(MANNER_MARK)
        | _EVERYDAY_WORDS
        | (_circumstances() if sentence else frozenset())
    )
    # 「ひとりでごはん食べるのさみしい」: beside another situation the feeling is why, that one what
    # (a feeling's clause holds only what fits it: the word typed says which it is)
    typed = [normalize(w) for w in words]
    phrases = [clause[0].phrase if clause else "" for clause in clauses]
    feelings = _circumstances(FEELING_MARK)
    situation = any(t in _situations() and t not in feelings | said for t in (*typed, *phrases))
    if situation:
        said = said | feelings
    if any(t in _HOW_OFTEN for t in typed):
        # 「毎日 おしゃべりできる とこ 年寄り」: who goes every day, not what a listing must write
        # (the weekday lounges open to anyone write neither お年寄り nor 高齢者)
        said = said | _OLDER_PEOPLE
    found = tuple(
        i
        for i, phrase in enumerate(phrases)
        if phrase in said or (i < len(typed) and typed[i] in said)
    )
    return found if len(found) < len(clauses) else ()


def _kana_phrase(pieces: Sequence[str]) -> int:
    """How many of ``pieces`` (from the first) are one phrase typed apart in kana, as やさしい日本語
    and phones space words: 「はたらく れんしゅう」 is 働く練習 (a synonym of 就労体験), 「しごと の
    れんしゅう」 仕事の練習 — a phrase of the synonyms or situations table by its reading. 1 if none."""
    for n in range(len(pieces), 1, -1):
        if not all(is_kana(p) for p in pieces[:n]):
            continue
        if all(m.pos in _NOUN_POS for p in pieces[:n] for m in morphemes(p)):
            continue  # 「ニホンゴ キョウシツ」: words the resident chose, each looked for
        joined = "".join(pieces[:n])
        if normalize(joined) in _synonyms_by_reading():
            return n
        inside = _situation_phrase_in(joined)
        if inside is not None and inside[0] == 0 and _only_an_ending(joined[inside[1] :]):
            return n  # 「かいごで つかれた」: 介護で疲れ, and the た it was said with
    return 1


def _only_an_ending(kana: str) -> bool:
    """Nothing, or only the auxiliaries and particles a phrase was said with (た, てる, ました)."""
    return all(m.pos in ("助動詞", "助詞") for m in morphemes(kana)) if kana else True


def price_ceiling(word: str) -> str | None:
    """The ``cost_key`` a word names, if it is a price: 「300円以下」「500円まで」「500円以内」 are
    ceilings, 「300円未満」 is 299; a bare 「100円」 (or 「100円くらい」) is at most 100 with those
    costing exactly 100 first: a resident naming what they can pay wants nothing dearer."""
    found = _PRICE.fullmatch(unicodedata.normalize("NFKC", word))
    if found is None:
        return None
    yen, how = int(found.group(1)), found.group(2)
    if how in _UP_TO:
        return cost_key(yen)
    if how == "未満":
        return cost_key(yen - 1) if yen > 0 else None
    return cost_key(yen, exact_first=True)


def _prices_apart(text: str) -> str:
    """Prices as pieces of their own, written the Japanese way (under 500 yen → 500円以下)."""
    text = _THOUSANDS.sub("", text)

    def foreign(found: re.Match[str]) -> str:
        yen = found.group("a") or found.group("b")
        up_to = found.group("up") or found.group("after")
        return f" {yen}円{'以下' if up_to else ''} "

    text = _FOREIGN_PRICE.sub(foreign, text)
    return _PRICE_IN_TEXT.sub(lambda m: f" {m.group(1)}円{m.group(2) or ''} ", text)


def _names_a_date(pieces: list[str]) -> bool:
    return any(p.lower() in _DATE_WORDS or _DATE_IN_TEXT.search(p) for p in pieces)


def _pieces(text: str) -> list[str]:
    """Pieces at spaces and punctuation, English phrases turned into Japanese first."""
    text = _prices_apart(unicodedata.normalize("NFKC", text))
    text = _AGE_IN_KANA.sub(r"\1歳", text)  # 「3さいの子」 typed in kana is 3歳
    text = _HEADCOUNT.sub("", text)  # 「友達と2人で」: how many come, not what they look for
    pattern, table = _english()
    if pattern is not None:
        lowered = " ".join(text.lower().split())
        text = (
            pattern.sub(lambda m: f" {table[m.group(0)]} ", lowered)
            if pattern.search(lowered)
            else text
        )
    return [p for p in _SEPARATORS.split(text) if p]


def _cut(
    piece: str, known: Callable[[str], bool], found: Callable[[str], bool] | None = None
) -> list[str]:
    """Content words of a piece: cut at particles and auxiliaries; request and general words
    at the edges of a part are dropped (「見てほしい」, 「できるところ」) unless the part is a word
    of the index's vocabulary as it is (居場所 is 居・場所 to the analyser)."""
    parts: list[list[Morpheme]] = [[]]
    cut = morphemes(piece)
    for i, m in enumerate(cut):
        if found is not None and _kana_noun_of_suru(m, cut[i + 1 : i + 2], found):
            parts.append([m])  # 「たいそうできるとこ」: 体操 in kana, not the adverb 大層
            parts.append([])
        elif m.pos in _CUT_POS or _ending(m):
            parts.append([])
        else:
            parts[-1].append(m)
    words = []
    for part in parts:
        if "".join(m.surface for m in part) in _STOP_WORDS:
            continue  # 何曜日 is 何曜・日: not 日
        if len(part) == 1 and part[0].pos in _VERBAL and _general(part[0]):
            continue  # 「友達をつくりたい」: つくり is in the index (手づくり), but only a request here
        if part and known("".join(m.surface for m in part)):
            words.append("".join(m.surface for m in part))
            continue
        # 「居場所さがしてます」: さがし goes, and 居場所 stays whole (場所 alone would go too)
        while part and _general(part[-1]) and not known("".join(m.surface for m in part)):
            part = part[:-1]
        while part and _general(part[0]) and not known("".join(m.surface for m in part)):
            part = part[1:]
        if part and not all(m.pos == "接尾辞" for m in part):  # 参加費 without 参加: 費
            words.append("".join(m.surface for m in part))
    return words


_SURU = frozenset(("する", "できる", "出来る", "為る"))
KANA_ADVERB_NOUN_FROM = 3  # characters: たいそう (体操) may be a noun; もう, よく may not


def _kana_noun_of_suru(
    m: Morpheme, following: Sequence[Morpheme], found: Callable[[str], bool]
) -> bool:
    """A word in hiragana the analyser takes for an adverb, before する or できる, that finds
    listings (by its reading): a noun typed in kana as voice input writes it (「たいそうできるとこ」: 体操, which the
    analyser reads as 大層). An adverb of manner is seldom said so (ゆっくりできる is one, and
    listings write ゆっくり as a resident means it)."""
    return (
        m.pos == "副詞"
        and len(m.surface) >= KANA_ADVERB_NOUN_FROM
        and _ONLY_HIRAGANA.fullmatch(m.surface) is not None
        and bool(following)
        and following[0].base in _SURU
        and found(m.surface)
    )


@cache
def _synonym_phrases() -> tuple[str, ...]:
    """The words of ``synonyms.tsv`` that are phrases with particles (学校に行きづらい,
    生活に困っている), longest first: cutting a sentence at its particles would lose them."""
    phrases = {
        unicodedata.normalize("NFKC", word)
        for group in synonym_groups()
        for word in group
        if len(word) >= 4 and has_kanji(word) and _ONE_HIRAGANA.search(word)
        and any(m.pos in _CUT_POS for m in morphemes(word))
    }  # fmt: skip
    return tuple(sorted(phrases, key=len, reverse=True))


def _synonym_phrase_in(piece: str) -> tuple[int, int] | None:
    """Where a phrase of the synonyms table is in ``piece`` (or is all of it), if anywhere."""
    text = unicodedata.normalize("NFKC", piece)
    if len(text) != len(piece):
        return None
    for phrase in _synonym_phrases():
        start = text.find(phrase)
        if start >= 0:
            return start, start + len(phrase)
    return None


def _stem_of_group_word(word: str) -> str:
    """「体操」 of 「体操教室」, 「囲碁」 of 「囲碁クラブ」 (two characters at least), else ""."""
    for suffix in GROUP_WORDS:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 2 and runs(normalize(stem)) == [normalize(stem)]:
            return stem
    return ""


def _only_particles_or_requests(kana: str) -> bool:
    """Romaji of a request and its particles (shitai したい, onegaishimasu): nothing to look for."""
    found = morphemes(kana)
    requests = [m.pos in _VERBAL and _general(m) for m in found]
    return any(requests) and all(
        r or m.pos in _CUT_POS for r, m in zip(requests, found, strict=True)
    )


def _only_particles(piece: str) -> bool:
    """A short kana piece that is nothing but particles (を, の, と, から), or one hiragana
    (や): it names nothing. Longer pieces are cut at their particles anyway."""
    if len(piece) > PARTICLE_PIECE_MAX or not is_kana(piece):
        return False
    return _ONE_HIRAGANA.fullmatch(piece) is not None or all(
        m.pos in _PARTICLE_POS for m in morphemes(piece)
    )


def _noun_groups(found: list[Morpheme]) -> list[list[Morpheme]]:
    """Runs of morphemes that are not particles, verbs or general words (verbs are kept when
    there is nothing else)."""
    groups: list[list[Morpheme]] = [[]]
    for m in found:
        if m.pos in _CUT_POS or m.pos in _VERBAL or _general(m) or _ending(m):
            groups.append([])
        else:
            groups[-1].append(m)
    # a suffix left alone by a verb before it (畑し・ごと) names nothing
    kept = [g for g in groups if g and not all(m.pos == "接尾辞" for m in g)]
    return kept or [[m] for m in found if m.pos not in _CUT_POS and not _general(m)]


def _ending(m: Morpheme) -> bool:
    """A sentence ending of a dialect the analyser takes for a noun (茨城の「あっぺ」「できっぺか」:
    っぺ): no word begins with a small っ or a long-vowel mark."""
    return m.surface[:1] in _NO_WORD_START


def _general(m: Morpheme) -> bool:
    return m.base in _REQUEST_WORDS or m.surface in _REQUEST_WORDS or m.surface in _STOP_WORDS


def _romaji(word: str) -> str:
    """Hiragana for a Latin word that reads as romaji ("" when it does not)."""
    if not _LATIN_WORD.fullmatch(word) or len(word) < 2:
        return ""
    kana = jaconv.alphabet2kana(word.replace("-", ""))
    if not is_kana(kana) or kana.startswith("っ") or kana.endswith("っ") or "っっ" in kana:
        return ""
    return kana


def _situations_not_twice(
    words: Sequence[str], clauses: Sequence[tuple[Alternative, ...]]
) -> list[tuple[Alternative, ...]]:
    """A situation's listing words minus those another typed word already looks for:
    「定年退職してボランティア」 is 定年 + 退職 + ボランティア, and 退職's 定年後 would let a listing
    for the retired match two words of three, as many as a volunteer listing matches."""
    typed = [normalize(w) for w in words]
    kept = []
    for i, clause in enumerate(clauses):
        targets = {
            _phrase(v) for t in _situations().get(typed[i], ()) for v in synonyms_of(t)
        } if i < len(typed) else set()  # fmt: skip
        others = [w for j, w in enumerate(typed) if j != i]
        kept.append(
            tuple(
                a
                for a in clause
                if not (a.phrase in targets and any(o and o in a.phrase for o in others))
            )
            or clause
        )
    return kept


def _phrase(normalized: str) -> str:
    """The normalised word to find whole, when it is one run of word characters."""
    found = runs(normalized)
    return found[0] if len(found) == 1 else ""


def _without(name: str, suffix: str) -> str:
    return name[: -len(suffix)] if name.endswith(suffix) else name


def _as_written(text: str) -> str:
    return text


def condition_label(
    facet: str, values: tuple[str, ...], translate: Callable[[str], str] = _as_written
) -> str:
    """How a condition read from the words is named (土曜日, 無料, 英語で参加できる);
    ``translate`` names it in the reader's language (the web layer passes its gettext)."""
    join = translate(JOIN)
    if facet == "weekday":
        if values == ("5", "6"):
            return translate(WEEKEND)
        if values == ("0", "1", "2", "3", "4"):
            return translate(WEEKDAYS)
        return join.join(translate(WEEKDAY_NAMES[int(v)]) for v in values)
    if facet == "time":
        return join.join(translate(TIME_NAMES.get(v, v)) for v in values)
    if facet == "access":
        return join.join(translate(ACCESS_NAMES.get(v, v)) for v in values)
    if facet == "language":
        names = join.join(translate(LANGUAGES.get(v, v)) for v in values)
        return translate(LANGUAGE_LABEL) % {"names": names}
    if facet == AGE:
        return join.join(_age_label(v, translate) for v in values)
    if facet == COST:
        ceilings = [found[0] for found in map(cost_of_key, values) if found is not None]
        return translate(COST_UP_TO) % {"yen": f"{min(ceilings, default=0):,}"}
    return translate(FREE_NAME)


def _age_label(value: str, translate: Callable[[str], str]) -> str:
    """「3歳が対象」「70代が対象」「6〜12歳が対象」「65歳以上が対象」 for an ``age_key`` value."""
    low, high = age_of_key(value) or (None, None)
    if low is not None and low == high:
        return translate(AGE_ONE) % {"age": low}
    if low is not None and high is not None:
        if low % 10 == 0 and high == low + 9 and low >= 10:
            return translate(AGE_DECADE) % {"decade": low}
        return translate(AGE_BETWEEN) % {"low": low, "high": high}
    if low is not None:
        return translate(AGE_FROM) % {"low": low}
    return translate(AGE_UP_TO) % {"high": high}
