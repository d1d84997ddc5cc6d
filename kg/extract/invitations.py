"""Invitations: who invited whom, where, for what occasion and when; accepted or not.

Active ("пригласил X посетить Y"), received ("получил приглашение"), accepted ("прийняв
запрошення") and implicit ("ждут с государственным визитом") forms are read alike.
"""
from __future__ import annotations

from ..records import Invitation, Period
from ..text.dates import find_times
from .actors import TokenMention
from .context import ArticleContext

ROLE_OF_KIND = {"invite": "active", "invitation_noun": "noun", "received": "received", "accept": "received",
                "decline": "received", "expect_visit": "expect"}


def extract_invitations(ctx: ArticleContext) -> list[Invitation]:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    found: list[Invitation] = []
    for s in doc.sentences:
        triggers = comp.invitation.longest(doc.lemmas, None, s.first, s.last)
        if not triggers:
            continue
        kinds = {t.payload for t in triggers}
        trigger = min(triggers, key=lambda t: (["invite", "expect_visit", "accept", "received", "decline",
                                                "invitation_noun"].index(t.payload), t.start))
        first, last = ctx.clause(s, trigger.start)
        mentions = [m for m in ctx.in_range(first, last) if m.type in ("Person", "Country", "City")]
        before = [m for m in mentions if m.last <= trigger.start]
        after = [m for m in mentions if m.first >= trigger.end]
        inviter = invitee = None
        kind = ROLE_OF_KIND[trigger.payload]
        if kind == "active":
            inviter = _agent(ctx, before)
            invitee = _first_actor(ctx, after)
        elif kind in ("received", "noun"):
            invitee = _agent(ctx, before, people_first=True)
            inviter = _from_whom(ctx, after)
        elif kind == "expect":
            people = [m for m in before + after if m.type == "Person"]
            invitee = people[-1].actor if people else None
            speakers = [m for m in ctx.in_range(s.first, first) if m.type == "Person"] or \
                [m for m in before if m.type == "Person" and invitee and m.actor != invitee]
            inviter = speakers[0].actor if speakers else None
        if invitee is None:
            continue
        destination = _destination(ctx, after, invitee, inviter)
        times = find_times(doc, trigger.start, s.last, ctx.ref)
        frame = None
        for t in times:
            frame = t.when if isinstance(t.when, Period) else Period(t.when, t.when)
            break
        accepted = True if "accept" in kinds else False if "decline" in kinds else None
        found.append(Invitation(invitee=invitee, inviter=inviter if inviter != invitee else None,
                                destination=destination, occasion=_occasion(ctx, s, trigger.end),
                                time_frame=frame, accepted=accepted,
                                evidence=(ctx.evidence(s, "invitations"),)))
    return _dedupe(found)


def _agent(ctx: ArticleContext, before: list[TokenMention], people_first: bool = False) -> str | None:
    """The subject: the nearest person before the verb, else the nearest state."""
    people = [m for m in before if m.type == "Person"]
    if people:
        return people[-1].actor
    states = [m for m in before if m.type == "Country"]
    return states[-1].actor if states else None


def _first_actor(ctx: ArticleContext, after: list[TokenMention]) -> str | None:
    for m in after:
        if m.type == "Person":
            return m.actor
    return None


def _from_whom(ctx: ArticleContext, after: list[TokenMention]) -> str | None:
    for m in after[:1]:
        prev = ctx.doc.tokens[m.first - 1].norm if m.first else ""
        if prev in ("от", "від", "from"):
            return m.actor
    return None


def _destination(ctx: ArticleContext, after: list[TokenMention], invitee: str, inviter: str | None) -> str | None:
    places = [m for m in after if m.type in ("Country", "City") and m.actor != inviter]
    if places:
        return places[0].actor
    return None


def _occasion(ctx: ArticleContext, s, index: int) -> str | None:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    comp = doc.lexicon.compiled
    kinds = comp.visit_kinds.longest(doc.lemmas, None, index, s.last)
    markers = comp.occasion.longest(doc.lemmas, None, index, s.last)
    if markers:
        m = markers[0]
        end = s.last
        for j in range(m.end, s.last):
            gap = doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start]
            if any(ch in gap for ch in ",;.") and j > m.end + 2:
                end = j
                break
        return doc.span_text(m.start, end)
    if kinds:
        return str(kinds[0].payload)
    return None


def _dedupe(found: list[Invitation]) -> list[Invitation]:
    out: list[Invitation] = []
    for inv in found:
        for i, other in enumerate(out):
            if (other.invitee, other.destination) == (inv.invitee, inv.destination) and \
                    (other.time_frame is None or inv.time_frame is None or other.time_frame == inv.time_frame):
                out[i] = Invitation(invitee=other.invitee, inviter=other.inviter or inv.inviter,
                                    destination=other.destination, occasion=other.occasion or inv.occasion,
                                    time_frame=other.time_frame or inv.time_frame,
                                    accepted=other.accepted if other.accepted is not None else inv.accepted,
                                    evidence=other.evidence + inv.evidence)
                break
        else:
            out.append(inv)
    return out
