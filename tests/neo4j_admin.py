"""CSV files read as `neo4j-admin database import full` reads them, from its documented rules alone.

Written from the Operations Manual's "Import" chapter (options table, "CSV header format", "Node files",
"Relationship files", "Property data types"), not from the exporter, so a disagreement between the two
shows up as a failing test:

- the command's own flags decide the delimiter (`,`), the array delimiter (`;` unless `--array-delimiter`,
  which takes a character, `TAB`, `\\t`, `\\ID` or `U+XXXX`), the quote (`"`), whether a quoted field may span
  lines (`--multiline-fields`), `--ignore-empty-strings` and `--trim-strings`;
- fields follow RFC 4180: a quoted field doubles its quotes; a backslash is an ordinary character (without
  `--legacy-style-quoting`); an empty unquoted field is no value, an empty quoted field an empty string;
- each header field is `<name>:<field_type>`; `ID` (optionally `ID(group)`), `LABEL`, `TYPE`, `START_ID`,
  `END_ID` and `IGNORE` are roles, anything else a property type (`int`, `long`, `float`, `double`,
  `boolean`, `byte`, `short`, `char`, `string`, `date`, `duration`, ...; `[]` for an array); no type is string;
- `:LABEL` is split on the array delimiter like an array; `--nodes=A:B=file` adds labels A and B;
- a boolean is true only for the exact text `true`; an empty array is not imported;
- a relationship must name existing start and end nodes, and node IDs are unique within their group.
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROLES = {"ID", "LABEL", "TYPE", "START_ID", "END_ID", "IGNORE"}
SCALAR_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
                "localtime", "time", "localdatetime", "datetime", "duration"}
#: Every option of `neo4j-admin database import full` the manual lists (for checking a command's syntax).
FULL_IMPORT_OPTIONS = {
    "--additional-config", "--array-delimiter", "--auto-skip-subsequent-headers", "--bad-tolerance", "--compress",
    "--delimiter", "--dry-run", "--expand-commands", "--format", "-h", "--help", "--high-parallel-io", "--id-type",
    "--ignore-empty-strings", "--ignore-extra-columns", "--input-encoding", "--input-type",
    "--legacy-style-quoting", "--max-off-heap-memory", "--multiline-fields", "--multiline-fields-format",
    "--nodes", "--normalize-types", "--overwrite-destination", "--path-pattern-style", "--profile",
    "--profile-results-path", "--property-shard-count", "--quote", "--read-buffer-size", "--relationships",
    "--report-file", "--schema", "--skip-bad-entries-logging", "--skip-bad-relationships",
    "--skip-duplicate-nodes", "--strict", "--target-format", "--target-location", "--temp-path", "--threads",
    "--trim-strings", "--vector-delimiter", "--verbose"}
BOOLEAN_OPTIONS = {"--auto-skip-subsequent-headers", "--compress", "--dry-run", "--ignore-empty-strings",
                   "--ignore-extra-columns", "--legacy-style-quoting", "--normalize-types",
                   "--overwrite-destination", "--profile", "--skip-bad-entries-logging", "--skip-bad-relationships",
                   "--skip-duplicate-nodes", "--strict", "--trim-strings", "--verbose", "--expand-commands"}


class ImportError_(ValueError):
    """neo4j-admin would refuse the input (or the command)."""


def parse_char(spec: str) -> str:
    """A delimiter option's character: `TAB`, `\\t`, `\\ID` (decimal code), `U+XXXX`, or the character itself."""
    if spec in ("TAB", "\\t"):
        return "\t"
    if re.fullmatch(r"U\+[0-9A-Fa-f]{4}", spec):
        return chr(int(spec[2:], 16))
    if re.fullmatch(r"\\\d+", spec):
        return chr(int(spec[1:]))
    if len(spec) != 1:
        raise ImportError_(f"not a character: {spec!r}")
    return spec


@dataclass
class ImportCommand:
    database: str
    delimiter: str = ","
    array_delimiter: str = ";"
    quote: str = '"'
    multiline_fields: bool = False
    ignore_empty_strings: bool = False
    trim_strings: bool = False
    nodes: list[tuple[tuple[str, ...], list[str]]] = field(default_factory=list)
    relationships: list[tuple[str | None, list[str]]] = field(default_factory=list)
    flags: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, command: str) -> ImportCommand:
        """The options of a `neo4j-admin database import full ...` command line (shell syntax)."""
        words = shlex.split(command.replace("\\\n", " "))
        start = next((i for i in range(len(words) - 2)
                      if words[i].endswith("neo4j-admin") and words[i + 1:i + 4] == ["database", "import", "full"]),
                     None)
        if start is None:
            raise ImportError_("not a `neo4j-admin database import full` command")
        positional: list[str] = []
        flags: dict[str, str] = {}
        nodes, relationships = [], []
        for word in words[start + 4:]:
            if not word.startswith("-"):
                positional.append(word)
                continue
            name, has_value, value = word.partition("=")
            if name not in FULL_IMPORT_OPTIONS:
                raise ImportError_(f"unknown option {name}")
            if name in BOOLEAN_OPTIONS:
                if has_value and value not in ("true", "false"):
                    raise ImportError_(f"{name} takes true or false, not {value!r}")
                value = value if has_value else "true"
            elif not has_value:
                raise ImportError_(f"{name} needs a value (write {name}=VALUE)")
            if name == "--nodes":
                prefix, _, files = value.rpartition("=")
                nodes.append((tuple(x for x in prefix.split(":") if x), files.split(",")))
            elif name == "--relationships":
                prefix, _, files = value.rpartition("=")
                relationships.append((prefix or None, files.split(",")))
            else:
                flags[name] = value
        if len(positional) > 1:
            raise ImportError_(f"more than one database named: {positional}")
        multiline = flags.get("--multiline-fields", "false")
        if multiline not in ("true", "false"):
            raise ImportError_("this reader knows --multiline-fields=true|false (format v1) only")
        return cls(database=positional[0] if positional else "neo4j",
                   delimiter=parse_char(flags.get("--delimiter", ",")),
                   array_delimiter=parse_char(flags.get("--array-delimiter", ";")),
                   quote=parse_char(flags.get("--quote", '"')),
                   multiline_fields=multiline == "true",
                   ignore_empty_strings=flags.get("--ignore-empty-strings") == "true",
                   trim_strings=flags.get("--trim-strings") == "true",
                   nodes=nodes, relationships=relationships, flags=flags)


# ------------------------------------------------------------------------------------------ fields
Field = tuple[str, bool]  # text, was quoted


def read_records(text: str, command: ImportCommand, source: str) -> list[list[Field]]:
    """RFC 4180 records; a line break inside quotes is refused unless --multiline-fields=true."""
    records: list[list[Field]] = []
    record: list[Field] = []
    i, n, line = 0, len(text), 1
    delimiter, quote = command.delimiter, command.quote
    while i < n:
        if text[i] == quote:
            value, i = [], i + 1
            while True:
                if i >= n:
                    raise ImportError_(f"{source}:{line}: a quoted field is not closed")
                ch = text[i]
                if ch == quote:
                    if i + 1 < n and text[i + 1] == quote:
                        value.append(quote)
                        i += 2
                        continue
                    i += 1
                    break
                if ch in "\r\n":
                    if not command.multiline_fields:
                        raise ImportError_(f"{source}:{line}: a field spans lines (needs --multiline-fields=true)")
                    line += ch == "\n"
                value.append(ch)
                i += 1
            record.append(("".join(value), True))
            if i < n and text[i] not in (delimiter, "\n", "\r"):
                raise ImportError_(f"{source}:{line}: text after a closing quote")
        else:
            j = i
            while j < n and text[j] not in (delimiter, "\n", "\r"):
                if text[j] == quote:
                    raise ImportError_(f"{source}:{line}: a quote inside an unquoted field")
                j += 1
            record.append((text[i:j], False))
            i = j
        if i < n and text[i] == delimiter:
            i += 1
            if i >= n:
                record.append(("", False))
            continue
        if i < n and text[i] == "\r":
            i += 1
        if i < n and text[i] == "\n":
            i += 1
        records.append(record)
        record, line = [], line + 1
    if record:
        records.append(record)
    return records


@dataclass(frozen=True)
class Column:
    name: str
    role: str  # one of ROLES, or "property"
    type: str = "string"  # property type, with [] for arrays
    group: str = ""  # ID space of ID / START_ID / END_ID


def parse_header(record: list[Field], source: str) -> list[Column]:
    columns = []
    for text, _ in record:
        name, _, spec = text.partition(":")
        spec = re.sub(r"\{.*\}$", "", spec)  # header options such as {label:Person} or {crs:WGS-84}
        match = re.fullmatch(r"(ID|START_ID|END_ID)(?:\((.*)\))?", spec)
        if match:
            columns.append(Column(name, match.group(1), group=match.group(2) or ""))
        elif spec in ROLES:
            columns.append(Column(name, spec))
        else:
            prop_type = spec or "string"
            if prop_type.removesuffix("[]") not in SCALAR_TYPES:
                raise ImportError_(f"{source}: unknown type {prop_type!r} in header field {text!r}")
            if not name:
                raise ImportError_(f"{source}: a property field without a name: {text!r}")
            columns.append(Column(name, "property", prop_type))
    return columns


def scalar(text: str, prop_type: str, source: str) -> object:
    try:
        if prop_type in ("int", "long", "byte", "short"):
            return int(text)
        if prop_type in ("float", "double"):
            return float(text)
        if prop_type == "boolean":
            return text == "true"
        if prop_type == "date":
            return date.fromisoformat(text)
        if prop_type == "duration":
            if not re.fullmatch(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?([\d.]+S)?)?", text):
                raise ValueError(text)
            return text
        if prop_type == "char" and len(text) != 1:
            raise ValueError(text)
    except ValueError as err:
        raise ImportError_(f"{source}: {text!r} is not a {prop_type}") from err
    return text


def value(field_: Field, column: Column, command: ImportCommand, source: str) -> object | None:
    """The property value neo4j-admin stores for one field, or None for no property."""
    text, quoted = field_
    if command.trim_strings:
        text = text.strip()
    if text == "" and (not quoted or command.ignore_empty_strings):
        return None
    if column.type.endswith("[]"):
        items = [scalar(x, column.type[:-2], source) for x in text.split(command.array_delimiter)]
        return items or None
    return scalar(text, column.type, source)


# ------------------------------------------------------------------------------------------ import
@dataclass
class Imported:
    nodes: dict[tuple[str, str], tuple[frozenset[str], dict[str, object]]]  # (group, id) -> labels, props
    relationships: list[tuple[str, str, str, dict[str, object]]]  # type, start id, end id, props


def run_import(command: ImportCommand, base: Path, rename: dict[str, Path] | None = None) -> Imported:
    """Reads the command's files (paths relative to `base`, or renamed) into nodes and relationships."""
    def path_of(name: str) -> Path:
        for prefix, target in (rename or {}).items():
            if name.startswith(prefix):
                return target / name[len(prefix):]
        return base / name

    def records_of(files: list[str]) -> tuple[list[Column], list[list[Field]], str]:
        header: list[Column] | None = None
        rows: list[list[Field]] = []
        for name in files:
            source = path_of(name)
            records = read_records(source.read_text(encoding="utf-8"), command, source.name)
            if header is None:
                if not records:
                    raise ImportError_(f"{source.name}: no header")
                header, records = parse_header(records[0], source.name), records[1:]
            rows += records
        assert header is not None
        return header, rows, files[0]

    nodes: dict[tuple[str, str], tuple[frozenset[str], dict[str, object]]] = {}
    for extra_labels, files in command.nodes:
        header, rows, source = records_of(files)
        for row in rows:
            if len(row) != len(header):
                raise ImportError_(f"{source}: a row of {len(row)} fields under a header of {len(header)}")
            labels = set(extra_labels)
            props: dict[str, object] = {}
            key: tuple[str, str] | None = None
            for column, field_ in zip(header, row):
                if column.role == "ID":
                    key = (column.group, field_[0])
                    if column.name:
                        props[column.name] = field_[0]
                elif column.role == "LABEL":
                    labels |= {x for x in field_[0].split(command.array_delimiter) if x}
                elif column.role == "property":
                    v = value(field_, column, command, source)
                    if v is not None:
                        props[column.name] = v
                elif column.role != "IGNORE":
                    raise ImportError_(f"{source}: a node file has a {column.role} field")
            if key is None:
                raise ImportError_(f"{source}: a node without ID cannot be linked")
            if key in nodes:
                raise ImportError_(f"{source}: duplicate node ID {key[1]!r}")
            nodes[key] = (frozenset(labels), props)
    relationships = []
    for default_type, files in command.relationships:
        header, rows, source = records_of(files)
        for row in rows:
            if len(row) != len(header):
                raise ImportError_(f"{source}: a row of {len(row)} fields under a header of {len(header)}")
            rel_type, start, end, props = default_type, None, None, {}
            for column, field_ in zip(header, row):
                if column.role == "TYPE":
                    rel_type = field_[0] or rel_type
                elif column.role == "START_ID":
                    start = (column.group, field_[0])
                elif column.role == "END_ID":
                    end = (column.group, field_[0])
                elif column.role == "property":
                    v = value(field_, column, command, source)
                    if v is not None:
                        props[column.name] = v
                elif column.role != "IGNORE":
                    raise ImportError_(f"{source}: a relationship file has a {column.role} field")
            if not rel_type or start is None or end is None:
                raise ImportError_(f"{source}: a relationship needs :TYPE, :START_ID and :END_ID")
            for ref in (start, end):
                if ref not in nodes:
                    raise ImportError_(f"{source}: relationship to a missing node {ref[1]!r}")
            relationships.append((rel_type, start[1], end[1], props))
    return Imported(nodes, relationships)
