"""Reading and validating lexicon YAML files: the packaged ones, then users' directories.

Validation turns each file's entries into plain dicts with every key present (lists as
tuples, dates as ``date``), merged by code (people and groups: by name). Every problem raises
:class:`InputError` naming the file and the entry, so a user can fix their lexicon.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import InputError, NotFound

FILES = ("countries.yaml", "igos.yaml", "sectors.yaml", "people.yaml", "groups.yaml")
# code prefixes of groups with no home country, after CAMEO's non-state first fields
TRANSNATIONAL = {"NGO": "non-governmental organisation working across countries",
                 "IMG": "international militarized group"}

_KEY = {"countries.yaml": "code", "igos.yaml": "code", "sectors.yaml": "code",
        "people.yaml": "name", "groups.yaml": "name"}
_REQUIRED = {
    "countries.yaml": {"code", "name", "adjectives", "capital"},
    "igos.yaml": {"code", "name", "aliases"},
    "sectors.yaml": {"code", "name", "description", "roles"},
    "people.yaml": {"name", "roles"},
    "groups.yaml": {"name", "code", "country", "sector"},
}
_OPTIONAL = {
    "countries.yaml": {"aliases", "metonyms", "shared_metonyms"},
    "igos.yaml": {"alias_codes", "descriptions", "organs", "metonyms", "shared_metonyms"},
    "sectors.yaml": set(),
    "people.yaml": {"aliases", "surname"},
    "groups.yaml": {"aliases"},
}
_CODE = {"countries.yaml": re.compile(r"[A-Z]{3}"), "sectors.yaml": re.compile(r"[A-Z]{3}"),
         "igos.yaml": re.compile(r"[A-Z][A-Z0-9]{1,11}"),
         "groups.yaml": re.compile(r"[A-Z]{3}(?:[A-Z]{3})?")}
_ROLE_KEYS = {"code", "country", "sector", "role", "start", "end"}
_ORGAN_KEYS = {"name", "aliases", "sector"}

Entry = dict[str, Any]


class _Loader(yaml.SafeLoader):
    """Safe loading with dates left as text, so that a bad date is reported per entry."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class Source:
    """One lexicon file's parsed YAML and where it came from."""

    origin: str  # path or package-relative name, used in error messages
    name: str  # which lexicon file it is: countries.yaml, igos.yaml...
    data: Any


def parse(origin: str, name: str, text: str) -> Source:
    try:
        return Source(origin, name, yaml.load(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        raise InputError(f"{origin}: not valid YAML: {exc}", reason="lexicon") from exc


# lexicon files of later stages that share a user's --lexicon folder; read by those stages
OTHER_STAGE_FILES = frozenset({"predicates.yaml"})


def read_dir(directory: Path) -> list[Source]:
    """The lexicon files in a user directory (any subset of :data:`FILES`)."""
    if not directory.is_dir():
        raise NotFound(f"{directory}: lexicon directory not found", reason="lexicon")
    sources = []
    for path in sorted(directory.glob("*.y*ml")):
        if path.name in OTHER_STAGE_FILES:
            continue
        if path.name not in FILES:
            raise InputError(f"{path}: unknown lexicon file (expected one of "
                             f"{', '.join(FILES)})", reason="lexicon")
        sources.append(parse(str(path), path.name, path.read_text(encoding="utf-8")))
    return sources


def validate(sources: Iterable[Source]) -> dict[str, list[Entry]]:
    """Merge the sources in order and check them; returns normalized entries per file."""
    merged: dict[str, dict[str, Entry]] = {name: {} for name in FILES}
    origins: dict[int, str] = {}
    for source in sources:
        for origin, raw in _entries(source):
            key = raw[_KEY[source.name]]
            entry = {**merged[source.name].get(key, {}), **raw}
            merged[source.name][key] = entry
            origins[id(entry)] = origin
    result = {}
    for name in FILES:
        result[name] = [_NORMALIZE[name](e, origins[id(e)]) for e in merged[name].values()]
    _check_references(result)
    return result


def _entries(source: Source) -> Iterable[tuple[str, Entry]]:
    data = source.data or []
    if not isinstance(data, list):
        raise InputError(f"{source.origin}: expected a list of entries", reason="lexicon")
    keyname, seen = _KEY[source.name], set()
    allowed = _REQUIRED[source.name] | _OPTIONAL[source.name]
    for i, raw in enumerate(data, start=1):
        where = f"{source.origin}: entry {i}"
        if not isinstance(raw, dict) or not isinstance(raw.get(keyname), str):
            raise _error(where, f"expected a mapping with a {keyname!r}")
        where = f"{where} ({raw[keyname]})"
        if unknown := sorted(set(raw) - allowed):
            raise _error(where, f"unknown key {unknown[0]!r} "
                                f"(allowed: {', '.join(sorted(allowed))})")
        if raw[keyname] in seen:
            raise _error(where, f"duplicate {keyname} {raw[keyname]!r} in this file")
        seen.add(raw[keyname])
        yield where, raw


def _error(where: str, message: str) -> InputError:
    return InputError(f"{where}: {message}", reason="lexicon")


def _require(entry: Entry, name: str, where: str) -> None:
    if missing := sorted(_REQUIRED[name] - set(entry)):
        raise _error(where, f"missing key {missing[0]!r}")
    code = entry.get("code")
    if name in _CODE and not _CODE[name].fullmatch(code or ""):
        raise _error(where, f"bad code {code!r} (expected {_CODE[name].pattern})")


def _text(value: Any, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _error(where, f"{key!r} must be a non-empty string, not {value!r}")
    return value.strip()


def _texts(entry: Entry, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list):
        raise _error(where, f"{key!r} must be a list")
    return tuple(_text(v, where, key) for v in value)


def _metonyms(entry: Entry, where: str) -> tuple[tuple[str, str], ...]:
    result = []
    for item in entry.get("metonyms") or []:
        if isinstance(item, dict):
            if unknown := sorted(set(item) - {"name", "sector"}):
                raise _error(where, f"unknown metonym key {unknown[0]!r}")
            result.append((_text(item.get("name"), where, "metonyms"),
                           _text(item.get("sector", "GOV"), where, "sector")))
        else:
            result.append((_text(item, where, "metonyms"), "GOV"))
    return tuple(result)


def _country(entry: Entry, where: str) -> Entry:
    _require(entry, "countries.yaml", where)
    return {"code": entry["code"], "name": _text(entry["name"], where, "name"),
            "aliases": _texts(entry, "aliases", where),
            "adjectives": _texts(entry, "adjectives", where),
            "capital": _text(entry["capital"], where, "capital"),
            "metonyms": _metonyms(entry, where),
            "shared_metonyms": _texts(entry, "shared_metonyms", where), "_where": where}


def _organ(item: Any, where: str) -> Entry:
    if not isinstance(item, dict) or set(item) - _ORGAN_KEYS:
        raise _error(where, f"bad organ {item!r} (keys: {', '.join(sorted(_ORGAN_KEYS))})")
    sector = item.get("sector")
    return {"name": _text(item.get("name"), where, "organ name"),
            "aliases": _texts(item, "aliases", where),
            "sector": None if sector is None else _text(sector, where, "sector")}


def _igo(entry: Entry, where: str) -> Entry:
    _require(entry, "igos.yaml", where)
    return {"code": entry["code"], "name": _text(entry["name"], where, "name"),
            "alias_codes": _texts(entry, "alias_codes", where),
            "aliases": _texts(entry, "aliases", where),
            "descriptions": _texts(entry, "descriptions", where),
            "organs": tuple(_organ(o, where) for o in entry.get("organs") or []),
            "metonyms": _metonyms(entry, where),
            "shared_metonyms": _texts(entry, "shared_metonyms", where), "_where": where}


def _sector(entry: Entry, where: str) -> Entry:
    _require(entry, "sectors.yaml", where)
    return {"code": entry["code"], "name": _text(entry["name"], where, "name"),
            "description": _text(entry["description"], where, "description"),
            "roles": tuple(r.casefold() for r in _texts(entry, "roles", where)),
            "_where": where}


def _date(value: Any, where: str, key: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _error(where, f"bad {key} date {value!r} (expected YYYY-MM-DD)") from None


def _role(item: Any, where: str) -> Entry:
    if not isinstance(item, dict) or set(item) - _ROLE_KEYS:
        raise _error(where, f"bad role {item!r} (keys: {', '.join(sorted(_ROLE_KEYS))})")
    if ("code" in item) == ("country" in item):
        raise _error(where, f"role {item.get('role')!r} needs either 'code' (an IGO) or "
                            "'country' (with 'sector'), not both")
    if "country" in item and "sector" not in item:
        raise _error(where, f"role {item.get('role')!r} has a country but no sector")
    role = {k: item.get(k) for k in ("code", "country", "sector")}
    role["role"] = _text(item.get("role"), where, "role")
    role["start"] = _date(item.get("start"), where, "start")
    role["end"] = None if item.get("end") is None else _date(item["end"], where, "end")
    if role["end"] is not None and role["end"] <= role["start"]:
        raise _error(where, f"role {role['role']!r} ends ({role['end']}) before it starts")
    return role


def _person(entry: Entry, where: str) -> Entry:
    _require(entry, "people.yaml", where)
    roles = sorted((_role(r, where) for r in entry["roles"] or []), key=lambda r: r["start"])
    if not roles:
        raise _error(where, "a person needs at least one role")
    for before, after in itertools.pairwise(roles):
        if before["end"] is None or before["end"] > after["start"]:
            raise _error(where, f"roles overlap: {before['role']!r} from {before['start']} "
                                f"and {after['role']!r} from {after['start']}")
    name = _text(entry["name"], where, "name")
    surname = entry.get("surname", name.split()[-1])
    return {"name": name, "aliases": _texts(entry, "aliases", where),
            "surname": None if surname is None else _text(surname, where, "surname"),
            "roles": tuple(roles), "_where": where}


def _optional_text(value: Any, where: str, key: str) -> str | None:
    return None if value is None else _text(value, where, key)


def _group(entry: Entry, where: str) -> Entry:
    _require(entry, "groups.yaml", where)
    return {"name": _text(entry["name"], where, "name"), "code": entry["code"],
            "country": _optional_text(entry["country"], where, "country"),
            "sector": _optional_text(entry["sector"], where, "sector"),
            "aliases": _texts(entry, "aliases", where), "_where": where}


_NORMALIZE: dict[str, Callable[[Entry, str], Entry]] = {
    "countries.yaml": _country, "igos.yaml": _igo, "sectors.yaml": _sector,
    "people.yaml": _person, "groups.yaml": _group,
}


def _key(form: str) -> str:
    return re.sub(r"^the ", "", " ".join(form.split()).casefold())


def _unique(owners: dict[str, str], form: str, owner: str, where: str, what: str) -> None:
    """Record that ``form`` belongs to ``owner``; a second owner is an error."""
    key = _key(form)
    if owners.setdefault(key, owner) != owner:
        raise _error(where, f"{what} {form!r} is already used by {owners[key]}")


def _check_references(result: dict[str, list[Entry]]) -> None:
    sectors = {s["code"] for s in result["sectors.yaml"]}
    countries = {c["code"] for c in result["countries.yaml"]}
    igos = {i["code"] for i in result["igos.yaml"]}
    _check_names(result, sectors)
    roles: dict[str, str] = {}
    for s in result["sectors.yaml"]:
        for role in s["roles"]:
            _unique(roles, role, s["code"], s["_where"], "role noun")
    names: dict[str, str] = {}
    for p in result["people.yaml"]:
        for form in (p["name"], *p["aliases"]):
            _unique(names, form, p["name"], p["_where"], "person name")
        for r in p["roles"]:
            if r["code"] is not None and r["code"] not in igos:
                raise _error(p["_where"], f"unknown IGO code {r['code']!r}")
            if r["country"] is not None and r["country"] not in countries:
                raise _error(p["_where"], f"unknown country code {r['country']!r}")
            if r["sector"] is not None and r["sector"] not in sectors:
                raise _error(p["_where"], f"unknown sector {r['sector']!r}")
    for g in result["groups.yaml"]:
        _check_group(g, countries, sectors)


def _check_group(group: Entry, countries: set[str], sectors: set[str]) -> None:
    """A group's code is its home country (or a TRANSNATIONAL prefix) and its sector."""
    where, country, sector = group["_where"], group["country"], group["sector"]
    if sector is not None and sector not in sectors:
        raise _error(where, f"unknown sector {sector!r}")
    if country is not None and country not in countries:
        raise _error(where, f"unknown country code {country!r}")
    if country is not None and sector is None:
        raise _error(where, "a group with a country needs a sector (else it is the state)")
    prefix = group["code"][:3]
    if country is None and prefix not in TRANSNATIONAL:
        raise _error(where, f"code {group['code']!r} starts with no country: use one of "
                            f"{', '.join(TRANSNATIONAL)} or set 'country'")
    expected = (country or prefix) + (sector or "")
    if group["code"] != expected:
        raise _error(where, f"code {group['code']!r} does not match country {country!r} "
                            f"and sector {sector!r} (expected {expected!r})")


def _check_names(result: dict[str, list[Entry]], sectors: set[str]) -> None:
    """Names and metonyms may not silently denote two actors (shared metonyms aside)."""
    names: dict[str, str] = {}
    solo: dict[str, str] = {}
    shared: dict[str, str] = {}
    for entry in (*result["countries.yaml"], *result["igos.yaml"]):
        where, code = entry["_where"], entry["code"]
        for form in (entry["name"], *entry["aliases"]):
            _unique(names, form, code, where, "name")
        organs = entry.get("organs", ())
        for form in (f for o in organs for f in (o["name"], *o["aliases"])):
            _unique(names, form, code, where, "name")
        for sector in [s for _, s in entry["metonyms"]] + [o["sector"] for o in organs]:
            if sector is not None and sector not in sectors:
                raise _error(where, f"unknown sector {sector!r}")
        for form, _ in entry["metonyms"]:
            key = _key(form)
            if key in shared or key in solo:
                other = shared.get(key) or solo[key]
                raise _error(where, f"metonym {form!r} is also claimed by {other}; list it "
                                    "under shared_metonyms in every entry that uses it")
            solo[key] = code
        for form in entry["shared_metonyms"]:
            if _key(form) in solo:
                raise _error(where, f"shared metonym {form!r} is a plain metonym of "
                                    f"{solo[_key(form)]}; make it shared there too")
            shared[_key(form)] = code
    for group in result["groups.yaml"]:  # after states and IGOs: a clash names the group
        for form in (group["name"], *group["aliases"]):
            _unique(names, form, group["name"], group["_where"], "name")
