"""Benchmark: do the suggestions fit real people? Mean precision@5 over written personas.

    PYTHONPATH=. python benchmarks/matching_quality.py
    PYTHONPATH=. python benchmarks/matching_quality.py --verbose

Each persona is a person as a 社協 coordinator meets them (age band, 地区, what they want and
under which conditions) with the demo listings (``seeds/``) that a careful reader judges good
for them: places the coordinator would propose. The judgement was made by reading the
listings' text, schedules, places and targets — never by running the engine — and each persona
says why in ``why``. A persona with no good place is a real gap in the demo town: the right
answer is to say that nothing fits.

The judged set has four parts, reported apart: the sixteen personas below (``PERSONAS``),
eight added later (``personas_added.toml``) written as coordinators fill the need form — messy
notes in 関心 (「週1くらい、午後なら」「接客は無理」「土日のみ」) — and judged before the engine
was run on them, so they check changes made while looking at the first sixteen; and twelve
more (``personas_plan_form.toml``), people aged 8 to 85 with the constraints coordinators meet
(車いす, 夕方以降のみ, 送迎, 子連れ, 日本語が少し, 人が多いのは苦手, 費用をかけられない, 土日のみ,
就労に向けて), also judged before the engine was run on them; and eight more (``personas_weaknesses.toml``)
aimed at what was known to go wrong — a place whose 対象 joins groups (「外国につながる子ども」, a
親子 place for a child alone, a Japanese class for a Japanese youth), places a little beyond
what a travel mode stands for, 人が多いのは苦手 — judged the same way. ``--notes-only`` runs every
persona as if the coordinator had typed the days, times, cost and other conditions (少人数…)
only in 関心 and left those fields empty.

precision@5 of a persona = judged-good places among the first (up to) 5 suggestions shown,
divided by how many were shown; when nothing is shown it is 1 if nothing was judged good,
else 0. recall@5 = judged-good places among them / min(5, judged good). The script prints
each persona's figures (``--verbose``: its first five, ✓ judged good, ✗ not), the no-fit cases
(personas for whom the page says that fewer than three places fit), and last
``mean precision@5: X`` over all judged personas, after each part's means.
``--personas FILE.toml`` runs other personas instead.

Measured on the same personas and demo data (2 shared cores; the figure does not depend on
speed): before this change (main, commit f3c62ae) mean precision@5 0.60, recall@5 0.73;
after it 0.82, recall@5 0.69. The suggestions are fewer and fit better; places of the wanted
kind that meet none of the person's interests are listed apart when few fit, not counted.
Two persona inputs were corrected after the first run, without touching any judgement: the
dementia carer's need states weekdays only (its judgement already said 平日, and judged a
morning café good), and the 14-year-old uses the 13〜14 band the change added. The old
engine, run on the corrected inputs, still gives 0.60 / 0.73.

Fixes of general causes found with the weak personas (each has its own tests): a place of the
wanted kind whose 対象 names the person's group fits without their interests; conditions noted
in 関心 are no interest, and sentences give their kana and one-kanji nouns; a place in the
person's own 地区 meets a travel limit measured from that 地区's centre. Before (commit b7462a8)
→ after: the first sixteen recall@5 0.65 → 0.83, precision@5 0.82 → 0.75; the eight added
recall@5 0.75 → 0.85, precision@5 0.63 → 0.64.

Ages and notes (before: commit 9a9bae9 with the twelve plan-form personas added; the person's
age band checked against ages stated only in the description, against a range touching the
band in one year only, a child offered only places said to be for children; days, times and a
cost typed in 関心 used when the fields are empty). recall@5 / precision@5, before → after:
first sixteen 0.83 / 0.75 → 0.83 / 0.75; the eight added 0.85 / 0.64 → 0.97 / 0.66; the
twelve plan-form 0.83 / 0.61 → 0.85 / 0.70; all 36 0.84 / 0.68 → 0.87 / 0.71. With
``--notes-only`` (engine with the age checks, without and with reading the notes): the eight
added 0.71 / 0.45 → 0.82 / 0.61, the twelve 0.83 / 0.55 → 0.85 / 0.70, all 0.80 / 0.62 →
0.84 / 0.70.

Groups a listing's name or kind names (「外国につながる子どもの学習教室」「親子ひろば」, a 子育てひろば)
are ones the person must be in; a distance beyond a mode's 目安 is said as a straight line
against that 目安; a place stating no size is not said to be large. Before (commit c90e79e with
the eight weakness personas added) → after, recall@5 / precision@5: first sixteen 0.83 / 0.75 →
0.83 / 0.75; the eight added 0.97 / 0.66 → 0.97 / 0.66; the twelve plan-form 0.85 / 0.70 →
0.85 / 0.70; the eight weakness personas 0.81 / 0.57 → 0.81 / 0.61; all 44 0.86 / 0.69 →
0.86 / 0.70. Reading the travel modes' km as road distances (straight line × 1.2) was measured
and left out: first sixteen recall@5 0.83 → 0.78 (see ``matching.plans.TRAVEL_MODE_KM``).

Held out (``personas_heldout7.toml``, sixteen people written as coordinators fill the plan form:
a widow who stopped going out, 8050 at 40, a single mother free only on weekends, 不登校 at 17,
片麻痺 and 就労体験, a 技能実習生 free on Sundays, a carer with two hours, 午前は無理, 生活保護…)
and, written after the changes below, eight more (``personas_heldout7b.toml``), both judged
before the engine was run on them. Fixes of general causes found with the sixteen: a note's
words are the words it means (no 「どもの」 from 子どもの, 「きょう」 from きょうだい, 「将棋なら少し」;
歌うのは好き is 歌; 昔, 膝, 体力, お金 are no interest; 本 is not met by 日本人 or ご本人), and a
meeting that starts in the morning is no fit for someone free only later (unless 出入り自由, or
hours of six or more). Before (commit 79f1e91) → after, recall@5 / precision@5: the 44 earlier
personas unchanged part by part (written first 0.83 / 0.75, added 0.97 / 0.66, plan form
0.85 / 0.70, weaknesses 0.81 / 0.61); the sixteen held out 0.87 / 0.63 → 0.90 / 0.70; the
eight held out after them 0.88 / 0.47 on both engines, then 0.85 / 0.57 once 「経験」 (found
with them) is no interest either. ``--notes-only``: added 0.82 / 0.61 → 0.85 / 0.64, the
sixteen 0.87 / 0.63 → 0.90 / 0.70, the eight 0.88 / 0.47 → 0.85 / 0.57, the others
unchanged. What is left, mostly: a place of the
wanted kind whose 対象 names one of the person's groups fits without any of their interests
(暮らしの相談会 for a 技能実習生 who wants Japanese and friends, a 喫茶のおしごと体験 for a
17-year-old who asked for a 居場所); making age groups (高齢者, 若者) not count for that raised
precision@5 of all 68 to 0.74 but lost recall@5 0.87 → 0.81, so it was left out.

Held out again (``personas_heldout8.toml``, eighteen people written the way coordinators write
plans — 「午前は通院」「バス利用」「人が多いところは苦手」「女性のみ希望」, 本人「…」 in brackets —
and students who want to volunteer: a 高2 free only at weekends, a 大学2年 who wants to tutor, a
専門学校生), judged before the engine was run on them. First run: recall@5 0.70, precision@5
0.41. Fixes of general causes found with them: a time a note says is taken (「午前は通院」「平日は
部活」) rules it out like 「午前は無理」, and a bracket ends a note (「土日のみ（平日は部活）」 read as
every day); 「将棋なら」 is 将棋; 「仕事も探したい」 is 就労 and 「食べるものがほしい」 食料; 「バス利用」
and a bare 「(20)」 are no interest; a student's 「高校生」「大学2年」 is who they are, not an interest.
After: 0.74 / 0.47, the 68 earlier personas unchanged part by part (also with ``--notes-only``).
Measured and left out: (1) a place whose 対象 also says どなたでも fitting without any interest
only when it names no group of the person's (recall@5 of the 68 0.87 → 0.78, precision@5 0.68
→ 0.69: such places are judged good about as often as not); (2) for a need of ボランティア, a
place of another kind counting its 対象 and 対象年齢 as those it serves, not those who help (a
大学生 tutoring at a 中学生's study room): it changed none of the eighteen's figures, offered a
高校生 the 外国人のための暮らしの相談会 (its 通訳ボランティア), and, until places of the person's
other wanted kinds kept their 対象, put a 接客の練習 meant for others before a 58-year-old's
内職クラブ. What is left, mostly: places a little beyond a travel mode's 目安 (a
高校生 cycling 4.5 km to the one weekend children's volunteer role) are near misses, not
suggestions; a place open to everyone with no group named (福祉センターのラウンジ) no longer fits
once the person names an interest it does not mention.

Written after those fixes, ten more (``personas_heldout8b.toml``: a man hard of hearing who plays
囲碁, a 15-year-old in 中3 with LD, a carer free only on her mother's デイサービス days, an
84-year-old who needs 送迎…), judged the same way: first run recall@5 0.77, precision@5 0.42.
Fixes of general causes found with them: a school year or age in the note (「中3」「16歳」,
``matching.noted_age``) narrows the case's age band for 対象年齢 (the 15-year-old in 中3 got
nothing: the band 15〜19 shares one year with 中学生), and 「その日」「休みの日」 is no 日曜.
After: 0.90 / 0.54; the eighteen 0.74 / 0.47 and the 68 earlier unchanged part by part.

Last, six more written after all of the above and left as they first ran
(``personas_heldout8c.toml``): recall@5 0.52, precision@5 0.46. What they show: a place of the
wanted kind whose 対象 names one of the person's circumstances fits without their interests even
when it is meant for other ages (a 放課後まなび広場 for 子ども・生活困窮 offered to a man of 52
on 生活保護, a B型 作業体験 for 障害のある方・ひきこもり to a man with no disability). Making a
place whose 対象 names only other ages' groups (besides circumstances) no place for an adult,
as measured, cost far more than it saved (the 68 earlier recall@5 0.87 → 0.81, the eighteen
0.74 → 0.64), so it was left out.

Case notes (``personas_heldout9.toml``, seventeen people as coordinators write them in 関心:
「ASD（R4診断）」「自閉症スペクトラム」「発達障害の診断あり」「知的（療育手帳B2）」「精神の手帳2級」
「高次脳」「療育手帳A」, 8050, ヤングケアラー, 外国籍, 出所後, DV避難, 生保 — with the 対象 boxes
ticked as a busy coordinator ticks them), judged before the engine was run on them. First run:
recall@5 0.48, precision@5 0.37. Fixes of general causes found with them: such words put the
person in the 対象 they stand for (``matching.noted_groups``: 障害のある方, ひきこもり, 生活困窮,
介護をしている家族, 外国にルーツ), and the suggestion says which word (「対象に「障害のある方」
（メモ「ASD」より）」); they, and 出所・DV・通院…, are never interest words (said under every
suggestion, saved with an unmet need); for an adult, a children's place (対象 子ども・子育て世帯
only, besides circumstances) names the circumstance of the children it serves, so it is no place
meant for them (the 放課後まなび広場 for 子ども・生活困窮 offered to a man of 52 on 生活保護: the
narrow form of the age-group rule measured above); 「単身」「以後在宅」「母送迎可」「本人48歳」
「R5〜」「通信制高2」「場」 and 仕事 alone are no interest, 「編み物が好き」 is 編み物, 「人の少ない」
is 少人数; 「デイケア（月・金）」「透析（月水金）」 are days the person is not free (they were
read as the only days they could come), 「平日は生活介護に通所」 rules weekdays out, and 昼夜逆転
says nothing of the evening. After: recall@5 0.77, precision@5 0.57; the 102 earlier personas 0.83 / 0.62 →
0.83 / 0.62, the same part by part except held-out 8c 0.52 / 0.46 → 0.55 / 0.49 (the man of
52 on 生活保護 0.40 / 0.40 → 0.60 / 0.60). Left: a 対象 box left empty does not give the age
band's group (a 17-year-old is not offered the 若者のたまり場: opening and counting the age
band's groups (若者, 子ども, 高齢者) when the need names none changed neither figure of the
seventeen and traded recall for precision on one earlier persona, so it was left out).

Last, seven more case notes written after all of the above and left as they first ran
(``personas_heldout10.toml``: ダウン症, 統合失調症（手帳3級）, 特定技能, 仮釈放, 視覚障害,
境界知能…): recall@5 0.71, precision@5 0.65 (the engine before the case-note changes, commit
b146fc2: 0.43 / 0.43). What they show: a family member's diagnosis inside brackets with a
comma (「弟（小4、自閉症）」) is read as the person's, and opens places for people with
disabilities to his 16-year-old sister.

Case notes again (``personas_casenotes11.toml``, fifteen people as coordinators write them:
family lists with brackets 「弟（小4、自閉症）」「長男（47、ひきこもり）」「母（認知症、要介護2）を
介護中」「子（ASD・小2）」「夫がうつ」, 本人談, 〜とのこと, either/or times 「平日夕方か土日」
「午前中か、土曜なら午後も可」, 「パート（月水金 9時〜15時）」, 「日中は平日生活介護」, 夜勤明け,
子の送迎の合間, 小遣い程度, 送迎があれば — most with the 対象 boxes empty), judged before the
engine was run on them. First run: recall@5 0.30, precision@5 0.25. Fixes of general causes
found with them: a bracket after a family word is the family member's, commas and all, and so
is what follows 「夫が」「娘の」 up to the next 、 (``matching.noted_family``; caring with the
family member as its object, 「母を介護中」, stays the person's); days and times are read as
day × time pairs, so either/or and hours taken on some days are no longer one product
(「平日夕方か土日」 had left out Saturday mornings; 「パート（月水金 9時〜15時）」 had become
「月水金だけ」); 「午後から」 is the afternoon and evening, 「休みは基本土日」 the days a shift
worker can come; with no 対象 ticked and no group in the note, the age band gives one (若者,
高齢者, 子ども under 15), said as 「対象に「若者」（年代「15〜19歳」より）」. After: recall@5 0.82,
precision@5 0.62 (0.82 / 0.66 once a family member's bracket gives no interest word either,
below); the 126 earlier personas 0.82 / 0.61 → 0.82 / 0.62, the same part by part
except held-out 10 0.71 / 0.65 → 0.71 / 0.68 (the 技能実習生 free on Sundays, 「休みは日曜」).
Measured and left out: adding the age band's group also when the note names one (「ASD」
「療育手帳」) — recall@5 of this batch 0.82 → 0.86, but held-out 10's precision@5 0.68 → 0.60
(a 30-year-old with ダウン症 offered the 若者のたまり場 and the ぽかぽか before the ボッチャ).

Last, seven more written after all of the above and left as they first ran
(``personas_heldout11.toml``): recall@5 0.57, precision@5 0.44 (main before these changes:
0.21 / 0.14). What they show: 「夜勤明けは無理」 rules out the evening (夜勤 is read as 夜); a
bracket of days after a word that is no known occupation (「孫を預かっている（月水金の日中）」)
is read as the only days the person can come; 「介護のため離職」 puts no one among the carers.
Found with none of them but with the words the two batches showed under each suggestion
(「「ひきこもり」についての記載はない」 for a mother whose son is at home): what is in a family
member's bracket (「長男（47、ひきこもり）」「孫（小5、不登校）」「妻（認知症、施設入所中）」) is no
interest word — it was said under every suggestion and saved with an unmet need. That moved
case notes 11 to 0.82 / 0.66 and held-out 11 to 0.57 / 0.47; the 126 earlier are unchanged.

What held-out 11 showed, fixed: shift words (夜勤, 日勤, 遅番, 早番) limit no time of every day
(夜勤 is no 夜; 「日勤の日は夕方以降なら」 is said of days the note does not name); days in brackets
after minding someone (「孫を預かっている（月水金の日中）」) are taken, and a time said taken
leaves the times the note names free (「放課後は弟の見守り。平日夕方か土日なら」); 「介護のため
離職」 makes a carer; 本人談, 世帯, 同居, 〜とのこと are no interest; with no 対象 ticked, a
note that names only a circumstance (生保, 外国籍) of someone past 中学 keeps the age band's
group (a 24-year-old on 生保 gets the 若者のたまり場). Held-out 11 0.57 / 0.47 → 0.89 / 0.60,
case notes 11 0.82 / 0.66 → 0.86 / 0.66, held-out 10 and the rest unchanged.

Case notes of shift workers and carers (``personas_shifts12.toml``, sixteen: a care worker on
夜勤, a ベトナム国籍 worker on 交代勤務 with N4, a single mother on 遅番, a daughter who left work
to care, 中退 at 18 and at 22, a widow and a widower, two people just out of hospital, a mother
from the Philippines, ダブルケア…), judged before the engine was run on them. First run (with
the fixes above): recall@5 0.68, precision@5 0.41 (main at 5187e08: 0.60 / 0.39). Fixes of
general causes: 「フィリピン出身」「日本語N4」 are 外国にルーツ; the person's own young child
(「子（3歳）」「息子（小2）」「ダブルケア」) makes a 子育て世帯, and a parent or carer gets no age band
group; 「母（79、認知症初期）と同居」 is caring; 「通所リハ（火・金の午前）」 takes those times and
「土日休み」 names the days free; 退院, 杖, 骨折, 二人暮らし, 「義母90」 are no interest. After:
0.85 / 0.53; the 149 earlier unchanged part by part (also with ``--notes-only``, once a family
member's shift in brackets, 「母が夜勤（平日）」, stopped taking the person's weekdays: it had
dropped held-out 8c's precision@5 there 0.49 → 0.33).

Last, seven more written after all of the above and left as they first ran
(``personas_heldout12.toml``): recall@5 0.79, precision@5 0.57 (main at 5187e08: 0.57 / 0.39).
What they show: 「歌なら行くかもとのこと」 gives no 歌 and 「こもりがち」 gives こもり; 「イラストを
描くのが好き」 is read as 絵, met by 絵本 and お絵かき; 昼夜逆転気味 is an interest word; a 17-year-old
whose note says 「高校1年で中退」 is offered a 小中学生's 学びの部屋.

Case notes again (``personas_casenotes13.toml``, twenty-seven people aged 8 to 83 in all eight
地区, written as coordinators write 関心 — 「歌なら行ってもいいとのこと」「家にこもりがち（妻談）」
「昼夜逆転気味で午前は起きられない」「高校1年の6月で中退」「イラストを描くのが好き」「貯金が底を
つきかけ、家賃滞納」「第1子出産後3か月」「ヤングケアラー」「送迎があれば」「週末に行ける所」 — with
the 対象 boxes mostly empty), judged before the engine was run on them. First run: recall@5
0.58, precision@5 0.47. Fixes of general causes: a kanji before なら/や is a word (歌); katakana
glued to kanji is looked at alone (「ゲーム中心の生活」 → ゲーム); 「下がり」 gives no 下, a lone
の between family brackets no word; 生活, パート, こもりがち, 昼夜逆転, 中退, 難聴, 車あり, hours
(「9時〜13時」) are no interest; 勉強 is not met by the kind label 趣味・生涯学習, nor 絵 by 絵本,
and イラスト, お絵かき, 絵画 are 絵 (``synonyms.tsv``); 「滞納」「底をつき」 are 生活困窮, 「産後」
子育て世帯, 「こもりがち」 ひきこもり under 65; a young carer or a 不登校 child of 中学 age keeps
子ども; a school year said of the past (「高1で中退」「中2から」) is no age; 「午前は起きられない」
rules mornings out and 「体調が悪い」 wishes them out; a range ending at 13時 leaves the afternoon
free; 「週末に行ける所」 limits the days; each clause of 「…ので…」 says its own time; a
認知症カフェ's 高齢者 are people with dementia, not every older person; a near miss beyond the
limit says 「・送迎あり」 when the person asks for 送迎. After: 0.83 / 0.63. The 172 earlier:
no part falls; precision@5 of case notes 9 0.57 → 0.58 and of case notes 11 0.66 → 0.68,
held-out 7b 0.85 / 0.57 → 0.88 / 0.59 (the former carer), held-out 12 0.79 / 0.57 → 0.95 /
0.66 (the widower with 歌なら, the 17-year-old after 中退), shifts 12 one persona up (0.53 at two
decimals); all 172 0.82 / 0.61 → 0.83 / 0.62. Measured and left out: letting a
place with 送迎 through a walking limit (held-out 10's precision@5 0.68 → 0.62: its judge did
not count such places), opening children's places to a volunteer who would teach there (held-out
10's man with ダウン症 lost both weekend places), and dropping places that fit by 対象 alone
once three fit by interest (recall@5 of the 172 0.83 → 0.77).

Held out with them (``personas_heldout13.toml``, ten more, written before any of those changes
and run once, at the end): recall@5 0.77, precision@5 0.58 (the engine before these changes:
0.72 / 0.54). What they show: 「昼夜逆転気味」 still rules no morning out (a パソコン練習会 at
10時 led for a 19-year-old); a woman from the Philippines who wants someone to talk to is offered
the 多言語 food pantry and two 日本語 classes by 対象 alone; a 36-year-old mother gets the
パパとあそぼう ひろば.

Case notes again (``personas_casenotes14.toml``, twenty-six people aged 13 to 82 in all eight
地区: people who sleep through the morning — 「昼夜逆転気味」「昼過ぎに起きる」「午前中は寝ている
ことが多い」 —, wishes that say what the person wants — 「誰かとおしゃべりがしたい」「同じ立場の人と
話したい」 —, and people who want to help rather than be helped: a retired teacher, a former
保育士 and 看護師, a man just retired, a 会社員 free 「平日は19時以降、土日」, a 高校生, a
留学生), judged before the engine was run on them. First run: recall@5 0.67, precision@5 0.57.
Fixes of general causes: 「昼過ぎに起きる」「起きるのは昼ごろ」「午前中は寝ていることが多い」 rule
mornings out and 「昼夜逆転気味」 alone ranks them down, a family member's bracket left out;
「土日は空いている」 limits the days and 「平日夜と土日」 is two alternatives; when the need asks
for ボランティア and another kind, a place of that kind whose text names volunteers is open
whatever its 対象 and 対象年齢 (the retired teacher is offered the まなびや), said as
「ボランティアとして関われる場（対象: 子ども・生活困窮、中学生）」 where he could not join it for
himself; 間 (「デイサービスの間なら」), 立場, 丈夫 and 長年 glued to a noun (「長年畑を」) are no
interest. After: 0.76 / 0.63. The 208 earlier: no part falls; shifts 12 0.85 / 0.53 → 0.88 /
0.56, held-out 12 0.95 / 0.66 → 1.00 / 0.69, case notes 13 0.83 / 0.63 → 0.85 / 0.65; all
208 0.830 / 0.616 → 0.836 / 0.621. Measured and left out: a place that fits by 対象 alone
(no interest met) kept out when it is also a food or meal service the person did not ask for
(フードパントリー, こども食堂) — precision@5 of the weakness and plan-form personas up (0.61 →
0.68, 0.70 → 0.74) but recall@5 of the first sixteen 0.83 → 0.81, plan form 0.85 → 0.82, case
notes 9 0.77 → 0.75 (a parent asking for 子育て is well served by a 子ども食堂); ranking places
that meet an interest before those that fit by 対象 alone (first sixteen 0.83 / 0.75 → 0.81 /
0.73, shifts 12 0.88 / 0.56 → 0.83 / 0.52); reading 「体を動かすことなら」 as 運動 (case notes 13
precision@5 0.65 → 0.62); taking the last noun a place is about from any kanji run (held-out
12 1.00 / 0.69 → 0.86 / 0.53). What is left: a skill said (「料理は一通りできる」「日本語は
上手」) is read as a wish (a 留学生 fluent in Japanese is offered the にほんごひろば); 土いじり after
a kanji is not found; a place of the wanted kind far away by car that names 「ママ友」 comes before
the 親子ひろば next door.

Held out with them (``personas_heldout14.toml``, ten more, written and judged before any of
those changes and run once, at the end): recall@5 0.83, precision@5 0.66 (the engine before
these changes, commit 340669d: 0.76 / 0.60). What they show: a woman with 統合失調症 free
「デイケア（火・木）… ほかの日の午後」 gets only the しずかな部屋 (the 福祉センターのラウンジ, the
お茶会 and the 縁側 she could join are missed); a retired engineer who asked for ボランティア and
趣味・生涯学習 gets the 話し相手 and 農作業 volunteers beside the two スマホ places; a father on
育休 still gets the 産後 ママ's からだほぐし.

Case notes again (``personas_casenotes15.toml``, twenty-two people aged 17 to 81 in all eight
地区 whose notes say what they can already do — 「日本語は上手」「料理は一通りできる」「パソコン
は使える」「運転はできる」「英語が話せる」 —, fathers on 育休, 「家庭菜園と土いじり」, mothers by
car who want ママ友, and guards whose ability is what they want (将棋は三段) or who want to learn
(漢字を勉強したい)), judged before the engine was run on them. First run recall@5 0.64,
precision@5 0.46. Fixes of general causes found with them: a young child said with the age
first (「1歳の娘」「2歳の子の母」「生後6か月」), 育休 and ママ友 make the person a 子育て世帯 (four
mothers and fathers got no 子育てひろば at all); a note that says the person is a man (「育休中の
父親」「パパ。」, ``matching.noted_gender``) shuts places for women only, and the near miss says
「女性のみの場（メモ「育休中の父親」より）」; what the person can already do (``ABILITY``) is no
interest unless they want to help (ボランティア: 料理 is what they offer); a word of kanji and
kana after a kanji (「家庭菜園と土いじり」) is read, and 土いじり is a synonym of 畑 (a 畑の居場所
is 「つちいじりの会」). After: 0.75 / 0.53; the earlier parts unchanged except held-out 14's
chichikaigo50 (precision@5 0.80 → 1.00: the part 0.83 / 0.66 → 0.83 / 0.68).
What is left: a 留学生 fluent in Japanese still gets 若者 places and not the 多文化 ones first
(reading 留学生 as 外国にルーツ opened the にほんごひろば to him without any interest: left out);
by car, places far away that name 「ママ友」 still come before the 親子ひろば next door.

Held out with them (``personas_heldout15.toml``, eight more, written and judged before any of
those changes and run once, at the end): recall@5 0.77, precision@5 0.39 (main at f7e5efc:
0.53 / 0.26). What they show: ママ友 by car again (the 多文化ママ会, the 親子こども食堂 and the
からだほぐし far away before the 親子のへや next door); a man who can drive and would help with
送迎 or shopping gets the オレンジカフェ and 子ども食堂 helpers before the 買い物付き添い; a
university student who wants to tutor gets the 学び直し教室 (for those who study, not teach).

Held out first this time (``personas_heldout16.toml``, thirty-two case notes — 独居・要支援1・杖,
精神の手帳2級, 療育手帳B2・GH, 若年性認知症 (the person and a husband), 生保・断酒中, ヤングケアラー,
three 留学生, three mothers by car who want ママ友, two people who offer to drive — written and
judged from the listings before the engine was run on them or anything was changed, and not
tuned on after): recall@5 0.64, precision@5 0.50. Fixes of causes known before, measured on the
274 earlier personas: a place that fits only because its 対象 is the person's age (高齢者) and
offers none of their interests ranks 10 points lower (``Weights.by_age_alone``; counting 若者
and 子ども too lost held-out 8 and the first sixteen); 「ママ友」 is no interest word (it makes
the person a 子育て世帯, and every 親子ひろば is where ママ友 are made: by car, places 9 km away
that write ママ友 came before the one next door); for someone who wants to help, 運転/送迎 stand
for 付き添い, 買い物, 生活支援 and 配達; and, found when held-out 7 fell (a single mother was
offered the パパとあそぼう ひろば the ママ友 places used to push down), a place named for fathers
is not open to someone the note says is a mother (``matching.noted_gender.woman_noted``).
Before (commit 9f9b144) → after, recall@5 / precision@5: the original 171 (written first …
held-out 12) 0.838 / 0.619 → 0.842 / 0.621, all 274 earlier 0.820 / 0.609 → 0.831 / 0.620 (no
part falls; held-out 8b 0.90 / 0.54 → 0.97 / 0.58, case notes 14 0.77 / 0.63 → 0.80 / 0.66, case notes 15 0.75 / 0.53 → 0.78 / 0.57,
held-out 15 0.77 / 0.39 → 0.86 / 0.50); held-out 16 0.64 / 0.50 → 0.67 / 0.53 (the two
mothers by car and the 68-year-old who offers to drive). Measured and left out: capping the
distance scale of 車 and バス at 10 km (held-out 10 0.71 → 0.64, held-out 14 0.83 → 0.77);
reading 留学生 as 外国にルーツ (case notes 15 0.78 / 0.57 → 0.72 / 0.51: the fluent student is
offered the にほんごひろば, the 暮らしの相談会 and the 多言語 pantry), also with 「日本語は上手」
shutting the 日本語教室 (0.77 / 0.56: the pantry and 相談会 stay). What held-out 16 shows,
left as found: 「夜も可」 is read as evenings only (a man of 70 gets nothing); a person with
若年性認知症 himself gets nothing (no 対象 says him: 認知症カフェ are for carers and 高齢者); a
17-year-old 「祖母（認知症）の介護を手伝っている」 is not read as a carer; a parent's 「宿題」 meets
趣味・生涯学習 places through 勉強・学ぶ (a single mother is offered the 合唱クラブ); a place that
takes no referrals (the パソコン同好会) is never suggested; a 留学生 still gets the 若者 and
ひきこもり places before the 多文化 ones.

Held out first again (``personas_heldout17.toml``, thirty case notes — 独居・要支援・日中独居,
生保, ひきこもり歴, 療育手帳A, 精神手帳2級, two men with 若年性認知症, four carers, refusals
「カラオケはもういい」「体操はいい」「手芸はもういい」「歌はいい」, additions 「土日も可」「夜も可」
「夕方でも大丈夫」, a parent's 「子の宿題」 — written and judged from the listings before the
engine was run on them or anything was changed, not tuned on after): recall@5 0.706,
precision@5 0.446 before. Fixes of the causes held-out 16 showed (each with its tests):
「夜も可」「夕方でも大丈夫」「土日も可」 add a time to those the note names and alone limit
nothing (``matching.noted_times``), and 「水曜の午後は授業がない」 is a free afternoon;
「体操はいい」「カラオケはもういい」「人混みはちょっと」 are refusals (``interests.REFUSED``; 人混み
is 少人数), and a place about what the person declines ranks 15 points lower and says so
(``Weights.declined``); the person's own 若年性認知症 opens the 認知症カフェ as places for them
(``conditions.OWN_DEMENTIA``; 若年性 keeps a band of 60〜69 under 65, so no 高齢者 places);
「祖母の介護を手伝っている」 is a carer; a child's 宿題 or 勉強 in a note is 学習支援
(``interests.CHILD_STUDY``), not the parent's 勉強 that met every 趣味・生涯学習 place. Before
(commit 689a6ff) → after, recall@5 / precision@5: original 171 0.842 / 0.621 → 0.842 / 0.623;
all 274 earlier 0.831 / 0.620 → 0.834 / 0.624 (no persona falls); held-out 16 0.673 / 0.534 →
0.750 / 0.637; held-out 17 0.706 / 0.446 → 0.763 / 0.512. Measured and left out: 「在宅介護」
as a carer's word (held-out 16's wife of a man with 若年性認知症 up, an 80-year-old carer in
case notes 13 down, recall@5 0.80 → 0.40). What held-out 17 shows, left as found: a father asking
for his 中1's study room gets 子ども食堂 but not the 中学生's rooms (their 対象 子ども is not the
parent's); a grandmother minding her grandchild gets no 親子ひろば (孫 makes no 子育て世帯); a
man of 62 with 若年性認知症 who wants a role gets the 託児 and 子ども食堂 volunteers; a mother of
34 on 生保 gets the 若者 places first; 写真 meets the スマホ教室; 「夜なら出られるかも」 is read as
evenings only; the パソコン同好会 (no referrals) is still never suggested.

Held out first once more (``personas_heldout18.toml``, thirty-one case notes — grandparents
minding a grandchild, fathers (父子家庭・育休中), students, a 技能実習生 and a ネパール cook,
workers on nights and three shifts, 独居・要支援・日中独居・認知症の疑い・手帳・生保・断酒中 —
written and judged from the listings before the engine was run on them or anything was
changed, not tuned on after): recall@5 0.533, precision@5 0.479 before. Fixes of the causes
held-out 17 showed (each with its tests): a parent's need for a child's study (「中1の娘の勉強を
見てもらえる所」) is checked for the child (``matching.noted_child``: 対象 子ども, the child's
school year; a place open only through the child meets after school or at the weekend unless
不登校, and holds the child's school year when the note says it — an ageless room is then a
near miss); a grandparent minding a grandchild under school age (「孫（1歳）を預かっている」)
is offered the 子育て places (``noted_groups.minding_grandchild``; no listing of the demo town
says 祖父母も歓迎, so the ひろば's own 対象 子育て世帯 is what opens them); an adult who heads a
母子世帯・父子家庭 (「ひとり親」), or whose child is written 「子 小4」, is a parent, not a 若者
by age; for a person with dementia of their own, roles minding children or carried out alone
rank 15 points lower and say so (``conditions.roles_with_children_or_alone``); 写真 and 動画
at a place for learning a phone are the phone's (``interests.PHONE_FEATURES``); a hedged time
(「夜なら出られるかも」) is a 希望, not the only time. Before (commit f34b211) → after,
recall@5 / precision@5: original 171 0.842 / 0.623 → 0.842 / 0.623; all 274 earlier 0.834 /
0.624 → 0.834 / 0.624; held-out 16 0.750 / 0.637 → 0.757 / 0.639; held-out 17 0.763 / 0.512 →
0.817 / 0.530; held-out 18 0.533 / 0.479 → 0.605 / 0.517. Measured and left out: opening every
study room in reach to a parent whatever it says of ages (held-out 16's mother of a 小3
0.67 → 0.40: a 中学生's room and two ageless ones came before the food pantries); 「体を動かす
のが好き」 as 運動, with 「二人暮らし」's 暮らし as no interest (case notes 9 0.77 / 0.58 →
0.72 / 0.52; 二人暮らし alone moved two personas, one up, one down). What held-out 18 shows, left as
found: 「母（認知症）を介護。」 (介護 as a noun at the end of a clause) makes no carer, so a son
of 50 got no 認知症カフェ; 「孫（3歳）を火・木に預かっている」 (days between) is not read as
minding; a Japanese grandmother and a father on 育休 are offered the 多文化ママ and ふたご
会 (groups their names imply but 対象 does not say); a carer of 74 gets the general salons
before the one place for carers; 写真 finds no 野鳥観察 or 里山あるき (their text says no
写真); a man of 58 on 生保 who wants 畑仕事 gets the 商店街 and 説明会 first.

Held out first once more (``personas_heldout19.toml``, twenty-six case notes — carers whose
note ends a clause on 介護 (「父（認知症）を介護。」), grandparents minding a grandchild on named
days, fathers on 育休 and 父子家庭, a mother of twins, Japanese, Filipina and Nepali mothers,
men on 生保 who want 畑仕事 or 土いじり, 独居・要支援・不登校・ひきこもり・手帳・技能実習生 —
written and judged from the listings before the engine was run on them or anything was
changed, not tuned on after): recall@5 0.670, precision@5 0.412 before. Fixes of the causes
held-out 18 showed (each with its tests): a family member the person cares for with 介護
ending the clause (「母（認知症）を介護。」「妻（要介護2）を在宅介護」) makes a carer, not
「母を介護施設に」「父を介護認定」 (``noted_groups``); the days between 孫 and the minding
(「孫（3歳）を火・木に預かっている」) are read (``noted_groups.minding_grandchild``); a place
named for twins or single parents (ふたご・みつごの会, シングル…) is open only when the note says
so, one named for mothers closed when the note says a man (「育休中の父」「妻は復職」), one named
for fathers when it says a woman (「夫は飲食店」「母子家庭」), each a near miss that says why
(``noted_gender.named_parents_closed``; a note that says neither leaves both open, and a place
whose 対象 says どなたでも stays open to all); a carer is offered the places for carers before
those named only for their age (高齢者・若者); 「畑仕事がしたい」 is 畑仕事, not a wish for 就労
(``interests``). Before (commit c0bcb98) → after, recall@5 / precision@5: original 171 0.842 /
0.623 → 0.842 / 0.629; all 274 earlier 0.834 / 0.624 → 0.834 / 0.629; held-out 16 0.757 /
0.639 → 0.765 / 0.639; held-out 17 0.817 / 0.529 → 0.817 / 0.529; held-out 18 0.605 / 0.517 →
0.709 / 0.598; held-out 19 0.670 / 0.412 → 0.853 / 0.544. Measured and left out: a name saying
多文化 as one more word for 外国にルーツ — the 多文化ママの子育ておしゃべり会 says 「外国出身の保護者と
日本人の保護者が」, and a Japanese mother of case notes 13 was judged right to be offered it
(original 0.842 → 0.836 through the 種類 「多文化」 of every 子ども食堂 for 外国にルーツ too);
requiring a note to say a man before a place for fathers (a father of the plan form whose note
says only 「子どもを遊ばせたい」 lost the パパ ひろば); a place named only for 生活困窮 put after
the interests of a person on 生保 (original 0.842 / 0.629 → 0.826 / 0.616). What held-out 19
shows, left as found: 「姉が母を介護している」 still makes the person a carer (the を between
keeps the subject unseen); a 13-year-old who does not go to school gets the evening study rooms
after the daytime one.

Held out first once more (``personas_heldout20.toml``, twenty-five case notes aimed at what
held-out 19 and the coordinators left misread — a family member who is the carer (「姉が母を
介護している」「妹が父の介護をしており」「息子夫婦が夫の介護」) beside people who care themselves
(私が/本人が), 写真 as a hobby, 不登校 children whose note says when they go out, Japanese
grandmothers minding a grandchild, 留学生 — judged from the listings before the engine was run
on them or anything was changed), and eight more (``personas_heldout21.toml``) written with
them and run once, at the end. Fixes (each with its tests): a family member caring for another
makes no carer of the person (``noted_groups``); 写真, カメラ, デジカメ, 一眼レフ, 撮影 and フォト
are one interest (``synonyms.tsv``), said once (``engine._one_per_meaning``), and 趣味 is no
interest (it met every 趣味・生涯学習 place, so the 野鳥観察 nearest home led a 写真 hobbyist);
「夕方〜夜」 is from 夕方 on, 「夕方〜夜の方が出やすい」「夜は早く寝てしまう」 are read, and a time
the note sets against time at home (「昼間は家にいる。夜なら行けるかも」) comes first
(``NotedTimes.contrasted``, ``Weights.other_time``); a 多文化 place whose 対象 names 外国にルーツ
and not どなたでも comes after the others for a person whose note says no roots abroad
(``Weights.foreign_focus``), and is closed to a grandparent minding a grandchild
(``noted_gender``); 「ベトナムからの留学生」 is 外国にルーツ, and then the 若者 the age band adds
says only how old; 交流 is not met by the kind 多文化交流. Before (commit 3026a38) → after,
recall@5 / precision@5: original 171 0.842 / 0.629 → 0.843 / 0.632; all 393 earlier 0.819 /
0.614 → 0.820 / 0.617; held-out 20 0.670 / 0.410 → 0.710 / 0.415; held-out 21 (once, at the
end) 0.594 / 0.500 → 0.719 / 0.575; all 426 0.806 / 0.600 → 0.811 / 0.604. Two personas fell:
a carer who said 「囲碁が趣味だった」 (0.67 → 0.50 precision: a carers' salon came in where
趣味 had brought a second 囲碁 place) and a Japanese mother of held-out 16 for whom the
多文化ママの会 was judged good (1.00 → 0.80). What is left, mostly: the 暮らしの相談会 and a
フードパントリー fit a 留学生 who asked for 交流 (a place of the wanted kind meant for their group
fits without their interests); a photo hobbyist whose note names no phone is not offered a
phone class's photo course; 「妻が義父の介護をしており…料理を覚えたい」 got only an
オレンジカフェ (held-out 21); 「中2女子」「1年以上」 are read as interest words.

Held out once more (``personas_heldout22.toml``, fifteen case notes aimed at what the
coordinators saw misread — school-age notes full of grades and spans (「中2女子」「1年以上」
「週1」「2回目」「3か月」「小5」), a phone and 写真, older carers who play 囲碁, a family member
who is the carer beside a person who wants 料理 or 書道, 留学生 asking for 交流 — judged from
the listings before the engine was run on them or anything was changed), and six more
(``personas_heldout23.toml``) written with them and run once, at the end. Fixes (each with its
tests, ``tests/matching/test_case_note_reading.py``): a note's grades with who the child is,
its spans and counts (「中2女子」「1年以上」「3か月前」「2回目」「半年ぶり」) and the 出 of
「出やすい」 are no interest (``interests._CASE_NOTE``); a family member's caring (「妻が義父の
介護をしており」) gives no 介護 (``noted_groups.without_others_caring``); a note that names a
phone (スマホ, 携帯) meets a phone class's 写真 (``interests.WordsMet``), and its explanation no
longer says 「『写真』についての記載はない」; a place not meant for the person is called a
children's place only when it is one (``conditions.childrens_place``: not 真鍋 囲碁クラブ for a
carer); a 留学生's 対象 alone makes no fit of a place for 外国にルーツ・生活困窮. Before (commit
c20dbed) → after, recall@5 / precision@5: original 171 0.843 / 0.632 → 0.843 / 0.632; held-out
20 0.710 / 0.415 → 0.720 / 0.439; held-out 21 0.719 / 0.575 → 0.719 / 0.575; held-out 22 0.606
/ 0.353 → 0.606 / 0.357; held-out 23 (once, at the end) 0.639 / 0.397 → 0.639 / 0.397; all 447
0.802 / 0.593 → 0.803 / 0.594. Most of these fixes change what a suggestion says, not which
places come first. Left as found: a man of 60代 whose note says 定年退職 is not offered the
男の台所サロン (対象 高齢者 only, and 65 splits the band); the 城北町 書道教室 takes no
referrals, so a woman who asked for 書道 is offered none; 「日本の料理」 gives 日本, met by every
日本語 place.

Retired people in their 60s (``personas_words21.toml``, seven: 「定年退職して半年。近所に知り合い
なし。料理を覚えたい」, 「本人「俺は釣りが趣味」」 in a town with no fishing club, 囲碁, 卓球,
パソコン, 畑, and a widow of 68) and six held out with them (``personas_heldout24.toml``: 早期退職,
「わしは盆栽が趣味」, 看護師を定年退職, 「昔から将棋」, a volunteer who cooks, 再雇用 and walking),
all judged before any change. Fixes: 「定年退職」 in the 60代 band opens the 高齢者 places
(``noted_groups``), neither as a place meant for the person nor past an age a place states
(「65歳以上」); 「俺は釣りが趣味」「趣味は釣り」 keep 釣り (said under each suggestion, saved with
the unmet need and counted by area); 定年後 and 「近所に知り合いなし」 are no interest (「知り合いが
いない」 as places write it for newcomers stays); 「昔から将棋」 is 将棋 (found with held-out 24).
recall@5 / precision@5, main (bb28c3e) → after: the 447 earlier personas 0.804 / 0.596 → 0.807 /
0.597 (no persona lower; four retired or cooking personas higher, e.g. otoko67-ryouri 0.00 →
0.50); words 21 0.55 / 0.33 → 0.62 / 0.36; held-out 24 0.53 / 0.41 → 0.61 / 0.37 at its one
run, 0.78 / 0.53 after the 昔から fix it showed. Left: a 高齢者 place meeting none of the
person's interests still fits a man whose only interest (釣り) no place meets, so the page does
not say that few fit; the 60代 widow with no retirement noted gets no 高齢者 サロン (the band
alone cannot say 65); the パソコン同好会 a retired man wanted takes no referrals (judged good by
mistake: its 受け入れ was not read).

Widowed, bored and comparing (``personas_words22.toml``, eight case notes judged before any
change: 「R7.3に夫と死別、独居。本人「誰かとおしゃべりしたい」」, 「67歳。夫を亡くして1年」,
「妻と死別後、独居」, 「母の介護が終わって3か月。ぽっかり穴が空いたよう」, 「本人「碁会所みたいな所
なら」」, 「毎日たいくつ」). The widow of 68 of words 21 got nothing because her case records 60代
(there is no 65〜69 band: 65 splits 60代, and a note's 「68歳」 already makes her 高齢者 —
with it she got 0.75 / 1.00 before any change) and because her 茶の間 and 手芸の居場所 do not
write おしゃべり. Fixes: being widowed in the 60代 band opens the 高齢者 places, as 定年退職 does
and with its limits (``noted_groups._WIDOWED``); talking, when it is all a note asks
(「おしゃべりできる所」「人と話したい」), is met by any サロン or 居場所 (``interests.TALK_WORDS``);
「碁会所みたいな所」 is 囲碁, 「雀荘」 麻雀. recall@5 / precision@5, before (commit f5ff818) →
after: all 468 0.799 / 0.591 → 0.804 / 0.593; words 21 0.62 / 0.36 → 0.76 / 0.50
(otto-nakushi-tsuwa 0.00 → 1.00); words 22 0.51 / 0.49 → 0.70 / 0.51. Lower: otto-naku-uta-dairoku
(held-out 22) 0.50 → 0.33 precision: the 下高津 おしゃべりサロン (高齢者, sings 唱歌) is now open to
a widow of 65 who walks, 2.5 km away with distance only 希望; kafu-daini-oshaberi precision 1.00 →
0.60 as recall rose 0.25 → 0.75. Measured and left out: reading 「体を動かすのは嫌いではない／好き」
as 運動 (a boy who likes 体を動かす and a man with 若年性認知症 were offered every sport first).
Five held out with them (``personas_heldout25.toml``: a widow who sang 民謡 and stays in, 66 and
no longer driving who wants お茶飲み友達, 将棋 in the 70s, 早期退職 and 毎日たいくつ, a mother new
in town for rainy days), run once at the end: 0.50 / 0.28, the same as before the change. What
they show: 「昔は民謡をやっていた」 gives no 歌 (0.00: a 野鳥 walk and a スマホ教室 came first);
「1歳児の母…雨の日に行ける室内の場所」 gets no fit at all (0.00); 「お茶飲み友達がほしい」 reads
お茶飲, 茶飲 and 友達, and 友達 fits the 男の台所サロン. Fixed after that one run: 「1歳児の母」
「2歳児ママ」 are 子育て世帯 (``noted_groups``): held-out 25 0.50 / 0.28 → 0.70 / 0.40
(ame-hiroba-daini 0.00 → 0.60), all 473 0.801 / 0.589 → 0.803 / 0.591, no persona lower; and
民謡・唄 are 歌 (``synonyms.tsv``): held-out 25 → 0.85 / 0.52 (minyou68-daigo 0.00 → 0.60), all
473 → 0.804 / 0.592, no persona lower, the 831 queries unchanged (0.815).

Constraints that decide the answer (``personas_words24.toml``, eight case notes judged before any
change: 「R6.5交通事故（脊損）で車いす。送迎がないと行けない」, 「工場で交代勤務（２交替）。休みは
土日のみ。健診で運動不足と言われた」, 「生活保護受給中。本人「金のかかる所は無理」」, 若年性認知症
at 58, 不登校 at 13 who draws, a Filipina mother with little Japanese and 「2歳の男の子」,
「大学中退後、20年近くほぼ家…人と話さなくていい作業なら」, a carer free 「デイの日（火・金）の午前
中、２時間くらい」). Fixes (``tests/matching/test_words24.py``): 脊損・片麻痺… are 障害 and
「中退後…ほぼ家」 ひきこもり (``noted_groups``), so the 作業体験 for them are open; 「2歳の男の子」 is a
子育て世帯; days in brackets keep the time after them; 「金のかかる所は無理」 is a ceiling of 0;
「工場で交代勤務」「健診」「車の運転をやめた」 are no interest and 運動不足 is 運動; 「お茶飲み友達
がほしい」 is お茶飲み and talk (its 友達 put the 男の台所サロン among a widow's first five).
recall@5 / precision@5, before (commit b1be030) → after: words 24 0.39 / 0.26 → 0.78 / 0.51;
the 473 earlier personas unchanged, each one (0.804 / 0.592); all 481 0.804 / 0.591, with the
held-out 26 all 486 0.805 / 0.589. Left:
kangoshi-teinen-uta-dairoku (0.40) and otto-naku-uta-dairoku (0.33) already show their only
judged-good places first (recall 1.00) — with two and one judged good, five and three shown, that
is the most precision@5 can be; the 若年性認知症 man is offered volunteer roles before the
認知症カフェ meant for him (0.20), and the 13-year-old the study rooms for children (0.20).
Five held out with them (``personas_heldout26.toml``: a man whose wife is in hospital, a
Vietnamese night-shift worker free on weekday evenings, a boy of 10 alone after school, a woman
of 81 hard of hearing who knits, a man on 生活保護 off alcohol who wakes at four), run once at the
end: 0.87 / 0.47, the same on the code before these changes.

When the person can come and what they can pay, as coordinators note it
(``personas_casenotes16.toml``, fifteen case notes judged before any change: 「空いているのは平日の
夜」, 「仕事終わりが18時なので平日は夜7時から。休みは日曜」, 「平日は19時以降しか動けない。土日は
娘と」, an early riser 「朝4時には目が覚める」「朝は早い（4時起き）。午後は昼寝するので出ない」,
「午後は孫（小1）の学童の迎え」, 「会費は月千円まで」「小遣いは月2千円くらい」, and 若年性認知症 at
56 and 59 wanting a role). Fixes (``tests/matching/test_noted_times.py``,
``tests/matching/test_casenotes16.py``): the time the person has said as the subject and a
clock time from which they can come limit as 「…なら」; a limit said of weekdays leaves the
weekend unless another statement names the days; an early riser is a 希望 for mornings (nothing
removed, and said: 「日曜午前に開催（メモ「朝4時には目が覚める」より）」); a child to fetch and a
nap take that time, and 夕方 taken is the evening only; ceilings in kanji (千円, 五百円) and said
as what the person has to spend are read — like every ceiling typed in the note, a 希望 that
ranks and is said, removing nothing; 若年性認知症 with 就労 wanted opens the 作業体験 for 障害の
ある方; 「妻が車で送迎」「送迎可」 is being driven, no offer to drive; 元 (formerly) and who brought
the case (「母より相談」) give no interest; a person with dementia who asks for a role
(「何か役割がほしい」「まだ働ける」) gets the roles before a 認知症カフェ where they would only sit
(no judged persona moved: their words already put the roles first). recall@5 / precision@5,
before (commit 3ed74d9) → after: case notes 16 0.638 / 0.444 → 0.844 / 0.614; the 486 earlier
0.805 / 0.589 → 0.805 / 0.590 (held-out 18's ani-sobo-kaigo-koko1 and held-out 26's
yakin-vn28-kanji up; one lower: mago-sewa70-dairoku precision@5 0.67 → 0.50, recall 1.00 — 「平日
夕方は孫（小2）の世話で無理」 was read as weekday afternoons and evenings being her only time, now
as taken, which lets in a Friday-morning うたごえサロン the judgement did not list); all 501
0.800 / 0.585 → 0.806 / 0.591. ``--notes-only``: all 501 0.798 / 0.584 → 0.805 / 0.590, the
same persona lower. Left: a woman up at five whose note also says 「午後は孫の迎え」 still has a
子ども食堂 at 17時 second (the early riser ranks only when nothing plainer is said: ranking the
evening down there changed no figure, so it was left out); a 若年性認知症 woman who also wants to
talk with others like her has the 料理 places of other kinds before the 認知症カフェ.
Six held out with them (``personas_heldout27.toml``: a nurse whose days off are 水・土, a night
guard free 「平日の昼過ぎから夕方まで」 who plays 囲碁, 若年性認知症 at 60 who can still farm, a
widow who can pay 「一回百円くらいまで」, a single mother free after 17時 with her daughter, a man
of 81 up before five), judged before the engine was run on them: first run 0.967 / 0.683 (0.933
/ 0.650 on the code before these changes). They showed the か of から splitting 「昼過ぎから夕方
まで」 into two alternatives (Saturday's 囲碁 offered) and 「百円」 unread, both fixed: held-out 27
0.967 / 0.725, the 501 others unchanged.

Held out 28 (``personas_heldout28.toml``, fourteen case notes: 独居・要支援1 with 「お茶代は月500円
まで」「バス停まで歩けない」, 生保 and ひきこもり歴5年, MCI refusing 「ボケ扱いされる所」, a single
mother whose 「子（小1、ADHD）」, a husband free on 「妻のデイ（月水金）の日の日中」, 介護離職 with 土日
free, a woman up at 5 who fetches her grandchild in the afternoon…), judged before the engine
was run on them: first run recall@5 0.875, precision@5 0.517. Fixed after, judgements
untouched: a child fetched in the afternoon (「午後は孫の保育園のお迎え」) takes that evening too
(a 子ども食堂 at 17時 had come first or second for two such women); a month's budget (「月千円
まで」「小遣いは月2千円」) is set against the fee times how often one would come (up to once a
week: a weekly 250円 うたごえ is about 1,000円, over 「月500円」), and the reasons say the month's
sum; days in brackets followed by 「の日の日中」 are the days to go (「妻のデイ（月水金）の日の日中
だけ空く」 had lost its days, and a Saturday café led); 「弟（小4、自閉症）の見守り」 keeps 弟 for
the times reader (``without_family``; the interests reader still drops it: 子 alone read as an
interest lowered three earlier personas when tried). Held-out 28 0.875 / 0.517 → 0.875 / 0.553;
the 507 earlier 0.808 / 0.592 → 0.808 / 0.592 (case notes 16's asa5ji68-daiichi-ryouri 0.25 →
0.33, none lower); all 521 0.810 / 0.591. Left: an 80-year-old whose note says only 「午後は
昼寝」 is still offered an evening フットサル; 「土日は弟が見てくれる」 says no days; a student
wanting food is offered 子ども食堂 (no adult 生活困窮 place in the demo town but one).

Held out 29 (``personas_heldout29.toml``, ten case notes on what held-out 28 left: MCI refusing
「ボケ扱い」 and 「認知症の集まり」, 「脳トレとか認知症カフェは「行かない」と拒否」, days said as
「月・木は出られる」「火と金なら」「水・土OK」, 「土日は弟が見てくれる」「日曜は夫が子どもを見て
くれるので一人で」, 84 with a cane, 81 wanting to move, a student of 20 short of food), judged
before the engine was run on them: first run recall@5 0.717, precision@5 0.325. Fixed after,
judgements untouched: days said with what the person can do on them, or made free by someone
minding the family member, are the days to go (the latter had taken Sunday from a mother);
「水・土OK」 and 「夕方から夜」 are no interest words; 「行かない」「行きたくない」「拒否」「嫌がる」
decline what they follow, quoted apart or listed with とか, and 「ボケ扱い」 declines the places
about 認知症 (a 認知症カフェ had come third); a child minded by someone else makes the person no
parent there; from 75 a place for フットサル or running comes after the other fits, and from 18
(「大学1年」 now says 18) a 子ども食堂 that does not welcome adults alone comes after them for an
adult without a child — each says why. Held-out 29 0.717 / 0.325 → 0.717 / 0.430; the 521
earlier 0.810 / 0.591 → 0.813 / 0.593 (held-out 28's mci76-dairoku-igo and
kaigo-rishoku58-niihari, shifts 12's man22, held-out 18's freeter27 and 20's otto-gibo up; none lower); all
531 0.808 / 0.586 → 0.811 / 0.590. Left: 城北町の書道教室, the one Sunday place for the mother,
takes no referrals (no fit); 杖歩行 at 84 still has two hours' 湖岸ウォーキング near the top.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from directory.models import Area, Category, Listing, Target
from geo.distance import geodesic_km
from matching.engine import Origin, TermIndex, suggest
from matching.models import AgeBand, TimeSlot, TravelMode
from matching.noted_conditions import conditions_noted
from matching.noted_cost import noted_cost
from matching.noted_times import when_noted
from matching.plans import NeedData
from matching.profiles import load_table
from matching.text import SearchTerms
from seeds.loader import load_demo
from webapp import migrations

TODAY = date(2026, 11, 23)
SEED_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
WEEKDAYS = (0, 1, 2, 3, 4)
AM, PM, EVE = TimeSlot.MORNING, TimeSlot.AFTERNOON, TimeSlot.EVENING
TOP = 5
ADDED_PERSONAS = Path(__file__).with_name("personas_added.toml")
PLAN_FORM_PERSONAS = Path(__file__).with_name("personas_plan_form.toml")
WEAKNESS_PERSONAS = Path(__file__).with_name("personas_weaknesses.toml")
HELDOUT7_PERSONAS = Path(__file__).with_name("personas_heldout7.toml")
HELDOUT7B_PERSONAS = Path(__file__).with_name("personas_heldout7b.toml")
HELDOUT8_PERSONAS = Path(__file__).with_name("personas_heldout8.toml")
HELDOUT8B_PERSONAS = Path(__file__).with_name("personas_heldout8b.toml")
HELDOUT8C_PERSONAS = Path(__file__).with_name("personas_heldout8c.toml")
HELDOUT9_PERSONAS = Path(__file__).with_name("personas_heldout9.toml")
HELDOUT10_PERSONAS = Path(__file__).with_name("personas_heldout10.toml")
CASENOTES11_PERSONAS = Path(__file__).with_name("personas_casenotes11.toml")
HELDOUT11_PERSONAS = Path(__file__).with_name("personas_heldout11.toml")
SHIFTS12_PERSONAS = Path(__file__).with_name("personas_shifts12.toml")
HELDOUT12_PERSONAS = Path(__file__).with_name("personas_heldout12.toml")
CASENOTES13_PERSONAS = Path(__file__).with_name("personas_casenotes13.toml")
HELDOUT13_PERSONAS = Path(__file__).with_name("personas_heldout13.toml")
CASENOTES14_PERSONAS = Path(__file__).with_name("personas_casenotes14.toml")
HELDOUT14_PERSONAS = Path(__file__).with_name("personas_heldout14.toml")
CASENOTES15_PERSONAS = Path(__file__).with_name("personas_casenotes15.toml")
HELDOUT15_PERSONAS = Path(__file__).with_name("personas_heldout15.toml")
HELDOUT16_PERSONAS = Path(__file__).with_name("personas_heldout16.toml")
HELDOUT17_PERSONAS = Path(__file__).with_name("personas_heldout17.toml")
HELDOUT18_PERSONAS = Path(__file__).with_name("personas_heldout18.toml")
HELDOUT19_PERSONAS = Path(__file__).with_name("personas_heldout19.toml")
HELDOUT20_PERSONAS = Path(__file__).with_name("personas_heldout20.toml")
HELDOUT21_PERSONAS = Path(__file__).with_name("personas_heldout21.toml")
HELDOUT22_PERSONAS = Path(__file__).with_name("personas_heldout22.toml")
HELDOUT23_PERSONAS = Path(__file__).with_name("personas_heldout23.toml")
WORDS21_PERSONAS = Path(__file__).with_name("personas_words21.toml")
HELDOUT24_PERSONAS = Path(__file__).with_name("personas_heldout24.toml")
WORDS22_PERSONAS = Path(__file__).with_name("personas_words22.toml")
HELDOUT25_PERSONAS = Path(__file__).with_name("personas_heldout25.toml")
WORDS24_PERSONAS = Path(__file__).with_name("personas_words24.toml")
HELDOUT26_PERSONAS = Path(__file__).with_name("personas_heldout26.toml")
CASENOTES16_PERSONAS = Path(__file__).with_name("personas_casenotes16.toml")
HELDOUT27_PERSONAS = Path(__file__).with_name("personas_heldout27.toml")
HELDOUT28_PERSONAS = Path(__file__).with_name("personas_heldout28.toml")
HELDOUT29_PERSONAS = Path(__file__).with_name("personas_heldout29.toml")


@dataclass(frozen=True)
class Persona:
    key: str
    who: str  # the person, as the coordinator would describe them
    age_band: str  # matching.models.AgeBand value
    area: str  # 地区 code: distances are measured from its 公民館
    need: dict[str, Any]  # NeedData fields
    good: frozenset[str]  # seed keys of the places judged good
    why: str  # the judgement, in short
    preferred: tuple[str, ...] = field(default=())  # conditions marked 希望 (the rest 必須)


PERSONAS = [
    Persona(
        "8050",
        "8050世帯: 52歳の息子。20年近く自室で過ごす。80代の母と第四地区に住む。自転車は乗れる",
        "50s",
        "daiyon",
        {
            "title": "人の少ない場所で、週1回家の外で過ごす",
            "categories": ("ibasho",),
            "interests": "囲碁 読書",
            "targets": ("hikikomori",),
            "weekdays": WEEKDAYS,
            "time_slots": (PM,),
            "travel_mode": TravelMode.BICYCLE,
            "cost_ceiling_yen": 300,
            "conditions": ("small_group", "trial_visit"),
        },
        frozenset(
            {
                "a-hidamari-pokapoka",  # ひきこもり経験者の居場所、木曜午後、近所
                "a-hidamari-shizuka",  # 紹介制の2〜3人の部屋
                "a-fukushi-center-lounge",  # 予約不要、囲碁・本、平日午後に相談員
                "b-manabe-igo",  # 囲碁、出入り自由、初心者に手ほどき
            }
        ),
        "ひきこもりの人向けの居場所と、囲碁・読書ができて出入り自由な場。"
        "高齢女性のお茶会や若者向け(15〜39歳)の場は合わない。",
    ),
    Persona(
        "young-carer",
        "ヤングケアラー: 16歳の高校生。病気の母と小学生の弟の世話。第六地区(荒川沖)",
        "15_19",
        "dairoku",
        {
            "title": "同じ年ごろの人と過ごせる息抜きの場",
            "categories": ("ibasho",),
            "interests": "ゲーム おしゃべり",
            "targets": ("youth", "carers"),
            "weekdays": (0, 1, 2, 3, 4, 5),
            "time_slots": (PM, EVE),
            "travel_mode": TravelMode.BUS,
            "cost_ceiling_yen": 0,
        },
        frozenset({"a-workbridge-tamariba"}),  # 15〜39歳、ボードゲーム、話しかけない
        "若者のたまり場だけ。中学生までの学習会や、高齢者・子育て向けの場は合わない。"
        "ヤングケアラー同士の場はデモの町にない(狭間のニーズ)。",
    ),
    Persona(
        "single-mother",
        "ひとり親: 30代の母。小学2年と4歳の子。パートで夕方まで働く。第二地区",
        "30s",
        "daini",
        {
            "title": "平日の夜、親子で夕ごはんを食べられる場所",
            "categories": ("kodomo_shokudo",),
            "interests": "夕ごはん",
            "targets": ("parents", "low_income"),
            "weekdays": WEEKDAYS,
            "time_slots": (EVE,),
            "travel_mode": TravelMode.BICYCLE,
            "cost_ceiling_yen": 300,
        },
        frozenset(
            {
                "a-takatsu-kodomo-shokudo",  # 水曜夕方、近所
                "a-sakuragawa-kodomo-shokudo",  # 第1金曜夕方、近所
                "a-machikado-kodomo-shokudo",  # 第4月曜夕方、付き添いの大人も可
                "a-sakura-kodomo-shokudo",  # 第2木曜夕方、保育園の食堂、きょうだいも
            }
        ),
        "平日夕方に親子で行ける近くの子ども食堂。子どもだけが通う学習会や週末の食堂は合わない。",
    ),
    Persona(
        "widower",
        "78歳の男性。昨年妻を亡くした。新治地区で一人暮らし、車はない。バスは少ない",
        "70s",
        "niihari",
        {
            "title": "歩いて行けるか、送迎のある集まりで人と話す",
            "categories": ("salon", "kayoinoba"),
            "interests": "お茶飲み 将棋 畑",
            "targets": ("seniors",),
            "travel_mode": TravelMode.WALK,
            "accessibility": ("pickup",),
        },
        frozenset(
            {
                "a-fujisawa-ochanomi-salon",  # 公会堂、送迎あり
                "a-yotteke-fujisawa",  # 公会堂、送迎あり、近所の人が声をかける
                "a-tadobe-yoriai",  # 昼食会、送迎・乗り合わせ
                "b-niihari-tabunka-salon",  # お茶会、送迎は社協に相談
                "a-tsukubane-kouryu",  # 1.7km、お茶、出入り自由
                "b-niihari-satoyama-farm",  # 近所、畑、定年後の会員が中心
                "a-satoyama-hatake-ibasho",  # 近所、畑
                "b-tsukubane-hanashiaite",  # 近所、将棋・畑の話で入居者と
            }
        ),
        "新治で歩ける距離か送迎のある場。町なかの場は車がないと通えない。",
        preferred=("distance", "accessibility"),
    ),
    Persona(
        "vietnamese-mother",
        "ベトナム出身の30代の母。2歳の子。日本語は少し。夫は神立の工場勤務。第四地区",
        "30s",
        "daiyon",
        {
            "title": "子どもと行けて、日本語を少しずつ覚えられる場所",
            "categories": ("kosodate", "tabunka"),
            "interests": "日本語 子育て 友だち",
            "targets": ("foreign_roots", "parents"),
            "weekdays": WEEKDAYS,
            "travel_mode": TravelMode.BICYCLE,
            "languages": ("vi",),
        },
        frozenset(
            {
                "b-kandatsu-pokke",  # ベトナム語、親子ひろば、神立
                "b-tabunka-mama-oshaberi",  # 外国出身の保護者の会、ベトナム語
                "a-kandatsu-mogumogu",  # 外国ルーツの家庭の子ども食堂、ベトナム語
                "b-nihongo-hiroba-yoru",  # 平日夜の日本語教室、ベトナム語
            }
        ),
        "ベトナム語が通じ、平日に自転車で行ける親子の場と日本語の場。週末だけの教室は合わない。",
    ),
    Persona(
        "depression-work",
        "44歳の男性。うつ病で事務職を退職し1年。通院中、精神障害者保健福祉手帳あり。第一地区",
        "40s",
        "daiichi",
        {
            "title": "事務の仕事に戻る準備の就労体験",
            "categories": ("shuro",),
            "interests": "パソコン 事務",
            "targets": ("disability", "low_income"),
            "weekdays": WEEKDAYS,
            "travel_mode": TravelMode.BUS,
            "conditions": ("small_group",),
        },
        frozenset(
            {
                "b-workbridge-pc-renshu",  # パソコン事務の練習
                "b-sakuragawa-print-keisagyo",  # 静かな座り作業
                "b-workbridge-setsumeikai",  # 体験先の説明会
                "b-foodbank-souko-sagyo",  # 中間的就労
                "b-green-seisou-taiken",  # 中間的就労、黙々とできる
            }
        ),
        "事務・軽作業・中間的就労の体験。接客や介護は本人の希望と違う。",
    ),
    Persona(
        "intellectual-disability",
        "22歳の女性。軽度の知的障害(療育手帳)。特別支援学校を出て家にいる。お菓子づくりが好き。第五地区、母が車で送る",
        "20s",
        "daigo",
        {
            "title": "好きなお菓子づくりを生かして、仲間と作業できる場所",
            "categories": ("shuro", "ibasho"),
            "interests": "お菓子づくり 料理",
            "targets": ("disability", "youth"),
            "travel_mode": TravelMode.CAR,
        },
        frozenset(
            {
                "b-renkon-kobo-taiken",  # 食品加工の作業体験、障害のある方
                "a-renkon-hitoyasumi",  # 利用者さんが焼くクッキー、作業の見学へ
                "b-hidamari-kissa-taiken",  # 喫茶のおしごと体験
                "b-machikado-cafe-sekkyaku",  # カフェの仕事体験
                "a-hidamari-pokapoka",  # おやつ作りのある居場所
                "a-takatsu-kodomo-shokudo",  # 調理ボランティア、1回だけでも
                "b-haishoku-chori-vol",  # 調理ボランティア、得意なことを分担
            }
        ),
        "食べ物・喫茶に関わる作業体験と、調理を仲間とできる場。清掃・印刷は関心と違う。",
    ),
    Persona(
        "school-refusal",
        "14歳の男子、中学2年。1年ほど学校に行っていない。絵とゲームが好き。第二地区",
        "13_14",
        "daini",
        {
            "title": "昼間に家の外で過ごせる場所",
            "categories": ("gakushu", "ibasho"),
            "interests": "絵 ゲーム",
            "targets": ("children", "hikikomori"),
            "weekdays": WEEKDAYS,
            "time_slots": (AM, PM),
            "travel_mode": TravelMode.BICYCLE,
        },
        frozenset(
            {
                "b-hinata-manabi-heya",  # 不登校の小中学生の学びの場、お絵かき
                "b-manabiya-chuo",  # 中学生の学習教室
                "a-manabiya-gohan",  # 勉強会と子ども食堂、中学生も
            }
        ),
        "不登校の子の昼間の場と、中学生が通える学習の場。小学生向け・15歳以上の場は合わない。",
        preferred=("schedule",),
    ),
    Persona(
        "stroke-wheelchair",
        "67歳の男性。脳梗塞の後、車いす。妻が車で送る。第一地区",
        "60s",
        "daiichi",
        {
            "title": "リハビリを兼ねて体を動かし、人と会う",
            "categories": ("kenko", "kayoinoba", "salon"),
            "interests": "体操 囲碁",
            "targets": ("seniors", "disability"),
            "travel_km": 5.0,
            "accessibility": ("wheelchair", "accessible_toilet"),
        },
        frozenset(
            {
                "a-isu-yoga",  # 車いすの方も参加、多目的トイレ
                "a-boccia-kouryukai",  # パラスポーツ、車いす可
                "a-yuttari-kenko-taiso",  # 座ったままでも、車いす可
                "a-fukushi-center-lounge",  # 囲碁、車いす・トイレ
                "a-umomi-utagoe-salon",  # 車いすで行けるサロン
            }
        ),
        "車いすと多目的トイレのある、体を動かす場・サロン・囲碁。",
    ),
    Persona(
        "dementia-carer",
        "74歳の女性。認知症の夫(78)を在宅で介護。疲れている。第六地区、バスで動ける",
        "70s",
        "dairoku",
        {
            "title": "同じ立場の人と話せる場所",
            "categories": ("ninchisho_cafe",),
            "interests": "介護 相談",
            "targets": ("carers", "seniors"),
            "weekdays": WEEKDAYS,
            "travel_mode": TravelMode.BUS,
        },
        frozenset(
            {
                "a-nakamura-ninchisho-cafe",  # 近所、家族だけでも
                "a-otsudominami-notore",  # 物忘れ、ご家族も歓迎、近所
                "a-kandatsu-kaigosha-cafe",  # 介護者のカフェ(午前)
                "a-machikado-ninchisho-cafe",  # 家族の相談
                "a-orange-cafe-tsuwa",  # 認知症カフェ
            }
        ),
        "平日の認知症カフェ・介護者の集い。介護予防の体操の場は介護をする人の場ではない。",
    ),
    Persona(
        "retired-cook",
        "65歳の男性。定年退職したばかり。料理を覚えて人の役に立ちたい。第四地区",
        "60s",
        "daiyon",
        {
            "title": "料理を覚えて、人の役に立つ",
            "categories": ("volunteer", "shogai_gakushu"),
            "interests": "料理",
            "targets": ("seniors",),
            "travel_mode": TravelMode.BICYCLE,
        },
        frozenset(
            {
                "a-otoko-no-daidokoro-salon",  # 定年後の男性の料理サロン
                "b-haishoku-chori-vol",  # お弁当の調理ボランティア
                "a-takatsu-kodomo-shokudo",  # 子ども食堂の調理ボランティア
            }
        ),
        "料理を覚える場・調理のボランティア。",
    ),
    Persona(
        "postpartum",
        "32歳の母。転勤で土浦へ。生後4か月の子。産後、気持ちが沈みがち。第六地区",
        "30s",
        "dairoku",
        {
            "title": "少人数で、産後の気持ちを話せる場",
            "categories": ("kosodate",),
            "interests": "産後 赤ちゃん 友だち",
            "targets": ("parents",),
            "weekdays": WEEKDAYS,
            "time_slots": (AM,),
            "travel_mode": TravelMode.BUS,
            "conditions": ("small_group",),
        },
        frozenset(
            {
                "a-hughug-karada-hogushi",  # 産後のママと赤ちゃん、助産師
                "b-hidamari-oyako-heya",  # 産後で落ち込んでいる方も、少人数
                "a-hughug-oyako-shokudo",  # 乳幼児の家族、少人数
                "b-yochiyochi-salon",  # 少人数、ゆっくりお茶
                "b-hughug-hiroba-arakawaoki",  # 転入で知り合いがいない人が多い
                "b-kodomo-center-oyako-hiroba",  # 保健師、相談室
                "b-sakuranbo-hiroba-eikoku",  # 定員10人、保育士に相談
            }
        ),
        "平日午前の小さな親子の場、産後・相談に応じる場。",
    ),
    Persona(
        "farm-hikikomori",
        "36歳の男性。5年ほど仕事をせず家にいる。体を動かす畑仕事ならやってみたい。都和地区",
        "30s",
        "tsuwa",
        {
            "title": "畑仕事で体を動かす",
            "categories": ("shuro", "volunteer"),
            "interests": "畑仕事",
            "targets": ("hikikomori",),
            "weekdays": WEEKDAYS,
            "travel_mode": TravelMode.BUS,
            "conditions": ("small_group",),
        },
        frozenset(
            {
                "b-nakanuki-shumatsu-hatake",  # 畑しごと体験
                "b-niihari-satoyama-farm",  # 農作業ボランティア
                "b-niihari-farm-shokuba-taiken",  # 農園作業の職場体験
                "a-satoyama-hatake-ibasho",  # 畑の居場所
                "b-higashidai-kadan",  # 花壇、土いじり
                "b-ottominami-saien-club",  # 菜園クラブ
            }
        ),
        "畑・農作業・土いじりの場。平日の希望は「希望」なので土曜の畑も合う。",
        preferred=("schedule",),
    ),
    Persona(
        "elderly-alone",
        "84歳の女性。一人暮らし。足が弱く遠くへは歩けない。歌とおしゃべりが好き。第三地区",
        "80_over",
        "daisan",
        {
            "title": "歩いて行ける集まり",
            "categories": ("salon", "kayoinoba"),
            "interests": "歌 おしゃべり",
            "targets": ("seniors",),
            "travel_mode": TravelMode.WALK,
        },
        frozenset(
            {
                "a-oiwata-sawakai-salon",  # 茶話会、近所
                "a-eikoku-ikiiki-salon",  # サロン、近所
                "a-oiwata-genki-up",  # 通いの場、季節の歌
            }
        ),
        "歩いて行ける高齢者のサロン・通いの場。",
    ),
    Persona(
        "nepali-worker",
        "24歳の男性。ネパール出身、工場で交代勤務。日本語を学びたい。サッカーが好き。第一地区",
        "20s",
        "daiichi",
        {
            "title": "日本語を学び、地域に知り合いをつくる",
            "categories": ("tabunka",),
            "interests": "日本語 サッカー",
            "targets": ("foreign_roots", "youth"),
            "time_slots": (EVE,),
            "travel_mode": TravelMode.BICYCLE,
            "languages": ("ne",),
        },
        frozenset(
            {
                "b-nihongo-hiroba-yoru",  # 夜の日本語教室、ネパール語
                "b-kandatsu-nichiyou-nihongo",  # 日曜の日本語教室、ネパール語
                "b-kokusai-futsal",  # フットサル、ネパール出身のメンバー
                "b-sekai-katei-ryouri",  # 交流クッキング、ネパール語
            }
        ),
        "ネパール語の通じる日本語の場と交流の場。夜の希望は「希望」なので日曜の場も合う。",
        preferred=("schedule",),
    ),
    Persona(
        "brazilian-senior",
        "76歳の女性。ブラジル出身、日本語は片言。新治地区で娘の家族と同居。平日は一人",
        "70s",
        "niihari",
        {
            "title": "ポルトガル語で話せる、平日の高齢者の集まり",
            "categories": ("salon", "kayoinoba"),
            "targets": ("seniors", "foreign_roots"),
            "weekdays": WEEKDAYS,
            "travel_mode": TravelMode.BUS,
            "languages": ("pt",),
        },
        frozenset(),
        "ポルトガル語の通じる場は子ども・子育て向けか日曜だけ。合う場はない(狭間のニーズ)。",
    ),
]


def build_database() -> Session:
    engine = create_engine("sqlite://")
    migrations.upgrade(engine)
    session = Session(engine)
    load_demo(session, now=SEED_TIME)
    session.commit()
    return session


def load_personas(path: Path) -> list[Persona]:
    """Personas from a TOML file, in the shape of ``PERSONAS`` (see ``--personas``)::

    [[persona]]
    key = "widow-tsuwa"
    who = "80代の女性。都和地区で一人暮らし"
    age_band = "80_over"          # matching.models.AgeBand value
    area = "tsuwa"                # 地区 code of seeds/tsuchiura/areas.toml
    preferred = ["distance"]      # conditions marked 希望 (the rest are 必須)
    good = ["a-namiki-taiso-no-kai"]   # seed keys judged good, by reading the listings
    why = "歩いて行ける体操の会"
    [persona.need]                # matching.plans.NeedData fields
    title = "歩いて行ける集まり"
    categories = ["kayoinoba"]
    interests = "体操"
    targets = ["seniors"]
    weekdays = [0, 1, 2, 3, 4]
    time_slots = ["morning"]
    travel_mode = "walk"
    """
    with path.open("rb") as fh:
        records = tomllib.load(fh)["persona"]
    personas = []
    for rec in records:
        need = dict(rec["need"])
        for name in ("categories", "targets", "weekdays", "accessibility", "languages"):
            need[name] = tuple(need.get(name, ()))
        need["conditions"] = tuple(need.get("conditions", ()))
        need["time_slots"] = tuple(TimeSlot(t) for t in need.get("time_slots", ()))
        need["travel_mode"] = TravelMode(need.get("travel_mode", "distance"))
        personas.append(
            Persona(
                key=rec["key"],
                who=rec.get("who", ""),
                age_band=rec.get("age_band", "unknown"),
                area=rec["area"],
                need=need,
                good=frozenset(rec.get("good", ())),
                why=rec.get("why", ""),
                preferred=tuple(rec.get("preferred", ())),
            )
        )
    return personas


@dataclass(frozen=True)
class Outcome:
    persona: Persona
    shown: list[tuple[str, str, float]]  # key, name, score
    precision: float
    recall: float
    fits: int  # how many places the engine judged a fit
    too_few: bool  # the page says plainly that few or none fit


def run_persona(
    session: Session,
    persona: Persona,
    table: Any,
    index: TermIndex,
    labels: dict[str, str],
    target_labels: dict[str, str],
) -> Outcome:
    area = session.scalars(select(Area).where(Area.code == persona.area)).one()
    origin = Origin(area.lat or 0.0, area.lon or 0.0, f"自宅エリア({area.name})", area.id)
    result = suggest(
        table,
        index,
        NeedData(**persona.need, preferred=persona.preferred),
        origin=origin,
        distance=geodesic_km,
        today=TODAY,
        age_band=AgeBand(persona.age_band),
        category_labels=labels,
        target_labels=target_labels,
        limit=TOP,
    )
    keys = dict(session.execute(select(Listing.id, Listing.source_key)).all())
    shown = [(keys[s.listing.id] or "", s.listing.name, s.score) for s in result.items[:TOP]]
    hits = sum(1 for key, _, _ in shown if key in persona.good)
    if shown:
        precision = hits / len(shown)
    else:
        precision = 0.0 if persona.good else 1.0
    recall = hits / min(TOP, len(persona.good)) if persona.good else 1.0
    return Outcome(persona, shown, precision, recall, result.fits, result.too_few)


def notes_only(persona: Persona) -> Persona:
    """The persona as a coordinator who typed the days, times, cost and conditions only in
    関心 (「土日のみ」「300円までで」「人が多いのは苦手」) and left those fields empty
    (``--notes-only``)."""
    need = dict(persona.need)
    note = need.get("interests", "")
    if when_noted(note):
        need["weekdays"], need["time_slots"] = (), ()
    if noted_cost(note):
        need["cost_ceiling_yen"] = None
    said = conditions_noted(note)
    need["conditions"] = tuple(c for c in need.get("conditions", ()) if c not in said)
    return dataclasses.replace(persona, need=need)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print each persona's top five")
    parser.add_argument(
        "--personas", type=Path, help="a TOML file of other personas (see load_personas)"
    )
    parser.add_argument(
        "--notes-only",
        action="store_true",
        help="leave 曜日・時間帯 and 参加費の上限 empty where 関心 also says them (as typed only)",
    )
    args = parser.parse_args()
    if args.personas:
        parts = [(str(args.personas), load_personas(args.personas))]
    else:
        parts = [
            ("written first", PERSONAS),
            ("added", load_personas(ADDED_PERSONAS)),
            ("plan form", load_personas(PLAN_FORM_PERSONAS)),
            ("weaknesses", load_personas(WEAKNESS_PERSONAS)),
            ("held-out 7", load_personas(HELDOUT7_PERSONAS)),
            ("held-out 7b", load_personas(HELDOUT7B_PERSONAS)),
            ("held-out 8", load_personas(HELDOUT8_PERSONAS)),
            ("held-out 8b", load_personas(HELDOUT8B_PERSONAS)),
            ("held-out 8c", load_personas(HELDOUT8C_PERSONAS)),
            ("case notes 9", load_personas(HELDOUT9_PERSONAS)),
            ("held-out 10", load_personas(HELDOUT10_PERSONAS)),
            ("case notes 11", load_personas(CASENOTES11_PERSONAS)),
            ("held-out 11", load_personas(HELDOUT11_PERSONAS)),
            ("shifts 12", load_personas(SHIFTS12_PERSONAS)),
            ("held-out 12", load_personas(HELDOUT12_PERSONAS)),
            ("case notes 13", load_personas(CASENOTES13_PERSONAS)),
            ("held-out 13", load_personas(HELDOUT13_PERSONAS)),
            ("case notes 14", load_personas(CASENOTES14_PERSONAS)),
            ("held-out 14", load_personas(HELDOUT14_PERSONAS)),
            ("case notes 15", load_personas(CASENOTES15_PERSONAS)),
            ("held-out 15", load_personas(HELDOUT15_PERSONAS)),
            ("held-out 16", load_personas(HELDOUT16_PERSONAS)),
            ("held-out 17", load_personas(HELDOUT17_PERSONAS)),
            ("held-out 18", load_personas(HELDOUT18_PERSONAS)),
            ("held-out 19", load_personas(HELDOUT19_PERSONAS)),
            ("held-out 20", load_personas(HELDOUT20_PERSONAS)),
            ("held-out 21", load_personas(HELDOUT21_PERSONAS)),
            ("held-out 22", load_personas(HELDOUT22_PERSONAS)),
            ("held-out 23", load_personas(HELDOUT23_PERSONAS)),
            ("words 21", load_personas(WORDS21_PERSONAS)),
            ("held-out 24", load_personas(HELDOUT24_PERSONAS)),
            ("words 22", load_personas(WORDS22_PERSONAS)),
            ("held-out 25", load_personas(HELDOUT25_PERSONAS)),
            ("words 24", load_personas(WORDS24_PERSONAS)),
            ("held-out 26", load_personas(HELDOUT26_PERSONAS)),
            ("case notes 16", load_personas(CASENOTES16_PERSONAS)),
            ("held-out 27", load_personas(HELDOUT27_PERSONAS)),
            ("held-out 28", load_personas(HELDOUT28_PERSONAS)),
            ("held-out 29", load_personas(HELDOUT29_PERSONAS)),
        ]
    if args.notes_only:
        parts = [(name, [notes_only(p) for p in part]) for name, part in parts]
    personas = [p for _, part in parts for p in part]
    session = build_database()
    table = load_table(session)
    index = TermIndex(table, SearchTerms())
    labels = dict(session.execute(select(Category.code, Category.label)).all())
    target_labels = dict(session.execute(select(Target.code, Target.label)).all())
    outcomes = [run_persona(session, p, table, index, labels, target_labels) for p in personas]
    for outcome in outcomes:
        p = outcome.persona
        print(f"{p.key:24} precision@5 {outcome.precision:.2f}  recall@5 {outcome.recall:.2f}")
        if args.verbose:
            for key, name, score in outcome.shown:
                print(f"    {'✓' if key in p.good else '✗'} {score:5.1f} {name}")
    print(f"personas: {len(outcomes)}")
    print("no-fit cases (the page says that fewer than 3 places fit; * = none judged good):")
    for o in outcomes:
        if o.too_few:
            gap = "*" if not o.persona.good else " "
            print(f"  {gap} {o.persona.key}: {o.fits} fit — {o.persona.why}")
    if len(parts) > 1:
        for name, part in parts:
            keys = {p.key for p in part}
            mine = [o for o in outcomes if o.persona.key in keys]
            print(
                f"{name} ({len(mine)}): mean recall@5 "
                f"{statistics.mean(o.recall for o in mine):.2f}, precision@5 "
                f"{statistics.mean(o.precision for o in mine):.2f}"
            )
    print(f"mean recall@5: {statistics.mean(o.recall for o in outcomes):.2f}")
    print(f"mean precision@5: {statistics.mean(o.precision for o in outcomes):.2f}")


if __name__ == "__main__":
    main()
