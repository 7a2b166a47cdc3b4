"""The OpenAPI 3.1 document of the HSDS API, served at /hsds/openapi.json.

It follows the HSDS API 3.0 reference (``openapi.json`` of openreferral/specification, CC BY-SA
4.0): the same routes, and for each 200 response the same schema — the official HSDS schema
files, referred to by the URLs the reference uses — so any HSDS tool reads it as it reads the
reference. It states which of the reference's parameters this API takes, its limits (the ones
``webapp.hsds_api`` checks), and its JSON errors. The tests check that every route is here and
in the reference, with the reference's response schema, and validate real responses against the
reference itself.
"""

from __future__ import annotations

from typing import Any

VERSION = "1.0.0"
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
MAX_PAGE = 100_000
MAX_SEARCH_LENGTH = 200
CACHE_SECONDS = 300
SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
DESCRIPTION = (
    "つながりマップに公開中の活動（一般公開のもの）を Open Referral HSDS 3.0 の形で返す読み取り専用 API です。"
    "活動は service、団体は organization、活動の場所は location と service_at_location、"
    "活動の種類と対象は taxonomy と taxonomy_term です。"
)
ATTRIBUTION = (
    "Human Services Data Specification: an Open Referral resource (https://openreferral.org/), "
    "CC BY-SA 4.0. この文書の経路・応答の形は HSDS API 3.0 の参照文書に従っています。"
)


def _schema(name: str) -> dict[str, str]:
    return {"$ref": SCHEMAS + name}


def _page_of(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "allOf": [{"$ref": "#/components/schemas/Page"}],
        "properties": {"contents": {"type": "array", "items": item}},
    }


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}  # fmt: skip


def _id(description: str) -> dict[str, Any]:
    return {"name": "id", "in": "path", "required": True, "description": description,
            "schema": {"type": "string", "format": "uuid"}}  # fmt: skip


SEARCH = _query(
    "search",
    "キーワード（日本語の全文検索。関連の高い順）",
    {"type": "string", "maxLength": MAX_SEARCH_LENGTH},
)
PAGE = _query(
    "page", "ページ番号（1 から）", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}
)
PER_PAGE = _query(
    "per_page",
    f"1 ページの件数（既定 {DEFAULT_PER_PAGE}、最大 {MAX_PER_PAGE}）",
    {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
)
FILTERS = [
    _query("taxonomy_term_id", "この分類の項目（/taxonomy_terms）の活動だけ", {"type": "string"}),
    _query("taxonomy_id", "この分類（/taxonomies）の項目を持つ活動だけ", {"type": "string"}),
    _query("organization_id", "この団体（/organizations）の活動だけ", {"type": "string"}),
    _query(
        "modified_after",
        "この日時以降に更新された活動だけ（ISO 8601。時差のない日時は日本時間）",
        {"type": "string", "format": "date-time"},
    ),
]
FULL = _query("full", "true なら入れ子をすべて含めて返す", {"type": "boolean"})
FULL_SERVICE = _query(
    "full_service", "true なら団体の services を入れ子をすべて含めて返す", {"type": "boolean"}
)
ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "503": {"$ref": "#/components/responses/SearchUnavailable"},
}


def _get(
    summary: str, schema: dict[str, Any], parameters: list[dict[str, Any]], *errors: str
) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {
            "description": summary,
            "content": {"application/json": {"schema": schema}},
        },
        "304": {"description": "If-None-Match / If-Modified-Since に一致（本文なし）"},
    }
    responses |= {status: ERRORS[status] for status in errors}
    operation: dict[str, Any] = {"summary": summary, "responses": responses}
    if parameters:
        operation["parameters"] = parameters
    return {"get": operation}


def document() -> dict[str, Any]:
    service_filters = [SEARCH, *FILTERS, PAGE, PER_PAGE]
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "つながりマップ HSDS API",
            "version": VERSION,
            "summary": "地域で参加できる活動を Open Referral HSDS 3.0 で返す読み取り専用 API",
            "description": DESCRIPTION
            + "ログインしていても、下書き・コーディネーター限定・終了した活動、参加支援のケースの情報は返しません。"
            + "すべての応答に ETag と Last-Modified があり、304 を返します。CORS は GET を任意のオリジンから許可します。"
            + 'エラーは {"error": {"code", "message"}} の形で、message は日本語です。'
            + "全件のデータは /opendata/hsds.json にもあります。"
            + ATTRIBUTION,
            "license": {"name": "CC BY-SA 4.0 (HSDS)", "identifier": "CC-BY-SA-4.0"},
        },
        "externalDocs": {
            "description": "Human Services Data Specification (Open Referral)",
            "url": "https://openreferral.org/",
        },
        "servers": [{"url": "/hsds"}],
        "paths": {
            "/": _get(
                "この API の HSDS の版と OpenAPI 文書",
                {
                    "type": "object",
                    "properties": {
                        "version": {"type": "string"},
                        "openapi_url": {"type": "string", "format": "uri"},
                        "description": {"type": "string"},
                    },
                },
                [],
            ),
            "/openapi.json": _get("この OpenAPI 文書", {"type": "object"}, []),
            "/services": _get(
                "活動（service）の一覧。一対一の項目と団体",
                _page_of(_schema("compiled/service_list.json")),
                [*service_filters, FULL, {**FULL_SERVICE, "description": "full と同じ"}],
                "400",
                "503",
            ),
            "/services/{id}": _get(
                "活動（service）1 件。入れ子をすべて含む",
                _schema("compiled/service.json"),
                [_id("service の id")],
                "404",
            ),
            "/organizations": _get(
                "団体（organization）の一覧",
                _page_of(_schema("compiled/organization_list.json")),
                [SEARCH, FULL, FULL_SERVICE, PAGE, PER_PAGE],
                "400",
            ),
            "/organizations/{id}": _get(
                "団体（organization）1 件と、その公開中の活動",
                _schema("compiled/organization.json"),
                [_id("organization の id"), FULL_SERVICE],
                "400",
                "404",
            ),
            "/taxonomies": _get(
                "分類（活動の種類・対象）",
                _page_of(_schema("taxonomy.json")),
                [SEARCH, PAGE, PER_PAGE],
                "400",
            ),
            "/taxonomies/{id}": _get(
                "分類 1 件", _schema("taxonomy.json"), [_id("taxonomy の id")], "404"
            ),
            "/taxonomy_terms": _get(
                "分類の項目（活動の種類・対象のコードと名前）",
                _page_of(_schema("taxonomy_term.json")),
                [
                    SEARCH,
                    FILTERS[1],
                    _query(
                        "top_only",
                        "true: 子のない項目だけ（すべての項目に子はありません）",
                        {"type": "boolean"},
                    ),
                    _query(
                        "parent_id",
                        "この項目の子（項目に子はないため、指定すると空）",
                        {"type": "string"},
                    ),
                    PAGE,
                    PER_PAGE,
                ],  # fmt: skip
                "400",
            ),
            "/taxonomy_terms/{id}": _get(
                "分類の項目 1 件",
                _schema("taxonomy_term.json"),
                [_id("taxonomy_term の id")],
                "404",
            ),
            "/service_at_locations": _get(
                "活動の場所（service_at_location）の一覧。場所と活動つき",
                _page_of(_schema("compiled/service_at_location_list.json")),
                [*service_filters, FULL],
                "400",
                "503",
            ),
            "/service_at_locations/{id}": _get(
                "活動の場所 1 件。場所と、入れ子をすべて含む活動つき（参照文書に合わせ、活動の name と status も持ちます）",
                _schema("compiled/service.json"),
                [_id("service_at_location の id")],
                "404",
            ),
        },
        "components": {
            "schemas": {
                "Page": {
                    "type": "object",
                    "properties": {
                        "total_items": {"type": "integer"},
                        "total_pages": {"type": "integer"},
                        "page_number": {"type": "integer"},
                        "size": {"type": "integer"},
                        "first_page": {"type": "boolean"},
                        "last_page": {"type": "boolean"},
                        "empty": {"type": "boolean"},
                    },
                    "required": ["empty"],
                },
                "Error": {
                    "type": "object",
                    "properties": {
                        "error": {
                            "type": "object",
                            "properties": {
                                "code": {"type": "string"},
                                "message": {"type": "string", "description": "日本語の説明"},
                                "parameter": {"type": "string"},
                            },
                            "required": ["code", "message"],
                        }
                    },
                    "required": ["error"],
                },
            },
            "responses": {
                "BadRequest": {
                    "description": "パラメータが正しくありません",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                },
                "NotFound": {
                    "description": "見つかりません（公開されていない活動も）",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                },
                "SearchUnavailable": {
                    "description": "search を使った検索の準備中（索引の作り直し中。code は "
                    "search_unavailable）、またはデータベースにつながらないとき（code は service_unavailable）。"
                    "Retry-After の秒数のあとで、もう一度お試しください",
                    "headers": {
                        "Retry-After": {
                            "description": "もう一度試すまでの秒数",
                            "schema": {"type": "integer"},
                        }
                    },
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                },
            },
        },
    }
