"""The wire-agency lexicon (``data/wires.yaml``) and matching of agency names in credits.

Matching is deliberately narrow: a name counts only where a credit is expected (a whole
line, a byline segment, a dateline's parentheses, "Source: ..."), so that "told Reuters"
or the word "AP" in running text never turns a story into wire copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DEFAULT_WIRES_PATH = Path(__file__).parent / "data" / "wires.yaml"

# Characters that decorate a credit without changing it: ">> Reuters", "— AP", "(AFP)".
_DECORATION = " \t>»<«|/\\-–—:*•·()[]."


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WireLexicon:
    """Lookup from the surface forms of agency names to canonical names."""

    agencies: tuple[Agency, ...]
    folded: dict[str, str]  # casefolded alias -> canonical name
    exact: dict[str, str]  # case-sensitive forms (abbreviations, all-caps aliases) -> name
    short: frozenset[str]  # the abbreviations: "AP", "AA", risky outside strict credit slots
    pattern: re.Pattern[str]  # any alias or abbreviation as a whole word

    def lookup(self, text: str, *, abbreviations: bool = True) -> str | None:
        """Canonical name when ``text`` (decoration aside) is exactly an agency name."""
        text = re.sub(r"^the\s+", "", text.strip(_DECORATION).strip(), flags=re.I)
        if text in self.exact:
            return self.exact[text] if abbreviations or text not in self.short else None
        return self.folded.get(text.casefold())

    def by_domain(self, host: str) -> str | None:
        """Canonical name of the agency whose own site ``host`` belongs to."""
        host = host.lower()
        for agency in self.agencies:
            if any(host == d or host.endswith("." + d) for d in agency.domains):
                return agency.name
        return None


def _strip_the(alias: str) -> str:
    return re.sub(r"^the\s+", "", alias, flags=re.I)


def _build(entries: list[dict]) -> WireLexicon:
    agencies, folded, exact, short = [], {}, {}, set()
    for entry in entries:
        agency = Agency(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            abbreviations=tuple(entry.get("abbreviations", ())),
            domains=tuple(entry.get("domains", ())),
        )
        agencies.append(agency)
        for alias in agency.aliases:
            bare = _strip_the(alias)
            # All-caps aliases ("TASS", "SANA") must keep their case: "Sana" is a first name.
            if bare.isupper():
                exact[bare] = agency.name
            else:
                folded[bare.casefold()] = agency.name
        for abbreviation in agency.abbreviations:
            exact[abbreviation] = agency.name
            short.add(abbreviation)
    forms = sorted({*folded, *exact}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b", re.I)
    return WireLexicon(tuple(agencies), folded, exact, frozenset(short), pattern)


@cache
def load_wires(path: Path = DEFAULT_WIRES_PATH) -> WireLexicon:
    """Load and index the agency lexicon (cached: read once per process)."""
    with path.open(encoding="utf-8") as handle:
        return _build(yaml.safe_load(handle))
