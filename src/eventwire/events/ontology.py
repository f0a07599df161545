"""The event ontology: PLOVER event types, CAMEO codes and the CAMEO -> PLOVER mapping.

Three data files, read once and validated (see ``data/README.md`` for their sources):
``plover.yaml`` (types, modes, old names), ``cameo.tsv`` (codes, names, Goldstein scores,
quad classes) and ``cameo_plover.tsv`` (CAMEO code -> PLOVER type, mode, context).

CAMEO codes are strings of 2-4 digits and keep their leading zeros: ``"042"``, not ``"42"``.
A code that lost its zero is not guessed, because both ``"10"`` (DEMAND) and ``"010"`` (make
statement) exist; the error suggests the padded code instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml

from eventwire.errors import InputError, NotFound
from eventwire.records import QuadClass

DEFAULT_FILES = ("plover.yaml", "cameo.tsv", "cameo_plover.tsv")

_CODE = re.compile(r"\d{2,4}")
_CAMEO_COLUMNS = ("code", "name", "root", "goldstein", "quad_class")
_MAPPING_COLUMNS = ("cameo", "plover", "mode", "context", "source")


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str  # AGREE ... ASSAULT
    quad_class: QuadClass
    definition: str
    modes: tuple[str, ...]  # allowed values of the mode field; may be empty


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str  # "042": 2-4 digits, leading zeros kept
    name: str
    root: str  # the 2-digit cue category, "04"
    goldstein: float  # -10.0 (most conflictual) .. +10.0
    quad_class: QuadClass


@dataclass(frozen=True, slots=True)
class PloverMapping:
    plover: PloverType
    mode: str | None
    context: tuple[str, ...]
    cameo: str  # the code whose row matched: the code asked for or a parent of it
    source: str  # "CAMEO2PLOVER-2021" or "eventwire"


def _fail(origin: str, line: int, message: str) -> InputError:
    where = f"{origin}:{line}" if line else origin  # line 0: the file as a whole
    return InputError(f"{where}: {message}", reason="bad_ontology")


def _tsv_rows(origin: str, text: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list]]:
    """Yield (line number, fields) of a TSV file with '#' comments and a header line."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise _fail(origin, number, f"header must be {'<TAB>'.join(columns)}")
            header_seen = True
        elif len(fields) != len(columns):
            raise _fail(origin, number, f"expected {len(columns)} tab-separated fields, "
                                        f"found {len(fields)}")
        else:
            yield number, fields
    if not header_seen:
        raise _fail(origin, 1, "no header line (is the file empty?)")


def _read_types(origin: str, text: str) -> tuple[dict[str, PloverType], dict[str, str], set]:
    try:
        doc = yaml.safe_load(text)
        types: dict[str, PloverType] = {}
        for entry in doc["types"]:
            name = entry["name"]
            if name in types:
                raise _fail(origin, 0, f"PLOVER type {name} is listed twice")
            types[name] = PloverType(name, QuadClass(entry["quad_class"]), entry["definition"],
                                     tuple(entry["modes"]))
        old_names, dropped = dict(doc["old_names"]), set(doc["dropped_cameo_roots"])
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise _fail(origin, 0, f"not a valid PLOVER type file ({exc!r})") from exc
    for old, new in old_names.items():
        if new not in types:
            raise _fail(origin, 0, f"old name {old} maps to unknown PLOVER type {new}")
    return types, old_names, dropped


def _read_cameo(origin: str, text: str) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for number, (code, name, root, goldstein, quad) in _tsv_rows(origin, text, _CAMEO_COLUMNS):
        if not _CODE.fullmatch(code) or root != code[:2]:
            raise _fail(origin, number, f"bad CAMEO code {code!r} or root {root!r}")
        if code in codes:
            raise _fail(origin, number, f"duplicate CAMEO code {code}")
        if len(code) > 2 and code[:-1] not in codes:
            raise _fail(origin, number, f"CAMEO code {code} comes before its parent {code[:-1]}")
        try:
            score, quad_class = float(goldstein), QuadClass(int(quad))
        except ValueError as exc:
            raise _fail(origin, number, f"bad Goldstein score or quad class ({exc})") from exc
        if not -10.0 <= score <= 10.0:
            raise _fail(origin, number, f"Goldstein score {score} is outside -10..10")
        codes[code] = CameoCode(code, name, root, score, quad_class)
    return codes


def _read_mappings(origin: str, text: str, types: Mapping[str, PloverType],
                   codes: Mapping[str, CameoCode]) -> dict[str, PloverMapping]:
    rows: dict[str, PloverMapping] = {}
    for number, (code, plover, mode, context, source) in _tsv_rows(origin, text,
                                                                   _MAPPING_COLUMNS):
        if code not in codes:
            raise _fail(origin, number, f"unknown CAMEO code {code!r} (not in cameo.tsv)")
        if code in rows:
            raise _fail(origin, number, f"duplicate CAMEO code {code}")
        if plover not in types:
            raise _fail(origin, number, f"unknown PLOVER type {plover!r} for CAMEO {code} "
                                        f"(known: {', '.join(types)})")
        if mode and mode not in types[plover].modes:
            raise _fail(origin, number, f"mode {mode!r} is not a mode of {plover} "
                                        "(add it to plover.yaml or fix the row)")
        contexts = tuple(c.strip() for c in context.split(";") if c.strip())
        rows[code] = PloverMapping(types[plover], mode or None, contexts, code, source)
    return rows


def _check_roots(origin: str, codes: Mapping[str, CameoCode], rows: Mapping[str, PloverMapping],
                 dropped: set[str]) -> None:
    for root in sorted(c for c in codes if len(c) == 2):
        if (root in rows) == (root in dropped):
            state = "both maps and is dropped" if root in rows else "has no PLOVER row"
            raise _fail(origin, 0, f"CAMEO root {root} {state}; every root needs a row in "
                                   "cameo_plover.tsv or a place in dropped_cameo_roots")


class Ontology:
    """Lookups over the loaded, validated ontology. Build it with :func:`load_ontology`."""

    def __init__(self, *, types: Mapping[str, PloverType], codes: Mapping[str, CameoCode],
                 mappings: Mapping[str, PloverMapping], old_names: Mapping[str, str],
                 dropped_roots: set[str]):
        self.plover_types = tuple(types.values())
        self.cameo_codes = tuple(codes.values())
        self._types, self._codes, self._mappings = dict(types), dict(codes), dict(mappings)
        self._old_names, self._dropped = dict(old_names), frozenset(dropped_roots)

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code ``code`` ("042"; surrounding spaces ignored, leading zeros kept).

        Raises:
            InputError: ``code`` is not a string of 2-4 digits.
            NotFound: no such CAMEO code; the message suggests the zero-padded code.
        """
        if not isinstance(code, str) or not _CODE.fullmatch(code.strip()):
            raise InputError(f"CAMEO code {code!r} is not a string of 2-4 digits "
                             "(codes keep leading zeros: '042')", reason="bad_cameo_code")
        key = code.strip()
        if key not in self._codes:
            hint = f"; did you mean '0{key}'?" if f"0{key}" in self._codes else ""
            raise NotFound(f"unknown CAMEO code {key!r}{hint}", reason="unknown_cameo_code")
        return self._codes[key]

    def plover_for(self, code: str) -> PloverMapping | None:
        """The PLOVER type, mode and context of a CAMEO code.

        A code without its own row takes its parent's (0841 -> 084 -> 08).

        Returns:
            The mapping, or None for codes under a root PLOVER drops (CAMEO 01, statements).

        Raises:
            InputError, NotFound: as :meth:`cameo`.
        """
        key = self.cameo(code).code
        while len(key) >= 2:
            if key in self._mappings:
                return self._mappings[key]
            key = key[:-1]
        return None  # validation guarantees the root is in self._dropped

    def goldstein(self, code: str) -> float:
        """The Goldstein score of a CAMEO code (-10.0 .. +10.0)."""
        return self.cameo(code).goldstein

    def quad_class(self, code: str) -> QuadClass:
        """The quad class of a CAMEO code, from its root (01-05 -> 1 ... 14-20 -> 4)."""
        return self.cameo(code).quad_class

    def current_plover(self, name: str) -> PloverType:
        """The current PLOVER type for a current or PLOVER 0.5b1 name (DEMAND -> REQUEST).

        Raises:
            NotFound: neither a current nor an old PLOVER name.
        """
        key = name.strip().upper()
        key = self._old_names.get(key, key)
        if key not in self._types:
            raise NotFound(f"unknown PLOVER type {name!r} (known: {', '.join(self._types)}; "
                           f"old names: {', '.join(self._old_names)})",
                           reason="unknown_plover_type")
        return self._types[key]


def _load(data: Traversable, origin: str) -> Ontology:
    texts = {}
    for name in DEFAULT_FILES:
        try:
            texts[name] = data.joinpath(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{origin}/{name}: cannot read ontology file ({exc})",
                             reason="bad_ontology") from exc
    types, old_names, dropped = _read_types(f"{origin}/plover.yaml", texts["plover.yaml"])
    codes = _read_cameo(f"{origin}/cameo.tsv", texts["cameo.tsv"])
    mapping_origin = f"{origin}/cameo_plover.tsv"
    mappings = _read_mappings(mapping_origin, texts["cameo_plover.tsv"], types, codes)
    _check_roots(mapping_origin, codes, mappings, dropped)
    return Ontology(types=types, codes=codes, mappings=mappings, old_names=old_names,
                    dropped_roots=dropped)


@cache
def _packaged_ontology() -> Ontology:
    return _load(resources.files(__package__).joinpath("data"), "eventwire/events/data")


def load_ontology(data_dir: Path | None = None) -> Ontology:
    """Load and validate the ontology; the packaged one is loaded once per process.

    Args:
        data_dir: a directory holding plover.yaml, cameo.tsv and cameo_plover.tsv in the
            packaged format, used instead of the packaged data (tests, experiments).

    Raises:
        InputError: a file is unreadable or invalid (duplicate code, unknown PLOVER type or
            mode, a CAMEO root with no PLOVER row...); the message names file and line.
        NotFound: ``data_dir`` does not exist.
    """
    if data_dir is None:
        return _packaged_ontology()
    if not Path(data_dir).is_dir():
        raise NotFound(f"{data_dir}: no such ontology directory", reason="no_data_dir")
    return _load(Path(data_dir), str(data_dir))
