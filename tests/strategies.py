"""Hypothesis strategies drawn from the answers schema itself, so the property tests
cover every field the schema allows (and every way to break it)."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from crossroads.core.answers import answers_schema

TEXT = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.digits + " .,!?'éü😢\n"), max_size=80
)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        return {
            **answers_schema()["$defs"][name],
            **{k: v for k, v in schema.items() if k != "$ref"},
        }
    return schema


def from_schema(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid values for a (small) JSON schema: the subset the answers schema uses."""
    schema = _resolve(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(10**6)), schema.get("maximum", 10**6))
    if kind == "string":
        if schema.get("pattern") == "^[A-Z]{2}$":
            return st.sampled_from(["US", "GB", "FR", "IN", "BR", "JP", "ZZ"])
        return TEXT
    if kind == "array":
        return st.lists(from_schema(schema["items"]), max_size=min(schema.get("maxItems", 4), 4))
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {name: from_schema(sub) for name, sub in properties.items() if name in required},
            optional={
                name: from_schema(sub) for name, sub in properties.items() if name not in required
            },
        )
    raise NotImplementedError(schema)


def valid_answers() -> st.SearchStrategy[dict[str, Any]]:
    return from_schema(answers_schema())


@st.composite
def invalid_answers(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document broken in one place: a value out of range, of the wrong type,
    an unknown field, or the version missing."""
    document: dict[str, Any] = draw(valid_answers())
    how = draw(st.sampled_from(["range", "type", "unknown", "version", "nested_unknown"]))
    if how == "range":
        document["wellbeing"] = {
            "distress": draw(st.one_of(st.integers(11, 99), st.integers(-9, -1)))
        }
    elif how == "type":
        document["motives"] = {"habit": draw(st.sampled_from(["3", 2.5, None, [1]]))}
    elif how == "unknown":
        document[draw(st.sampled_from(["mood", "Version", "extra"]))] = 1
    elif how == "nested_unknown":
        document["situation"] = {"partner_name": "Sam"}
    else:
        document.pop("version")
    return document
