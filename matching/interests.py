"""Interests: the words of a need, and which listings mention each of them.

Words are matched through the search analyzer (``TermAnalyzer``: variants, synonyms, bigrams),
so 子ども食堂/こども食堂 agree. Two Japanese habits need more than that:

- **Compounds with a generic head.** 畑仕事, 料理教室, 野菜づくり: the specific part carries the
  meaning and the head (仕事, 教室, づくり…) only says "doing it". When no listing mentions the
  whole compound, it stands for its specific part (畑 → 農作業, 家庭菜園… by the synonyms), so
  「畑仕事」 meets 「農作業」 and the reason still says 「畑仕事」.
- **What the person would rather avoid.** 「接客は苦手」「大勢が苦手」「運動はしたくない」 name
  something to stay away from; it is no interest (before this, 接客 put the 接客 practice first
  for a man who said he was not ready for it). Such a chunk gives no word (``AVOIDED``), nor
  does a refusal: 「体操はいい」「カラオケはもういい」「人混みはちょっと」 (``REFUSED``).
- **Wishes written as sentences.** 「人の役に立ちたい」「体を動かしたい」 hold no content word a
  place would mention; ``WISHES`` gives the activity each stands for (ボランティア, 運動).
- **General words are no interest.** 場所, 時間, 機会… cut from a sentence name nothing a
  person likes, nor do 息子, 母… who the sentence is about, nor 私, 僕… the person speaking
  (``GENERAL_WORDS``). Who they live with (「妻と二人暮らし」) is cut from the note (its
  暮らし met every 暮らしの相談会), and so is 日本 before a noun (「日本の料理」: 料理, not every
  日本語 class); 「そば打ち」「竹細工づくり」 stay whole (``_CRAFT``).
- **Conditions are no interest.** Coordinators note when, how often, how far, how much and how
  old in the same box: 「週1くらい、午前なら」「バスで20分まで」「300円までで」「40代」「高2」
  「大学生」「専門学校生」. Those
  are the need's conditions (its weekdays, times, travel, cost ceiling; the case's age band),
  never words to look for in listings: as words they matched whatever mentions 午前, and every
  suggestion said 「『週1くらい』についての記載はない」 (``is_condition_note``).
- **Sentences hide nouns in kana.** 「絵を描くのが好き」「子どもと一緒にごはん」「お茶を飲みながら
  おしゃべり」: a kanji noun standing before を/が/は/も (絵, 歌), one with お/ご before it (お茶)
  or ども after it (子ども), and a kana word some place is about (ごはん, おしゃべり) are words
  of the sentence too; before, only runs of two kanji or katakana were, and these notes gave
  no interest at all. A kana word starts and ends where a word can (子どもの gives no どもの,
  きょうだいも no きょう); an activity said as a verb is its noun (歌うのが好き → 歌,
  ``ACTIVITY_VERBS``); how much, said after a word (将棋なら少し), is cut off; long ago (昔) and
  the body (膝が痛む, 体力) are no interest.
- **A hobby said as one is the person's.** 「俺は釣りが趣味」「趣味は釣り」: kept even when no
  place mentions it (words cut from a sentence are otherwise only those some place is about),
  so it is said under each suggestion and saved with an unmet need. Why the person is alone
  (「近所に知り合いなし」) and that they retired (定年後) are no interest.
- **Qualities are not activities.** 少人数, 静か, 気軽に say how a place should be
  (``QUALITIES``). They rank places and a place of the wanted kind meets them, but they alone
  never make a place of another kind a fit: a quiet printing workshop is no 親子の場 for a
  mother who asked for a quiet one (``is_quality``, used by the engine's fit).
- **Circumstances are no interest, and stay in the case.** 「ASD」「療育手帳B2」「生保」「出所後」
  「DV避難」 say who the person is (``matching.noted_groups`` reads the 対象 they stand for);
  as words they were said under every suggestion (「『ASD』についての記載はない」) and saved with
  an unmet need (``is_private``).
- **False friends.** A word inside a longer term can mean something else: 介護 (caring for
  someone) inside 介護予防 (keeping elderly people fit), 事務 (office work) inside 事務所 (an
  office). ``FALSE_FRIENDS`` lists such terms; a listing that mentions the word only inside
  them does not match it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from matching.noted_family import FAMILY_WORDS, without_family
from matching.noted_groups import is_private, without_others_caring
from matching.profiles import VOLUNTEER_WORD, ListingProfile, ListingTable

# Heads that only say "doing it": a compound ending in one stands for what comes before.
GENERIC_HEADS = ("仕事", "しごと", "作業", "活動", "体験", "教室", "講座", "関係", "全般", "など")
# "Making X" is not X: お菓子づくり is no interest in every place that serves お菓子.
MAKING = ("づくり", "作り", "つくり")
# 本 (books, 「本が好き」) is a kanji of many words that are no books: a place for 日本人 and
# foreigners, a 認知症カフェ for ご本人, a temple's 本堂 are no place to read.
NOT_BOOKS = (
    "日本", "にほんご", "本人", "本当", "本堂", "本格", "基本", "本日", "本数", "本部", "本番",
    "本気", "一本", *(f"{n}本" for n in range(10)),
)  # fmt: skip
# Photography, as notes and listings write it (one group of ``synonyms.tsv``).
PHOTO_WORDS = ("写真", "カメラ", "デジカメ", "一眼レフ", "撮影", "フォト")
# word → longer terms that contain it but mean something else.
FALSE_FRIENDS: dict[str, tuple[str, ...]] = {
    "介護": ("介護予防",),  # keeping fit, not caring for someone
    "事務": ("事務所",),  # an office (the place), not office work
    "子育て": ("子育てを終え", "子育て経験"),  # volunteers who raised children, not parents now
    "本": NOT_BOOKS,
    # 趣味・生涯学習 is a kind of place (its label is in every such listing's summary), not
    # studying: 「勉強し直したい」 found the 囲碁クラブ and the 合唱クラブ through it.
    "勉強": ("生涯学習",),
    "学習": ("生涯学習",),
    # 多文化交流 is a kind of place too: 「地域の人と交流したい」 met the 暮らしの相談会 and the
    # フードパントリー of that kind, and a 留学生 was offered them before the フットサル.
    "交流": ("多文化交流",),
    # 絵本 is reading to children, not drawing: 「イラストや絵が好き」 found a 茶の間 that keeps
    # picture books (絵, イラスト and 絵画 stand for one another, ``synonyms.tsv``).
    **dict.fromkeys(("絵", "イラスト", "絵画", "スケッチ"), ("絵本", "紙芝居")),
    # A photo a phone sends, or one a menu or a talk shows, is no photography: 「写真が趣味」
    # found the スマホ教室 (「ラインでの写真の送り方」, tagged 写真) before anything else.
    # At a place for learning a phone (``ON_A_PHONE``), 写真 and 動画 are what it does.
    # カメラ, デジカメ, 撮影… stand for 写真 (``synonyms.tsv``) and are read the same way.
    **dict.fromkeys(
        PHOTO_WORDS,
        (
            "写真の送り方",
            "写真を送",
            "写真で紹介",
            "写真とふりがな",
            "写真付き",
            "写真入り",
            "写真を見ながら",
        ),
    ),
    "動画": ("動画の見方", "動画が見られない", "動画を送"),
}
ON_A_PHONE = re.compile(r"スマホ|スマートフォン|携帯|タブレット")
PHONE_FEATURES = frozenset({*PHOTO_WORDS, "動画"})

# Wishes as coordinators note them, and the activity a place would name for each.
WISHES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"役に立(?:ち|て|つ)|人のため|恩返し|手伝い(?:たい|(?:を|が)?した|をする|ができ)"
            r"|手伝(?:える|って(?:みたい|あげたい))"
        ),
        "ボランティア",
    ),
    # 「健診で運動不足と言われた」 (words 24): a lack the person is told to make up is the wish
    (re.compile(r"体を動かし|からだを動かし|運動(?:を|が)?したい|運動不足"), "運動"),
    # A place the person knows, to say what they want (「碁会所みたいな所なら」「雀荘のような」):
    # what is done there. The word itself no listing writes (``situations.tsv`` does the same
    # for a resident's search).
    (re.compile(r"碁会所"), "囲碁"),
    (re.compile(r"雀荘"), "麻雀"),
    (
        re.compile(
            # 「畑仕事がしたい」「庭仕事」「手仕事」: the work is the interest, not a job (a man of
            # 58 on 生保 who wanted 畑仕事 was offered a 商店街 and a 説明会 first)
            r"働きたい|働いてみたい|(?<![畑庭力手良山])仕事(?:を|が)?したい|就職したい"
            r"|(?<![畑庭力手良山])(?:仕事|職)(?:を|も)?(?:探|さが)"
        ),
        "就労",
    ),
    (
        re.compile(r"(?:食べ(?:る)?もの|食べ物|食料|食品)(?:が|を|に)?(?:ほしい|欲しい|ない|困)"),
        "食料",
    ),
)
# 「運転はできるので送迎の手伝いなら」「送迎ボランティア」: someone who wants to help and can
# drive offers to take people out. The roles that do say 付き添い (買い物・通院), 生活支援 or
# the 配達 of 配食; none writes 運転, and 送迎 is read as how the person travels (a man who
# offered to drive was given the 託児 and オレンジカフェ helpers before the 買い物付き添い).
# Not 「送迎があれば」 (the person needs one) nor 「母が送迎」「送迎は母」 (family drive).
DRIVING = re.compile(
    r"運転(?!免許(?:なし|無し|がない|はない))"
    r"|(?<![母父夫妻がはのも])送迎(?!(?:が|を)?(?:あれば|あると|必要|要|希望|してもらえ|がほしい)|は)"
    r"|ドライバー"
)
DRIVING_HELP = ("付き添い", "買い物", "生活支援", "配達")
# 「夫が車で送迎」「妻の運転で」「送迎可」: the person is driven (case notes 16: a man of 56 with
# dementia, whose wife drives him, was offered the 買い物付き添い and 生活支援 roles as a driver).
_DRIVEN_BY = re.compile(rf"(?:{FAMILY_WORDS}|家族)(?:[(（][^)）]*[)）])?[がのは][^、。]*$")
_DRIVEN_AFTER = re.compile(r"送迎(?:は)?(?:可|あり|有|OK|してくれる|してもらう|で)")


def _drives(text: str, at: int) -> bool:
    """Whether the 運転・送迎 at ``at`` is the person's offer, not a family member driving them."""
    return not (_DRIVEN_BY.search(text[:at]) or _DRIVEN_AFTER.match(text, at))


# Activities said as a verb (「歌うのが好き」「本を読むこと」): the noun a place would write.
ACTIVITY_VERBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:歌う|うたう|歌って)(?:の|こと)"), "歌"),
    (re.compile(r"(?:踊る|おどる)(?:の|こと)"), "踊り"),
    (re.compile(r"(?:読む|読んで)(?:の|こと)"), "読書"),
    (re.compile(r"(?:編む|編んで)(?:の|こと)"), "編み物"),
    (re.compile(r"(?:描く|描いて)(?:の|こと)"), "絵"),
)
# 「将棋なら少し」「囲碁も多少」: how much, said after the word; the word is what remains.
# 「将棋なら」「パソコンとか」: the word, said with a hedge after it.
_DEGREE_TAIL = re.compile(
    r"(?:なら|は|も)?(?:少し|すこし|ちょっと|多少)$|(?<=..)(?:なら|だったら|とか)$"
)
# Words of a sentence that name no interest at all (「気楽にいられる場所がいい」 is not about
# places that write 場所): never matched, so they do not make a place a fit.
GENERAL_WORDS = frozenset(
    {
        "場所", "時間", "機会", "自分", "気持ち", "以外", "程度", "一緒", "感じ", "最近",
        "毎日", "大量", "少し", "以上", "以下", "今度", "今後", "普段", "ところ", "なにか",
        "週", "現在", "現状", "今回", "今は", "その他",
        # 「健診で運動不足と言われた」: where the person was told, not something to do there
        "健診", "検診", "健康診断", "運動不足",
        # 「ゲーム中心の生活」「生活リズム」: how the person lives, not something to do
        "生活",
        # when: the need's weekdays and times say it, as conditions
        "週末", "平日", "土日", "土曜", "日曜", "午前", "午後", "夕方", "夜間", "放課後",
        # other parents (「ママ友がほしい」): the 子育て世帯 the person is in (``matching.
        # noted_groups``), met at every 子育てひろば — not by the few that write ママ友 (by car,
        # those 9 km away came before the 親子ひろば next door)
        "ママ友", "パパ友",
        # who: the person and their family, whom a note is about — 「私が母を介護している」
        # said 私 as an interest of the person's
        "私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "自身", "本人", "息子", "娘", "母", "父", "夫", "妻", "母親", "父親", "祖母", "祖父", "孫",
        "兄", "姉", "弟", "妹",
        # when, long ago (「昔は民謡の会に」): not what the person wants now
        "昔", "以前", "若い頃", "長年", "永年", "昔から", "若い頃から", "若いころから",
        # 「元は工場の班長」: formerly (case notes 16: 元 was met by every 地元 and 元気)
        "元",
        # the body and its state (「膝が痛む」「体力はふつう」): a condition, not an interest
        "膝", "腰", "足", "脚", "肩", "耳", "体力", "体調", "丈夫",
        # money (「お金はかけられない」): the cost ceiling says it, as a condition
        "お金", "費用", "交通費", "参加費",
        # 「同じ経験の人と話したい」「同じ立場の人」: who to meet, not something to do
        "経験", "立場",
        # 「写真が趣味」「囲碁が趣味だった」: that it is a hobby, not which — and 趣味・生涯学習,
        # a kind of place, is in every such listing's summary: 趣味 met every 絵手紙・囲碁・卓球,
        # so the 野鳥観察 nearest home came before a photo club that said only 撮影 and カメラ
        "趣味",
        # 「デイサービス（火・金）の間なら」: while, a time the note says (the 間 of 時間 and
        # 仲間 made every place a fit)
        "間", "あいだ",
        # 「手伝いがしたい」: helping, read as ボランティア (``WISHES``); the kanji left of 手伝い
        # met every place's お手伝い and was shown as 「「手伝」に関心」
        "手伝",
        # one kanji that names nothing to do on its own (体を動かす, 話を聞く, 手を貸す)
        "体", "話", "人", "気", "手", "目", "声", "力", "事", "物", "所", "方", "時", "日",
        "家", "外", "中", "前", "後", "今", "次", "何", "場",
    }
)  # fmt: skip
# 「（母60代より相談）」「民生委員から相談あり」: who brought the case to the coordinator, not a
# wish for 相談 (case notes 16: the 食料品の緊急支援 led for a man of 32 at home for its 相談).
_CONSULTED = re.compile(
    r"[^、。()（）\s]{0,12}?(?:より|から)の?相談(?:あり|有り|が?あった|を受け(?:た|て)|受け)?"
    r"(?=[、。)）\s]|$)"
)
# Who the person lives with and where they spend the day (「単身」「以後在宅」「母ひとり親」), and
# what a family member does (「母送迎可」「母より相談」): the case, not an interest.
_HOUSEHOLD = re.compile(
    r"在宅|独居|単身|一人暮らし|ひとり暮らし|ひとり親|母子家庭|父子家庭|世帯|同居|別居"
    # who said it, and that it was said (「本人談」「〜とのこと」「本人より」): no interest
    r"|本人談|^談$|とのこと|との事|とのこと|^本人(?:より|から|曰く|いわく)"
    # work, by its shifts or its end (「夜勤明け」「シフト制」「介護離職」): when the person is
    # free, or why, not what they want to do
    r"|夜勤|日勤|遅番|早番|シフト|交代勤務|交替勤務|無職|離職|退職|休職|失業|求職中"
    # retirement (「定年後」「リタイア」「年金生活」): when and who (``matching.noted_groups``
    # reads 高齢者 from it), not what the person wants to do
    r"|定年|リタイア|年金(?:生活|暮らし)|再雇用"
    # the services the person or a family member uses (「デイサービス（月・木）」): the days
    # they take or leave free, not an interest
    r"|デイサービス|デイケア|ショートステイ|通所|二人暮らし|二人暮し|ふたり暮らし"
    # a family member with an age (「義母90」「子2歳」): who, not what
    rf"|^(?:{FAMILY_WORDS}|義母|義父)\d"
    r"|^(?:母|父|夫|妻|祖母|祖父|息子|娘)(?![親子])."
    # work the person does for a living (「パート（平日9時〜13時）」「アルバイト」): when they
    # are free, not what they want to do
    r"|パート(?!ナー)|アルバイト|バイト|勤務"
    # how the person lives now (「家にこもりがち」「昼夜逆転気味」「高校1年で中退」): the case,
    # read by ``matching.noted_groups`` where it says who they are, never a word to look for
    r"|^こもり|閉じこもり|こもりがち|昼夜逆転|中退|退学"
    # what the person did for a living (「元中学校教員」「元看護師」「元保育士」): who they are,
    # not something to look for (no place writes it: it only stood under 「…の記載はない」)
    r"|^元(?!気)[\u4e00-\u9fffー・ァ-ヶ]{1,10}(?:員|師|士|者|官|職|手|医|長|家)$"
)
# Who the person lives with (「妻と二人暮らし」「一人暮らし」「母と2人暮し」): the household, not an
# interest. Cut from the text, or 暮らし of 二人暮らし met every 暮らしの相談会.
# Where the person works, said with how (「工場で交代勤務」「介護施設で夜勤あり」): their job, not
# a place they look for (工場 put a salon where 工場で働く若い方 come first for a man who wanted
# exercise on his days off).
_WORKPLACE = re.compile(
    r"(?:工場|会社|職場|病院|施設|店|倉庫)(?:で|の)(?=\d?交[代替]|シフト|夜勤|日勤|早番|遅番|勤務|働い|パート)"
)
# 「お茶飲み友達がほしい」 (held-out 25): someone to talk with over tea — お茶飲み and talking
# (``TALK_WORDS``). Its 友達 is what happens there, no word a place must write: as one it put
# the 男の台所サロン, whose text says nothing of tea or talk, before the 地区's 寄り合い.
_TEA_FRIEND = re.compile(
    r"(お?茶飲み|お茶)(?:友達|友だち|ともだち|仲間)(?:が|を)?(?:ほしい|欲しい|作りたい|つくりたい)?"
)
# 「車の運転をやめた」「免許返納」: how the person can no longer travel (the need's 移動手段), not
# driving as something to do (as a word it met the 買い物付き添い and 送迎 volunteers).
_STOPPED_DRIVING = re.compile(
    r"(?:車の)?運転(?:を|は)?(?:やめた|辞めた|止めた|やめて|卒業|できなくな[っり]|しなくな[っり])"
    r"|(?:運転)?免許(?:を|は)?(?:自主)?返納(?:した|済み?)?"
)
_LIVING = re.compile(
    r"(?:[一二三四1-4]人|ひとり|ふたり|独り|夫婦|親子|家族)(?:で)?(?:暮らし|暮し|ぐらし)(?:中|で|を|です)?"
)
# 「日本の料理を作りたい」「日本の歌」: 日本 says which kind of the noun after it, no interest of its
# own (as a word it met every 日本語 class). 和食 and 日本料理 are 料理 as places write it.
_OF_JAPAN = re.compile(r"日本の(?=[\u4e00-\u9fff\u3005\u30a0-\u30ffー\u3041-\u309f])")
_JAPANESE_FOOD = re.compile(r"和食|日本料理")
# A hobby of making with the hands, said with its head (「そば打ちにも興味」「竹細工」「梅干し作り」):
# one word from where a word starts (the note's start, a particle or a mark) to the head.
_CRAFT = re.compile(
    r"(?:^|(?<=[をにでへとやもはのが、。・\s]))"
    r"(?P<word>[^をにでへとやもはのが、。・\s]{1,6}?(?:打ち|作り|づくり|つくり))"
)
# 「長年畑をやってきた」「永年教員を」: how long, glued to the noun after it.
# 「昔から将棋」「若い頃から囲碁」 (held-out 24): since when, glued the same way.
_HOW_LONG = re.compile(r"(長年|永年|昔から|若い頃から|若いころから)(?=[\u4e00-\u9fff])")
# A child's study (「子の宿題を見てくれる所」「息子（中1）は勉強が苦手」「宿題を見てほしい」): what
# the child needs is a 学習支援 (a study room, 宿題カフェ), not the parent's 勉強 — read as
# the parent's, 宿題 met every 趣味・生涯学習 place through 勉強・学ぶ, and a single mother was
# offered a 合唱クラブ. A 宿題 is always a school child's; 勉強 is when the note says whose.
CHILD_WORDS = "子ども|子供|こども|息子|娘|長男|長女|次男|次女|三男|三女|上の子|下の子|孫|子"
_CHILD = rf"(?:{CHILD_WORDS})"
CHILD_STUDY = re.compile(
    rf"(?:{_CHILD}(?:[(（][^)）]*[)）])?(?:の|は|が|も|に)?[^、。]{{0,6}}?(?:勉強|学習)"
    r"|宿題|(?:勉強|学習)を見て)(?P<tail>[^、。]*)"
)
TEACHING = re.compile(r"教え|手伝|ボランティア|見守|支え")


STUDY_SUPPORT = "学習支援"  # the kind (``gakushu``) a child's study needs
_BRACKETED_AGE = re.compile(r"\(\d{1,3}(?:歳|才)?\)(?=より|から)")
# 「音楽が好き」「編み物が好き」: what is liked, said before が好き (編み物 has no run of two kanji).
# 「俺は釣りが趣味」「趣味は釣り」: a hobby said so is the person's interest even when no place
# mentions it (the words cut from a sentence are only those some place is about, and 釣り was
# lost: said under no suggestion, saved with no unmet need).
_LIKED = re.compile(r"^([^がをにでへとやもはの]{2,8}?)(?:が|も|は)(?:大?好き|すき|得意)")
_HOBBY = (
    re.compile(r"(?:^|(?<=[をにでへとやもはのが]))([^がをにでへとやもはの]{2,8}?)(?:が|も|は)趣味"),
    re.compile(r"趣味(?:は|が|:)\s*([^がをにでへとやもはの:、。\s]{2,8})"),
)
_NOT_A_HOBBY = re.compile(r"ない|なし|無し|特に|とくに|不明|未定")
# Conditions written in the interests box: 週1, 月2回, 午前中, 土日, 月水金の午前, 20分, 3km,
# 300円, バス, 40代, 高2 … joined by の/で/と and ending in a hedge (くらい, なら, まで, だけ…).
_CONDITION_ATOM = (
    r"(?:毎週|毎月|隔週|[週月]に?\d+(?:回|日)?|\d+回|午前中?|午後|夕方|夜間?|朝|昼間?|日中|放課後"
    r"|平日|土日祝?|週末|休日|祝日|[月火水木金土日](?:曜日?)?"
    r"|\d+(?:分|時間|km|キロ|円|代|歳|才)|[小中高大]\d|(?:小学|中学|高校)\d年生?"
    # hours of the day, and a range of them (「平日9時〜13時」「10時半まで」)
    r"|\d{1,2}時半?(?:[〜~]\d{1,2}時半?)?"
    # 高校生, 大学2年, 専門学校生, 浪人中: who the person is — their age band — not an activity
    r"|(?:高校|大学|短大|専門学校|専門|大学院|高専|予備校)(?:\d年)?生|(?:大学|短大|専門学校?|高専)\d年生?"
    r"|学生|院生|浪人(?:生|中)?|(?:通信制|定時制|全日制)(?:高校?)?\d?(?:年生?)?"
    # the date of an event in the note: R5, H30, R6.10, 令和5年
    r"|[RHS]\d{1,2}(?:\.\d{1,2})?|(?:令和|平成)\d+年?"
    r"|徒歩|歩いて|バス|自転車|車|電車|送迎"
    # how the person works (「交代勤務（2交替）」「シフト制」「夜勤あり」): when they are free, said
    # by ``matching.noted_times``; as words they met the places that write 交代 or 夜
    r"|\d?交[代替]制?(?:勤務)?|シフト(?:勤務|制)?|夜勤(?:あり)?|日勤|早番|遅番)"
)
# 「夕方から夜」「昼過ぎから夕方」: from one time to another is a time too
_CONDITION_NOTE = re.compile(rf"{_CONDITION_ATOM}(?:(?:[のでと・]|から)?{_CONDITION_ATOM})*")
# Words of the case, not of what the person wants: a school year with who the child is
# (「中2女子」「小5男子」「中学1年の女の子」), how long and which time (「1年以上」「3か月前から」
# 「2回目の面談」「半年ぶり」). Each stood under every suggestion as 「『中2女子』についての記載は
# ない」. Not conditions (``is_condition_note``): 「育休中（6か月）。日中ひとりで見ている」 names
# no time the person is free.
_CASE_NOTE = re.compile(
    r"(?:(?:[小中高大]\d|(?:小学|中学|高校)\d年生?)(?:の?(?:女子|男子|女児|男児|女の子|男の子))?"
    r"|\d+(?:か月|ヶ月|カ月|ケ月|ヵ月|年|週間|日|回目)(?:前|目|間|半|ぶり|ほど|近く?)?|半年(?:ぶり|前)?"
    # the month something happened (「3月に退職」)
    r"|\d{1,2}月(?:末|頭|初め|中旬|上旬|下旬)?)"
    r"(?:くらい|ぐらい|程度|ほど|以上|以下|以内|前|から|ぶり|の|が|は|に|で|も)*"
)
_HEDGE = re.compile(
    r"(?:くらい|ぐらい|程度|ほど|なら|まで|だけ|のみ|以降|以内|以上|以下|から|〜|~|希望|中心|ごろ|頃|利用|休み"
    r"|が|は|に|で|の|も|か|あり|なし|可|不可"
    # 「水・土OK」「月・木は出られる」「火曜は大丈夫」: the days the person can come
    r"|OK|ok|大丈夫|出られる|出れる|行ける|来られる|来れる|動ける)$"
)
# How a place should be, not what to do there.
QUALITIES = frozenset(
    {
        "少人数", "少人数制", "静か", "静かな", "しずか", "ゆったり", "ゆっくり", "のんびり",
        "気軽", "気軽に", "初心者", "はじめて", "初めて", "自由", "出入り自由", "予約不要",
        "近所", "近く", "無料", "安い", "短時間", "短時間から", "楽しい", "明るい", "落ち着く",
        "落ち着ける", "ひとりでも", "一人でも", "同年代", "女性だけ", "女性のみ",
    }
)  # fmt: skip

_WORD_SPLIT = re.compile(r"[\s、。,，・/／「」『』()（）!?！？]+")
_CONTENT = re.compile(r"[\u4e00-\u9fff\u3005\u30a0-\u30ffー\uff66-\uff9fA-Za-z0-9]{2,}")
_KANJI = "\u4e00-\u9fff\u3005"
# A kanji noun of a sentence: お茶, 子ども, or one kanji standing alone before を/が/は/も (絵を).
# 「歌なら行ってもいい」「絵や歌」: one kanji before なら, だったら, とか or や is what is said of
# it, as before を. Not before が that begins a verb's ending (「成績が下がり」「腰が曲がって」):
# 下, 曲 are no nouns there; nor before the やすい of 「夜なら出やすい」 (出 was said as an interest).
_KANJI_NOUN = re.compile(
    rf"(?<![{_KANJI}\u30a0-\u30ff])(?:[おご][{_KANJI}]+|[{_KANJI}]+ども"
    rf"|[{_KANJI}](?=[をはも]|や(?!す[いくかけそ])|が(?![らりるれろっ])|なら|だったら|とか))"
    rf"(?![{_KANJI}])"
)
# A run of katakana glued to kanji (「ゲーム中心の生活」「パソコン作業」): when the whole run is no
# word a place is about, each script's part is looked at on its own.
_SCRIPT_PARTS = re.compile(r"[\u30a0-\u30ffー]+|[^\u30a0-\u30ffー]+")
_KANA_RUN = re.compile(r"[\u3041-\u309f]{3,}")
_KANJI_RUN = re.compile(f"[{_KANJI}]+")
_KANA_AFTER = re.compile(r"[\u3041-\u309f]{2,}")
# 「話したい」「行ける」「楽しめる」: a verb or adjective, not a noun of kanji and kana.
_INFLECTED = re.compile(
    r"(?:たい|ます|ない|した|して|する|れる|せる|ける|める|える|てる|いる|しい|かった)$"
)
KANA_WORD_LENGTHS = range(5, 2, -1)  # おしゃべり, ごはん: the longest first
_HIRAGANA_ONLY = re.compile(r"^[\u3041-\u309fー]{3,8}$")
MAX_WHOLE_CHUNK = 12  # longer chunks are sentences, never one word
MAX_PLAIN_WORD = 6  # a chunk this short with no particle is one word (土いじり, お茶飲み)
PARTICLES = frozenset("がをにでへとやもはの")
_NOUN_FOLLOWERS = frozenset("しすさせな")  # おしゃべりする, おしゃべりしながら, のんびりな
SENTENCE_PARTICLES = frozenset("がをにでは")  # の, と and や also join nouns (介護者のつどい)
# 「Xは苦手」「Xが嫌い」「Xはまだ自信がない」「Xはしたくない」: X is to be avoided, not sought.
# 「近所に知り合いなし」「友人がいない」「近所付き合いなし」: why the person is alone, not a wish —
# its 近所 stood as an interest (said under every suggestion, saved with an unmet need).
NO_ACQUAINTANCE = re.compile(
    r"(?:知り合い|知人|友人|友達|友だち|ともだち|付き合い|付合い|つきあい)"
    r"(?:が|は|も)?(?:いない|いません|おらず|居ない|なし|無し|ゼロ|がない|ない|少ない)"
)
# 「認知症カフェは行かない」「脳トレは拒否」「デイは嫌がる」: the person will not go.
_WILL_NOT_GO = (
    r"行かない|いかない|行きたくない|いきたくない|行かん|拒否|拒む|嫌がる|嫌がって(?:いる|る)?"
    r"|いやがる|断る|断った|お断り"
)
# 「認知症カフェは「行かない」と拒否」: the refusal quoted apart from what it refuses
_QUOTED_REFUSAL = re.compile(rf"(?<=[はもが])[「『]((?:{_WILL_NOT_GO})[^」』]{{0,3}})[」』]")
AVOIDED = re.compile(
    r"(?:は|が|も)?(?:まだ|少し|すこし|ちょっと|あまり|とても|すごく)?"
    r"(?:苦手|にがて|嫌い|きらい|嫌|いや|イヤ|無理|むり|だめ|ダメ|NG|不安|怖い|こわい"
    r"|できない|したくない|やりたくない|避けたい|さけたい|自信がない|自信がありません|抵抗がある"
    rf"|{_WILL_NOT_GO})"
    r"(?:です|だ|で|な|なので|ですが|だけど|だが|かも|と(?:拒否|本人|言う|言っている)?)?$"
)
# 「体操はいい」「カラオケはもういい」「人混みはちょっと」「手芸はもう結構」: a refusal, as
# 苦手 — 「Xはいい」 at the end of what the person said is "no more X", never a wish for it
# (read as one, 体操 put the 百歳体操 first for a woman who had just declined it). Not
# 「Xがいい」 (a preference: 「軽作業がいい」).
_NO_MORE = r"(?:結構|けっこう|いらない|要らない|遠慮(?:したい|します)?|たくさん|ちょっと)"
_SAID_TAIL = (
    r"(?:です|かな|よ|わ|[.…・]+)?"
    r"(?:とのこと|と(?:の)?こと|と(?:本人|母|妻|夫|娘|息子)?(?:談|話す|話している|言う|言っている))?$"
)
REFUSED = re.compile(
    rf"は(?:もう)?(?:いい|{_NO_MORE}){_SAID_TAIL}|も(?:もう)?{_NO_MORE}{_SAID_TAIL}|もういい"
)
_PREDICATE_END = re.compile(r"(いる|てる|ます|です|した|った|たい|ない)$")
# 「日本語は上手」「料理は一通りできる」「パソコンは使える」「運転はできる」「英語が話せる」: what
# the person can already do. It is no wish to learn it (a fluent 留学生 was offered a Japanese
# class, a man who cooks the 男の台所サロン); for someone who wants to help it is what they can
# offer (料理 → a 調理ボランティア), so it counts only then (``skills``). Not 「少し話せる」 (a
# little: still to learn), 「友達ができる」 (happens), nor 「話せるようになりたい」 (a wish).
ABILITY = re.compile(
    r"^(?P<what>[^、。]{1,12}?)(?:は|が|も)(?:一通り|ひととおり|ひと通り|ある程度|普通に|問題なく|十分)?"
    r"(?:上手|じょうず|できる|できます|使える|使えます|話せる|話せます|読める|書ける|堪能|ペラペラ"
    r"|ぺらぺら|問題な[いし]|不自由(?:ない|なし))(?!よう)"
)
_HAPPENS = re.compile(r"(?:友達|友だち|ともだち|仲間|知り合い|話し相手|居場所|場所|機会)$")


class TermAnalyzer(Protocol):
    """The search analyzer, as the engine needs it."""

    def terms(self, text: str) -> frozenset[str]:
        """The index terms of a text."""

    def alternatives(self, word: str) -> Sequence[frozenset[str]]:
        """Term sets that each stand for the word (itself, its variants and synonyms)."""


def interest_words(
    interests: str,
    tags: Sequence[str],
    known: Callable[[str], bool] = lambda _: False,
    about: Callable[[str], bool] | None = None,
    *,
    skills: bool = False,
) -> list[str]:
    """The words of a need's interests, in order, without repeats.

    Tags are taken whole. The free text is cut at spaces and punctuation; a chunk that the
    directory knows as a whole (``known``: some listing mentions it, e.g. こども食堂) stays one
    word, and so do a "making" compound (お菓子づくり) and a short chunk with no particle in
    it (土いじり, お茶飲み). Otherwise its runs of kanji/katakana/latin (料理, 畑仕事, カフェ)
    are the content words, and a short all-hiragana chunk (おしゃべり) is kept; particles
    (が, を…) are not. A chunk that says what to avoid (「接客は苦手」) gives no word, nor one
    that says what the person can already do (「日本語は上手」, ``ABILITY``) unless ``skills``
    (the person wants to help: what they can do is what they offer).
    """
    words: list[str] = [unicodedata.normalize("NFKC", t).strip() for t in tags if t.strip()]
    # 「母（82）より相談」: the one who consulted, with an age in brackets, is one chunk.
    text = _BRACKETED_AGE.sub("", unicodedata.normalize("NFKC", interests))
    # 「妻が義父の介護をしており」: a family member's caring is no interest of the person's.
    text = without_others_caring(text)
    text = _QUOTED_REFUSAL.sub(r"\1", text)
    if study := list(CHILD_STUDY.finditer(text)):
        # 「子の宿題を見てくれる所」: the child's study, not the parent's. 「子どもに勉強を教える
        # ボランティア」 is a 学習支援 too, where the person helps: the whole clause says it (kept,
        # its ボランティア put every volunteer role before the study rooms for a retired
        # teacher who had asked for the kind ボランティア); without the kind, the wish stays.
        words.append(STUDY_SUPPORT)
        if not skills and any(TEACHING.search(m["tail"]) for m in study):
            words.append(VOLUNTEER_WORD)
        text = CHILD_STUDY.sub("、", text)
    # 「長男（47、ひきこもり）」「孫（小5、不登校）」: a family member's circumstances are theirs,
    # not what the person wants to do — and never to be saved with an unmet need.
    text = without_family(text, keep_word=False)
    text = _HOW_LONG.sub(r"\1、", text)  # 「長年畑をやってきた」: 畑, not 長年畑
    text = _LIVING.sub("、", text)
    text = _CONSULTED.sub("、", text)
    text = _WORKPLACE.sub("、", text)
    text = _TEA_FRIEND.sub(r"\1、おしゃべり、", text)
    text = _STOPPED_DRIVING.sub("、", text)
    text = _JAPANESE_FOOD.sub("料理", _OF_JAPAN.sub("", text))
    for chunk in _WORD_SPLIT.split(text):
        if not chunk or AVOIDED.search(chunk) or REFUSED.search(chunk):
            continue
        if _SAID_BY_PERSON.fullmatch(chunk) or _TREATED_AS.search(chunk):
            continue  # 「本人は「…」」: who said it; 「ボケ扱い」: what the person refuses
        if NO_ACQUAINTANCE.search(chunk) and not known(chunk):
            # (「知り合いがいない」 as a whole is what places write for newcomers: kept)
            continue
        if not set(chunk) - PARTICLES:
            continue  # 「長女（…）の子（小3）」 leaves 「の」 between the family's brackets
        if (able := ABILITY.match(chunk)) and not _HAPPENS.search(able["what"]):
            if skills:
                words.extend(_sentence_words(able["what"], about))
            continue
        wished = [activity for pattern, activity in WISHES if pattern.search(chunk)]
        words.extend(wished)
        words.extend(activity for pattern, activity in ACTIVITY_VERBS if pattern.search(chunk))
        if liked := _LIKED.match(chunk):
            words.append(liked[1])
        hobbies = [m[1] for p in _HOBBY if (m := p.search(chunk)) and not _NOT_A_HOBBY.search(m[1])]
        if (short := _DEGREE_TAIL.sub("", chunk)) and short != chunk:
            chunk = short
        whole = (
            _HIRAGANA_ONLY.match(chunk)
            or chunk.endswith(MAKING)
            # 「家から出ない」「外に出たがらない」: a short sentence, not a word
            or (
                len(chunk) <= MAX_PLAIN_WORD
                and not set(chunk) & PARTICLES
                and not _INFLECTED.search(chunk)
            )
            or known(chunk)
        )
        if whole and len(chunk) <= MAX_WHOLE_CHUNK:
            words.append(chunk)
        else:
            # Words cut from a sentence: only those a place is about (its name, keywords or
            # kind mention them) — 「小3の息子と週末に…」 is about the person, not a place.
            found = _sentence_words(chunk, about)
            if wished:  # 「仕事も探したい」 is 就労: its 仕事 is no word of its own
                found = [w for w in found if w not in GENERIC_HEADS]
            words.extend(w for w in found if about is None or about(w))
        words.extend(hobbies)  # (after the chunk's own words: their order is the note's)
    if skills and any(_drives(text, m.start()) for m in DRIVING.finditer(text)):
        words.extend(DRIVING_HELP)
    return [
        word
        for word in dict.fromkeys(words)
        if word not in GENERAL_WORDS
        and not is_condition_note(word.removeprefix("本人"))  # 「本人48歳」
        and not _CASE_NOTE.fullmatch(word)  # 「中2女子」「1年以上」
        and not word.isdigit()
        and not is_private(word)
        and not _HOUSEHOLD.search(word)
        and word not in ("仕事", "しごと")  # 「仕事がいい」: the kind of place (就労), no interest
    ]


# Of what ``AVOIDED`` reads, a plain no (not 不安, 自信がない, できない: the person may yet want
# to learn it).
DECLINED = re.compile(
    r"(?:は|が|も)?(?:まだ|少し|すこし|ちょっと|あまり|とても|すごく)?"
    r"(?:苦手|にがて|嫌い|きらい|嫌|いや|イヤ|無理|むり|だめ|ダメ|NG|したくない|やりたくない"
    r"|避けたい|さけたい"
    # 「認知症カフェは行かない」「認知症の集まりには行きたくない」「脳トレは拒否」: the person
    # will not go (before, nothing was read, and a man with MCI was offered a 認知症カフェ)
    rf"|{_WILL_NOT_GO})"
    r"(?:です|だ|で|な|なので|ですが|だけど|だが|かも|と(?:拒否|本人|言う|言っている)?)?$"
)
_DECLINED_TAIL = re.compile(r"(?:の|こと|のは|ことは|に|には|へ|へは)?(?:は|が|も)?$")
# 「ボケ扱いされる所は行かない」「認知症扱いされるのは嫌」: the person will not go where they are
# treated as having dementia — the places framed for it,
# whatever they are called (認知症カフェ, オレンジカフェ).
_TREATED_AS = re.compile(r"(?:ボケ|ぼけ|呆け|認知症|痴呆|ボケ老人)(?:扱い|あつかい)")
# Only 認知症: 物忘れ and 脳トレ stand for 頭の体操 too, which a 囲碁クラブ writes of itself.
TREATED_AS_WORDS = ("認知症",)


def declined_words(interests: str, about: Callable[[str], bool]) -> list[str]:
    """What the person declines or would rather avoid (「体操はいい」「カラオケはもういい」「接客は
    苦手」): the words some place is about (``about``), in order. A place about one of them is
    no place to offer first, though it may still be of the wanted kind (the engine ranks it
    lower). Times (「午前は無理」), crowds (「人混みはちょっと」: 少人数, ``matching.
    noted_conditions``) and the person's circumstances give none."""
    text = without_family(unicodedata.normalize("NFKC", interests), keep_word=False)
    text = _QUOTED_REFUSAL.sub(r"\1", text)
    words: list[str] = []
    before = ""  # the chunk before: 「認知症カフェは「行かない」」 splits at the quote
    for chunk in _WORD_SPLIT.split(text):
        tail = DECLINED.search(chunk) or REFUSED.search(chunk)
        if not chunk or not tail:
            before = chunk
            continue
        what = _DECLINED_TAIL.sub("", chunk[: tail.start()])
        if not set(what) - PARTICLES and before:
            # 「脳トレとか認知症カフェは「行かない」と拒否」: what is refused came before
            what, before = _DECLINED_TAIL.sub("", before), ""
        else:
            before = ""
        what = _SAID_BY_PERSON.sub("", what)
        if not set(what) - PARTICLES:
            continue  # 「…「行かない」と拒否」: said already
        if _TREATED_AS.search(what):
            words.extend(w for w in TREATED_AS_WORDS if about(w))
            continue
        if not what or is_condition_note(what):
            continue
        # 「脳トレとか認知症カフェ」: each thing listed; of each, the first word only —
        # 「子どもの相手は苦手」 declines 子ども, not every 話し相手
        for part in _LISTED.split(what):
            found = [part] if len(part) <= MAX_PLAIN_WORD and about(part) else []
            found += _sentence_words(part, about)
            words.extend(
                [
                    w
                    for w in found
                    if about(w)
                    and w not in GENERAL_WORDS
                    and not is_condition_note(w)
                    and not is_private(w)
                    and not _HOUSEHOLD.search(w)
                ][:1]
            )
    return list(dict.fromkeys(words))


_SAID_BY_PERSON = re.compile(r"^(?:ご?本人|本人曰く)(?:は|が|も)?")
_LISTED = re.compile(
    r"とか|(?<=[\u4e00-\u9fff\u30a0-\u30ffー])や(?=[\u4e00-\u9fff\u30a0-\u30ffー])"
)


def _sentence_words(chunk: str, about: Callable[[str], bool] | None) -> list[str]:
    """Candidate words of a sentence, in order: kanji nouns (お茶, 子ども, 絵を → 絵), runs of
    kanji/katakana/latin, and — when ``about`` can tell — kana words some place is about."""
    found: list[tuple[int, str]] = [(m.start(), m[0]) for m in _KANJI_NOUN.finditer(chunk)]
    # 「そば打ちにも興味」: the whole compound, not its parts (そば has too few kana to be seen).
    crafts = [(m.start("word"), m["word"]) for m in _CRAFT.finditer(chunk)]
    found += [(at, word) for at, word in crafts if about is None or about(word)]
    for m in _CONTENT.finditer(chunk):
        found.append((m.start(), m[0]))
        parts = list(_SCRIPT_PARTS.finditer(m[0]))
        if about is not None and len(parts) > 1 and not about(m[0]):
            found += [(m.start() + p.start(), p[0]) for p in parts if len(p[0]) >= 2]
    if about is not None:
        for m in _KANJI_RUN.finditer(chunk):
            if mixed := _kanji_kana_word(chunk, m, about):
                found.append((m.end() - 1, mixed))
        for run in _KANA_RUN.finditer(chunk):
            # After a kanji a kana run goes on its word (子ども, 楽しめる): no word starts there.
            after_kanji = run.start() > 0 and bool(re.match(f"[{_KANJI}]", chunk[run.start() - 1]))
            found += _kana_words(run[0], run.start(), about, after_kanji)
    found.sort(key=lambda entry: entry[0])
    return [word for _, word in found]


def _kanji_kana_word(chunk: str, run: re.Match[str], about: Callable[[str], bool]) -> str:
    """A word of kanji and the kana after it that some place is about (「家庭菜園と土いじり」 →
    土いじり, 「お茶飲み」): the last kanji of the run and two to four kana up to a particle or
    the end. Before, 土 stood alone and いじり, glued to a kanji, began no word."""
    kana = _KANA_AFTER.match(chunk, run.end())
    if not kana:
        return ""
    for length in range(min(4, len(kana[0])), 1, -1):
        end = run.end() + length
        if end < len(chunk) and chunk[end] not in PARTICLES and chunk[end] not in _NOUN_FOLLOWERS:
            continue
        word = run[0][-1] + kana[0][:length]
        if not _INFLECTED.search(word) and about(word):
            return word
    return ""


def _kana_words(
    run: str, offset: int, about: Callable[[str], bool], after_kanji: bool = False
) -> list[tuple[int, str]]:
    """Kana words some place is about, left to right, longest first (みながらおしゃべり →
    おしゃべり). A word starts where the run does (unless a kanji comes just before it: 子ども
    gives no どもの), after a particle (にごはん → ごはん) or at the polite お/ご (おしゃべり):
    few places to look, as each look reads the postings. It ends where the run does, before a
    particle or before する (おしゃべりしながら): きょうだいも gives no きょう."""
    words: list[tuple[int, str]] = []
    start = 0
    while start <= len(run) - 3:
        if (
            (start == 0 and not after_kanji)
            or run[start] in "おご"
            or (start > 0 and run[start - 1] in PARTICLES)
        ):
            for length in KANA_WORD_LENGTHS:
                word = run[start : start + length]
                end = start + length
                ends = end >= len(run) or run[end] in PARTICLES or run[end] in _NOUN_FOLLOWERS
                if len(word) == length and ends and word not in GENERAL_WORDS and about(word):
                    words.append((offset + start, word))
                    start += length
                    break
            else:
                start += 1
        else:
            start += 1
    return words


def is_condition_note(word: str) -> bool:
    """週1くらい, 午前なら, 月水金の午前, バスで20分まで, 300円まで, 40代, 高2: a condition the
    need's own fields (and the case's age band) say, not something to look for in a listing."""
    text = unicodedata.normalize("NFKC", word).strip()
    while (hedge := _HEDGE.search(text)) and hedge.start() > 0:
        text = text[: hedge.start()]
    return bool(_CONDITION_NOTE.fullmatch(text))


def is_quality(word: str) -> bool:
    """少人数, 静か…: how a place should be, not something to do there."""
    return unicodedata.normalize("NFKC", word) in QUALITIES


_NO_TERMS: frozenset[str] = frozenset()


def _postings(documents: Iterable[frozenset[str]]) -> dict[str, npt.NDArray[np.int64]]:
    """Positions by term, read as the documents come (no list of every term set is kept)."""
    postings: dict[str, list[int]] = {}
    for position, terms in enumerate(documents):
        for term in terms:
            postings.setdefault(term, []).append(position)
    return {t: np.array(p, dtype=np.int64) for t, p in postings.items()}


def _summary_terms(analyzer: TermAnalyzer, item: ListingProfile) -> frozenset[str]:
    return analyzer.terms(item.summary) if item.summary else _NO_TERMS


def _moved(
    postings: dict[str, npt.NDArray[np.int64]],
    moved: npt.NDArray[np.int64],
    fresh: Iterable[tuple[int, frozenset[str]]],
) -> dict[str, npt.NDArray[np.int64]]:
    """Postings with each position moved (``moved[old]``, -1 dropped) and the fresh
    documents' positions added, each list still in ascending order."""
    result: dict[str, npt.NDArray[np.int64]] = {}
    for term, positions in postings.items():
        now = moved[positions]
        now = now[now >= 0]
        if len(now):
            result[term] = now
    added: dict[str, list[int]] = {}
    for position, terms in fresh:
        for term in terms:
            added.setdefault(term, []).append(int(position))
    for term, more in added.items():
        new = np.array(more, dtype=np.int64)
        if term in result:  # the fresh positions are no listing's that was moved
            base = result[term]
            new = np.insert(base, np.searchsorted(base, new), new)
        result[term] = new
    return result


def looks_like_sentence(text: str) -> bool:
    """「夫が認知症で…」「離れて暮らしている」 are about someone, not interest keywords.

    A heuristic: longer than a plain word and holding a case particle or a predicate ending.
    """
    if len(text) > MAX_WHOLE_CHUNK or _WORD_SPLIT.search(text):
        return True
    return len(text) > MAX_PLAIN_WORD and (
        bool(set(text) & SENTENCE_PARTICLES) or bool(_PREDICATE_END.search(text))
    )


def generic_stem(word: str) -> str | None:
    """畑仕事 → 畑, 料理教室 → 料理; None when the word has no generic head to drop."""
    for head in GENERIC_HEADS:
        if word.endswith(head) and len(word) > len(head):
            stem = word[: -len(head)].removeprefix("お").removesuffix("の")
            # 外の作業 is not 外 (外国, 外遊び…), nor 力仕事 力: such a stem names nothing
            return stem if stem and stem not in GENERAL_WORDS else None
    return None


class TermIndex:
    """Positions of the table's listings by analyzer term, built once per table.

    Two sets of postings: the whole text, and the summary (name, tags, category labels). A
    word in the summary is what the place is about; a word only in the description may be
    in passing (「畑の話になると」 in a listing for talking with residents), so ``strength``
    counts it ``BODY_STRENGTH``.
    """

    BODY_STRENGTH = 0.5
    ABOUT_CACHE = 10_000  # answers of ``about`` kept (the table's index lives per process)

    def __init__(self, table: ListingTable, analyzer: TermAnalyzer) -> None:
        self.size = len(table)
        self.analyzer = analyzer
        self.postings = _postings(analyzer.terms(item.text) for item in table.profiles)
        self.summary_postings = _postings(_summary_terms(analyzer, x) for x in table.profiles)
        self._outside = {
            word: self._outside_of(word, table, np.arange(self.size)) for word in FALSE_FRIENDS
        }
        self._cache: dict[str, npt.NDArray[np.bool_]] = {}
        self._strength: dict[str, npt.NDArray[np.float64]] = {}
        self._about: dict[str, bool] = {}

    def updated(self, before: ListingTable, table: ListingTable, changed: set[int]) -> TermIndex:
        """The index of ``table``: the listings of ``before`` (this index's table), with those
        whose ids are in ``changed`` read again (changed, added or gone). Only the changed
        listings' texts are analysed; the others' postings move to their new positions (both
        tables are in order of id). At 100,000 listings a few changes took ~1 s instead of 5."""
        ids = np.fromiter(changed, dtype=np.int64, count=len(changed))
        kept = ~np.isin(before.ids, ids)
        # Where each listing of ``before`` is in ``table`` (-1: read again, or gone).
        moved = np.where(kept, np.searchsorted(table.ids, before.ids), -1)
        fresh = np.flatnonzero(np.isin(table.ids, ids))
        fresh_profiles = [(int(p), table.profiles[p]) for p in fresh]
        index = TermIndex.of_parts(
            self.analyzer,
            len(table),
            _moved(
                self.postings, moved, [(p, self.analyzer.terms(x.text)) for p, x in fresh_profiles]
            ),
            _moved(
                self.summary_postings,
                moved,
                [(p, _summary_terms(self.analyzer, x)) for p, x in fresh_profiles],
            ),
            {},
        )
        for word, outside in self._outside.items():
            now = np.zeros(index.size, dtype=bool)
            now[moved[kept]] = outside[kept]
            now[fresh] = index._outside_of(word, table, fresh)
            index._outside[word] = now
        return index

    @classmethod
    def of_parts(
        cls,
        analyzer: TermAnalyzer,
        size: int,
        postings: dict[str, npt.NDArray[np.int64]],
        summary_postings: dict[str, npt.NDArray[np.int64]],
        outside: dict[str, npt.NDArray[np.bool_]],
    ) -> TermIndex:
        """An index from what ``parts`` gave (of another, or kept on disk)."""
        index = object.__new__(cls)
        index.size, index.analyzer = size, analyzer
        index.postings, index.summary_postings, index._outside = postings, summary_postings, outside
        index._cache, index._strength, index._about = {}, {}, {}
        return index

    def parts(
        self,
    ) -> tuple[
        dict[str, npt.NDArray[np.int64]],
        dict[str, npt.NDArray[np.int64]],
        dict[str, npt.NDArray[np.bool_]],
    ]:
        """What the index is made of besides its analyzer (``of_parts`` makes it again)."""
        return self.postings, self.summary_postings, self._outside

    def _outside_of(
        self, word: str, table: ListingTable, positions: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.bool_]:
        """For a false friend, which of the listings at ``positions`` mention the word outside
        its longer terms (in the order of ``positions``)."""
        outside = np.zeros(len(positions), dtype=bool)
        matched = self._match(word)[positions]
        # A word that stands only for itself (本: no variant, no synonym) is found in the text
        # as it is: analysing again every text that mentions 本 (a quarter of them, with 日本)
        # would take seconds at 10,000 listings.
        plain = list(self.analyzer.alternatives(word)) == [frozenset({word})]
        terms = sorted(FALSE_FRIENDS[word], key=len, reverse=True)
        false_friends = re.compile("|".join(map(re.escape, terms)))
        for i in np.flatnonzero(matched):
            if word in PHONE_FEATURES and ON_A_PHONE.search(table.profiles[positions[i]].name):
                continue  # 「はじめてのスマホ教室」: its 写真 are the phone's
            text = unicodedata.normalize("NFKC", table.profiles[positions[i]].text)
            text = false_friends.sub(" ", text)
            outside[i] = word in text if plain else self._mentions(word, self.analyzer.terms(text))
        return outside

    def strength(self, word: str) -> npt.NDArray[np.float64]:
        """1 where the listing's summary mentions the word, ``BODY_STRENGTH`` where only its
        description does, 0 elsewhere."""
        if word not in self._strength:
            hit = self.matching(word)
            in_summary = hit & self._match(word, self.summary_postings)
            if not in_summary.any() and not self._match(word).any():
                stem = generic_stem(word)  # 畑仕事 stands for 畑: look for 畑 in summaries
                if stem:
                    in_summary = hit & self._match(stem, self.summary_postings)
            self._strength[word] = np.where(in_summary, 1.0, hit * self.BODY_STRENGTH)
        return self._strength[word]

    def about(self, word: str) -> bool:
        """Whether some listing's summary (name, keywords, kind) mentions the word."""
        if word not in self._about:
            if len(self._about) >= self.ABOUT_CACHE:
                self._about.clear()  # words of notes are many and mostly seen once
            stem = generic_stem(word)
            self._about[word] = bool(
                self._match(word, self.summary_postings).any()
                or (stem and self._match(stem, self.summary_postings).any())
            )
        return self._about[word]

    def known(self, word: str) -> bool:
        """Whether any listing mentions the word (or a variant or synonym of it)."""
        return bool(self.matching(word).any())

    def mentions(self, word: str) -> npt.NDArray[np.bool_]:
        """Which listings mention the word anywhere, false friends included (写真 in 「写真の
        送り方」)."""
        return self._match(word)

    def matching(self, word: str) -> npt.NDArray[np.bool_]:
        """A boolean column: which listings mention the word (or a variant or synonym)."""
        if word not in self._cache:
            hit = self._match(word)
            if word in self._outside:
                hit &= self._outside[word]
            stem = generic_stem(word)
            if not hit.any() and stem:
                hit = self.matching(stem)
            self._cache[word] = hit
        return self._cache[word]

    def _mentions(self, word: str, terms: frozenset[str]) -> bool:
        """Whether a text with these terms mentions the word (or a variant or synonym)."""
        return any(a and a <= terms for a in self.analyzer.alternatives(word))

    def _match(
        self, word: str, postings: dict[str, npt.NDArray[np.int64]] | None = None
    ) -> npt.NDArray[np.bool_]:
        """Listings with every term of some alternative of the word."""
        postings = self.postings if postings is None else postings
        hit = np.zeros(self.size, dtype=bool)
        for terms in self.analyzer.alternatives(word):
            lists = [postings[t] for t in terms if t in postings]
            if not terms or len(lists) < len(terms):
                continue  # some term of this alternative appears nowhere
            common = lists[0]
            for other in lists[1:]:
                common = np.intersect1d(common, other, assume_unique=True)
            hit[common] = True
        return hit


# Talking with people (「おしゃべりできる所」「誰かとおしゃべりしたい」「人と話したい」) is what a サロン
# or a 居場所 is for, whether or not its text says so: a widow who asked for somewhere to talk met
# none of her 地区's 茶の間 and 手芸の居場所, which write お茶 and 会話 but not おしゃべり, and was
# offered nothing. Only when talking is all the note asks: beside 体操 or ゲーム it is said of
# those (a 16-year-old's 「ゲーム おしゃべり」 is no wish for every 居場所 in town). A place of
# another kind meets it only by writing it (a 日本語教室's 会話 is no chat), and 話し相手 stays
# the word of a volunteer role that is one (``situations.tsv``).
TALK_WORDS = frozenset(
    {
        "おしゃべり",
        "お喋り",
        "雑談",
        "世間話",
        "人と話したい",
        "誰かと話したい",
        "話したい",
        "話せる",
    }
)
TALK_KINDS = ("salon", "ibasho")  # サロン, 居場所 (category codes)


class WordsMet:
    """Which listings meet each of one need's words: the index's answer, and — when the note
    names a phone too (「スマホで孫の写真を撮りたい」「携帯で花の写真」) — the 写真 and 動画 of a
    place for learning a phone (``ON_A_PHONE`` in its name). For a photo hobbyist with no
    phone such a place's 写真 are no photography (``FALSE_FRIENDS``); for one who named a
    phone they are what the class teaches, and its suggestion said 「『写真』についての記載は
    ない」 under the very course it was offered."""

    def __init__(self, index: TermIndex, table: ListingTable, words: Sequence[str]) -> None:
        self.index = index
        self._gathering: npt.NDArray[np.bool_] | None = None
        if words and all(w in TALK_WORDS or is_quality(w) for w in words):
            bits = table.bits(TALK_KINDS, table.category_bit)
            self._gathering = (table.categories & bits) != 0
        self._phone: npt.NDArray[np.bool_] | None = None
        if any(ON_A_PHONE.search(w) for w in words) and any(w in PHONE_FEATURES for w in words):
            self._phone = np.fromiter(
                (bool(ON_A_PHONE.search(item.name)) for item in table.profiles),
                bool,
                len(table),
            )

    def _on_phone(self, word: str) -> npt.NDArray[np.bool_] | None:
        if self._phone is None or word not in PHONE_FEATURES:
            return None
        return self._phone & self.index.mentions(word)

    def matching(self, word: str) -> npt.NDArray[np.bool_]:
        """Which listings meet the word (``TermIndex.matching``, and a phone's 写真)."""
        hit = self.index.matching(word)
        if self._gathering is not None and word in TALK_WORDS:
            hit = hit | self._gathering  # a サロン or 居場所 is for talking (``TALK_WORDS``)
        phone = self._on_phone(word)
        return hit if phone is None else hit | phone

    def strength(self, word: str) -> npt.NDArray[np.float64]:
        """``TermIndex.strength``; a phone class's 写真 counts as its summary's."""
        strength = self.index.strength(word)
        phone = self._on_phone(word)
        return strength if phone is None else np.where(phone, 1.0, strength)
