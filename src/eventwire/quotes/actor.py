"""A speaker's actor fields, taken from the actors stage's resolved mention."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import Actor


@dataclass(frozen=True, slots=True)
class SpeakerActor:
    name: str | None
    code: str | None
    country: str | None
    sector: str | None


NONE = SpeakerActor(None, None, None, None)


def speaker_actor(actor: Actor | None) -> SpeakerActor:
    if actor is None:
        return NONE
    return SpeakerActor(actor.name, actor.code, actor.country, actor.sector)
