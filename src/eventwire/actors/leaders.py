"""A leader's government: "the Bush administration", "Putin's government", "the Blair cabinet".

Such a phrase names the state's government while that leader led it, so the country comes
from every government office the lexicon lists for the name, whatever the article's date:
a 2010 story about "the Bush administration" means the United States government of another
decade. Two known people sharing the surname agree when their offices are in one country
(both Bushes); otherwise, or for an unknown name, the phrase is left to the title the name
carries ("President X's government") or to generic.py.
"""

from __future__ import annotations

from eventwire.actors.lexicon import Lexicon
from eventwire.records import Actor, ActorKind

# bodies a leader's name can stand before or own
LEADER_BODIES = {"administration", "government", "regime", "cabinet", "presidency", "junta"}


def leader_actor(lexicon: Lexicon, name: str) -> Actor | None:
    """The government actor of the leader ``name``, when one country fits every namesake."""
    people = lexicon.people_named(name)
    countries = {r.country for p in people for r in p.roles if r.sector == "GOV" and r.country}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return Actor(people[0].name, country + "GOV", country, "GOV", None, ActorKind.PERSON)
