"""The OpenAPI 3.1 document of the JSON API, served at /api/v1/openapi.json.

Built in Python rather than kept as a file so that the limits and the code lists it states
(per_page, languages, time of day…) are the ones the views check: they are read by
``directory.search.request``, which the search page uses too. Schemas forbid properties
they do not name (``additionalProperties: false``): the tests validate every endpoint's real
responses against this document, so a field added to a response without being documented —
or leaked — fails them.
"""

from __future__ import annotations

from typing import Any

from directory import labels
from directory.models import LocationPrecision, OrganizationKind
from directory.search.index import TIMES_OF_DAY
from directory.search.request import (  # the limits the page and the API check
    ACCESS,
    DEFAULT_PER_PAGE,
    MAX_COST_YEN,
    MAX_PAGE,
    MAX_PER_PAGE,
    MAX_QUERY_LENGTH,
    MAX_RADIUS_KM,
    MAX_VALUES,
    SORTS,
)

VERSION = "1.0.0"
CACHE_SECONDS = 300
HSDS_DOCUMENT = "/hsds/openapi.json"  # the HSDS API 3.0 (webapp.hsds_api) on the same server


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict[str, Any], *, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _string(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


CACHE_HEADERS = {
    "ETag": {
        "description": "応答本文のハッシュ。If-None-Match に渡すと、変わっていなければ 304 を返します。",
        "schema": {"type": "string"},
    },
    "Last-Modified": {
        "description": "ディレクトリの内容（活動・団体・地区・活動の種類・対象）が最後に変わった時刻（次回の開催日が変わる当日 0 時より前にはなりません）。入口とこの文書は、アプリが起動した時刻。",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": f"public, max-age={CACHE_SECONDS}",
        "schema": {"type": "string"},
    },
    "Access-Control-Allow-Origin": {"description": "常に *", "schema": {"type": "string"}},
}


# While the server's search index is rebuilt (minutes): never an empty answer in its place.
RETRY_TEXT = (
    "検索の準備中（索引の作り直し中。code は search_unavailable）。Retry-After の秒数のあとで、"
    "もう一度お試しください。q などの検索の条件を使わない一覧は、このあいだも使えます。"
    "データベースにつながらないとき（保守中など）は、どの URL も 503（code は service_unavailable、"
    "Retry-After つき）を返します。"
)
RETRY_AFTER = {"description": "もう一度試すまでの秒数", "schema": {"type": "integer"}}


def _ok(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return _json(schema, description) | {"headers": CACHE_HEADERS}


def _errors(*statuses: int) -> dict[str, Any]:
    text = {
        "400": "パラメータが正しくありません（message に日本語で理由、parameter に名前）。",
        "404": "見つかりません（非公開・終了・下書きの活動も「見つからない」と答えます）。",
        "503": RETRY_TEXT,
    }
    names = {400: "BadRequest", 404: "NotFound", 503: "SearchUnavailable"}
    result: dict[str, Any] = {
        str(s): {"$ref": f"#/components/responses/{names[s]}"} for s in statuses
    }
    for status in result:
        result[status]["description"] = text[status]
    result["304"] = {"description": "If-None-Match / If-Modified-Since に一致（本文なし）。"}
    result["405"] = {"$ref": "#/components/responses/MethodNotAllowed"}
    return result


def _param(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def _array_param(name: str, description: str, items: dict[str, Any]) -> dict[str, Any]:
    return _param(
        name,
        description + "（繰り返して複数指定。値どうしは「または」）",
        {"type": "array", "items": items, "maxItems": MAX_VALUES},
        style="form",
        explode=True,
    )


def _page_params() -> list[dict[str, Any]]:
    return [
        _param(
            "page",
            "ページ番号（1 から）。最後のページを超えたときは最後のページを返します。",
            {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
        ),
        _param(
            "per_page",
            f"1 ページの件数（最大 {MAX_PER_PAGE}）",
            {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE},
        ),
    ]


def _id_param(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "integer", "minimum": 1},
    }


def _page_of(item: str, optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return _object(
        {
            "items": {"type": "array", "items": _ref(item)},
            "total": {"type": "integer", "minimum": 0, "description": "条件に合う件数"},
            "page": {"type": "integer", "minimum": 1, "description": "このページの番号"},
            "per_page": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1, "description": "全ページ数"},
            "links": _ref("PageLinks"),
            **(optional or {}),
        },
        optional=tuple(optional or ()),
    )


def _other_times() -> dict[str, Any]:
    return _object(
        {
            "word": {
                "type": "string",
                "description": "0 件になった曜日・時間帯の言葉（q に書かれたまま。例: 土曜日）",
            },
            "items": {"type": "array", "items": _ref("Listing"), "maxItems": 5},
        },
    ) | {
        "description": (
            "q に書いた曜日・時間帯で 0 件のときだけ: ほかの日・時間帯の活動（最大 5 件）。"
            "検索ページが 0 件の案内の下に出すものと同じです。曜日・時間帯はしぼり込みのままで、"
            "total と items には数えません"
        )
    }


def _schemas() -> dict[str, Any]:
    code_label = _object({"code": {"type": "string"}, "label": {"type": "string"}})
    time_of_day = _nullable({"type": "string", "pattern": r"^\d{2}:\d{2}$"})
    return {
        "CodeLabel": code_label,
        "AreaRef": _object({"code": {"type": "string"}, "name": {"type": "string"}}),
        "Occurrence": _object(
            {
                "date": {"type": "string", "format": "date"},
                "start": time_of_day,
                "end": time_of_day,
                "text": _string("表示用（例: 11月26日(木) 10:00〜12:00）"),
            }
        ),
        "Schedule": _object(
            {
                "text": _string("主催者が書いたままの日時"),
                "canonical": _nullable(
                    _string("構造化できたときの正規の書き方。できなかったときは null")
                ),
                "needs_review": {
                    "type": "boolean",
                    "description": "構造化できない記述がある（text をそのまま読んでください）",
                },
                "next_dates": {
                    "type": "array",
                    "items": _ref("Occurrence"),
                    "maxItems": 3,
                    "description": "今日以降の次回の開催日（分かるときだけ。最大 3 件）",
                },
            }
        ),
        "Location": _object(
            {
                "place_name": _string("場所の名前"),
                "address": _string("住所（公開ページの表示のとおり）"),
                "lat": _nullable({"type": "number", "minimum": -90, "maximum": 90}),
                "lon": _nullable({"type": "number", "minimum": -180, "maximum": 180}),
                "precision": {
                    "type": "string",
                    "enum": [p.value for p in LocationPrecision],
                    "description": "座標の精度: file（取り込んだファイルの座標）, manual（手動で指定）, rooftop（建物）, chome（町丁目）, block（町丁目・大字）, oaza（大字）, city（市区町村）, unknown",
                },
            }
        ),
        "Listing": _object(
            {
                "id": {"type": "integer"},
                "url": _string("住民向けの活動ページ", format="uri"),
                "name": _string("活動名"),
                "kana": _string("ふりがな"),
                "description": _string("紹介文"),
                "categories": {"type": "array", "items": _ref("CodeLabel")},
                "targets": {
                    "type": "array",
                    "items": _ref("CodeLabel"),
                    "description": "対象（空なら「どなたでも」）",
                },
                "area": _nullable(_ref("AreaRef")),
                "schedule": _nullable(_ref("Schedule")),
                "location": _nullable(_ref("Location")),
                "cost": _object(
                    {
                        "text": _string("参加費（主催者の書き方）"),
                        "yen": _nullable(
                            {"type": "integer", "minimum": 0, "description": "円。0 は無料"}
                        ),
                    }
                ),
                "capacity": _nullable({"type": "integer", "minimum": 0, "description": "定員"}),
                "accessibility": _object({name: {"type": "boolean"} for name in ACCESS}),
                "languages": {
                    "type": "array",
                    "items": _ref("CodeLabel"),
                    "description": "対応言語（code: " + ", ".join(labels.LANGUAGES) + "）",
                },
                "features": {
                    "type": "array",
                    "items": _ref("CodeLabel"),
                    "description": "参加のしかた（少人数・要予約など）",
                },
                "trial_visit": {"type": "boolean", "description": "見学・体験ができる"},
                "contact": _object(
                    {
                        "name": _string("問い合わせ先の名前"),
                        "phone": _string("電話（活動になければ団体の電話）"),
                        "email": _string("メール（活動になければ団体のメール）"),
                    }
                ),
                "organization": _object(
                    {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "url": _string("団体のページ", format="uri"),
                    }
                ),
                "verified_at": _nullable(
                    {"type": "string", "format": "date", "description": "情報確認日"}
                ),
                "updated_at": {"type": "string", "format": "date-time"},
                "distance_km": {
                    "type": "number",
                    "minimum": 0,
                    "description": "起点（lat/lon または near）からの距離。起点を指定した検索のときだけ",
                },
            },
            optional=("distance_km",),
        ),
        "Organization": _object(
            {
                "id": {"type": "integer"},
                "url": _string("団体のページ", format="uri"),
                "name": _string("団体名"),
                "kind": {
                    **code_label,
                    "properties": {
                        "code": {"type": "string", "enum": [k.value for k in OrganizationKind]},
                        "label": {"type": "string"},
                    },
                },
                "description": {"type": "string"},
                "area": _nullable(_ref("AreaRef")),
                "address": {"type": "string"},
                "phone": {"type": "string"},
                "email": {"type": "string"},
                "website": _nullable({"type": "string", "format": "uri"}),
                "listings": _string("この団体の公開中の活動（API）", format="uri"),
            }
        ),
        "Category": _object(
            {
                "code": {"type": "string"},
                "label": {"type": "string"},
                "description": {"type": "string"},
                "listing_count": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "公開中の活動の数",
                },
            }
        ),
        "Area": _object(
            {
                "code": {"type": "string"},
                "name": {"type": "string"},
                "kana": {"type": "string"},
                "centre_name": _string("地区公民館"),
                "listing_count": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "公開中の活動の数",
                },
            }
        ),
        "PageLinks": _object(
            {
                "self": {"type": "string", "format": "uri"},
                "first": {"type": "string", "format": "uri"},
                "last": {"type": "string", "format": "uri"},
                "prev": _nullable({"type": "string", "format": "uri"}),
                "next": _nullable({"type": "string", "format": "uri"}),
            }
        ),
        "ListingPage": _page_of("Listing", {"other_times": _other_times()}),
        "OrganizationPage": _page_of("Organization"),
        "CategoryList": _object({"items": {"type": "array", "items": _ref("Category")}}),
        "TargetList": _object({"items": {"type": "array", "items": _ref("CodeLabel")}}),
        "AreaList": _object({"items": {"type": "array", "items": _ref("Area")}}),
        "Index": _object(
            {
                "name": {"type": "string"},
                "version": {"type": "string"},
                "openapi": {"type": "string", "format": "uri"},
                "links": _object(
                    {
                        name: {"type": "string", "format": "uri"}
                        for name in ("listings", "organizations", "categories", "targets", "areas")
                    }
                ),
            }
        ),
        "Error": _object(
            {
                "error": _object(
                    {
                        "code": _string(
                            "invalid_parameter, not_found, method_not_allowed, bad_request, server_error, "
                            "search_unavailable, service_unavailable など"
                        ),
                        "message": _string("日本語の説明"),
                        "parameter": _string("問題のあったパラメータ（400 のとき）"),
                    },
                    optional=("parameter",),
                )
            }
        ),
    }


def _listing_params() -> list[dict[str, Any]]:
    code = {"type": "string"}
    return [
        _param(
            "q",
            "キーワード（全文検索。表記ゆれ・同義語も探します）",
            {"type": "string", "maxLength": MAX_QUERY_LENGTH},
        ),
        _array_param("category", "活動の種類のコード（/categories）", code),
        _array_param("target", "対象のコード（/targets）", code),
        _array_param("area", "地区のコード（/areas）", code),
        _array_param(
            "weekday",
            "曜日（0=月 … 6=日、7=祝日）",
            {"type": "integer", "minimum": 0, "maximum": 7},
        ),
        _array_param(
            "time", "時間帯（開始時刻で判定）", {"type": "string", "enum": list(TIMES_OF_DAY)}
        ),
        _param("free", "true なら無料の活動だけ", {"type": "boolean", "default": False}),
        _param(
            "max_cost",
            "参加費の上限（円）。参加費がわかっていてこの金額以下の活動だけ（0 は無料と同じ）。参加費が1回あたりの金額で登録されていない活動（月500円・年会費など）は含みません。q の「300円以下」「100円まで」「ワンコイン」も同じ条件になり、両方あれば低いほうを使います",
            {"type": "integer", "minimum": 0, "maximum": MAX_COST_YEN},
        ),
        _array_param("access", "バリアフリー・送迎", {"type": "string", "enum": list(ACCESS)}),
        _param(
            "referrals",
            "true なら参加支援の受け入れ可の活動だけ",
            {"type": "boolean", "default": False},
        ),
        _array_param("language", "対応言語", {"type": "string", "enum": list(labels.LANGUAGES)}),
        _param(
            "sort",
            "並び順。name（読み順、既定）, verified（情報確認日の新しい順）, relevance（関連順。q などの検索条件があるときの既定）, distance（近い順。lat/lon か near が必要）。q・time・free・max_cost・access・referrals・language・near・lat・lon・within は検索索引で探すため、name と verified とは組み合わせられません。",
            {"type": "string", "enum": list(SORTS)},
        ),
        _param(
            "near",
            "近い順の起点にする地区のコード（地区公民館）。lat/lon と両方あれば near を使います。拠点の地点が登録されていない地区は、距離を測れないため 400 です",
            {"type": "string"},
        ),
        _param(
            "lat",
            "近い順の起点の緯度（lon と一緒に）",
            {"type": "number", "minimum": -90, "maximum": 90},
        ),
        _param(
            "lon",
            "近い順の起点の経度（lat と一緒に）",
            {"type": "number", "minimum": -180, "maximum": 180},
        ),
        _param(
            "within",
            "起点（near か lat/lon）からこの距離（km）以内の活動だけ。楕円体上の距離で測ります",
            {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_RADIUS_KM},
        ),
        *_page_params(),
    ]


def document() -> dict[str, Any]:
    pages = _page_params()

    def get(summary: str, response: dict[str, Any], *errors: int, **extra: Any) -> dict[str, Any]:
        return {
            "get": {"summary": summary, "responses": {"200": response, **_errors(*errors)}, **extra}
        }

    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": "つながりマップ API",
            "version": VERSION,
            "summary": "地域で参加できる活動・場所（公開中の情報）の読み取り専用 API",
            "description": (
                "住民向けページに公開している情報だけを JSON で返します。下書き・確認待ちの変更・"
                "コーディネーター限定・終了した活動、参加支援のケースの情報は、ログインしていても"
                "返しません。すべての応答に ETag と Last-Modified があり、If-None-Match / "
                "If-Modified-Since で 304 を返します。CORS は GET を任意のオリジンから許可します。"
                'エラーは {"error": {"code", "message"}} の形で、message は日本語です。'
                "知らないパラメータは無視します。"
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "externalDocs": {
            "description": (
                "同じ公開データを Open Referral HSDS 3.0 の形で返す HSDS API の OpenAPI 文書"
            ),
            "url": HSDS_DOCUMENT,
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/": get("API の入口（各一覧へのリンク）", _ok(_ref("Index"), "リンク集")),
            "/openapi.json": get(
                "この OpenAPI 文書",
                _ok({"type": "object"}, "OpenAPI 3.1 文書"),
            ),
            "/listings": get(
                "活動の一覧・検索",
                _ok(_ref("ListingPage"), "活動の 1 ページ"),
                400,
                503,
                parameters=_listing_params(),
            ),
            "/listings/{listing_id}": get(
                "活動 1 件",
                _ok(_ref("Listing"), "活動"),
                404,
                parameters=[_id_param("listing_id", "活動の ID")],
            ),
            "/organizations": get(
                "団体の一覧（読み順）",
                _ok(_ref("OrganizationPage"), "団体の 1 ページ"),
                400,
                parameters=pages,
            ),
            "/organizations/{organization_id}": get(
                "団体 1 件",
                _ok(_ref("Organization"), "団体"),
                404,
                parameters=[_id_param("organization_id", "団体の ID")],
            ),
            "/organizations/{organization_id}/listings": get(
                "団体の公開中の活動（読み順）",
                _ok(_ref("ListingPage"), "活動の 1 ページ"),
                400,
                404,
                parameters=[_id_param("organization_id", "団体の ID"), *pages],
            ),
            "/categories": get(
                "活動の種類（公開中の活動の数つき）", _ok(_ref("CategoryList"), "活動の種類")
            ),
            "/targets": get("対象", _ok(_ref("TargetList"), "対象")),
            "/areas": get("地区（公開中の活動の数つき）", _ok(_ref("AreaList"), "地区")),
        },
        "components": {
            "schemas": _schemas(),
            "responses": {
                "BadRequest": _json(_ref("Error"), "パラメータが正しくありません"),
                "NotFound": _json(_ref("Error"), "見つかりません"),
                "MethodNotAllowed": _json(_ref("Error"), "GET 以外のメソッド"),
                "SearchUnavailable": _json(_ref("Error"), RETRY_TEXT)
                | {"headers": {"Retry-After": RETRY_AFTER}},
            },
        },
    }
