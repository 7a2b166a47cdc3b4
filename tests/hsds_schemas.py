"""Validation against the official HSDS 3.0 schemas vendored in tests/data/hsds-3.0/.

Each file is registered under the URL the HSDS files and ``openapi.json`` use for it, so their
``$ref``s (``phone.json`` from ``service.json``, the raw.githubusercontent.com URLs from
``openapi.json``) resolve to the local copies and nothing is fetched. The dialect is JSON Schema
2020-12, the one ``openapi.json`` declares; formats (uuid, email, date-time…) are checked.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_DIR = Path(__file__).parent / "data" / "hsds-3.0"
BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OPENAPI = BASE + "openapi.json"


@functools.cache
def registry() -> Registry[Any]:
    resources = [
        (BASE + path.relative_to(SPEC_DIR).as_posix(),
         Resource.from_contents(json.loads(path.read_text(encoding="utf-8")),
                                default_specification=DRAFT202012))
        for path in sorted(SPEC_DIR.rglob("*.json"))
    ]  # fmt: skip
    return Registry().with_resources(resources)


@functools.cache
def openapi() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((SPEC_DIR / "openapi.json").read_text(encoding="utf-8"))
    return document


@functools.cache
def _validator(ref: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": ref}, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _messages(validator: Draft202012Validator, instance: Any) -> list[str]:
    return [
        f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def errors(instance: Any, schema: str) -> list[str]:
    """Why ``instance`` is not a valid HSDS object of ``schema`` (e.g. "service.json")."""
    return _messages(_validator(BASE + schema), instance)


def response_errors(path: str, body: Any, status: int = 200) -> list[str]:
    """Why ``body`` is not what the HSDS API reference promises for GET ``path``."""
    pointer = "/".join(
        ["", "paths", path.replace("~", "~0").replace("/", "~1"), "get", "responses",
         str(status), "content", "application~1json", "schema"]
    )  # fmt: skip
    assert path in openapi()["paths"], path
    return _messages(_validator(OPENAPI + "#" + quote(pointer, safe="/~")), body)


def _local(uri: str) -> Any:
    """The vendored copy of an HSDS schema URL (never the network)."""
    assert uri.startswith(BASE), uri
    return json.loads((SPEC_DIR / uri.removeprefix(BASE)).read_text(encoding="utf-8"))


def openapi_document_errors(document: dict[str, Any]) -> list[str]:
    """Why ``document`` is not a valid OpenAPI 3.1 document, its HSDS refs read locally."""
    spec = SchemaPath.from_dict(document, handlers={"https": _local, "http": _local})
    return [str(error)[:300] for error in OpenAPIV31SpecValidator(spec).iter_errors()]
