"""Where-phrases as residents and coordinators type them on a phone for the demo town (土浦市),
judged by reading them before ``directory.places.resolve_place`` ran on them.

Each entry: the words as typed, and what a person expects — the place's label as the page
shows it (a landmark's name, an area's 公民館, the 町丁目 or 大字 as the gazetteer names it),
several labels when either is right, or ``None`` for "not known here, said plainly": a
``PlaceNotFound`` whose reason says which kinds of place can be typed.

BATCH_A was written first and the lookup fixed against it; BATCH_B was written after the
fixes, held out, and run once (17 of 22 right); three general causes it showed were then fixed
(words after a whole name, 「…前」, a town without 町), and BATCH_C was written after that,
held out, and run once (16 of 20 right; ``benchmarks/place_quality.py`` scores all three).
Its four misses (an exit in kana, 「から」「周辺で」 after a name, 「荒川沖の駅」) were fixed
after that run, so none of the three is held out any more."""

from __future__ import annotations

from typing import NamedTuple

T = "茨城県土浦市"


class JudgedPlace(NamedTuple):
    typed: str
    expected: tuple[str, ...] | None  # labels that are right; None: not found, said plainly


def judged(typed: str, *expected: str) -> JudgedPlace:
    return JudgedPlace(typed, expected or None)


BATCH_A = [
    # stations, with and without 駅, in kana, with 口 and 近く・周辺・あたり・付近
    judged("土浦駅", "土浦駅"),
    judged("土浦", "土浦駅"),
    judged("つちうらえき", "土浦駅"),
    judged("ツチウラ駅", "土浦駅"),
    judged("あらかわおき", "荒川沖駅"),
    judged("荒川沖駅東口", "荒川沖駅"),
    judged("荒川沖駅周辺", "荒川沖駅"),
    judged("神立駅あたり", "神立駅"),
    judged("かんだつ駅", "神立駅"),
    judged("土浦駅西口の近く", "土浦駅"),
    judged("土浦駅東口付近", "土浦駅"),
    judged("土浦 駅", "土浦駅"),
    judged("神立西口", "神立駅"),
    judged("JR土浦駅", "土浦駅"),
    judged("Tsuchiura Sta.", "土浦駅"),
    judged("荒川沖西口", "荒川沖駅"),
    judged("神立の辺り", "神立駅"),
    # areas (地区) with and without 地区, their 公民館
    judged("新治", "新治地区公民館"),
    judged("にいはり地区", "新治地区公民館"),
    judged("都和", "都和地区公民館", f"{T}都和"),
    judged("第二地区", "第二地区公民館"),
    judged("第2地区", "第二地区公民館"),
    judged("第五公民館", "第五地区公民館"),
    judged("新治公民館", "新治地区公民館"),
    judged("都和公民館の近く", "都和地区公民館"),
    # 町名 with 丁目 written as 2 / 二 / ２ / 2丁目 / 2-
    judged("下高津2", f"{T}下高津二丁目"),
    judged("下高津二", f"{T}下高津二丁目"),
    judged("下高津２丁目", f"{T}下高津二丁目"),
    judged("荒川沖東2-", f"{T}荒川沖東二丁目"),
    judged("真鍋5丁目あたり", f"{T}真鍋五丁目"),
    judged("桜町1", f"{T}桜町一丁目"),
    judged("烏山2", f"{T}烏山", f"{T}烏山二丁目"),  # 烏山 is a 大字 with 番地 as well
    judged("中央2丁目", f"{T}中央二丁目"),
    judged("並木5の近く", f"{T}並木五丁目"),
    judged("大岩田", f"{T}大岩田"),
    judged("手野町", f"{T}手野町"),
    judged("木田余東台3", f"{T}木田余東台三丁目"),
    # addresses with 番地
    judged("土浦市藤沢3580番地", f"{T}藤沢"),
    judged("中村南4丁目11番8号", f"{T}中村南四丁目"),
    judged("茨城県土浦市沖宿町1682-1", f"{T}沖宿町"),
    judged("土浦市大岩田1828番地の2", f"{T}大岩田"),
    # postal codes with and without 〒 and hyphen
    judged("300-0043", f"{T}中央", f"{T}中央一丁目", f"{T}中央二丁目"),
    judged("〒3000036", f"{T}大和町"),
    judged("３００−０８１１", f"{T}上高津"),
    # facilities: the ones in the demo's landmarks, the ones not in the data
    judged("亀城公園", "亀城公園"),
    judged("ウララ", "ウララ"),
    judged("市役所", "土浦市役所"),
    judged("土浦市役所の近く", "土浦市役所"),
    judged("真鍋小学校", f"{T}真鍋"),  # the school's 町 (真鍋): near enough, and the page says so
    judged("つくば駅"),
    judged("イオンモール土浦"),
    judged("霞ヶ浦"),
    judged("土浦第三高校"),
    judged("自宅"),
    judged("牛久駅"),
    judged("土浦市", T),
]
# Written after the fixes, run once (not tuned to).
BATCH_B = [
    judged("土浦駅前のバス停", "土浦駅"),
    judged("あらかわおきえき東口", "荒川沖駅"),
    judged("カンダツ", "神立駅"),
    judged("新治地区の公民館", "新治地区公民館"),
    judged("第６地区", "第六地区公民館"),
    judged("だいいちちく", "第一地区公民館"),
    judged("中村南4", f"{T}中村南四丁目"),
    judged("木田余東台1丁目3-5", f"{T}木田余東台一丁目"),
    judged("神立中央３−２", f"{T}神立中央三丁目"),
    judged("おおつ野2", f"{T}おおつ野二丁目"),
    judged("〒300-0811", f"{T}上高津"),
    judged("3000043", f"{T}中央", f"{T}中央一丁目", f"{T}中央二丁目"),
    judged("土浦市役所前", "土浦市役所"),
    judged("土浦協同病院"),
    judged("阿見町", "茨城県稲敷郡阿見町"),
    judged("桜川の土手"),
    judged("きじょうこうえん", "亀城公園"),
    judged("Arakawaoki Sta", "荒川沖駅"),
    judged("都和地区公民館あたり", "都和地区公民館"),
    judged("真鍋4-4-2", f"{T}真鍋四丁目"),
    judged("手野", f"{T}手野町"),
    judged("荒川沖駅の近くのスーパー", "荒川沖駅"),
]

# Written after the fixes that BATCH_B showed were needed, run once (not tuned to).
BATCH_C = [
    judged("ツチウラエキ ニシグチ", "土浦駅"),
    judged("土浦駅から歩いて行ける所", "土浦駅"),
    judged("神立駅周辺で", "神立駅"),
    judged("荒川沖の駅", "荒川沖駅"),
    judged("第三公民館の近く", "第三地区公民館"),
    judged("都和地区", "都和地区公民館"),
    judged("だいよんちく", "第四地区公民館"),
    judged("大岩田の辺", f"{T}大岩田"),
    judged("桜町3丁目付近", f"{T}桜町三丁目"),
    judged("港町２", f"{T}港町二丁目"),
    judged("土浦市並木4丁目1番地", f"{T}並木四丁目"),
    judged("〒３００‐００３６", f"{T}大和町"),
    judged("茨城県土浦市神立町３５３", f"{T}神立町"),
    judged("つくばエクスプレス研究学園駅"),
    JudgedPlace("牛久市役所", ("茨城県牛久市",)),  # another city: its point, or not found
    judged("亀城公園の桜", "亀城公園"),
    judged("うららの近く", "ウララ"),
    judged("市役所の裏", "土浦市役所"),
    judged("シンジ"),  # 新治 misread: not a reading the data has
    judged("土浦二中"),
]
