"""The actor lexicon: countries, IGOs, sectors, people and named groups, from ``data/*.yaml``.

Matching rules, shared by every lookup of a proper name:

- A leading "the" is optional, spacing, accents, dots and hyphens are ignored
  ("the Élysée" = "Elysee", "Kim Jong-un" = "Kim Jong Un").
- Forms written without lowercase letters ("US", "U.S.", "UAE", "WHO", "NATO") match only
  as written: "us" and "Who" are words, not actors.
- Other forms match case-insensitively, except that a query written all in lowercase never
  matches a proper name: "turkey", "chad" and "male" are words.

Role nouns ("foreign minister", "troops") are common nouns and match case-insensitively,
dots ignored ("Lt. Gen."), plurals included; the longest listed ending wins ("military
spokesman" is MIL, "spokesman" GOV).

Group names keep their capitals word by word: "a strict Islamic state" is no group.

User lexicon directories hold files with the same names and schema as the packaged ones; an
entry with a known code (people and groups: name) replaces the packaged entry key by key, a
new one adds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from eventwire.actors import lexicon_schema
from eventwire.errors import NotFound

DEFAULT_FILES = lexicon_schema.FILES


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What a lexicon lookup resolves a text to."""

    code: str  # CAMEO-style: RUS, RUSGOV, NATO, AFGREB
    name: str  # canonical name of the country, IGO, organ or group
    country: str | None  # ISO-3 code; None for IGOs and transnational groups
    sector: str | None  # GOV, MIL...; None when the text names a whole country or IGO
    kind: str  # "country", "igo" or "group"


@dataclass(frozen=True, slots=True)
class PersonRole:
    """An office a person held; ``end`` is exclusive, None while still held."""

    code: str  # RUSGOV, NATO
    country: str | None
    sector: str | None
    role: str
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    surname: str | None
    roles: tuple[PersonRole, ...]  # sorted by start, never overlapping

    def role_on(self, day: date) -> PersonRole | None:
        """The role in force on ``day``, or None between (or outside) offices."""
        return next((role for role in self.roles if role.covers(day)), None)


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    name: str
    description: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Metonym:
    name: str  # "the Kremlin"
    sector: str | None  # what it codes: GOV for most; None for an IGO's headquarters


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    metonyms: tuple[Metonym, ...]
    shared_metonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Organ:
    name: str  # "UN Security Council"
    aliases: tuple[str, ...]
    sector: str | None


@dataclass(frozen=True, slots=True)
class Igo:
    code: str
    name: str
    alias_codes: tuple[str, ...]
    aliases: tuple[str, ...]
    descriptions: tuple[str, ...]  # "the alliance": coreference only, never matched alone
    organs: tuple[Organ, ...]
    metonyms: tuple[Metonym, ...]
    shared_metonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """A named non-state group: an armed group, movement, party, union or NGO."""

    name: str
    code: str  # home country + sector (AFGREB), or a transnational prefix (NGOHRI, IMGREB)
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Read-only lookups over the loaded entries; build with :func:`load_lexicon`."""

    countries: tuple[Country, ...]
    igos: tuple[Igo, ...]
    sectors: tuple[Sector, ...]
    people: tuple[Person, ...]
    groups: tuple[Group, ...]
    _names: _Index = field(repr=False)  # country names, aliases, codes
    _adjectives: _Index = field(repr=False)
    _metonyms: _Index = field(repr=False)
    _igo_names: _Index = field(repr=False)
    _group_names: _Index = field(repr=False)
    _descriptions: dict[str, tuple[ActorEntry, ...]] = field(repr=False)  # case-insensitive
    _person_names: _Index = field(repr=False)
    _surnames: _Index = field(repr=False)
    _roles: dict[str, str] = field(repr=False)  # folded role noun -> sector code

    def country(self, text: str) -> ActorEntry | None:
        """The country a name, alias, adjective, demonym or ISO-3 code denotes.

        Returns None for unknown texts and for adjectives shared by several countries
        ("Congolese"); see :meth:`country_candidates`.
        """
        found = self.country_candidates(text)
        return found[0] if len(found) == 1 else None

    def country_candidates(self, text: str) -> tuple[ActorEntry, ...]:
        """Every country ``text`` may denote (several for a shared adjective)."""
        found = self._names.get(text) or self._adjectives.get(text)
        if not found and text.endswith("s"):  # demonym plurals: "Russians", "Britons"
            found = self._adjectives.get(text[:-1])
        return found

    def metonym(self, text: str) -> ActorEntry | None:
        """The actor a seat-of-power metonym stands for ("the Kremlin" -> RUSGOV).

        Shared metonyms ("Brussels": Belgium, the EU, NATO) return None; their candidates
        come from :meth:`metonym_candidates`.
        """
        found = self._metonyms.get(text)
        return found[0] if len(found) == 1 else None

    def metonym_candidates(self, text: str) -> tuple[ActorEntry, ...]:
        return self._metonyms.get(text)

    def igo(self, text: str) -> ActorEntry | None:
        """The IGO a name, abbreviation, code or organ name denotes ("UNSC" -> UNO)."""
        found = self._igo_names.get(text)
        return found[0] if found else None

    def group(self, text: str) -> ActorEntry | None:
        """The named group a name or acronym denotes ("the Taliban" -> AFGREB)."""
        found = self._group_names.get(text)
        return found[0] if found else None

    def igo_descriptions(self, text: str) -> tuple[ActorEntry, ...]:
        """IGOs that a description such as "the alliance" may refer to once named."""
        return self._descriptions.get(_fold(_bare(text)), ())

    def sector_for_role(self, role: str) -> str | None:
        """The sector code a role noun signals ("foreign ministers" -> GOV)."""
        words = _fold_role(role).split()
        for i in range(len(words)):
            for head in _singulars(words[-1]):
                sector = self._roles.get(" ".join([*words[i:-1], head]))
                if sector:
                    return sector
        return None

    def find_person(self, name: str, *, on: date | None = None) -> Person | None:
        """The known person ``name`` refers to: full name, alias, or a surname alone.

        A surname shared by several people resolves only when exactly one of them held an
        office ``on`` that date ("Johnson" in 2020 vs. 2024).
        """
        found = self._person_names.get(name) or self._surnames.get(name)
        if len(found) > 1 and on is not None:
            found = tuple(p for p in found if p.role_on(on))
        return found[0] if len(found) == 1 else None

    def people_named(self, name: str) -> tuple[Person, ...]:
        """Every known person ``name`` may refer to, whatever the date ("Bush": both)."""
        return self._person_names.get(name) or self._surnames.get(name)

    def person(self, name: str, *, on: date) -> PersonRole | None:
        """The role in force ``on`` a date for the person ``name`` refers to."""
        found = self.find_person(name, on=on)
        return found.role_on(on) if found else None

    def code(self, country: str, sector: str | None = None) -> str:
        """The actor code for a country or IGO and a sector: ("RUS", "GOV") -> "RUSGOV".

        Raises:
            NotFound: the country/IGO code or the sector is not in the lexicon.
        """
        known = {c.code for c in self.countries} | {i.code for i in self.igos}
        if country not in known:
            raise NotFound(f"unknown country or IGO code {country!r}", reason="lexicon")
        if sector is not None and sector not in {s.code for s in self.sectors}:
            raise NotFound(f"unknown sector code {sector!r}", reason="lexicon")
        return country + (sector or "")


class _Index:
    """Proper-name index implementing the matching rules in the module docstring."""

    def __init__(self) -> None:
        self._exact: dict[str, list] = {}
        self._folded: dict[str, list] = {}

    def add(self, form: str, value: object) -> None:
        key = _bare(form)
        table, key = (self._exact, key) if not _has_lower(key) else (self._folded, _fold(key))
        if value not in table.setdefault(key, []):
            table[key].append(value)

    def get(self, text: str) -> tuple:
        key = _bare(text)
        if key in self._exact:
            return tuple(self._exact[key])
        if not _has_upper(key):
            return ()
        return tuple(self._folded.get(_fold(key), ()))


class _CasedIndex(_Index):
    """An index whose case-insensitive matches keep the listed capitals word by word, for
    names made of common words: "a strict Islamic state" is not the Islamic State."""

    def __init__(self) -> None:
        super().__init__()
        self._forms: dict[str, list[tuple[str, object]]] = {}

    def add(self, form: str, value: object) -> None:
        super().add(form, value)
        self._forms.setdefault(_fold(_bare(form)), []).append((form, value))

    def get(self, text: str) -> tuple:
        found = super().get(text)
        if not found or _bare(text) in self._exact:
            return found
        forms = self._forms.get(_fold(_bare(text)), ())
        kept = {v for form, v in forms if _capitals_kept(text, form)}
        return tuple(v for v in found if v in kept)


def _capitals_kept(text: str, form: str) -> bool:
    """No word of ``text`` is lowercase where ``form`` capitalises it."""
    words, listed = (_bare(t).replace("-", " ").split() for t in (text, form))
    return len(words) != len(listed) or not any(
        w[:1].islower() and f[:1].isupper() for w, f in zip(words, listed, strict=True))


# each candidate n-gram is looked up in several tables: normalise it once
@lru_cache(maxsize=1 << 16)
def _bare(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split())
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)


def _has_lower(text: str) -> bool:
    return any(ch.islower() for ch in text)


def _has_upper(text: str) -> bool:
    return any(ch.isupper() for ch in text)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ı", "i").replace("ø", "o").replace("-", " ").replace(".", "")
    return " ".join(text.split()).casefold()


def _fold_role(text: str) -> str:
    # dots go: ranks are written "Lt. Gen." as often as "Lt Gen"
    return " ".join(_bare(text).replace("-", " ").replace(".", "").split()).casefold()


def _singulars(word: str) -> list[str]:
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def _index_countries(indexes: dict[str, _Index], countries: Iterable[Country]) -> None:
    for c in countries:
        entry = ActorEntry(c.code, c.name, c.code, None, "country")
        for form in (c.code, c.name, *c.aliases):
            indexes["names"].add(form, entry)
        for form in c.adjectives:
            indexes["adjectives"].add(form, entry)
        for m in (*c.metonyms, *(Metonym(name, "GOV") for name in c.shared_metonyms)):
            seat = ActorEntry(c.code + (m.sector or ""), c.name, c.code, m.sector, "country")
            indexes["metonyms"].add(m.name, seat)


def _index_igos(indexes: dict[str, _Index], igos: Iterable[Igo]) -> None:
    for igo in igos:
        entry = ActorEntry(igo.code, igo.name, None, None, "igo")
        for form in (igo.code, igo.name, *igo.alias_codes, *igo.aliases):
            indexes["igo_names"].add(form, entry)
        for organ in igo.organs:
            organ_entry = ActorEntry(igo.code, organ.name, None, organ.sector, "igo")
            for form in (organ.name, *organ.aliases):
                indexes["igo_names"].add(form, organ_entry)
        for m in (*igo.metonyms, *(Metonym(name, None) for name in igo.shared_metonyms)):
            seat = ActorEntry(igo.code, igo.name, None, m.sector if m.sector != "GOV" else None,
                              "igo")
            indexes["metonyms"].add(m.name, seat)


def _metonyms(pairs: Iterable[tuple[str, str]]) -> tuple[Metonym, ...]:
    return tuple(Metonym(name, sector) for name, sector in pairs)


def _records(entries: dict[str, list[dict]]) -> tuple[tuple, tuple, tuple, tuple, tuple]:
    countries = tuple(
        Country(e["code"], e["name"], e["aliases"], e["adjectives"], e["capital"],
                _metonyms(e["metonyms"]), e["shared_metonyms"])
        for e in entries["countries.yaml"]
    )
    igos = tuple(
        Igo(e["code"], e["name"], e["alias_codes"], e["aliases"], e["descriptions"],
            tuple(Organ(o["name"], o["aliases"], o["sector"]) for o in e["organs"]),
            _metonyms(e["metonyms"]), e["shared_metonyms"])
        for e in entries["igos.yaml"]
    )
    sectors = tuple(Sector(e["code"], e["name"], e["description"], e["roles"])
                    for e in entries["sectors.yaml"])
    people = tuple(
        Person(e["name"], e["aliases"], e["surname"], tuple(
            PersonRole(code=r["code"] or r["country"] + r["sector"], country=r["country"],
                       sector=r["sector"], role=r["role"], start=r["start"], end=r["end"])
            for r in e["roles"]))
        for e in entries["people.yaml"]
    )
    groups = tuple(Group(e["name"], e["code"], e["country"], e["sector"], e["aliases"])
                   for e in entries["groups.yaml"])
    return countries, igos, sectors, people, groups


def _build(entries: dict[str, list[dict]]) -> Lexicon:
    countries, igos, sectors, people, groups = _records(entries)
    indexes = {k: _Index() for k in ("names", "adjectives", "metonyms", "igo_names",
                                     "person_names", "surnames")}
    indexes["group_names"] = _CasedIndex()
    descriptions: dict[str, tuple[ActorEntry, ...]] = {}
    for igo in igos:
        for form in igo.descriptions:
            key = _fold(_bare(form))
            descriptions[key] = (*descriptions.get(key, ()), ActorEntry(igo.code, igo.name,
                                                                        None, None, "igo"))
    _index_countries(indexes, countries)
    _index_igos(indexes, igos)
    for g in groups:
        entry = ActorEntry(g.code, g.name, g.country, g.sector, "group")
        for form in (g.name, *g.aliases):
            indexes["group_names"].add(form, entry)
    for p in people:
        for form in (p.name, *p.aliases):
            indexes["person_names"].add(form, p)
        if p.surname:
            indexes["surnames"].add(p.surname, p)
    return Lexicon(
        countries=countries, igos=igos, sectors=sectors, people=people, groups=groups,
        _names=indexes["names"], _adjectives=indexes["adjectives"],
        _metonyms=indexes["metonyms"], _igo_names=indexes["igo_names"],
        _group_names=indexes["group_names"],
        _descriptions=descriptions, _person_names=indexes["person_names"],
        _surnames=indexes["surnames"],
        _roles={_fold_role(r): s.code for s in sectors for r in s.roles},
    )


@cache
def _packaged_sources() -> tuple[lexicon_schema.Source, ...]:
    data = resources.files(__package__).joinpath("data")
    return tuple(
        lexicon_schema.parse(f"eventwire/actors/data/{name}", name,
                             data.joinpath(name).read_text(encoding="utf-8"))
        for name in DEFAULT_FILES
    )


@cache
def _packaged_lexicon() -> Lexicon:
    return _build(lexicon_schema.validate(_packaged_sources()))


def load_lexicon(extra_dirs: Sequence[Path] = ()) -> Lexicon:
    """Load the packaged lexicon, extended or overridden by user lexicon directories.

    The packaged lexicon alone is loaded once per process and shared.

    Args:
        extra_dirs: directories holding any of countries.yaml, igos.yaml, sectors.yaml,
            people.yaml and groups.yaml in the packaged schema; later directories override
            earlier ones.

    Returns:
        The merged, validated :class:`Lexicon`.

    Raises:
        InputError: a file is unreadable or invalid (unknown key, duplicate code, bad date,
            overlapping roles...); the message names the file and the entry.
        NotFound: a directory in ``extra_dirs`` does not exist.
    """
    if not extra_dirs:
        return _packaged_lexicon()
    return _merged_lexicon(tuple(_dir_state(Path(d)) for d in extra_dirs))


def _dir_state(folder: Path) -> tuple[str, tuple[tuple[str, int], ...]]:
    """A user folder with its files' modification times: an edited file misses the cache."""
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    return str(folder.resolve()), tuple((f.name, f.stat().st_mtime_ns) for f in files)


@cache
def _merged_lexicon(state: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]) -> Lexicon:
    # several stages load the same user lexicon in one process; build it once
    user = [source for folder, _ in state for source in lexicon_schema.read_dir(Path(folder))]
    return _build(lexicon_schema.validate([*_packaged_sources(), *user]))
