"""The groups (対象) a coordinator's note puts the person in: 「ASD」「療育手帳B2」「生保」「8050」.

Coordinators write a person's circumstances in the need's 関心 in their own shorthand —
「ASD（R4診断）」「自閉症スペクトラム」「発達障害の診断あり」「知的（療育手帳B2）」「精神の手帳2級」
「高次脳」「生保受給中」「ヤングケアラー」「外国籍（ベトナム）」 — and often leave the 対象 boxes as
they were. No listing uses those words: a 就労体験 says 障害のある方, a 居場所 says ひきこもり. So
the note matched nothing, and the places meant for the person were shut (対象 not theirs).
``groups_noted`` reads such words through a vocabulary (``GROUP_WORDS``) as the 対象 code they
stand for; the engine joins them to the need's 対象 and says which word of the note led there.

A word about someone else is not the person's (「母が精神疾患」「娘（20）ひきこもり」「弟（小4、
自閉症）」「子（ASD・小2）」: ``matching.noted_family``), nor one the note denies or doubts
(「手帳なし」「ADHD疑い」「未診断」). Caring is the person's when a family member is its object
(「母（認知症、要介護2）を介護中」「母の介護をしている」), not when one is its subject
(「姉が介護している」).

Some say who the person is without the usual words: 「フィリピン出身」「日本語N4」 (外国に
ルーツ), the person's own young child 「子（3歳）」「1歳の娘」「息子（小2）」「生後6か月」「育休中」
「ママ友がほしい」「ダブルケア」 (子育て世帯; not
a 孫, nor a grown 長男), leaving work to care 「介護のため昨年退職」, or living alone with a
parent who needs care 「母（79、認知症初期）と同居」 (介護をしている家族). In the 60代 band, having
retired (「定年退職して半年」「年金生活」) is being among the 高齢者 a 定年後 salon is for.

These words are health and life circumstances: they never leave the case. ``is_private`` tells
``matching.interests`` to keep them (and the words of 出所・DV・通院… that map to no 対象) out of
the interest words, which are said for every suggestion, saved with an unmet need (狭間のニーズ)
and counted in its report.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from matching.noted_family import FAMILY_WORDS, family_spans, is_family

_SHOU = r"(?:障害|障がい|障碍)"
# 対象 code → the words of a note that put the person in that group.
GROUP_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "disability",
        re.compile(
            r"ASD|ADHD|(?<![A-Za-z])LD(?![A-Za-z])|自閉(?:症|スペクトラム)(?:スペクトラム)?|アスペルガー"
            rf"|発達{_SHOU}|学習{_SHOU}|知的{_SHOU}?(?=[(、。\s]|$)|知的{_SHOU}"
            rf"|療育手帳|愛の手帳|みどりの手帳|精神(?:の|障害者保健福祉)?手帳|身体{_SHOU}者?手帳|身障手帳"
            rf"|{_SHOU}者?手帳|高次脳(?:機能{_SHOU})?|統合失調症|精神疾患|精神{_SHOU}"
            r"|就労継続支援|就労移行|生活介護|[AB]型(?:事業所|作業所)?(?=を|に|で|の|へ|から|通所|利用)"
            rf"|{_SHOU}年金|聴覚{_SHOU}|視覚{_SHOU}|身体{_SHOU}"
            # an impairment said by its name (「交通事故で脊損、車いす」「片麻痺」, words 24): a
            # 身体障害, though the note writes no 障害 (a man of 48 was offered no 作業体験)
            r"|脊損|頸損|頚損|脊髄損傷|頸髄損傷|頚髄損傷|片麻痺|対麻痺|下肢麻痺|四肢麻痺"
        ),
    ),
    (
        "hikikomori",
        re.compile(
            r"ひきこもり|引きこもり|引き籠も?り|8050|不登校|自室中心|自室にこもり"
            # 「大学中退後、20年近くほぼ家」「離職後ずっと自宅」 (words 24): years at home since
            # leaving school or work, said without the word
            r"|(?:中退|退学|卒業|離職)後[、,]?[^。]{0,10}?(?:ほぼ|ずっと)(?:家|自宅)"
        ),
    ),
    (
        "low_income",
        re.compile(
            r"生活保護|生保|生活困窮|保護受給|自己破産"
            # money running out, said as what it does (「貯金が底をつきかけ」「家賃滞納1か月」
            # 「住居確保給付金受給中」): the person is 生活困窮 though the note never says so
            r"|滞納|底をつ|所持金|住居確保給付金|無収入|収入が(?:ない|なく|途絶)"
        ),
    ),
    (
        # The person's own young child (「子（3歳）」「子2歳」「息子（小2）」) or 子育て中: a
        # 子育て世帯. Not 母子家庭 or 父子家庭, said of a child's household as often as a
        # parent's, nor a child of 18 or more (「長男（47、ひきこもり）」).
        "parents",
        re.compile(
            r"(?<![孫甥姪])(?:子|息子|娘|長男|長女|次男|次女|三男|三女)[(（\s・:：]?"
            r"(?:[0-9]|1[0-7])(?:歳|才|か月|ヶ月|カ月)?(?![0-9])"
            r"|(?<![孫甥姪])(?:子|息子|娘|長男|長女|次男|次女)[(（\s・:：]?(?:小[1-6]|中[1-3]|年[少中長]|未就学|乳児|幼児|保育園|幼稚園)"
            # the age said first (「1歳の娘」「2歳の子の母」「生後6か月」), as often as after
            r"|(?<![孫甥姪0-9])(?:[0-9]|1[0-7])(?:歳|才|か月|ヶ月|カ月)半?の"
            r"(?:子|息子|娘|長男|長女|次男|次女|双子|赤ちゃん|男の子|女の子)(?![ども供]?[(（]?[0-9])"
            r"|生後[0-9]+(?:か月|ヶ月|カ月|日)"
            # 「1歳児の母」「2歳児ママ」「3歳児を育てている」 (found with held-out 25: a mother new
            # in town was offered no 子育てひろば)
            r"|(?<![孫甥姪0-9])(?:[0-9]|1[0-7])歳児(?:の)?(?:母|父|ママ|パパ|親|を育て|を子育て|子育て)"
            r"|子育て中|育児中|ダブルケア|シングルマザー|シングルファザー"
            # 「育休中の父親」「ママ友がほしい」: someone on 育休, or after other parents, is one
            r"|育休|育児休業|ママ友|パパ友"
            # a baby on the way or just born (「産後3か月」「第1子出産後」「妊娠中」): the
            # person's own, unless the note says whose (「娘が妊娠中」, ``_NEWBORN``)
            r"|産後|出産後?|妊娠中|妊婦|第[1-9一二三]子"
        ),
    ),
    (
        "carers",
        re.compile(
            r"ヤングケアラー|ケアラー|ダブルケア|介護中|介護して|介護を(?:して|担|分担)"
            # 「祖母（認知症）の介護を手伝っている」「母の介護の手伝い」: helping with it is caring
            # too (a 17-year-old who wrote so was offered nothing for carers)
            r"|介護(?:を|の)?(?:手伝|手助け|補助|サポート)"
            # 「介護のため離職」「親の介護で退職」「介護離職」: caring is why the person left work
            r"|介護(?:の(?:ため|為)に?|で|に専念(?:する)?ため|を理由に)?[^、。]{0,4}?(?:離職|退職|休職|仕事を辞め)"
            # 「母（認知症）を介護。」「妻（要介護2）を在宅介護」: a family member the person cares
            # for, with 介護 ending the clause (a son of 50 who wrote so got no 認知症カフェ); not
            # the care's institutions or papers (「母を介護施設に」「父を介護認定」)
            rf"|(?:{FAMILY_WORDS}|親)(?:[(（][^)）]*[)）])?を(?:在宅で?|自宅で?|家で|ひとりで|一人で)?"
            r"介護(?!中|して|を|の|施設|職|サービス|認定|保険|度|タクシー|事業所|老人|付き|つき)"
        ),
    ),
    (
        "foreign_roots",
        re.compile(
            r"(?<!日本)国籍|技能実習|特定技能|在留資格|来日|外国(?:出身|にルーツ|につながる)"
            # 「フィリピン出身」「ネパール人」「日本語N4」: where the person is from, or the
            # Japanese test only those whose first language is another take
            r"|(?<![日本])(?:[ァ-ヶー]{2,}|中国|韓国|台湾|米国|英国)(?:出身|人(?![形間気生数])|籍)"
            r"|日本語(?:能力試験)?\s*N[1-5]|JLPT"
            # 「ベトナムからの留学生」「中国籍の大学院生（留学生）」: a student from abroad (the
            # age band made a 20-year-old a 若者 only, and the 日本語 classes for 外国にルーツ
            # never fitted); not 「留学経験あり」「海外留学から帰国」
            r"|(?<!日本人)(?<!日本人の)留学生|(?<!海外)(?<!海外に)留学中"
            r"|(?:[ァ-ヶー]{2,}|中国|韓国|台湾)から(?:の(?:留学生)?|来た|来日)"
        ),
    ),
)
# 「母子世帯」「父子家庭」「ひとり親」: said of an adult, the household is theirs and they are
# its parent (a mother of 34 on 生活保護 in a 母子世帯 was offered the 若者 places first, as
# one of 15〜39歳 with no other group said); said of a child (「中1。父子家庭」), it is not.
_LONE_PARENT = re.compile(
    r"母子(?:家庭|世帯)|父子(?:家庭|世帯)|ひとり親|一人親|シングル(?:マザー|ファザー)"
)
PARENT_FROM = 20
# 「日曜は夫が子どもを見てくれるので一人で出られる」「子どもを実家に預けて」: someone else minds the
# child while the person goes out, so they go as themself, not as a parent with the child (a
# mother of 36 who wanted her own 書道 was left with the 親子ひろば only, and no place fit).
_CHILD_MINDED = re.compile(
    r"(?:が|に)[^、。]{0,8}?(?:子|子ども|子供|娘|息子|孫)[^、。]{0,3}?を?"
    r"(?:見て|みて|預かって)(?:くれる|くれます|もらえる|もらえます|もらう)"
    r"|(?:子|子ども|子供|娘|息子)を[^、。]{0,6}?預けて"
)
# Retired (「定年退職して半年」「定年後」「3月に退職」「リタイア」「年金生活」): in the 60代 band the
# person is the 高齢者 the サロン and 男の料理教室 for 定年後の男性 are for, though the band does
# not say so (65 splits it, ``matching.conditions.age_groups``): a man of 64 who retired was
# offered no 男の台所サロン (対象 高齢者). Only from 60 (``RETIRED_FROM``; 役職定年 or 早期退職 at
# 55 is no 高齢者), not work left to care (「介護のため退職」: 介護をしている家族), nor a family
# member's (「夫が定年退職」). Ages a place states (「65歳以上」) are still checked against the
# band (and a note's 「64歳」) as before: the group opens the 対象, never a stated age.
_RETIRED = re.compile(r"定年|(?<!介護)(?<!介護で)(?<!介護のため)退職|リタイア|年金(?:生活|暮らし)")
RETIRED_FROM = 60
# Widowed (「夫を亡くして一人暮らし」「R7.3に夫と死別」「妻に先立たれ」「夫が昨年他界」): in the 60代
# band, as retirement is, the life the ふれあいサロン and 通いの場 of the 地区 serve — a widow of 68
# whose note says nothing of retiring was offered no サロン at all (対象 高齢者 only; 65 splits the
# band, and the note stated no age). The same limits as retirement: from 60, the 高齢者 places
# open to the person, not meant for them, and ages a place states are still checked. The spouse
# is the one who died, so the family word before it does not make it someone else's — but
# 「主人の母が他界」 is a mother-in-law's death (no の between the spouse and the death).
_WIDOWED = re.compile(
    r"(?:夫|妻|主人|旦那|配偶者|連れ合い|つれあい|伴侶)(?:さん)?[をがとに]?[^、。,の]{0,4}?"
    r"(?:亡くし|なくし|亡くなっ|死別|先立た|他界)"
    r"|死別|先立たれ|未亡人"
)
# 「産後」「妊娠中」: said of the person unless a family word owns the clause.
_NEWBORN = re.compile(r"産後|出産|妊娠中|妊婦|第[1-9一二三]子|育休|育児休業")
# Staying in, as coordinators write it of someone who is not (yet) called ひきこもり: 「家に
# こもりがち」「閉じこもり気味」「自宅中心の生活」. Under 65 it is the ひきこもり of the places
# for it (a 居場所 for 家にいる時間が長い人); from 65 it is the 閉じこもり of 介護予防, which the
# サロン and 通いの場 for 高齢者 serve, not a ひきこもり place (``STAYING_IN_UNTIL``).
_STAYING_IN = re.compile(
    r"こもりがち|閉じこもり|家にこもって|自宅にこもって|(?:自宅|家)中心の生活|家から出(?:ない|られない)"
)
STAYING_IN_UNTIL = 65
# Words of health, justice and safety that name no 対象 but must not leave the case either.
PRIVATE_WORDS = re.compile(
    rf"{_SHOU}|手帳|診断|通院|服薬|入院|疾患|精神|うつ(?:病|状態|傾向)?(?=[でのがとは、。(]|$)|鬱"
    r"|出所|服役|刑務所|所内|保護観察|満期|前科|DV|暴力|虐待|避難|秘匿|支援措置|自傷|希死|借金|破産"
    r"|8050|ヤングケアラー|ケアラー|ダブルケア"
    # the body after an illness or a fall (「先月退院」「左片麻痺」「杖歩行」「大腿骨骨折」)
    r"|退院|麻痺|片麻|杖|歩行器|骨折|脳梗塞|脳出血|脳卒中|癌|手術|リハ(?!ー)|要介護|要支援"
    r"|軽度|重度|寝たきり|死別|先立た"
    # a diagnosis of dementia (「若年性認知症」「アルツハイマー」; 認知症 alone stays: 認知症カフェ)
    r"|若年性|アルツハイマー|レビー小体|前頭側頭"
    # the senses (「難聴（補聴器）」「白内障で見えにくい」「免許返納」)
    r"|難聴|補聴器|白内障|緑内障|弱視|視力|聴力|返納"
)
# 対象 whose words listings themselves use (ひきこもり, 不登校, 介護): those stay interests.
_PRIVATE_GROUPS = frozenset({"disability", "low_income", "foreign_roots"})
# A word the note denies or doubts, said just after it.
_DENIED = re.compile(r"^[)）]?(?:の)?(?:なし|無し|はない|ではない|はなし|疑い|うたがい|未|グレー)")
_DOUBTED_BEFORE = re.compile(r"(?:未診断|疑い)[^、。]{0,2}$")
# Caring whose subject is a family member (「姉が介護している」): theirs, not the person's.
_CARER_THEIRS = re.compile(rf"(?:{FAMILY_WORDS})(?:[(（][^)）]*[)）])?[がはも][^、。を]{{0,6}}$")
# 「姉が母を介護している」「妹が父の介護をしており」「息子夫婦が夫（要介護3）の介護」: a family
# member cares for another, and the person is neither (a woman of 74 whose son cares for her
# husband was offered the 介護者カフェ before a 体操 near home). 「私が母を介護」「本人が妻を
# 介護」 stay the person's.
_CARER_OF_OTHER = re.compile(
    rf"(?P<who>(?:{FAMILY_WORDS})(?:夫婦)?|私|わたし|本人|自分)(?:[(（][^)）]*[)）])?[がは]"
    rf"[^、。がは]{{0,4}}?(?:{FAMILY_WORDS}|親)(?:[(（][^)）]*[)）])?[をの][^、。]{{0,6}}$"
)
_CARER_SELF = frozenset({"私", "わたし", "本人", "自分"})
_CARING = re.compile(r"(?<!要)介護")
# The rest of the clause a family member's caring is said in: to 、 or 。, or to where the
# sentence goes on without them — 「…介護をしており本人は料理を覚えたい」 (a conjunctive ending,
# or the person named as the next subject) — so the person's own wish stays.
_CLAUSE_REST = re.compile(
    r"[^、。]*?(?:して(?:おり|いて|いるが|いるので|いるため|います|いる)|(?=[、。]|本人|私|わたし|自分)|$)"
)


def _others_caring_from(text: str, start: int) -> int | None:
    """Where the family member's caring whose 介護 is at ``start`` begins (its subject:
    「妻が義父の介護」 from 妻), or None when the 介護 is the person's own."""
    window = max(0, start - 16)
    if theirs := _CARER_THEIRS.search(text[window:start]):
        return window + theirs.start()
    window = max(0, start - 30)
    other = _CARER_OF_OTHER.search(text[window:start])
    if other and other["who"] not in _CARER_SELF:
        return window + other.start()
    return None


def caring_by_others(text: str, start: int) -> bool:
    """Whether the 介護 at ``start`` is a family member's doing (「姉が介護している」「妻が義父
    の介護をしており」), not the person's (「私が母を介護」「母を介護中」)."""
    return _others_caring_from(text, start) is not None


def without_others_caring(text: str) -> str:
    """The note without the caring a family member does, to the end of its clause: 「妻が義父
    （要介護2）の介護をしており、本人は…料理を覚えたい」 is about the wife's caring, and its
    介護 is no interest of the man's (it put four オレンジカフェ before the 男の台所サロン he
    asked for)."""
    cuts = [
        (begin, m.start())
        for m in _CARING.finditer(text)
        if (begin := _others_caring_from(text, m.start())) is not None
    ]
    for begin, start in reversed(cuts):
        end = _CLAUSE_REST.match(text, start)
        text = text[:begin] + "、" + text[end.end() if end else start :]
    return text


# 「母（79、認知症初期）と同居」「父（要介護2）と二人暮らし」: living alone with a parent or
# spouse who needs care is caring for them, though the note says no 介護 (a son who wanted a
# 認知症カフェ for his mother and himself was offered none meant for carers).
_LIVES_WITH_CARE = re.compile(
    rf"(?P<who>{FAMILY_WORDS}|親|義母|義父)[(（][^)）]*(?:認知症|要介護|寝たきり|要支援)[^)）]*[)）]"
    r"(?:と|の)?(?:同居|二人暮らし|ふたり暮らし|二人暮し|在宅介護)"
)


# The person's own dementia (「若年性認知症（R7診断）」「本人、若年性アルツハイマー」): the
# 認知症カフェ are for them and their families, whatever 対象 they tick (介護をしている家族,
# 高齢者). Before, a man of 58 who wrote it was offered nothing: no 対象 named him, and at 58
# he is no 高齢者 (若年性 is onset before 65, ``YOUNG_ONSET_UNTIL``). Not a family member's
# (「妻（58、若年性認知症）」「認知症の母」「夫が認知症」), nor the café or course itself
# (「認知症カフェ」「認知症サポーター」), nor one the note doubts (「認知症の疑い」).
_DEMENTIA = re.compile(
    r"(?P<young>若年性|若年)?(?:認知症|アルツハイマー(?:型認知症|病)?|レビー小体型?(?:認知症)?"
    r"|前頭側頭型(?:認知症)?)(?!カフェ|サポーター|予防|介護|の人と家族|家族)"
)
_DEMENTIA_THEIRS_AFTER = re.compile(
    rf"^(?:の|がある|のある)(?:{FAMILY_WORDS}|親)"
    # 「認知症の人の役に立ちたい」「認知症について学びたい」: others', or a subject
    r"|^(?:の|のある|がある)(?:人|方|ご|お|高齢者|当事者|利用者|入居者|家族|こと|勉強|知識)"
    r"|^(?:について|に(?:関心|興味)|を(?:学|知))"
)
YOUNG_ONSET_UNTIL = 65  # 若年性認知症: onset before 65


@dataclass(frozen=True)
class Dementia:
    """The person's own dementia as the note says it."""

    words: str
    young_onset: bool  # 若年性: the person is under 65


def dementia_noted(note: str) -> Dementia | None:
    """「若年性認知症（R7診断）」→ Dementia("若年性認知症", young_onset=True); None for a family
    member's (「妻（若年性認知症）」「認知症の母」) or a doubted one (「認知症の疑い」)."""
    text = unicodedata.normalize("NFKC", note)
    spans = family_spans(text)
    for match in _DEMENTIA.finditer(text):
        after = text[match.end() :]
        if is_family(spans, match.start()) or _DEMENTIA_THEIRS_AFTER.match(after):
            continue
        if _DENIED.match(after) or re.match(r"^(?:の)?(?:疑い|うたがい)", after):
            continue
        if _CARER_THEIRS.search(text[max(0, match.start() - 16) : match.start()]):
            continue  # 「夫は若年性認知症」
        return Dementia(match[0], bool(match["young"]))
    return None


# A grandparent minding a grandchild under school age (「孫（1歳）を預かっている」「平日は孫の
# 世話」「孫（4歳）を養育中」) takes the child to a 子育てひろば as a parent would: the places for
# 子育て世帯 are open to them (a woman of 68 who minds her grandchild of 1 was offered no
# 親子ひろば). They are no parent (``groups_noted`` says nothing of a 孫), and a grandchild at
# school (「孫（小2）の世話」) is no 子育て世帯's child: the ひろば are for children under school age.
_MINDING_GRANDCHILD = re.compile(
    r"孫(?P<age>[(（][^)）]*[)）])?(?:を|の)?"
    # 「孫（3歳）を火・木に預かっている」「孫を毎週金曜に」: the days it happens on, between
    r"(?:(?:毎週|週[1-7１-７一二三四五]日?|平日|土日|[月火水木金土日][・、]?)+曜?日?(?:に|は|の間)?)?"
    r"(?:(?:保育園|幼稚園)の?(?:送迎|送り迎え)|"
    r"預か(?:って(?:いる)?|り)?|世話|面倒を?見(?:て(?:いる)?)?|子守り?|養育|見て(?:いる)?|みて(?:いる)?)"
)
_SCHOOL_AGE = re.compile(
    r"小[1-6]|中[1-3]|高[1-3]|小学|中学|高校|(?<![0-9])(?:[7-9]|[1-9][0-9])(?:歳|才)"
)


def minding_grandchild(note: str) -> str | None:
    """「孫（1歳）を預かっている」→ the words that say so; None for a grandchild at school
    (「孫（小5、不登校）を預かっている」) or one the note only mentions (「孫とLINEがしたい」)."""
    text = unicodedata.normalize("NFKC", note)
    for match in _MINDING_GRANDCHILD.finditer(text):
        if match["age"] and _SCHOOL_AGE.search(match["age"]):
            continue
        return match[0]
    return None


@dataclass(frozen=True)
class NotedGroup:
    """A 対象 the note puts the person in, and the note's word that says so."""

    target: str
    words: str


def groups_noted(note: str, years: tuple[int, int] | None = None) -> tuple[NotedGroup, ...]:
    """「ASD（R4診断）」→ disability (「ASD」); 「生保受給中」→ low_income; each 対象 once, in the
    order of ``GROUP_WORDS``; none for 「母が精神疾患」「弟（小4、自閉症）」 or 「手帳なし」.
    ``years``, the person's age when known: 「こもりがち」 is ひきこもり only under 65, and
    「定年退職」 and 「夫を亡くし」 are 高齢者 from 60 to 64 (``_RETIRED``, ``_WIDOWED``)."""
    text = unicodedata.normalize("NFKC", note)
    spans = family_spans(text)
    found: list[NotedGroup] = []
    for target, pattern in GROUP_WORDS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 7) : match.start()]
            if _DENIED.match(text[match.end() :]) or _DOUBTED_BEFORE.search(before):
                continue
            if target == "carers":
                if caring_by_others(text, match.start()):
                    continue
            elif target == "parents" and _CHILD_MINDED.search(text):
                break  # 「夫が子どもを見てくれるので一人で」: not with the child
            elif target != "parents" or _NEWBORN.fullmatch(match[0]):
                if is_family(spans, match.start()):
                    continue  # (a child of the person's is a family word: their own group)
            words = match[0] + (
                ")" if match[0].count("(") > match[0].count(")") else ""
            )  # 「子(3歳)」
            found.append(NotedGroup(target, words))
            break
        else:
            if target == "carers" and (lives := _LIVES_WITH_CARE.search(text)):
                found.append(NotedGroup(target, f"{lives['who']}と同居"))
            elif target == "parents" and years is not None and years[0] >= PARENT_FROM:
                if lone := _LONE_PARENT.search(text):
                    found.append(NotedGroup(target, lone[0]))
            elif target == "hikikomori" and (years is None or years[0] < STAYING_IN_UNTIL):
                for match in _STAYING_IN.finditer(text):
                    if not is_family(spans, match.start()):
                        found.append(NotedGroup(target, match[0]))
                        break
    if years is not None and RETIRED_FROM <= years[0] < STAYING_IN_UNTIL:
        caring = {g.target for g in found} & {"carers"}
        for match in _RETIRED.finditer(text):
            if is_family(spans, match.start()) or (caring and "介護" in text[: match.start()]):
                continue
            found.append(NotedGroup("seniors", match[0]))
            break
        else:
            if widowed := _WIDOWED.search(text):
                found.append(NotedGroup("seniors", widowed[0]))
    return tuple(found)


def is_private(word: str) -> bool:
    """Whether a word of the note names a diagnosis, 手帳, or a circumstance of health,
    justice or safety (「ASD」「療育手帳B2」「生保」「出所後」「DV」): never an interest."""
    text = unicodedata.normalize("NFKC", word)
    return bool(PRIVATE_WORDS.search(text)) or any(
        pattern.search(text) for target, pattern in GROUP_WORDS if target in _PRIVATE_GROUPS
    )
