"""JSON Schema (draft 2020-12) of each kind of file, generated from the pydantic models.

Editors read these schemas (the VS Code YAML extension, through a `# yaml-language-server:
$schema=...` first line in each data file) to check and complete while the clerk types. The
models stay the single source of truth: this module only says, where pydantic cannot see it
through a validator function, what the validator accepts (id patterns, one value or a list),
and adds titles and descriptions from the message catalogues (`cchc.i18n.*_schema`), so a
schema can be printed in either language.

The schema is an aid, not the judge: `cchc check` also checks what a schema cannot say
(references between files, deadlines that parse, dates that exist). It never refuses a
file that `cchc check` accepts.

Output is deterministic (sorted keys, two-space indent, trailing newline), so the copies
shipped under `schema/` can be compared byte for byte. Regenerate them with
`python -m cchc.write.schemas` (or `cchc schema KIND > schema/KIND.schema.json`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import CoreSchema

from cchc import i18n
from cchc.model import fields
from cchc.model.config import Config
from cchc.model.kinds import SchemaKind
from cchc.model.plan import Plan
from cchc.model.records import MeasurementsFile, Record
from cchc.model.units import UnitsFile

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# An identifier, not a location: nothing is served there, and every `$ref` is internal.
ID_BASE = "https://cchc.local/schema/"
FOLDER = "schema"


# The model at the root of each kind of file; `updates` files hold one record or a list.
_ROOTS: dict[SchemaKind, Any] = {
    SchemaKind.plan: Plan,
    SchemaKind.units: UnitsFile,
    SchemaKind.updates: Record | list[Record],
    SchemaKind.measurements: MeasurementsFile,
    SchemaKind.config: Config,
}
_ROOT_MODEL: dict[SchemaKind, str | None] = {
    SchemaKind.plan: "Plan", SchemaKind.units: "UnitsFile", SchemaKind.updates: None,
    SchemaKind.measurements: "MeasurementsFile", SchemaKind.config: "Config",
}


def _one_or_many(schema: CoreSchema, generate: Callable[[CoreSchema], JsonSchemaValue],
                 ) -> JsonSchemaValue:
    many = generate(schema)
    # Only text is wrapped into a list (`lead: phong-noi-vu`), so the single form is text.
    one = {**many["items"], "type": "string"}
    return {"anyOf": [one, many]}


class _Generator(GenerateJsonSchema):
    """pydantic's generator, told what the `cchc.model.fields` validators accept."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        # "Lead" above `lead` says nothing; descriptions are added from the catalogues.
        return False

    def function_before_schema(self, schema: Any) -> JsonSchemaValue:
        function = schema["function"]["function"]
        if function is fields._unit_id:
            return {"type": "string", "pattern": fields.UNIT_ID.pattern}
        if function is fields._task_id:
            # A whole number is read as its text (`id: 3`); a decimal one is refused.
            return {"type": ["string", "integer"], "pattern": fields.TASK_ID.pattern,
                    "minimum": 0}
        if function in (fields._text, fields._long_text):
            # Any scalar but a yes/no reads as text (`number: 188`); blank text is refused.
            return {"type": ["string", "number"], "pattern": r"\S"}
        if function is fields._one_or_many:
            return _one_or_many(schema["schema"], self.generate_inner)
        return super().function_before_schema(schema)


def build(kind: SchemaKind | str, lang: str = "en") -> dict[str, Any]:
    """The JSON Schema of one kind of file, as a dict."""
    kind = SchemaKind(kind)
    schema = TypeAdapter(_ROOTS[kind]).json_schema(schema_generator=_Generator,
                                                     mode="validation")
    _walk(schema, _tidy)
    root = _ROOT_MODEL[kind]
    if kind is SchemaKind.plan:
        for form in schema["properties"]["period"]["anyOf"]:
            _describe(form, "PeriodRange", lang)
    if kind is SchemaKind.config:
        # cchc.yaml may hold only comments: every key is optional.
        schema["type"] = ["object", "null"]
    for name, model in schema.get("$defs", {}).items():
        _describe(model, name, lang)
        model["description"] = i18n.t(lang, f"schema.model.{name}")
    if root is not None:
        _describe(schema, root, lang)
        schema.pop("title", None)
    return {"$schema": DRAFT, "$id": f"{ID_BASE}{kind.value}.schema.json",
            "title": i18n.t(lang, f"schema.title.{kind.value}"),
            "description": i18n.t(lang, f"schema.description.{kind.value}"), **schema}


def render(kind: SchemaKind | str, lang: str = "en") -> str:
    """The JSON Schema of one kind of file as text: sorted keys, indent 2, final newline."""
    return json.dumps(build(kind, lang), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def file_name(kind: SchemaKind | str) -> str:
    return f"{SchemaKind(kind).value}.schema.json"


def modeline(rel_path: str, kind: SchemaKind | str) -> str:
    """The first line that points editors at the schema, for a file at `rel_path` (relative
    to the repository root, `/` separators) in a repository that ships `schema/`."""
    prefix = "../" * rel_path.count("/") or "./"
    return f"# yaml-language-server: $schema={prefix}{FOLDER}/{file_name(kind)}\n"


def _describe(model: dict[str, Any], name: str, lang: str) -> None:
    for field, prop in model.get("properties", {}).items():
        prop["description"] = i18n.t(lang, f"schema.field.{name}.{field}")


def _tidy(node: dict[str, Any]) -> None:
    # An empty default (null, []) would only be offered as an editor completion.
    if "default" in node and node["default"] in (None, []):
        del node["default"]
    # pydantic gives `Field(min_length=1)` as minLength even on a list; ours is a list.
    if "minLength" in node and "anyOf" in node:
        count = node.pop("minLength")
        for branch in node["anyOf"]:
            if branch.get("type") == "array":
                branch["minItems"] = count


def _walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)
