"""Actor mentions: names and aliases, titles anchored in the article's date, seats of power,
counterparts, and people introduced with a title who are not in the gazetteer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..gazetteer import Gazetteer, NameHit, Role, name_stems
from ..lexicon import Lexicon, PhraseMatch, chinese_name_in_pinyin
from ..records import Actor, Mention
from ..text.document import Document
from ..text.morph import PymorphyLemmatizer, lemmatizer
from ..text.translit import name_skeleton, to_latin, without_diacritics

# Offices few states have: "the crown prince" in an article about Saudi Arabia needs no country.
DISTINCTIVE_ROLES = {"crown_prince", "king", "emir", "supreme_leader", "chancellor"}
# Ministers: a minister's counterpart is the other state's minister of the same office, never its leader.
MINISTER_ROLES = ("foreign_minister", "defence_minister", "finance_minister", "energy_minister", "economy_minister",
                  "trade_minister")
PERSON_ROLE_WORDS = {"president", "prime_minister", "chancellor", "king", "crown_prince", "leader",
                     "foreign_minister", "defence_minister", "spokesperson", "aide",
                     "security_council_secretary", "security_council_deputy_chair", "vice_president",
                     "ambassador"}


@dataclass(frozen=True, slots=True)
class TokenMention:
    """A mention with its token range, as the other extractors need it."""

    actor: str
    first: int
    last: int
    via: str
    type: str
    part: tuple[int, int] | None = None  # characters of one part of a hyphenated token ("US" in "US-backed")

    def to_record(self, doc: Document) -> Mention:
        if self.part is not None:
            start, end = self.part
            return Mention(self.actor, start, end, doc.article.text[start:end], self.via)
        return Mention(self.actor, doc.tokens[self.first].start, doc.tokens[self.last - 1].end,
                       doc.span_text(self.first, self.last), self.via)


def reference_date(doc: Document) -> date | None:
    return doc.article.published or doc.article.published_estimate


def find_mentions(doc: Document, gaz: Gazetteer) -> tuple[list[TokenMention], list[Actor]]:
    """All actor mentions in the document, in text order, and the new actors they introduce."""
    capitals = _name_capitals(doc)
    every_name = _shared_names_resolved(doc, gaz, gaz.names(doc.lang).longest(doc.lemmas, capitals), capitals)
    every_name = _with_state_bodies(gaz, every_name, _state_bodies(doc, gaz, every_name))  # "румынское Минобороны"
    # credits, furniture, "US$": no actor is named there
    silent = _credit_tokens(doc) | _not_actor_tokens(doc, every_name)
    names = [m for m in every_name if _written_as_name(doc, gaz, m, capitals)
             and not silent.intersection(range(m.start, m.end))]
    mentions: list[TokenMention] = []
    new_people: list[Actor] = []
    taken: set[int] = set(silent)
    named = {i for m in names for i in range(m.start, m.end)}
    bylines = _byline_tokens(doc)
    patronymics = _patronymic_names(doc, gaz, silent)
    in_patronymics = {k for p in patronymics for k in range(p.first, p.last)}
    for m in names:
        actor = gaz.actor(m.payload.actor)
        if actor is None:
            continue
        if in_patronymics.intersection(range(m.start, m.end)) and actor.type == "Person":
            continue  # "Sheikh Mohamed bin Zayed | al Nahyan": the whole name is read below
        if m.end - m.start == 1 and not _plausible_single(doc, m.start, actor, capitals):
            continue
        if actor.type == "Person" and _eponym(doc, m.start, m.end):
            continue  # "проспект Назарбаева", "вулиця Алієва", "Rustaveli Avenue": a street or a prize, not the man
        if m.end - m.start == 1 and actor.type in ("Country", "City") and _surname_after_name(doc, m.start):
            continue  # "Степан Кубів", "С. Кубів", "Michael Jordan": a man's surname, not Cuba or Jordan
        if m.end - m.start == 1 and actor.type == "Person" and (
                m.start in bylines or _another_persons_name(doc, gaz, m.start, actor.key, named)
                or _his_surname_in_the_feminine(doc, gaz, m.start, actor.key)):
            continue
        mentions.append(TokenMention(actor.key, m.start, m.end, m.payload.via, actor.type))
        taken.update(range(m.start, m.end))
    for first, _, _ in _state_forms(doc, gaz, mentions):
        taken.update(k for k in range(first, _past_state_form(doc, first)) if k not in named)  # never a person's name
    for p in patronymics:
        if taken.intersection(range(p.first, p.last)):
            continue  # inside a longer name of an organisation or a place
        mentions.append(TokenMention(p.actor.key, p.first, p.last, "name" if p.actor.key in gaz.actors else "intro",
                                     "Person"))
        taken.update(range(p.first, p.last))
        if p.actor.key not in gaz.actors:
            new_people.append(p.actor)
    mentions += _family_names_alone(doc, gaz, patronymics, taken)
    mentions += _variant_spellings(doc, gaz, taken)
    mentions += _initial_and_known_surname(doc, gaz, taken)
    mentions = _hyphenated_parts(doc, gaz, taken, mentions)
    mentions += _states_inside_names(doc, gaz, mentions, capitals)
    mentions = _titles_over_aliases(doc, gaz, mentions, taken)
    cities, city_actors = _cities_beyond(doc, gaz, taken)
    mentions += cities
    # "компания «Технип Энерджис»", "state company Petrobangla": companies first, as their names may look like people's
    early_adjectives = {m.end: m for m in gaz.adjectives(doc.lang).longest(doc.lemmas, None)}
    companies, company_actors = _unknown_companies(doc, gaz, taken, early_adjectives, mentions)
    # "ExxonMobil India LNG Limited": the parent company's name inside a subsidiary's is no mention of it
    mentions = [m for m in mentions if not (m.type == "Organization" and any(
        c.first <= m.first and m.last <= c.last and m.last - m.first < c.last - c.first for c in companies))]
    mentions += companies
    outlets, outlet_actors = _unknown_outlets(doc, taken, mentions, early_adjectives)  # "передає Рубрика"
    inside = {k for o in outlets for k in range(o.first, o.last)}
    mentions = [m for m in mentions if not inside.intersection(range(m.first, m.last))] + outlets
    for first, last, key, actor in _unknown_people(doc, gaz, taken, mentions):
        if key in gaz.actors:  # "Шавкат Мирзиёв": a spelling of a known person's name
            mentions.append(TokenMention(key, first, last, "name", "Person"))
        else:
            mentions.append(TokenMention(key, first, last, "intro", "Person"))
            new_people.append(actor)
        taken.update(range(first, last))
    mentions = _surnames_of_the_newly_named(doc, mentions)
    mentions += _state_sides(doc, gaz, early_adjectives, mentions)
    by_start = {mm.first: mm for mm in mentions}
    by_end = {mm.last: mm for mm in mentions}
    adjectives = {m.end: m for m in gaz.adjectives(doc.lang).longest(doc.lemmas, None)}
    adjective_at = {m.start: m for m in adjectives.values()}
    when = reference_date(doc)
    comp = doc.lexicon.compiled
    extra: list[TokenMention] = []
    new_actors: list[Actor] = []
    intro_roles: dict[str, str] = {}  # a person introduced by a title the gazetteer does not know -> the title
    introduced_office: dict[tuple[str, str], str] = {}  # (role, state) -> the new person the article names in it
    guessed: list[tuple[int, str, str]] = []  # a title given today's holder, no one named: (at in extra, role, state)
    # words of the gazetteer's names and adjectives, wherever they stand: never a person's name alone after a title
    shut = {k for m in every_name for k in range(m.start, m.end)} | {
        k for m in adjectives.values() for k in range(m.start, m.end)}
    for t in comp.roles.longest(doc.lemmas):
        if taken.intersection(range(t.start, t.end)):
            continue
        role = t.payload
        body = _headed_body(doc, gaz, by_start, adjectives, t.end) if role == "leader" else None
        if body is not None:  # "глава российского МИД", "head of the Turkish foreign ministry": its head's office
            t = type(t)(t.start, body.last, t.payload)
            role = str(gaz.entries[body.actor]["head_role"])
        plural = _plural_title(doc, t.start, t.end)
        demoted = _not_the_holder(doc, by_end, adjectives, t.start)
        states = _coordinated_states(doc, gaz, adjectives, t.start) if plural and body is None and not demoted else []
        if len(states) >= 2 and not _not_the_holder(doc, by_end, adjectives, states[0][0].start):
            # "the Russian and Chinese leaders", "российский и китайский лидеры": each state's holder the article
            # names, else the state itself (an unnamed leader stands for his state, as an unnamed counterpart does)
            for adj, state in states:
                holder = _named_leader(gaz, role, state, mentions, when) or \
                    _named_holder(gaz, role, state, mentions, when)
                extra.append(TokenMention(holder, t.start, t.end, "title", "Person") if holder is not None
                             else TokenMention(state, adj.start, adj.end, "adjective", "Country"))
            continue
        country = _country_before(doc, gaz, by_end, adjectives, t.start)
        right = t.end
        if body is not None:
            country = gaz.entries[body.actor].get("country")
        if country is None:
            country, right = _country_after(doc, gaz, by_start, t.end)
        if country is None and t.end in adjective_at and adjective_at[t.end].end < len(doc.tokens) and \
                doc.lemmas[adjective_at[t.end].end] & doc.lexicon.lemmas_of("state_nouns"):
            # "Главы белорусского государства", "глава української держави": the adjective's state
            adj = adjective_at[t.end]
            country, right = gaz.country_of(adj.payload.actor), adj.end + 1
        office = _office_after_adjective(doc, gaz, adjective_at, t.end) if country is None and role == "leader" \
            and body is None else None
        if office is not None:  # "глава российской дипломатии", "голова українського уряду": that office's holder
            role, country, right = office
        if country is None and body is None:
            beside = _organisation_beside(doc, gaz, by_start, by_end, role, when, t.start, t.end)
            if beside is not None:  # "Генсек ООН", "глава НАТО", "the UN secretary-general": the organisation's office
                org, role = beside
                country, right = org.actor, max(t.end, org.last)
        if country is None and role in DISTINCTIVE_ROLES:
            country = _only_holder_country(gaz, role, mentions, when, t.start)
        if country is None:
            body = by_start.get(t.end)
            intro = _introduced_name(doc, taken, body.last) if body is not None and body.type == "Organization" \
                and not taken.intersection(range(t.start, t.end)) else None
            if intro is None and (role in MINISTER_ROLES or demoted) and not taken.intersection(range(t.start, t.end)):
                # "Minister for Finance Amina Khalid", "then President Roh Moo-hyun": no state named, the name is
                # the person meant
                intro = _introduced_name(doc, taken, t.end)
                intro = intro if intro is not None and _surely_a_name(doc, intro) else None
            if intro is None and not taken.intersection(range(t.start, t.end)):
                given = _holder_by_given_name(doc, gaz, role, t.end, taken, when, mentions)
                if given is not None:  # "talks with PM Shehbaz": the one holder of the office by that first name
                    extra.append(TokenMention(given, t.end, t.end + 1, "name", "Person"))
                    taken.add(t.end)
                    continue
                # "President Berdimuhamedov" in 2021, "президент Бердымухамедов": the one known bearer of the
                # surname in that office on the day (his son after him)
                office = gaz.person_by_surname_in_office(
                    doc.lang, doc.lemmas[t.end] | {re.sub(r"['’`]s$", "", doc.tokens[t.end].norm)}, role, when) \
                    if role != "leader" and not demoted and t.end < len(doc.tokens) and doc.capitalised[t.end] \
                    and t.end not in taken else None
                if office is not None:
                    extra.append(TokenMention(office, t.end, t.end + 1, "name", "Person"))
                    taken.add(t.end)
                    continue
                if role != "leader" and _one_word_name(doc, taken, t.start, t.end, shut) is not None:
                    # "President Reagan", "с премьер-министром Марапе": a person the gazetteer does not know
                    _add_surname_person(doc, gaz, t.end, t.start, role, mentions + extra, extra, new_actors,
                                        intro_roles, taken)
                    continue
            if intro is not None:  # "президентом МККК Мирьяной Сполярич": the head of a body the gazetteer knows
                key, actor = _new_person(doc, *intro, cases=_title_cases(doc, t.start))
                if key not in gaz.actors:
                    new_actors.append(actor)
                extra.append(TokenMention(key, intro[0], intro[1], "intro", "Person"))
                taken.update(range(*intro))
                if role in MINISTER_ROLES:
                    intro_roles.setdefault(key, role)
            continue
        to = None
        if gaz.destinations(role, country, when):
            to, right = _destination(doc, gaz, by_start, right, country)
            if to is None:
                to = _only_destination(gaz, role, country, mentions, when)
        follower = by_start.get(right)
        if follower is None and right < len(doc.tokens) and doc.tokens[right].text == ",":
            follower = by_start.get(right + 1)  # "the foreign minister of Peru, Elmer Schialer"
        if follower is not None and follower.type == "Person":
            if not gaz.roles_of(follower.actor, when):
                intro_roles.setdefault(follower.actor, role)  # his counterpart holds the same office
                if country and not demoted and not plural:
                    introduced_office.setdefault((role, country), follower.actor)
            continue  # "президент России Владимир Путин": the name itself is the mention
        intro = _introduced_name(doc, taken, right)
        # (in English right after the title: "Trade Minister Sri Lanka Exports rose" is a headline's run of capitals)
        single = _one_word_name(doc, taken, t.start, right, shut) \
            if intro is None and role != "leader" and not plural and (right == t.end or doc.lang != "en") else None
        if single is not None and demoted and _add_surname_person(doc, gaz, right, t.start, role, mentions + extra,
                                                                  extra, new_actors, intro_roles, taken):
            continue  # "former US President Reagan": the one he names
        if intro is not None and (demoted or plural):
            # "заместитель министра ... Берис Экинджи", "голови МЗС Перу Ельмера Шіалера" (a genitive that
            # also reads as a plural): the name that follows is the one person meant
            key, actor = _new_person(doc, *intro, cases=_title_cases(doc, t.start))
            new_actors.append(actor)
            extra.append(TokenMention(key, intro[0], intro[1], "intro", "Person"))
            taken.update(range(*intro))
            intro_roles[key] = role
            continue
        if demoted:
            continue  # "the deputy foreign minister of Turkey", "бывший президент США": not the office holder
        holder = _named_leader(gaz, role, country, mentions, when) \
            or _named_holder(gaz, role, country, mentions, when) \
            or (gaz.holder(role, country, when, to) if to or len(gaz.holders(role, country, when)) <= 1 else None)
        if intro is not None and holder is not None and _names_the_holder(doc, gaz, intro, holder):
            # "наследного принца Мохаммеда бин Салмана": the gazetteer's holder, spelled another way
            extra.append(TokenMention(holder, intro[0], intro[1], "name", "Person"))
            taken.update(range(*intro))
            continue
        if single is not None and holder is not None and _names_the_holder(doc, gaz, single, holder):
            extra.append(TokenMention(holder, single[0], single[1], "name", "Person"))  # "US President Bidden"
            taken.update(range(*single))
            continue
        if single is not None and _add_surname_person(doc, gaz, right, t.start, role, mentions + extra, extra,
                                                      new_actors, intro_roles, taken):
            continue  # "Papua New Guinea's Prime Minister Marape": the article's name wins here too
        if intro is not None and _surely_a_name(doc, intro):
            # "глава МИД Перу Эльмер Шиалер": the name the article gives wins over the gazetteer's holder, who
            # may have left the office since (or before) the article's date
            key, actor = _new_person(doc, *intro, cases=_title_cases(doc, t.start))
            if key not in gaz.actors:
                new_actors.append(actor)
            extra.append(TokenMention(key, intro[0], intro[1], "intro", "Person"))
            taken.update(range(*intro))
            intro_roles[key] = role
            if country and key not in gaz.actors:
                introduced_office.setdefault((role, country), key)
            continue
        person = _named_leader(gaz, role, country, mentions, when) or _named_holder(gaz, role, country, mentions, when)
        named = person is not None
        if plural and person is None:
            continue  # "the leaders of Germany, France and Italy", none of them named: the states, not one person
        if person is None and to is None and len(gaz.holders(role, country, when)) > 1:
            person = None  # "спецпредставитель США": several envoys at once, none in particular
        else:
            person = person or (
                gaz.holder(role, country, when, to) if to or not gaz.destinations(role, country, when) else None)
        if person is None:
            if intro is not None:
                first, last = intro
                key, actor = _new_person(doc, first, last, cases=_title_cases(doc, t.start))
                new_actors.append(actor)
                extra.append(TokenMention(key, first, last, "intro", "Person"))
                taken.update(range(first, last))
                intro_roles[key] = role
            continue
        if not named:
            guessed.append((len(extra), role, country))
        extra.append(TokenMention(person, t.start, right, "title", "Person"))
    for at, role, country in guessed:
        # "the Lithuanian premier" in a story that names a premier of Lithuania the gazetteer does not know
        # (anywhere, the headline before him included): him, not whoever holds the office on the guessed day
        if (role, country) in introduced_office:
            m = extra[at]
            extra[at] = TokenMention(introduced_office[role, country], m.first, m.last, m.via, m.type, m.part)
    person_at = {m.first for m in mentions if m.type == "Person"}
    counterpart_of: dict[str, str] = {}  # a person introduced as another's counterpart -> that other, and back
    for c in comp.counterpart.longest(doc.lemmas):
        adj = adjectives.get(c.start) or adjectives.get(c.start - 1)
        if adj is not None:
            country, first, last = gaz.country_of(adj.payload.actor), adj.start, c.end
        else:  # "his counterpart from Kazakhstan", "с коллегой из Казахстана": the state after it
            after = _state_after(doc, mentions, c.end)
            if after is None:
                continue
            country, first, last = gaz.country_of(after.actor), c.start, after.last
        nearest = _nearest_person(doc, [m for m in mentions + extra if m.first != c.end], first)
        if last in person_at:  # "з польським колегою Робертом Телусом", "с коллегой из ЮАР Наледи Пандор": the
            # name that follows is the mention
            named = next(m.actor for m in mentions if m.type == "Person" and m.first == last)
            if nearest is not None and nearest != named:
                counterpart_of.setdefault(named, nearest)
                counterpart_of.setdefault(nearest, named)
            continue
        intro = _introduced_name(doc, taken, c.end) if adj is not None else None
        if intro is not None:  # "his Mexican counterpart Marcelo Ebrard": a person the gazetteer does not know
            key, actor = _new_person(doc, *intro)
            new_actors.append(actor)
            extra.append(TokenMention(key, intro[0], intro[1], "intro", "Person"))
            taken.update(range(*intro))
            if nearest is not None and nearest != key:
                counterpart_of.setdefault(key, nearest)
                counterpart_of.setdefault(nearest, key)
                if nearest in intro_roles:
                    intro_roles.setdefault(key, intro_roles[nearest])  # the same office
            continue
        # "... met his Philippine counterpart, Ramon Lopez ... Lopez invited his Vietnamese counterpart": the one
        # whose counterpart he was introduced as, where that one is no person of the state the counterpart's is
        other = counterpart_of.get(nearest) if nearest is not None else None
        if other is not None and country and gaz.country_of(other) in (None, country) \
                and _state_of_person(gaz, nearest, when) != country:
            extra.append(TokenMention(other, first, last, "counterpart", "Person"))
            continue
        role = _role_of_nearest_person(doc, gaz, mentions + extra, first, when, intro_roles)
        if role == "president" and country and gaz.leader_role(country) != "supreme_leader":
            role = "leader"  # only where the leader is no president does "his counterpart" need the word
        # "розмова з американським колегою" after "розмову з Байденом": the holder the article names, whoever
        # holds the office today (an undated article has no other way to tell)
        person = (_named_leader(gaz, role, country, mentions + extra, when)
                  or _named_holder(gaz, role, country, mentions + extra, when)
                  or gaz.holder(role, country, when)) if country else None
        if person is None and country and role not in MINISTER_ROLES:
            person = gaz.holder("leader", country, when)
        if person:
            extra.append(TokenMention(person, first, last, "counterpart", "Person"))
        elif country:  # "his Chilean counterpart", a minister the gazetteer does not know: his state
            extra.append(TokenMention(country, first, last, "counterpart", "Country"))
    del adjective_at
    role_ends = {r.end for r in comp.roles.matches(doc.lemmas)} | {r.start + 1 for r in comp.roles.matches(doc.lemmas)}
    person_starts = {m.first for m in mentions if m.type == "Person"}
    # "представитель Кремля Дмитрий Песков": the seat of power is part of his title, not news about it; a body
    # in a title is named all the same ("голова Національних зборів Вірменії Ален Сімонян", "National Assembly
    # Chairman Nguyen Sinh Hung": the annotations of real news list the body)
    mentions = [m for m in mentions if not ((m.via == "seat") and m.first in role_ends
                                            and (m.last in person_starts or m.last + 1 in person_starts))]
    singles = frozenset(m.actor for m in extra if m.via == "intro" and m.type == "Person" and m.last - m.first == 1)
    extra += _surnames_of_the_introduced(doc, mentions + extra, taken, singles)
    extra += _name_words_of_the_named(doc, gaz, mentions + extra, taken)
    allm = sorted(mentions + extra, key=lambda m: (m.first, m.last, m.actor))
    signed = _signature_lines(doc)
    bylined = {m.actor for m in allm if m.actor.startswith("new:") and m.first in signed} - {
        m.actor for m in allm if m.first not in signed}
    if bylined:  # "Наталья Жирнова" alone on a line, and nowhere else: the author, not a person in the news
        allm = [m for m in allm if m.actor not in bylined]
    # ", Rahman reported" after "Prime Minister Ali Rahman": a word of a person's name, not an outlet
    person_words = {doc.tokens[k].norm for m in allm if m.type == "Person" for k in range(m.first, m.last)}
    outlet_keys = {a.key for a in outlet_actors}
    bylined |= {m.actor for m in allm if m.actor in outlet_keys and m.type == "Organization"
                and all(doc.tokens[k].norm in person_words for k in range(m.first, m.last))}
    allm = [m for m in allm if m.actor not in bylined]
    allm = _partial_names_of_the_named(doc, gaz, allm)
    allm = [m for m in allm if not _begins_a_treaty_name(doc, m) and not _names_a_venue(doc, m)
            and not _names_a_region(doc, m) and not _in_a_route_name(doc, m) and not _names_a_province(doc, m)]
    renamed = _latin_forms_in_brackets(doc, allm, new_actors + new_people)
    if renamed:  # "Роландаса Паксаса (Rolandas Paksas)": the Latin form the story gives is the English name
        allm = [TokenMention(renamed[m.actor].key, m.first, m.last, m.via, m.type, m.part) if m.actor in renamed
                else m for m in allm]
        new_actors = [renamed.get(a.key, a) for a in new_actors]
        new_people = [renamed.get(a.key, a) for a in new_people]
    made = {a.key: a for a in new_actors + new_people + company_actors + city_actors + outlet_actors}
    junk = {m.actor for m in allm if m.actor in made and _page_junk(doc, gaz, m, made[m.actor])}
    allm = [m for m in allm if m.actor not in junk]
    bylined |= junk
    kept = {m.actor for m in allm}
    return allm, [a for a in new_actors + new_people + company_actors + city_actors + outlet_actors
                  if a.key not in bylined and (a.type != "Person" or a.key in kept)]


def _named_as_written(doc: Document, gaz: Gazetteer, key: str, written: str) -> bool:
    """Whether one of the actor's names or aliases in the text's language or English is the words as written."""
    entry = gaz.entries.get(key, {})
    return any(n.casefold() == written for lang in dict.fromkeys((doc.lang, "en"))
               for n in [entry.get("name", {}).get(lang), *entry.get("aliases", {}).get(lang, ())] if n)


def _names_as_written(doc: Document, gaz: Gazetteer, names: list[PhraseMatch[NameHit]],
                      every: list[PhraseMatch[NameHit]]) -> list[PhraseMatch[NameHit]]:
    """Where the words match two actors' names, one as written and one only through a lemma or a stem ("Boeing":
    the company's name, and "BoE" through the "-ing" an English lemmatiser cuts), the name as written. Where a
    person's alias that holds a title ("Premier Li") runs into another person's full name ("Premier Li Keqiang"),
    the full name."""
    by_span: dict[tuple[int, int], list[str]] = {}
    for m in every:
        by_span.setdefault((m.start, m.end), []).append(m.payload.actor)
    people = {m.start: m for m in sorted(every, key=lambda m: m.start - m.end)
              if gaz.actors.get(m.payload.actor) is not None and gaz.actors[m.payload.actor].type == "Person"}
    starts = {m.start for m in names}
    roles = _role_words(doc)
    out = []
    for m in names:
        actor = gaz.actors.get(m.payload.actor)
        if actor is not None and actor.type == "Person" and m.end - m.start > 1 and doc.lemmas[m.start] & roles \
                and m.end < len(doc.tokens) and doc.tokens[m.end].text[:1].isupper() \
                and doc.tokens[m.end].text.isalpha() and doc.article.text[doc.tokens[m.end - 1].end:
                                                                            doc.tokens[m.end].start] == " ":
            # "Premier Li | Keqiang", "Premier Li | Kequiang": a title's alias of one holder runs into the name of
            # another; the full name after the title where the gazetteer knows it, else none (read later)
            later = next((people[k] for k in range(m.start + 1, m.end) if k in people and people[k].end > m.end
                          and not any(j in starts for j in range(m.end, people[k].end))), None)
            if later is None:
                continue
            m = later
        keys = by_span.get((m.start, m.end), [])
        if len(set(keys)) > 1:
            written = doc.span_text(m.start, m.end).casefold()
            if not _named_as_written(doc, gaz, m.payload.actor, written):
                other = next((k for k in keys if _named_as_written(doc, gaz, k, written)), None)
                if other is not None:
                    m = PhraseMatch(m.start, m.end, NameHit(other, m.payload.via), m.exact)
        out.append(m)
    return out


def _shared_names_resolved(doc: Document, gaz: Gazetteer, names: list[PhraseMatch[NameHit]],
                           capitals: list[bool]) -> list[PhraseMatch[NameHit]]:
    """Names two states share ("РК": Республика Казахстан and Республика Корея; "ДР"...) read as the one the article
    names otherwise (by a name of its own, its capital, a body of its or an adjective: "южнокорейский лидер", "в
    Сеуле"); where neither is, or both as often, the first stays. A name the gazetteer holds once is left alone."""
    every = gaz.names(doc.lang).matches(doc.lemmas, capitals)
    names = _names_as_written(doc, gaz, names, every)
    by_span: dict[tuple[int, int], set[str]] = {}
    for m in every:
        actor = gaz.actor(m.payload.actor)
        if actor is not None and actor.type == "Country" and m.payload.via == "name":
            by_span.setdefault((m.start, m.end), set()).add(actor.key)
    shared = {span: keys for span, keys in by_span.items() if len(keys) > 1}
    if not shared:
        return names
    elsewhere: dict[str, int] = {}  # state -> how often the article names it, its capital or its bodies otherwise
    for m in list(names) + gaz.adjectives(doc.lang).longest(doc.lemmas, None):
        if any(a < m.end and m.start < b for a, b in shared):
            continue
        key = gaz.country_of(m.payload.actor) if m.payload.actor in gaz.actors else None
        if key is not None:
            elsewhere[key] = elsewhere.get(key, 0) + 1
    out = []
    for m in names:
        keys = shared.get((m.start, m.end))
        if keys and m.payload.actor in keys:
            named = sorted(keys, key=lambda k: (-elsewhere.get(k, 0), k != m.payload.actor))
            if elsewhere.get(named[0], 0) > max((elsewhere.get(k, 0) for k in named[1:]), default=0):
                m = PhraseMatch(m.start, m.end, NameHit(named[0], m.payload.via), m.exact)
        out.append(m)
    return out


def _latin_forms_in_brackets(doc: Document, allm: list[TokenMention], people: list[Actor]) -> dict[str, Actor]:
    """New people of a Russian or Ukrainian story whose mention is followed by their name in Latin letters in
    brackets, word for word ("Роландаса Паксаса (Rolandas Paksas)", "Веронікою Макамо (Verónica Macamo)") -> the
    person under that English name: the story's own spelling, in the nominative. Each bracketed word must begin as
    the Cyrillic word sounds; a translation or an acronym in brackets is no name."""
    if doc.lang == "en":
        return {}
    new = {a.key: a for a in people if a.type == "Person"}
    out: dict[str, Actor] = {}
    tokens, text = doc.tokens, doc.article.text
    for m in allm:
        if m.actor not in new or m.actor in out or m.part is not None:
            continue
        size = m.last - m.first
        close = m.last + size  # the bracketed words are tokens m.last .. close - 1
        if close > len(tokens) or text[tokens[m.last - 1].end:tokens[m.last].start].strip() != "(" \
                or not text[tokens[close - 1].end:].lstrip().startswith(")"):
            continue
        latin = [tokens[k].text for k in range(m.last, close)]
        if not all(w[:1].isupper() and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w)
                   and without_diacritics(w).isascii() for w in latin):
            continue
        if any(_sound_start(w) != _sound_start(tokens[k].text) for w, k in zip(latin, range(m.first, m.last))):
            continue
        label = " ".join(latin)
        key = "new:" + _slug(label)
        out[m.actor] = Actor(key=key, type="Person", label_en=label,
                             labels=new[m.actor].labels + (("en", label),))
    return out


def _sound_start(word: str) -> str:
    """A name word's first two consonants as written in either script, c and q levelled to k ("Macamo", "Макамо")."""
    return name_skeleton(word).replace("c", "k").replace("q", "k")[:2]


_LINK_ARROW = re.compile(r"\s*(?:>>|»»|→|&gt;&gt;)")


def _page_junk(doc: Document, gaz: Gazetteer, mention: TokenMention, actor: Actor) -> bool:
    """Words of the page, not a name of someone new: a name without a letter ("18" of "агентство 18+", "360" of
    a site's address), a link's text before its arrow ("Detail>>>"), a first name and more the text ends on with
    nothing after it (cut off by the stored page), and, in Russian and Ukrainian, a person's words the dictionary
    all reads as verbs or pronouns ("Благодарю Вас", "Дякую Вам": a capitalised "you" of courtesy)."""
    if not any(ch.isalpha() for ch in actor.label_en):
        return True
    text = doc.article.text
    if _LINK_ARROW.match(text, doc.tokens[mention.last - 1].end):
        return True
    if not text[doc.tokens[mention.last - 1].end:].strip() and len(actor.label_en.split()) > 1 \
            and (_given_name(doc, mention.first) is not None
                 or gaz.is_given_name(doc.lang, doc.tokens[mention.first].text)):
        # the page's last word with nothing after it, after a first name: a person's name the stored page cuts off
        # ("Сергей Лавр"; not an outlet credited on the last line: "Source: Gazeta Nova")
        return True
    if actor.type != "Person":
        return False
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    # every word a verb or a pronoun ("Благодарю Вас"); one such word alone may be part of a name ("Ду Веем": "веять")
    return all(lem.is_known(doc.tokens[k].norm) and lem.first_pos(doc.tokens[k].norm) in ("VERB", "NPRO")
               for k in range(mention.first, mention.last))


def _names_a_region(doc: Document, mention: TokenMention) -> bool:
    """Whether two capitalised words read as a new person's name hold a part of the world ("West Africa", "Западную
    Африку", "Південно-Східної Азії": `region_name_words`), no person."""
    regions = doc.lexicon.lemmas_of("region_name_words")
    return mention.type == "Person" and mention.actor.startswith("new:") and any(
        doc.lemmas[k] & regions or doc.tokens[k].norm in regions for k in range(mention.first, mention.last))


def _names_a_venue(doc: Document, mention: TokenMention) -> bool:
    """Whether a person's name is the first words of a place's or a prize's name in English ("President Ho Chi
    Minh Mausoleum", "Heydar Aliyev International Airport": up to two capitalised words between), no mention of
    the person.
    A new person's name is no person's where such a word ends it ("King Fahd International Airport" read after
    the title "King"), nor, in Russian and Ukrainian, where it follows a word for a venue in apposition ("на
    авиабазе Халим Перданакусума", "комплекс «Радж Гхат»", "в аеропорту Бориспіль"): the venue's own name."""
    if mention.type != "Person":
        return False
    venues = doc.lexicon.words("venue_after_name")
    k = mention.last
    while mention.via == "name" and k < len(doc.tokens) and k - mention.last < 3 \
            and doc.article.text[doc.tokens[k - 1].end:doc.tokens[k].start] == " " and doc.tokens[k].text[:1].isupper():
        if doc.tokens[k].text in venues:  # "Heydar Aliyev International Airport": capitalised words between
            return True
        k += 1
    if not mention.actor.startswith("new:"):
        return False
    if venues and mention.last - mention.first > 1 and doc.tokens[mention.last - 1].text in venues:
        return True  # the venue's word ends the name ("Park Sung-min" begins with one: a person)
    before = doc.lexicon.lemmas_of("venue_before_name")
    j = mention.first - 1
    while j >= 0 and doc.tokens[j].text in ("«", "\"", "“", "„", "'"):
        j -= 1
    return bool(before) and j >= 0 and doc.has_lemma(j, before) and not doc.capitalised[j] \
        and not doc.article.text[doc.tokens[j].end:doc.tokens[mention.first].start].strip(" «\"“„'")


def _names_a_province(doc: Document, mention: TokenMention) -> bool:
    """Whether a city's name stands for the province, prefecture or state that shares it: after the word for it in
    Russian and Ukrainian ("в префектуре Нара", "провінція Хенань", "штат Нью-Йорк"), before it in English ("Mecca
    province", "Nara Prefecture"): a region, no city."""
    if mention.type != "City" or mention.part is not None:
        return False
    tokens, text = doc.tokens, doc.article.text
    if doc.lang == "en":
        k = mention.last
        return k < len(tokens) and tokens[k].text in doc.lexicon.words("region_nouns") \
            and text[tokens[k - 1].end:tokens[k].start] == " "
    k = mention.first - 1
    return k >= 0 and doc.has_lemma(k, doc.lexicon.lemmas_of("region_nouns")) and not doc.capitalised[k] \
        and text[tokens[k].end:tokens[mention.first].start] == " "


_DASHES = frozenset("-‐‑‒–—")


def _in_a_route_name(doc: Document, mention: TokenMention) -> bool:
    """Whether a city is one stop of a route's name: places joined by dashes beside a word for a pipeline, a
    railway, a road or a line ("the Baku-Tbilisi-Ceyhan oil pipeline", "по газопроводу Баку – Тбилиси –
    Эрзурум", "залізниця Київ–Варшава"): the route's name, no mention of the city (a country named there is
    still named: the annotations list it)."""
    if mention.type != "City":
        return False
    text, tokens = doc.article.text, doc.tokens

    def dash_between(a: int, b: int) -> bool:  # tokens a < b hold only a dash between them, spaces around
        gap = text[tokens[a].end:tokens[b].start].strip()
        if gap and gap in _DASHES:
            return True
        return b == a + 2 and tokens[a + 1].text in _DASHES and not text[tokens[a].end:tokens[a + 1].start].strip() \
            and not text[tokens[a + 1].end:tokens[b].start].strip()

    def capital(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].text[:1].isupper()

    first, last = mention.first, mention.last - 1
    stops = 1
    if mention.part is not None:  # "Baku-Tbilisi-Ceyhan" written as one word: each part a stop
        parts = tokens[first].text.split("-")
        stops = len(parts) if all(p[:1].isupper() for p in parts) else 1
    while True:  # to the left: "Baku-" before "Tbilisi"
        prev = next((p for p in (first - 1, first - 2) if p >= 0 and capital(p) and dash_between(p, first)), None)
        if prev is None:
            break
        first, stops = prev, stops + 1
    while True:
        nxt = next((n for n in (last + 1, last + 2) if capital(n) and dash_between(last, n)), None)
        if nxt is None:
            break
        last, stops = nxt, stops + 1
    if stops < 2:
        return False
    routes = doc.lexicon.lemmas_of("route_nouns")
    if not routes:
        return False
    sentence = doc.sentence_of_token(mention.first)
    near = [k for k in range(first - 3, first) if k >= sentence.first] + [
        k for k in range(last + 1, last + 4) if k < sentence.last]
    return any(doc.has_lemma(k, routes) for k in near)


def _begins_a_treaty_name(doc: Document, mention: TokenMention) -> bool:
    """Whether an organisation's name is the first words of a treaty's name in English ("the 1982 United Nations
    Convention on the Law of the Sea", "the UN Charter"): part of the treaty's name, no mention of the
    organisation (a Russian or Ukrainian text names it after the treaty's word, in the genitive, and names it)."""
    heads = doc.lexicon.words("treaty_name_after_organisation")
    k = mention.last
    return bool(heads) and mention.type == "Organization" and k < len(doc.tokens) and doc.tokens[k].text in heads \
        and doc.article.text[doc.tokens[k - 1].end:doc.tokens[k].start] == " "


def _partial_names_of_the_named(doc: Document, gaz: Gazetteer, mentions: list[TokenMention]) -> list[TokenMention]:
    """A person the gazetteer does not know named by the first words of another person's longer name in the same
    article ("Луис Инасиу" of "Луис Инасиу Лула да Сильва", "John Pombe" of "John Pombe Magufuli"), in any case:
    that person, never one of his own."""
    people = [m for m in mentions if m.type == "Person" and m.part is None]
    starts = {m.first: m for m in people if not m.actor.startswith("new:")}
    text = doc.article.text
    # the first words of a known person's name read as a person of their own right before the words the gazetteer
    # knows ("Луис Инасиу | Лула да Сильва"): one name
    wholes = {m: TokenMention(starts[m.last].actor, m.first, starts[m.last].last, "name", "Person") for m in people
              if m.actor.startswith("new:") and m.last in starts
              and text[doc.tokens[m.last - 1].end:doc.tokens[m.last].start] == " "
              and doc.tokens[m.first].norm.replace("ё", "е") in gaz.name_words(starts[m.last].actor)}

    def same_word(k: int, q: int) -> bool:
        return doc.tokens[k].norm == doc.tokens[q].norm or bool(doc.lemmas[k] & doc.lemmas[q])

    longer = [wholes.get(m, m) for m in people]
    out = []
    for m in mentions:
        size = m.last - m.first
        if m in wholes:
            m = TokenMention(wholes[m].actor, m.first, m.last, "name", "Person")
        elif m.type == "Person" and m.actor.startswith("new:") and size >= 2 and m.part is None:
            whole = next((o for o in longer if o.actor != m.actor and o.last - o.first > size
                          and all(same_word(m.first + k, o.first + k) for k in range(size))), None)
            if whole is not None:
                m = TokenMention(whole.actor, m.first, m.last, "name", "Person")
        out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class _Patronymic:
    """A name shaped "[Sheikh] Given bin Father [Al Family]": its tokens, the person, and the family name's
    skeletons ("" where the name has none)."""

    first: int
    last: int
    actor: Actor
    family: frozenset[str]


def _word_skeletons(doc: Document, index: int, word: str | None = None) -> frozenset[str]:
    """The skeletons (`name_skeleton`) of a name word as written, without a case ending of the language
    ("Заїдом" -> Заїд), and of its lemmas: whichever of them is the name's nominative."""
    from ..text.translit import name_skeleton

    norm = (word or doc.tokens[index].norm).lower()
    forms = {norm} | ({lemma for lemma in doc.lemmas[index] if lemma.isalpha()} if word is None else set())
    forms |= {norm[:-len(e)] for e in doc.lexicon.get("case_endings", ())
              if norm.endswith(e) and len(norm) - len(e) >= 3}
    return frozenset(s for s in map(name_skeleton, forms) if s)


def _family_part(doc: Document, index: int) -> tuple[int, str] | None:
    """The family name at the token: "Al Nahyan", "аль Нахайян" (the token after the article), or one
    hyphenated token ("Al-Thani", "аль-Нахайяна"): the token after the family name and the name word."""
    articles = doc.lexicon.words("family_name_articles")
    tokens = doc.tokens
    if index >= len(tokens):
        return None
    token = tokens[index]
    head, _, rest = token.text.partition("-")
    if rest and head.lower() in articles and rest[:1].isupper() and rest.replace("-", "").isalpha():
        return index + 1, rest
    after = index + 1
    if token.norm in articles and after < len(tokens) and doc.capitalised[after] and tokens[after].text.isalpha() \
            and doc.article.text[token.end:tokens[after].start] == " ":
        return after + 1, tokens[after].text
    return None


def _patronymic_names(doc: Document, gaz: Gazetteer, silent: set[int]) -> list[_Patronymic]:
    """Names of the Arab world's rulers and their families, "Sheikh Mohamed bin Zayed Al Nahyan", "Мухаммадом
    бін Заїдом Аль Нагаяном": a given name, a patronymic particle (`patronymic_particles`) and a father's name,
    maybe more generations, and the family name after its article (`family_name_articles`), one person whose
    family name is no person of its own. A known person in any spelling (`Gazetteer.person_by_patronym`) is the
    gazetteer's; anyone else is a new person named as written."""
    particles = doc.lexicon.words("patronymic_particles")
    honorifics = doc.lexicon.words("name_honorifics")
    tokens, text = doc.tokens, doc.article.text
    if not particles or not any(t.norm in particles for t in tokens):
        return []

    def name_word(k: int) -> bool:
        return 0 <= k < len(tokens) and k not in silent and doc.capitalised[k] and tokens[k].text.isalpha() \
            and not tokens[k].text.isupper() and tokens[k].norm not in particles

    def joined(a: int, b: int) -> bool:
        return text[tokens[a].end:tokens[b].start] == " "

    found: list[_Patronymic] = []
    k = 0
    while k < len(tokens):
        if tokens[k].norm not in particles or not name_word(k - 1) or not name_word(k + 1) \
                or not joined(k - 1, k) or not joined(k, k + 1):
            k += 1
            continue
        first, last = k - 1, k + 2
        while last + 1 < len(tokens) and tokens[last].norm in particles and name_word(last + 1) \
                and joined(last - 1, last) and joined(last, last + 1):
            last += 2  # "bin Zayed bin Sultan": another generation
        family = _family_part(doc, last) if last < len(tokens) and joined(last - 1, last) else None
        family_skeletons = frozenset()
        if family is not None:
            family_skeletons = _word_skeletons(doc, family[0] - 1, family[1] if family[0] - 1 == last else None)
            last = family[0]
        known = gaz.person_by_patronym(_word_skeletons(doc, first), _word_skeletons(doc, k + 1), family_skeletons)
        if first > 0 and tokens[first - 1].norm in honorifics and joined(first - 1, first):
            first -= 1  # "Sheikh Mohamed ...": the honorific stands with the name
        actor = gaz.actors[known] if known else _patronymic_person(doc, first, last)
        found.append(_Patronymic(first, last, actor, family_skeletons))
        k = last
    return found


def _patronymic_person(doc: Document, first: int, last: int) -> Actor:
    """A new person named "Given bin Father Al Family": the words as written, in Latin letters (a Russian or
    Ukrainian name without the case ending its given name shows, "Мансуром" -> Mansur), the honorific left out."""
    from ..text.translit import name_to_latin

    honorifics = doc.lexicon.words("name_honorifics")
    particles = doc.lexicon.words("patronymic_particles")
    words = [doc.tokens[k].text for k in range(first, last) if doc.tokens[k].norm not in honorifics]
    small = [w.lower() in particles for w in words]  # "Bin" in a name is written "bin" in its label
    if doc.lang != "en":
        endings = tuple(doc.lexicon.get("instrumental_endings", ()))
        given = words[0].lower()
        ending = next((e for e in endings if given.endswith(e) and len(given) - len(e) >= 3), None)
        if ending is not None:  # "Мансуром бін Заїдом": every name word carries the instrumental
            words = [w[:-len(ending)] if w.lower().endswith(ending) and not lower else w
                     for w, lower in zip(words, small)]
        words = ["-".join(name_to_latin(p, doc.lang) for p in w.split("-")) for w in words]
    label = " ".join(w.lower() if lower else w for w, lower in zip(words, small))
    key = "new:" + _slug(label)
    return Actor(key=key, type="Person", label_en=label, labels=((doc.lang, doc.span_text(first, last)),))


def _family_names_alone(doc: Document, gaz: Gazetteer, patronymics: list[_Patronymic],
                        taken: set[int]) -> list[TokenMention]:
    """"Аль Нахайян отметил", "Al Nahyan said": a family name alone after a person of the family was named in
    full is that person (the one named last before it, or first in the article); a family name no one was named
    with is nobody (its tokens are taken all the same)."""
    out: list[TokenMention] = []
    families = gaz.family_skeletons() | {f for p in patronymics for f in p.family}
    k = 0
    while k < len(doc.tokens):
        part = _family_part(doc, k) if k not in taken else None
        if part is None or taken.intersection(range(k, part[0])):
            k += 1
            continue
        skeletons = _word_skeletons(doc, part[0] - 1, part[1] if part[0] - 1 == k else None)
        family = [p for p in patronymics if p.family & skeletons]
        before = [p for p in family if p.last <= k]
        person = (before[-1] if before else family[0]) if family else None
        if person is not None:
            out.append(TokenMention(person.actor.key, k, part[0], "name", "Person"))
        # a ruling family the gazetteer knows ("Al Nahyan", "Аль Сауд"), not "Al Ekhbariya" or "Al Jazeera"
        alone = part[0] - k == 2 and bool(skeletons & families) and not (
            k > 0 and _name_like(doc, k - 1) and doc.article.text[doc.tokens[k - 1].end:doc.tokens[k].start] == " ")
        if person is not None or alone:
            taken.update(range(k, part[0]))  # "the Al Nahyan family": a family name is no person of its own
        k = part[0]
    return out


def _initial_and_known_surname(doc: Document, gaz: Gazetteer, taken: set[int]) -> list[TokenMention]:
    """"Г.Бердымухамедовым", "В. Путина", "G. Berdimuhamedow": an initial and a surname the gazetteer knows with a
    first name of that letter; the initial tells apart a father and a son of one surname."""
    out: list[TokenMention] = []
    tokens, text = doc.tokens, doc.article.text
    for k in range(1, len(tokens)):
        initial = tokens[k - 1].text
        if k in taken or k - 1 in taken or not doc.capitalised[k] or len(initial) != 1 or not initial.isupper() \
                or text[tokens[k - 1].end:tokens[k].start] not in (".", ". ") \
                or k > 1 and text[tokens[k - 2].end:tokens[k - 1].start] == ".":
            continue
        person = gaz.person_by_initial(doc.lang, initial, doc.lemmas[k] | {tokens[k].norm})
        if person is not None:
            out.append(TokenMention(person, k - 1, k + 1, "name", "Person"))
            taken.update((k - 1, k))
    return out


def _variant_spellings(doc: Document, gaz: Gazetteer, taken: set[int]) -> list[TokenMention]:
    """Known people named in a spelling the gazetteer lacks, "Юн Сок Йолем" beside "Юн Сук Йоль", "Мухаммад
    Шахбаз Шариф": two to four capitalised words whose consonant skeletons (`name_skeleton`, case endings aside)
    are those of one known person's name, one word of them spelled as his."""
    tokens, text = doc.tokens, doc.article.text
    found: list[TokenMention] = []
    roles = _role_words(doc)

    def word(k: int) -> bool:
        return k < len(tokens) and k not in taken and doc.capitalised[k] \
            and tokens[k].text.replace("-", "").isalpha() and not tokens[k].text.isupper()

    skeletons: dict[int, list[frozenset[str]]] = {}

    def parts(k: int) -> list[frozenset[str]]:  # "Seok-yeol": the parts of a hyphenated word one by one
        if k not in skeletons:
            pieces = tokens[k].text.split("-")
            skeletons[k] = [_word_skeletons(doc, k)] if len(pieces) == 1 else \
                [_word_skeletons(doc, k, piece) for piece in pieces if piece]
        return skeletons[k]

    k = 0
    while k < len(tokens):
        end = k
        while word(end) and (end == k or text[tokens[end - 1].end:tokens[end].start] == " "):
            end += 1
        if end - k < 2:
            k = max(end, k + 1)
            continue
        spans = sorted(((a, b) for a in range(k, end) for b in range(a + 2, min(a + 4, end) + 1)),
                       key=lambda span: (span[0] - span[1], span[0]))
        used: set[int] = set()
        for a, b in spans:
            if used.intersection(range(a, b)) or doc.lemmas[a] & roles or _eponym(doc, a, b):
                continue  # "Premier Li | Kequiang": a title begins no spelling of a name; "аэропорт имени ...": a
                # place named after him
            person = gaz.person_by_skeletons([p for i in range(a, b) for p in parts(i)])
            if person is None:
                continue
            own = gaz.name_words(person)
            if not any(w in own for i in range(a, b) for w in tokens[i].norm.replace("ё", "е").split("-")) \
                    and not any(doc.lemmas[i] & own for i in range(a, b)):
                continue
            found.append(TokenMention(person, a, b, "name", "Person"))
            used.update(range(a, b))
        taken.update(used)
        k = end
    return found


def _name_like(doc: Document, index: int) -> bool:
    """Whether the token may be a word of a person's name: capitalised, not a determiner ("The"), and at a
    sentence start only a first name ("Клан Аль Сауд" names a family, "Ахмед Аль Джабер" a man)."""
    token = doc.tokens[index]
    if not doc.capitalised[index] or not token.text.isalpha() or token.norm in doc.lexicon.words("determiners"):
        return False
    at_start = index == 0 or any(ch in ".!?\n" for ch in doc.article.text[doc.tokens[index - 1].end:token.start])
    return not at_start or _given_name(doc, index) is not None


def _cities_beyond(doc: Document, gaz: Gazetteer, taken: set[int]) -> tuple[list[TokenMention], list[Actor]]:
    """Large cities the gazetteer lacks ("в Мосуле", "у Ганновері", "in Abbottabad"), read where no actor of the
    gazetteer was, by their names in the article's language or in English: each word capitalised and matched by
    a lemma or its form (a name's first word also by its crude stem, the lemma the dictionary guesses for an
    unknown word: "Абеокуте" -> абеокут); a one-word name not a common word at a sentence start, not beside
    another capitalised word, which makes it part of a person's or an organisation's name ("Andrew Jackson",
    "Бостон Глоуб"; a month or weekday beside it, "Boston Monday", is no such word), and not the "of" of a name
    ("Basilica of Guadalupe", "University of Mobile")."""
    indexes = [gaz.city_names_beyond(lang) for lang in dict.fromkeys((doc.lang, "en"))]
    if not any(indexes):
        return [], []
    endings = tuple(e for e in doc.lexicon.get("case_endings", ()) if len(e) == 1)
    tokens, size = doc.tokens, len(doc.tokens)

    def forms(k: int) -> frozenset[str]:
        # the text's own crude stem is never used: "Буду" (I will) is no form of "Буда"
        return doc.lemmas[k] | {tokens[k].norm}

    def names_from(k: int) -> list[tuple[list[str], str]]:
        """The names that may begin at token k: by a form of its word, or by a name's first word of five
        letters or more without its one-letter case ending."""
        found = []
        for form in sorted(forms(k)):
            for first in [form] + [form + e for e in endings if len(form) >= 4]:
                for index in indexes:
                    found += [(rest.split(), key) for rest, key in index.get(first, ())]
        return found

    mentions: list[TokenMention] = []
    actors: list[Actor] = []
    calendar = frozenset(doc.lexicon.lemma_table("months")) | frozenset(doc.lexicon.lemma_table("weekdays"))
    name_joiners = doc.lexicon.words("name_joiners")  # "of" in "Basilica of Guadalupe"
    city_words = doc.lexicon.words("city_name_suffixes")
    i = 0
    while i < size:
        found: tuple[str, int] | None = None
        if doc.capitalised[i] and i not in taken:
            for rest, key in names_from(i):
                end = i + 1 + len(rest)
                if end <= size and (found is None or end > found[1]) and not taken.intersection(range(i, end)) \
                        and all(doc.capitalised[i + q] and ({w} | name_stems(w, endings)) & forms(i + q)
                                for q, w in enumerate(rest, 1)):
                    found = (key, end)
        actor = gaz.actor(found[0]) if found else None
        if found is None or actor is None:
            i += 1
            continue
        end = found[1]
        if end < size and tokens[end].norm in city_words and doc.capitalised[end] \
                and doc.article.text[tokens[end - 1].end:tokens[end].start] == " ":
            end += 1  # "Iwaki City", "Cebu City": the city, with the word that says so
        if (end - i == 1 and not _plausible_single(doc, i, actor, doc.capitalised)) or \
                _joined_name_word(doc, i - 1, i, calendar) or _joined_name_word(doc, end, end - 1, calendar) or \
                (i >= 2 and doc.lemmas[i - 1] & name_joiners and _joined_name_word(doc, i - 2, i - 1, calendar)):
            i += 1
            continue
        mentions.append(TokenMention(actor.key, i, end, "name", "City"))
        actors.append(actor)
        taken.update(range(i, end))
        i = end
    return mentions, actors


def _joined_name_word(doc: Document, index: int, neighbour: int, calendar: frozenset[str]) -> bool:
    """A capitalised word at `index` joined to the name's word at `neighbour` by one space, not the first word
    of its sentence ("In Abbottabad") and no month or weekday ("Boston Monday")."""
    tokens, text = doc.tokens, doc.article.text
    if index < 0 or index >= len(tokens) or not doc.capitalised[index] or not tokens[index].text.isalpha():
        return False
    left, right = sorted((index, neighbour))
    if text[tokens[left].end:tokens[right].start] != " " or doc.lemmas[index] & calendar:
        return False
    return index > 0 and not any(ch in ".!?\n" for ch in text[tokens[index - 1].end:tokens[index].start])


def _state_bodies(doc: Document, gaz: Gazetteer, names: list[PhraseMatch[NameHit]]) -> list[PhraseMatch[NameHit]]:
    """State bodies named by a word for the body and their state next to it (`country_slots`): "румынское
    Минобороны", "Міністерство енергетики Азербайджану", "the Ministry of Trade of Indonesia", "Serbia's defence
    ministry"; each the one actor of that body of that state, whatever the language or case. A body without its
    state ("the ministry said") or in the plural ("Russian and Chinese defence ministries") is no one body."""
    heads = gaz.body_heads(doc.lang).longest(doc.lemmas, None)
    if not heads:
        return []
    tokens, text = doc.tokens, doc.article.text
    slots = gaz.country_slots(doc.lang)
    head_words = gaz.body_head_words(doc.lang)
    name_nouns = gaz.body_name_nouns(doc.lang)
    joiners = doc.lexicon.words("coordination_words")

    def state(m: PhraseMatch[NameHit]) -> str | None:
        actor = gaz.actor(m.payload.actor)
        return actor.key if actor is not None and actor.type == "Country" and m.payload.via == "name" else None

    def joined(a: int, b: int) -> bool:  # tokens a and b stand next to each other in one phrase
        return 0 <= a < b < len(tokens) and text[tokens[a].end:tokens[b].start] == " "

    states_from = {m.start: m for m in names if state(m)}
    states_to = {m.end: m for m in names if state(m)}

    def main_state() -> str | None:  # the state the article names most often, if one is named most
        counts: dict[str, int] = {}
        for m in states_from.values():
            key = state(m)
            if key is not None:
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    adjectives = {m.end: m for m in gaz.adjectives(doc.lang).longest(doc.lemmas, None)
                  if m.payload.actor in gaz.actors and gaz.actors[m.payload.actor].type == "Country"}
    found: list[PhraseMatch[NameHit]] = []
    for h in heads:
        last_word = re.sub(r"['’]s$", "", tokens[h.end - 1].norm)
        if doc.lang == "en" and last_word not in head_words:
            continue  # "ministries", "governments": several bodies
        country, first, last = None, h.start, h.end
        longer = h.end - h.start > 1 and (tokens[h.start].norm in name_nouns or doc.lemmas[h.start] & name_nouns) \
            and h.end + 1 < len(tokens) \
            and tokens[h.end].norm in joiners and joined(h.end, h.end + 1) and tokens[h.end + 1].text.isalpha() \
            and (tokens[h.end + 1].text[:1].isupper() if doc.lang == "en" else tokens[h.end + 1].text.islower())
        if longer:
            continue  # "Ministry of Trade and Integration", "Министерством экономики и финансов": another body's name
        for between in slots.get("after", ()):
            words = between.split()
            at = h.end + len(words)
            if at < len(tokens) and at in states_from and all(
                    tokens[h.end + n].norm == w and joined(h.end + n - 1, h.end + n) for n, w in enumerate(words)) \
                    and joined(at - 1, at):
                country, last = state(states_from[at]), states_from[at].end
                break
        if country is None and slots.get("adjective_before") and h.start in adjectives \
                and joined(h.start - 1, h.start):
            adjective = adjectives[h.start]
            country, first = gaz.country_of(adjective.payload.actor), adjective.start
        if country is None and slots.get("name_before") and h.start in states_to and joined(h.start - 1, h.start):
            country, first = state(states_to[h.start]), states_to[h.start].start
        signing = states_from.get(h.end)
        if country is None and signing is not None and _signed_by(text, tokens, h.start, h.end, signing.end):
            country = state(signing)  # "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE": a release's signature
        if country is None and gaz.body_named_alone(h.payload) and all(
                tokens[k].text[:1].isupper() for k in range(h.start, h.end)):
            country = main_state()  # "National Assembly Chairman Nguyen Sinh Hung" in an article about Vietnam
        key = gaz.body_of(h.payload, country) if country else None
        if key is not None:
            found.append(PhraseMatch(first, last, NameHit(key, "name"), h.end - h.start))
    return found


def _signed_by(text: str, tokens: list, first: int, last: int, state_end: int) -> bool:  # type: ignore[type-arg]
    """Whether tokens first..last, a body's word in capitals, fill a line of their own and the next line holds
    nothing but a state's name (the tokens up to state_end; a blank line may part them): the signature under a
    press release."""
    start, end = tokens[first].start, tokens[last - 1].end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip():
        return False
    if not text[start:end].isupper() or text[line_end:tokens[last].start].strip():
        return False
    state_line_end = text.find("\n", tokens[state_end - 1].end)
    after = text[tokens[state_end - 1].end:state_line_end if state_line_end >= 0 else len(text)]
    return text[line_end:tokens[last].start].count("\n") <= 2 and not after.strip()


def _with_state_bodies(gaz: Gazetteer, names: list[PhraseMatch[NameHit]],
                       bodies: list[PhraseMatch[NameHit]]) -> list[PhraseMatch[NameHit]]:
    """The names with the state bodies among them: a body wins over the names inside it ("Security Council" in
    "Turkish Security Council", the state in "Минобороны Литвы") and gives way to a longer name around it. The
    state that begins a body ("Kazakhstan's Ministry of Economy") is named too; one named after the body's word
    is found inside it later, as in any organisation's name."""
    kept = [b for b in bodies if not any(m.start <= b.start and b.end <= m.end and m.end - m.start > b.end - b.start
                                         for m in names)]
    rest = [m for m in names if not any(m.start < b.end and b.start < m.end for b in kept)
            or any(m.start == b.start and m.end < b.end for b in kept) and m.payload.via == "name"
            and gaz.actors[m.payload.actor].type == "Country"]
    return sorted(kept + rest, key=lambda m: (m.start, m.end))


_QUOTES_OPEN = "«\"“„'"
_QUOTES_CLOSE = "»\"”“'"


def _parent_company_before(doc: Document, gaz: Gazetteer, mentions: list[TokenMention],
                           index: int) -> TokenMention | None:
    """The known company whose name, maybe followed by a state's ("ExxonMobil India"), ends right before `index`,
    joined by single spaces: the parent of a subsidiary named with a company suffix; None for anything else (a
    state alone: "China National Petroleum Corp.")."""
    text, tokens = doc.article.text, doc.tokens
    ending = {m.last: m for m in mentions}
    at = index
    m = ending.get(at)
    if m is not None and m.type == "Country" and m.first > 0 and text[tokens[m.first - 1].end:tokens[m.first].start] \
            == " ":
        at = m.first
        m = ending.get(at)
    entry = gaz.entries.get(m.actor, {}) if m is not None else {}
    if m is None or m.type != "Organization" or entry.get("kind") == "media" or gaz.state_of_body(m.actor) or \
            not entry.get("country"):
        return None
    return m


def _state_sides(doc: Document, gaz: Gazetteer, adjectives: dict, mentions: list[TokenMention]) -> list[TokenMention]:
    """A state told by its side ("казахстанская сторона", "з польською стороною", "the Kazakh side"): the diplomatic
    idiom for a state's delegation, a mention of the state (the lexicon's `state_side_nouns`)."""
    sides = doc.lexicon.lemmas_of("state_side_nouns")
    covered = {k for m in mentions for k in range(m.first, m.last)}
    found = []
    for end, adjective in adjectives.items():
        state = gaz.country_of(adjective.payload.actor)
        if state is None or end >= len(doc.tokens) or not doc.lemmas[end] & sides or end in covered:
            continue
        found.append(TokenMention(state, adjective.start, end + 1, "side", "Country"))
    return found


def _state_after(doc: Document, mentions: list[TokenMention], end: int) -> TokenMention | None:
    """The one state named right after a counterpart word and the lexicon's `counterpart_from_words` ("counterpart
    from Kazakhstan", "коллегой из Казахстана", "колегою з Казахстану"). Not a list ("counterparts from Britain,
    Japan and Canada", "колегами зі США та Європи"): a meeting with each is read elsewhere, one per partner."""
    if end + 1 >= len(doc.tokens) or doc.tokens[end].norm not in doc.lexicon.words("counterpart_from_words"):
        return None
    state = next((m for m in mentions if m.type == "Country" and m.first == end + 1), None)
    if state is None or state.last >= len(doc.tokens):
        return state
    gap = doc.article.text[doc.tokens[state.last - 1].end:doc.tokens[state.last].start]
    listed = "," in gap or doc.tokens[state.last].norm in doc.lexicon.words("coordination_words")
    return None if listed else state


def _unknown_companies(doc: Document, gaz: Gazetteer, taken: set[int], adjectives: dict,
                       mentions: list[TokenMention]) -> tuple[list[TokenMention], list[Actor]]:
    """Companies the gazetteer does not know, introduced by a word for a company (`company_nouns`): "Bangladeshi
    state company Petrobangla", "госкомпании Petrobangla", "компанія «Нафтогаз Трейдинг»", or named with a
    company suffix in English ("Consolidated Contractors Company"); their state from an adjective before the
    word ("Bangladeshi"), and the same name later in the article."""
    tokens, text = doc.tokens, doc.article.text
    outlet_nouns = doc.lexicon.lemmas_of("outlet_nouns")
    nouns = doc.lexicon.lemmas_of("company_nouns") | outlet_nouns
    own_outlet = doc.lexicon.lemmas_of("outlet_own_words")
    suffixes = doc.lexicon.words("company_name_suffixes")
    stop = _role_words(doc) | doc.lexicon.lemmas_of("person_nouns")
    adjective_starts = {m.start for m in adjectives.values()} | {k for m in adjectives.values()
                                                                 for k in range(m.start, m.end)}
    spans: list[tuple[int, int, str | None]] = []

    def name_word(k: int) -> bool:
        word = tokens[k].text
        return k not in taken and k not in adjective_starts and word[:1].isupper() and not (doc.lemmas[k] & stop) \
            and doc.table_value("months", k) is None and doc.table_value("weekdays", k) is None

    countries = {m.first: m for m in mentions if gaz.country_of(m.actor) and m.type == "Country"}
    for i in range(len(tokens) - 1):
        if not doc.lemmas[i] & nouns or doc.capitalised[i] and not (
                i == 0 or any(ch in ".!?\n" for ch in text[tokens[i - 1].end:tokens[i].start])):
            continue  # "Consolidated Contractors Company": the word inside a name
        if doc.lemmas[i] & outlet_nouns and i > 0 and doc.lemmas[i - 1] & own_outlet:
            continue  # "передає кореспондент видання «...»": the page's own outlet, no source it cites
        j = i + 1
        state = _company_state(doc, gaz, adjectives, i)
        if j in countries and text[tokens[i].end:tokens[j].start] == " ":  # "госкомпания Бангладеш Petrobangla"
            state, i, j = gaz.country_of(countries[j].actor), countries[j].last - 1, countries[j].last
            if j >= len(tokens):
                continue
        gap = text[tokens[i].end:tokens[j].start]
        if gap.strip() and gap.strip()[-1:] in _QUOTES_OPEN:  # «Нафтогаз Трейдинг»: every word up to the quote
            k = j
            while k < len(tokens) and k - j < 5 and not text[tokens[k - 1].end:tokens[k].start].strip(" -") \
                    or k == j:
                k += 1
            closing = text[tokens[k - 1].end:tokens[k - 1].end + 1] if k <= len(tokens) else ""
            if closing in _QUOTES_CLOSE and closing and tokens[j].text[:1].isupper() \
                    and not taken.intersection(range(j, k)):
                spans.append((j, k, state))
            continue
        if gap != " ":
            continue
        k = j
        latin = doc.lang == "en" or tokens[j].text[:1].isascii()
        while k < len(tokens) and k - j < 4 and name_word(k) and (k == j or text[tokens[k - 1].end:tokens[k].start]
                                                                   == " ") and tokens[k].text[:1].isascii() == latin:
            k += 1
        if k > j and latin:
            spans.append((j, k, state))
    spans += _companies_after_states(doc, gaz, adjectives, mentions, name_word, spans)
    subsidiaries: set[tuple[int, int]] = set()
    # "Consolidated Contractors Company", "Technip Energies"; in a Cyrillic text a name in Latin letters
    # ("підписали ExxonMobil India LNG Limited")
    latin_only = doc.lang != "en"
    if suffixes:
        for k, token in enumerate(tokens):
            if token.text.rstrip(".") not in suffixes or k in taken or k == 0 or (
                    k + 1 < len(tokens) and tokens[k + 1].text.rstrip(".") in suffixes):
                continue  # "Acme Petroleum Holdings": the last suffix ends the name
            j = k
            while j > 0 and k - j < 4 and name_word(j - 1) and text[tokens[j - 1].end:tokens[j].start] == " " \
                    and (not latin_only or tokens[j - 1].text.isascii()):
                j -= 1
            at_start = j == 0 or any(ch in ".!?\n" for ch in text[tokens[j - 1].end:tokens[j].start])
            owner = None
            if j > 0 and j - 1 in taken and text[tokens[j - 1].end:tokens[j].start] == " ":
                parent = _parent_company_before(doc, gaz, mentions, j)
                if parent is not None and (j < k or parent.last < j):
                    # (not "Petronet LNG Limited": the company's own name with its legal suffix)
                    # "ExxonMobil India LNG Limited", "Rosneft Deutschland GmbH": a known company's subsidiary, a
                    # company of its own; the parent's name in it is no mention of the parent
                    subsidiaries.add((parent.first, k + 1))
                    spans.append((parent.first, k + 1, gaz.actors[parent.actor].country
                                  if parent.actor in gaz.actors else None))
                    continue
                if not re.search(r"['’]s$", tokens[j - 1].text):
                    continue  # "China National Petroleum Corp.": a name that begins with a known one is not new
                owner = next((gaz.country_of(m.actor) for m in mentions if m.last == j), None)  # "France's"
            if j < k and not (at_start and k - j < 2) and not any(a <= j < b for a, b, _ in spans):
                spans.append((j, k + 1, owner))
    spans += _named_by_their_head(doc, gaz, taken, mentions, spans)
    states = {k for m in mentions if m.type in ("Country", "City") for k in range(m.first, m.last)}
    found: list[TokenMention] = []
    made: dict[str, Actor] = {}
    for first, last, state in sorted(spans):
        if (taken - states).intersection(range(first, last)) and (first, last) not in subsidiaries:
            continue  # a state's name may begin a name ("Vietnam News Agency") and stays a mention of its own
        surface = doc.span_text(first, last)
        label = surface if doc.lang == "en" or surface[:1].isascii() else " ".join(
            to_latin(tokens[k].text) for k in range(first, last))
        known = _outlet_by_address(surface) if surface[:1].islower() else None
        if known is not None:  # "dw.com", "korrespondent.net": a known outlet's site
            found.append(TokenMention(known, first, last, "name", "Organization"))
            taken.update(range(first, last))
            continue
        key = "new:" + _slug(label)
        longer = next((a.key for a in made.values() if a.label_en.endswith(" " + label)), None)
        if longer is not None:  # "the Kazakh-Uzbek Supreme Interstate Council ... the Supreme Interstate Council"
            key = longer  # the tail of a longer name the article gave first is that organisation again
        made.setdefault(key, Actor(key=key, type="Organization", label_en=label, labels=((doc.lang, surface),),
                                   country=state))
        found.append(TokenMention(key, first, last, "intro", "Organization"))
        taken.update(range(first, last))
    found += _named_again(doc, made, taken)  # "Petrobangla said"
    return found, list(made.values())


def _named_by_their_head(doc: Document, gaz: Gazetteer, taken: set[int], mentions: list[TokenMention],
                         spans: list) -> list[tuple[int, int, str | None]]:  # type: ignore[type-arg]
    """Organisations the gazetteer does not know, named in English by capitalised words around a head word
    (`organisation_name_heads`): "Guma Group", "Geothermal Development Company", "Turan Information Agency",
    "University of Tartu", "Estonian University of Life Sciences". A state's name or adjective may begin the
    name ("Philippine News Agency": a mention of the state as well), a place may stand in it ("University of
    Tartu": a mention of the city as well); a name that begins with another known
    actor ("Gazprom Neft Group") or a head alone ("the Company") is none."""
    heads = doc.lexicon.words("organisation_name_heads")
    if not heads:
        return []
    tokens, text = doc.tokens, doc.article.text
    stop = _role_words(doc) | doc.lexicon.lemmas_of("person_nouns")
    held = {k for a, b, _ in spans for k in range(a, b)}
    states = {k: m for m in mentions if m.type in ("Country", "City") for k in range(m.first, m.last)}
    common = doc.lexicon.lemmas_of("organisation_head_common_words")
    joiners = doc.lexicon.words("organisation_name_joiners") or frozenset({"of"})
    state_heads = doc.lexicon.words("organisation_heads_after_a_state")
    # words of titles that are words of bodies' names too ("State Customs Committee", "Foreign Affairs Council")
    title_words = doc.lexicon.words("organisation_name_title_words")

    def word(k: int) -> bool:
        t = tokens[k].text
        return t[:1].isupper() and t.replace("-", "").replace("’", "").replace("'", "").isalpha() \
            and (not (doc.lemmas[k] & stop) or t in title_words) and k not in held and (k not in taken or k in states) \
            and doc.table_value("months", k) is None and doc.table_value("weekdays", k) is None

    def joined(a: int, b: int) -> bool:
        return text[tokens[a].end:tokens[b].start] == " "

    def complement(k: int) -> bool:  # after "of", "for": "Council for International Understanding" (no title)
        t = tokens[k].text
        return t[:1].isupper() and t.replace("-", "").isalpha() and k not in held and (k not in taken or k in states) \
            and doc.table_value("months", k) is None

    out: list[tuple[int, int, str | None]] = []
    for k, token in enumerate(tokens):
        if token.text not in heads or k in taken or k in held:
            continue
        j = k
        while j > 0 and k - j < 5 and joined(j - 1, j) and (
                word(j - 1) and not re.search(r"['’]s$", tokens[j - 1].text)
                or tokens[j - 1].norm == "and" and j - 2 >= 0 and word(j - 2) and joined(j - 2, j - 1) and j < k):
            j -= 1  # "National Development and Reform Commission": a joiner between words of the name
        if j < k and tokens[j].norm == "and":
            j += 1
        end = k + 1
        if end + 1 < len(tokens) and tokens[end].norm in joiners and joined(k, end) and complement(end + 1) \
                and joined(end, end + 1):
            end += 2  # "University of Tartu", "Chamber of Commerce and Industry", "Council for Trade Promotion"
            while end < len(tokens) and end - k < 8 and joined(end - 1, end) and (
                    complement(end) or tokens[end].norm == "and" and end + 1 < len(tokens) and complement(end + 1)):
                end += 1
        if j == k and end == k + 1 or j < k and doc.lemmas[k - 1] & common:
            continue  # "the Company", "Agency officials": a head alone names nothing; "Strategic Working Group",
            # "Honor Guard Company": a kind of group or unit, named by what it does
        at_start = j == 0 or any(ch in ".!?\n" for ch in text[tokens[j - 1].end:tokens[j].start])
        if at_start and end == k + 1 and k - j < 2 and j not in states:
            continue  # "Group leaders met ...": a capital at the sentence's start
        if any(i in taken and i not in states for i in range(j, end)) or end == k + 1 and all(
                i in states or tokens[i].norm == "and" for i in range(j, k)) and token.text not in state_heads:
            continue  # "the China Group", "China and Russia Group": states and a head alone ("Kenya Airways" is
            # a name: a state's carrier is called so)
        state = next((gaz.country_of(states[i].actor) for i in range(j, end) if i in states
                      and states[i].type == "Country"), None)
        out.append((j, end, state))
        held.update(range(j, end))
    return out


def _companies_after_states(doc: Document, gaz: Gazetteer, adjectives: dict, mentions: list[TokenMention],
                            name_word, spans: list) -> list[tuple[int, int, str | None]]:  # type: ignore[no-untyped-def,type-arg]
    """Companies named right after their state with no word for a company: in a Cyrillic text a name in Latin
    letters after a state's adjective ("польская PGNiG", "угорська MVM", "американская Venture Global LNG"); in
    English a name in capitals or in joined capitalised words after a state's possessive ("Poland's PGNiG",
    "Qatar's QatarEnergy"), which no person's name is."""
    tokens, text = doc.tokens, doc.article.text
    taken_by_spans = {k for a, b, _ in spans for k in range(a, b)}
    out: list[tuple[int, int, str | None]] = []
    starts: list[tuple[int, str | None]] = []
    if doc.lang != "en":
        starts = [(end, gaz.country_of(adj.payload.actor)) for end, adj in adjectives.items()]
    else:
        starts = [(m.last, gaz.country_of(m.actor)) for m in mentions if m.type == "Country"
                  and re.search(r"['’]s$", tokens[m.last - 1].text)]
    for j, state in sorted(starts, key=lambda x: x[0]):
        if state is None or j >= len(tokens) or j in taken_by_spans or text[tokens[j - 1].end:tokens[j].start] != " " \
                or not name_word(j) or not tokens[j].text[:1].isascii():
            continue
        if doc.lexicon.compiled.commodities.matches(doc.lemmas, None, j, j + 1):
            continue  # "американського LNG": a commodity of that state, no company
        word = tokens[j].text
        if doc.lang == "en" and not (len(word) >= 2 and word.isupper() or re.search(r"[a-z][A-Z]", word)):
            continue  # "Ghana's Mahama": a person; "Poland's PGNiG", "Qatar's QatarEnergy": a company
        k = j + 1
        while k < len(tokens) and k - j < 4 and name_word(k) and tokens[k].text[:1].isascii() and \
                text[tokens[k - 1].end:tokens[k].start] == " ":
            k += 1
        out.append((j, k, state))
        taken_by_spans.update(range(j, k))
    return out


# a dateline and its wire: the place in capitals or capitalised, an optional day, the wire alone (a joint credit
# such as "NNN-PRENSA LATINA" names two and is left alone), then a dash
_DATELINE_CREDIT = re.compile(r"\s*[A-Z][\w'’.]+(?: [A-Z][\w'’.]+){0,2}(?:, [A-Z][a-z]+ \d{1,2})?"
                              r"(?:, | \()(?P<wire>[A-Z][A-Za-z.&]{1,20}(?: [A-Z][A-Za-z.&]+){0,2})\)?\.? ?[–—-] ")
# "Zakon.kz", "Gazeta.uz", "Day.Az", "NUR.KZ": an outlet named by its site; a site's domain in capitals or
# capitalised only where it is one ("Reuters.The" is two sentences glued, not a site)
_LINK_SUFFIX = re.compile(r"\.(?:[a-z]{2,4}|(?i:az|by|com|ge|info|kg|kz|md|net|org|ru|tj|tm|tv|ua|uz))")


def _unknown_outlets(doc: Document, taken: set[int], mentions: list[TokenMention],
                     adjectives: dict) -> tuple[list[TokenMention], list[Actor]]:
    """Outlets the gazetteer does not know, named as the source of the news: the capitalised or quoted words
    right after a source word (`outlet_cues`: "передає", "сообщает ИА", "з посиланням на", "в ефірі",
    "according to", "the newspaper") or before an English reporting verb (`outlet_cues_after`: "Zakon.kz
    reports"), or alone after a line's source marker (`outlet_line_markers`: "Source: ..."). Not an outlet: a
    word already read as an actor or a person (or a word of a person's name), a title, a body's head word
    (`outlet_not_heads`: "Министерство", "Embassy", "Telegram-канал"), the page's own outlet after its
    correspondent (`outlet_own_words`: "передає кореспондент видання ..."), a first name ("Андрей Петров"), a
    state's adjective ("according to Chinese customs"), one word that reads as an adjective alone ("повідомляє
    Центральне інформаційне агентство"). A name's later words may be common nouns of outlets' names
    (`outlet_name_nouns`: "Громадське радіо"); a quoted name may hold a place ("«Вечірній Київ»"), which is
    then no mention of its own. The name later in the article is the same outlet."""
    tokens, text = doc.tokens, doc.article.text
    if not tokens:
        return [], []
    stop = _role_words(doc) | doc.lexicon.lemmas_of("outlet_not_heads")
    first_names = doc.lexicon.words("first_names")
    name_nouns = doc.lexicon.lemmas_of("outlet_name_nouns")
    places = {k for m in mentions if m.type in ("City", "Country") for k in range(m.first, m.last)}
    of_states = {k for m in adjectives.values() for k in range(m.start, m.end)}
    # "Clash Report" in a Cyrillic text: a known outlet's one Latin word ("Report") after another Latin name word
    # is the last word of a longer name, not that outlet
    latin_tails = {m.first for m in mentions if m.type == "Organization" and m.last - m.first == 1
                   and tokens[m.first].text[:1].isascii() and doc.lang != "en"}
    lem = lemmatizer(doc.lang)

    def word(k: int) -> bool:  # a word of an outlet's name
        t = tokens[k]
        return k not in taken and k not in of_states and (t.text[:1].isupper() or t.text[:1].isdigit()) \
            and not (doc.lemmas[k] & stop) and not stop.intersection(t.norm.split("-")) \
            and doc.table_value("months", k) is None and doc.table_value("weekdays", k) is None

    def named_place(k: int) -> bool:  # a place beside a word of outlets' names: "Radio Pakistan", "Kyiv Post"
        return k in places and any(0 <= i < len(tokens) and doc.lemmas[i] & name_nouns and doc.capitalised[i]
                                   and text[tokens[min(i, k)].end:tokens[max(i, k)].start] == " "
                                   for i in (k - 1, k + 1))

    def run(j: int) -> int:  # the end of the name that begins at token j, j where there is none
        gap = text[tokens[j - 1].end:tokens[j].start] if j > 0 else ""
        if gap.strip()[-1:] in _QUOTES_OPEN and gap.strip():  # «Вечірній Київ»: every word up to the quote
            k = j + 1
            while k < len(tokens) and k - j < 6 and not text[tokens[k - 1].end:tokens[k].start].strip(" -."):
                k += 1
            closing = text[tokens[k - 1].end:tokens[k - 1].end + 1]
            return k if closing and closing in _QUOTES_CLOSE and (word(j) or j in places) and not (
                taken - places).intersection(range(j, k)) else j
        latin = tokens[j].text[:1].isascii()
        if j + 1 < len(tokens) and j not in taken and tokens[j].text.isascii() and tokens[j].text.isalpha() \
                and tokens[j].text.islower() and _LINK_SUFFIX.fullmatch(text[tokens[j].end:tokens[j + 1].end]) \
                and (j + 2 >= len(tokens) or text[tokens[j + 1].end:tokens[j + 2].start][:1] != "/"):
            return j + 2  # "korrespondent.net", "rbc.ru": a site named by its address, in lower case
        k = j
        while k < len(tokens) and k - j < 4 and (k == j or text[tokens[k - 1].end:tokens[k].start] == " ") \
                and (word(k) or k > j and k not in taken and doc.lemmas[k] & name_nouns
                     or k > j and latin and k in latin_tails or named_place(k)) \
                and tokens[k].text[:1].isascii() == latin:
            k += 1
            if k < len(tokens) and _LINK_SUFFIX.fullmatch(text[tokens[k - 1].end:tokens[k].end]):
                k += 1  # "Kazpravda.kz"
        return k

    def person(j: int, k: int) -> bool:  # "Андрей Петров", "Mr Patel": a person (or a lone adjective), not an outlet
        opening = text[tokens[j - 1].end:tokens[j].start].strip()[-1:] if j > 0 else ""
        quoted = bool(opening) and opening in _QUOTES_OPEN
        lone_adjective = k - j == 1 and not quoted and isinstance(lem, PymorphyLemmatizer) \
            and lem.may_be_adjective(tokens[j].norm)
        return _given_name(doc, j) is not None and k - j >= 2 or tokens[j].text in first_names or lone_adjective

    person_words = {tokens[k].norm for m in mentions if m.type == "Person" for k in range(m.first, m.last)}
    own = doc.lexicon.lemmas_of("outlet_own_words")
    spans: list[tuple[int, int]] = []
    tails: dict[int, int] = {}  # a name's first token -> where its genitive complement begins
    for m in doc.lexicon.phrases("outlet_cues").matches(doc.lemmas, None):
        if m.start > 0 and doc.lemmas[m.start - 1] & own:
            continue  # "передає кореспондент видання ...": the page's own outlet, not a source it cites
        if m.end < len(tokens) and not any(ch in text[tokens[m.end - 1].end:tokens[m.end].start] for ch in ",;().!?\n"):
            k = run(m.end)
            place = next((p for p in mentions if p.first == k and p.type in ("City", "Country")), None)
            if k > m.end and place is not None and text[tokens[k - 1].end:tokens[k].start] == " " and \
                    isinstance(lem, PymorphyLemmatizer) and lem.part_and_case(tokens[k].norm)[1] == "gent" and \
                    not doc.lemmas[k - 1] & doc.lexicon.lemmas_of("outlet_name_nouns"):
                tails[m.end], k = k, place.last  # "передають Патріоти України", "сообщает Голос Америки": the
                # state ends the name, in the genitive it keeps
            if k > m.end and not person(m.end, k):
                spans.append((m.end, k))
    if doc.lang == "en":
        for m in doc.lexicon.phrases("outlet_cues_after").matches(doc.lemmas, None):
            j = m.start
            if j > 1 and _LINK_SUFFIX.fullmatch(text[tokens[j - 2].end:tokens[j - 1].end]) and word(j - 2):
                j -= 2  # "Zakon.kz reports"
            while j > 0 and m.start - j < 4 and (word(j - 1) or named_place(j - 1)) \
                    and text[tokens[j - 1].end:tokens[j].start] == " ":
                j -= 1
            opener = text[tokens[j - 1].end:tokens[j].start] if j > 0 else "\n"
            if j < m.start and "," in opener and run(j) == m.start and not person(j, m.start):
                spans.append((j, m.start))  # ", Zakon.kz reports": a clause of its own after the news
    markers = tuple(doc.lexicon.get("outlet_line_markers", ()))
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        marker = next((mk for mk in markers if body.startswith(mk)), None)
        if marker is not None:
            at = offset + len(line) - len(line.lstrip()) + len(marker)
            j = next((i for i, t in enumerate(tokens) if t.start >= at), len(tokens))
            k = run(j) if j < len(tokens) and tokens[j].start < offset + len(line) else j
            if k > j and tokens[k - 1].end >= offset + len(line.rstrip()) - 1 and not person(j, k):
                spans.append((j, k))  # "Source: Observadora" and nothing else on the line
        credit = _DATELINE_CREDIT.match(line) if doc.lang == "en" else None
        if credit is not None:  # "Nairobi, MINA – ...", "Hanoi (VNA) – ...": the wire that sent the story
            at, to = offset + credit.start("wire"), offset + credit.end("wire")
            j = next((i for i, t in enumerate(tokens) if t.start >= at), len(tokens))
            k = next((i for i, t in enumerate(tokens) if t.start >= to), len(tokens))
            place = next((m for m in mentions if m.first == 0 or m.first < j and tokens[m.first].start == offset), None)
            if j < k and place is not None and place.type == "City" and all(word(i) for i in range(j, k)) \
                    and not person(j, k):
                spans.append((j, k))
        offset += len(line)
    found: list[TokenMention] = []
    made: dict[str, Actor] = {}
    for first, last in sorted(set(spans)):
        if (taken - places).intersection(range(first, last)) - latin_tails.intersection(range(first + 1, last)) or all(
                tokens[k].norm in person_words for k in range(first, last)):
            continue  # ", Sharif wrote": a word of a person's name the article gives in full
        surface = doc.span_text(first, last)
        if doc.lang == "en" or surface[:1].isascii():
            label = surface
        else:
            label = _outlet_label(doc, lem, first, last, tails.get(first, last))
        known = _outlet_by_address(surface) if surface[:1].islower() else None
        if known is not None:  # "dw.com", "korrespondent.net": a known outlet's site
            found.append(TokenMention(known, first, last, "name", "Organization"))
            taken.update(range(first, last))
            continue
        key = "new:" + _slug(label)
        longer = next((a.key for a in made.values() if a.label_en.endswith(" " + label)), None)
        if longer is not None:  # "Radio Free Europe ... Free Europe": an outlet named first in full, again
            key = longer
        made.setdefault(key, Actor(key=key, type="Organization", label_en=label, labels=((doc.lang, surface),)))
        found.append(TokenMention(key, first, last, "intro", "Organization"))
        taken.update(range(first, last))
    found += _named_again(doc, made, taken)  # "як раніше писав Дзвін Полісся"
    return found, list(made.values())


def _outlet_by_address(address: str) -> str | None:
    """The known outlet a site's address names: the address is one of the outlet's English names or aliases
    ("korrespondent.net"), or its host is, under a domain no state's ("dw" of "dw.com"; "rbc.ua" is not RBC's)."""
    from ..gazetteer import load_gazetteer

    hosts = _outlets_by_host(load_gazetteer())
    whole = re.sub(r"[^\w]", "", address).casefold()
    if whole in hosts:  # "Korrespondent.net"
        return hosts[whole]
    host, _, domain = address.casefold().partition(".")
    # a country's domain may be another outlet's of the same host ("rbc.ua": RBC-Ukraine, not RBC)
    return hosts.get(host) if domain in ("com", "net", "org", "info", "tv") else None


@cache
def _outlets_by_host(gaz: Gazetteer) -> dict[str, str]:
    hosts: dict[str, str] = {}
    for key, e in sorted(gaz.entries.items()):
        if e.get("kind") != "media":
            continue
        for name in [e.get("name", {}).get("en"), *e.get("aliases", {}).get("en", ())]:
            if name:
                hosts.setdefault(re.sub(r"[^\w]", "", name).casefold(), key)
                hosts.setdefault(re.sub(r"[^\w]", "", name.split(".")[0]).casefold(), key)
    return hosts


def _named_again(doc: Document, made: dict[str, Actor], taken: set[int]) -> list[TokenMention]:
    """Later mentions of organisations an article introduced: the same words as its first naming, on tokens
    no other mention holds (`taken` grows with them)."""
    tokens = doc.tokens
    found: list[TokenMention] = []
    for key, actor in made.items():
        words = [t.norm for t in tokenize_words(actor.labels[0][1])]
        for k in range(len(tokens) - len(words) + 1):
            if all(tokens[k + n].norm == w for n, w in enumerate(words)) and not taken.intersection(
                    range(k, k + len(words))):
                found.append(TokenMention(key, k, k + len(words), "intro", "Organization"))
                taken.update(range(k, k + len(words)))
    return found


def _outlet_label(doc: Document, lem: object, first: int, last: int, tail: int | None = None) -> str:
    """An outlet's Cyrillic name in the nominative and the national romanisation ("Громадського радіо" ->
    Hromadske Radio); the words from `tail` on, a genitive complement, as written ("Голос Америки")."""
    from ..text.translit import name_to_latin

    cases = frozenset(("nomn", "gent", "accs", "loct", "ablt", "datv"))
    text = doc.article.text
    site = ""
    if last - first > 1 and _LINK_SUFFIX.fullmatch(text[doc.tokens[last - 2].end:doc.tokens[last - 1].end]):
        site, last = "." + doc.tokens[last - 1].text.lower(), last - 1  # "Контракти.UA": Kontrakty.ua
    tail = last if tail is None else min(tail, last)
    norms = [doc.tokens[k].text.lower() for k in range(first, last)]  # "Дунё": the letter ё kept
    gender = lem.noun_gender(norms[tail - first - 1], cases) if isinstance(lem, PymorphyLemmatizer) else None
    out = []
    for k, norm in enumerate(norms, start=first):
        nominative = lem.nominative(norm, cases, gender) if isinstance(lem, PymorphyLemmatizer) and k < tail else norm
        out.append("-".join(p[:1].upper() + p[1:] for p in name_to_latin(nominative, doc.lang).split("-")))
    return " ".join(out) + site


def _company_state(doc: Document, gaz: Gazetteer, adjectives: dict, index: int) -> str | None:
    """The state of a company from the adjective before its word ("Bangladeshi state company")."""
    for k in (index, index - 1):
        adj = adjectives.get(k)
        if adj is not None:
            return gaz.country_of(adj.payload.actor)
    return None


def tokenize_words(text: str):  # type: ignore[no-untyped-def]
    from ..text.tokens import tokenize

    return tokenize(text)


def _surnames_of_the_introduced(doc: Document, mentions: list[TokenMention], taken: set[int],
                                singles: frozenset[str] = frozenset()) -> list[TokenMention]:
    """"глава МИД Перу Эльмер Шиалер ... Шиалер отметил", "Peru's foreign minister Elmer Schialer ... Schialer
    said": the surname alone, in any case, is the person a title introduced; so is the word of a person a title
    introduced by that word alone (`singles`: "President Reagan ... Reagan said")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    introduced = {m.actor: m for m in mentions if m.via == "intro" and m.type == "Person" and m.last - m.first >= 2}
    for m in mentions:
        if m.via == "intro" and m.type == "Person" and m.last - m.first == 1 and m.actor in singles:
            introduced.setdefault(m.actor, m)
    if not introduced:
        return []
    covered = {k for m in mentions for k in range(m.first, m.last)} | taken
    found: list[TokenMention] = []
    for k, token in enumerate(doc.tokens):
        if k in covered or not doc.capitalised[k] or not token.text.replace("-", "").isalpha() or token.text.isupper():
            continue
        at_start = k == 0 or any(ch in ".!?\n" for ch in doc.article.text[doc.tokens[k - 1].end:token.start])
        if at_start and isinstance(lem, PymorphyLemmatizer) and lem.is_common_word(token.norm):
            continue
        for key, m in introduced.items():
            last = doc.tokens[m.last - 1]
            same = token.norm == last.norm or re.sub(r"['’]s$", "", token.norm) == re.sub(r"['’]s$", "", last.norm) \
                or (isinstance(lem, PymorphyLemmatizer) and bool(doc.lemmas[k] & doc.lemmas[m.last - 1]))
            if same and len(last.norm) >= 3:
                found.append(TokenMention(key, k, k + 1, "intro", "Person"))
                break
    return found


def _name_words_of_the_named(doc: Document, gaz: Gazetteer, mentions: list[TokenMention],
                             taken: set[int]) -> list[TokenMention]:
    """"South Korean President Lee Jae-myung ... Lee said", "Реджеп Тайип Эрдоган ... Эрдогана": after a known
    person is named in full, the first or last word of that name alone (in any case) is that person, unless it is
    a word of another person named in the article, a title, or a common word opening a sentence."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    people = {m.actor for m in mentions if m.type == "Person"}
    words_of = {p: gaz.name_words(p) for p in people}
    named: dict[int, list[tuple[int, str]]] = {}  # token of a full name's first or last word -> (mention start, who)
    for m in mentions:
        if m.type != "Person" or m.via != "name" or m.last - m.first < 2 or m.actor not in gaz.actors:
            continue
        for j in (m.first, m.last - 1):
            word = doc.tokens[j].norm
            # a full name in a spelling the gazetteer lacks ("Энтони Альбанезе" for "Албанезе"): its word spelled
            # as the text spells it is the person's too
            own = word in words_of[m.actor] or len(word) >= 4 and bool(_word_skeletons(doc, j) & _skeletons(
                words_of[m.actor]))
            if len(word) >= 3 and word.isalpha() and own and \
                    not any(word in w for p, w in words_of.items() if p != m.actor):
                named.setdefault(j, []).append((m.first, m.actor))
    if not named:
        return []
    covered = {k for m in mentions for k in range(m.first, m.last)} | taken
    roles = {k for r in doc.lexicon.compiled.roles.matches(doc.lemmas) for k in range(r.start, r.end)}
    found: list[TokenMention] = []
    for k, token in enumerate(doc.tokens):
        if k in covered or k in roles or not doc.capitalised[k] or not token.text.isalpha() or token.text.isupper():
            continue
        at_start = k == 0 or any(ch in ".!?\n" for ch in doc.article.text[doc.tokens[k - 1].end:token.start])
        if at_start and isinstance(lem, PymorphyLemmatizer) and lem.is_common_word(token.norm):
            continue
        owners = {who for j, told in named.items() for first, who in told if first < k and
                  (token.norm == doc.tokens[j].norm or
                   isinstance(lem, PymorphyLemmatizer) and bool(doc.lemmas[k] & doc.lemmas[j]))}
        if len(owners) == 1:
            found.append(TokenMention(owners.pop(), k, k + 1, "name", "Person"))
    return found


def _skeletons(words: frozenset[str]) -> frozenset[str]:
    """The skeletons (`name_skeleton`) of a person's name words."""
    from ..text.translit import name_skeleton

    return frozenset(s for s in map(name_skeleton, words) if s)


def _states_inside_names(doc: Document, gaz: Gazetteer, mentions: list[TokenMention],
                         capitals: list[bool]) -> list[TokenMention]:
    """The state named inside an organisation's name ("Міністерства закордонних справ Румунії", "Державному
    департаменті США"): the text names the state too."""
    names = gaz.names(doc.lang)
    found: list[TokenMention] = []
    for m in mentions:
        if m.type != "Organization" or m.last - m.first < 2 or gaz.entries.get(m.actor, {}).get("kind") == "media":
            continue  # "South China Morning Post" names no state
        for n in names.longest(doc.lemmas, capitals, m.first + 1, m.last):
            actor = gaz.actor(n.payload.actor)
            if actor is not None and actor.type == "Country" and n.payload.via == "name" and actor.key != m.actor:
                found.append(TokenMention(actor.key, n.start, n.end, "name", actor.type))
    return found


_SIGN_OFF = re.compile(r"(?:[A-Za-z]{1,4}/){1,3}[A-Za-z][\w.-]{1,15}")
_RATE_WIDGET = re.compile(r"\w:\s*[A-Z]{3}\s+\d+[.,]\d+")  # "НБУ:USD 41.55": a bank's rate, page furniture
# a wire dateline's credit naming its correspondent before the agency, anywhere on its line ("Казань, 24 июня
# /Мехриниса Сулайманова - Кабар/.", "... /И. Петров - ТАСС/"): the correspondent is the credit's author, the agency
# after the dash its source. The correspondent is a person's name (two or three capitalised words, or initials and a
# surname), so "ЕС/НАТО - Россия/Китай" is no credit
_NAME_WORD = r"[A-ZА-ЯЁІЇЄҐ][\w’'-]+"
_WIRE_CREDIT = re.compile(rf"/\s*((?:[A-ZА-ЯЁІЇЄҐ]\.\s?)+{_NAME_WORD}|{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
                          r"\s+[-–—]\s+[^/\n]{2,40}/")
_CAPTION_CREDIT = re.compile(r"[.!?»\"]\s*\(([^()]{2,40})\)\s*$")
# "Алексей Даничев/РИА Новости", "Markus Schreiber/AP": a photographer's name before his agency's
_PHOTO_CREDIT = re.compile(r"(?<![\w-])([A-ZА-ЯЁІЇЄҐ][\w’'-]+ [A-ZА-ЯЁІЇЄҐ][\w’'-]+) ?/ ?[A-ZА-ЯЁІЇЄҐ«\"]")
# "Мария ГолубковаВладимир": a credit's last word glued to the next capitalised word (page furniture run together)
_POSSESSIVE = re.compile(r"['’]s$")  # "Rachel Ford's": hers
_GLUED_WORDS = re.compile(r"[a-zа-яёіїєґ][A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]")


def _signature_lines(doc: Document) -> set[int]:
    """Tokens of lines that hold nothing but one or two names ("Наталья Жирнова", "Александра Ганга, Проскурина
    Ксения"): an author's signature. At most six capitalised words, commas between them, no other punctuation."""
    out: set[int] = set()
    offset = 0
    for line in doc.article.text.splitlines(keepends=True):
        body = line.strip()
        words = body.replace(",", " ").split()
        # "Татьяна Байкова," above a photo credit: a comma may close the signature
        if 2 <= len(words) <= 6 and re.fullmatch(r"[\w'’ -]+(, [\w'’ -]+)?,?", body) \
                and all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                        for w in words):
            out.update(i for i, t in enumerate(doc.tokens) if offset <= t.start < offset + len(line))
        offset += len(line)
    return out


def _credit_tokens(doc: Document) -> set[int]:
    """Tokens that credit a photo or a text, not a source of the news: byline lines ("Автор: ..."), the rest of
    a line after a credit marker ("Фото: EPA", "(Photo: YONHAP News)", "© Life.ru / Павел Баранов",
    "Reporting by ...; Editing by ..."), up to a closing parenthesis; promotion lines ("Підписуйтесь на ...",
    listed under `promo_furniture`), weather widgets ("+16° Київ +21° Варшава") and exchange-rate widgets
    ("НБУ:USD 41.55")."""
    import re

    from ..text.document import page_furniture

    text = doc.article.text
    # promotion lines ("Підписуйтесь на наш канал ... новини про події в Україні"); a "read also" headline
    # is furniture for the facts but still names its actors
    spans = page_furniture(text, tuple(doc.lexicon.get("promo_furniture", ())))
    markers = tuple(doc.lexicon.get("credit_markers", ()))
    offset = 0
    for line in text.splitlines(keepends=True):
        end = offset + len(line)
        if len(re.findall(r"[+\-−–]?\d+\s?°", line)) >= 2 or (
                len(line.strip()) <= 40 and _RATE_WIDGET.search(line)):
            spans.append((offset, end))  # weather and exchange-rate widgets ("НБУ:USD 41.55")
        if _SIGN_OFF.fullmatch(line.strip()):
            spans.append((offset, end))  # "NM/jn/APA": the editors' and the agency's sign-off
        for photo in _PHOTO_CREDIT.finditer(line):
            alone = photo.start(1) == len(line) - len(line.lstrip()) and len(line.strip()) - photo.end(1) <= 40 \
                and "/" not in line[photo.end() :] and not re.search(r"[.!?,;:]", line[photo.end(1) :].strip())
            # "Вячеслав Прокофьев/РИА Новости" alone on its line: the photographer and his agency, a caption's
            # credit (in running text only the photographer is silenced)
            spans.append((offset + photo.start(1), end if alone else offset + photo.end(1)))
        for wire in _WIRE_CREDIT.finditer(line):
            spans.append((offset + wire.start(1), offset + wire.end(1)))  # the reporter; the agency stays a source
        credit = _CAPTION_CREDIT.search(line)
        if credit and len(credit.group(1).split()) <= 4:
            spans.append((offset + credit.start(1), offset + credit.end(1)))  # "... Saturday. (Yonhap)"
        for marker in markers:
            at = line.find(marker)
            while at >= 0:
                stop = line.find(")", at)
                opening = line.rfind("(", 0, at)  # "(Markus Schreiber/AP Photo)": the whole parenthesis
                start = opening if opening >= 0 and ")" not in line[opening:at] and stop >= 0 else at
                spans.append((offset + start, offset + stop if stop >= 0 else end))
                at = line.find(marker, at + len(marker))
        offset = end
    tokens = {i for i, t in enumerate(doc.tokens) if any(lo <= t.start < hi for lo, hi in spans)} if spans else set()
    return tokens | _byline_tokens(doc)


def _not_actor_tokens(doc: Document, names: list[PhraseMatch[NameHit]] | None = None) -> set[int]:
    """Tokens of phrases that contain a name but name no actor: a currency ("US$", "дол. США") or a region
    ("Latin America", "Northern Ireland"), listed under `not_actor_phrases`; unless a longer name holds the
    phrase ("United Kingdom of Great Britain and Northern Ireland")."""
    phrases = doc.lexicon.phrases("not_actor_phrases")
    return {i for m in phrases.longest(doc.lemmas)
            if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                       for n in names or ())
            for i in range(m.start, m.end)}


def _plural_title(doc: Document, start: int, end: int) -> bool:
    """Whether a title names several people ("лидерами ФРН, Франции", "the leaders of"): its head noun (the
    first word in Russian and Ukrainian, the last in English) is in the plural."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return lem.noun_number(doc.tokens[start].norm) == "plur"
    head = doc.tokens[end - 1].norm
    return head.endswith("s") and not head.endswith(("'s", "ss")) and head[:-1] in doc.lemmas[end - 1]


def _named_holder(gaz: Gazetteer, role: str, country: str, mentions: list[TokenMention],
                  when: date | None) -> str | None:
    """A person the article names who holds the office on its date ("president of the United States" in an
    article that names Biden); in an article without a date, the named person who held it last. The office
    then goes to him rather than to whoever holds it today."""
    role = gaz.leader_role(country) if role == "leader" else role
    holders = []
    for m in mentions:
        if m.type != "Person":
            continue
        for r in gaz.roles_of(m.actor, when):
            if r.role == role and r.of == country:
                holders.append((r.start or date.min, m.actor))
    return max(holders)[1] if holders else None


def _named_leader(gaz: Gazetteer, role: str, country: str, mentions: list[TokenMention],
                  when: date | None) -> str | None:
    """"the Iranian leader" after "Masoud Pezeshkian": the state's top official the article names."""
    if role != "leader":
        return None
    # a ruling party's leader ("генсек ЦК Компартии Вьетнама То Лам") is his state's leader too
    top = {"president", "prime_minister", "chancellor", "king", "crown_prince", "emir", "supreme_leader",
           "head_of_state", "party_leader"}
    for m in mentions:
        if m.type == "Person" and any(r.role in top and r.of == country for r in gaz.roles_of(m.actor, when)):
            return m.actor
    return None


def _people_around(doc: Document, mentions: list[TokenMention], index: int) -> list[TokenMention]:
    """The people "his counterpart" at `index` may be the counterpart of, nearest first: those named before it in its
    sentence, else the first named after it there ("«... привітати мого польського колегу», — сказав Сибіга"), else
    the one named last before the sentence ("— підсумував він")."""
    sentence = doc.sentence_of_token(index)
    people = [m for m in mentions if m.type == "Person"]
    before = sorted((m for m in people if sentence.first <= m.first < index), key=lambda m: -m.first)
    if before:
        return before
    after = sorted((m for m in people if index < m.first < sentence.last), key=lambda m: m.first)[:1]
    if after:
        return after
    return sorted((m for m in people if m.first < sentence.first), key=lambda m: -m.first)[:1]


def _nearest_person(doc: Document, mentions: list[TokenMention], index: int) -> str | None:
    """The person "his counterpart" at `index` is the counterpart of (the nearest of `_people_around`)."""
    around = _people_around(doc, mentions, index)
    return around[0].actor if around else None


def _roles_in_states(gaz: Gazetteer, person: str, when: date | None) -> list[Role]:
    """The offices a person the gazetteer knows holds in a state on that day (not in a body or a company)."""
    return [r for r in gaz.roles_of(person, when) if (of := gaz.actor(r.of)) is not None and of.type == "Country"]


def _state_of_person(gaz: Gazetteer, person: str | None, when: date | None) -> str | None:
    """The state a person the gazetteer knows serves on that day, if any."""
    roles = _roles_in_states(gaz, person, when) if person is not None else []
    return roles[0].of if roles else None


def _role_of_nearest_person(doc: Document, gaz: Gazetteer, mentions: list[TokenMention], index: int,
                            when: date | None, intro_roles: dict[str, str] | None = None) -> str:
    """"his Chinese counterpart" means the holder of the same office as the person before it (for a person the
    gazetteer does not know, the title the article gave him: "the foreign minister of Peru, Elmer Schialer")."""
    for m in _people_around(doc, mentions, index):
        roles = [r.role for r in _roles_in_states(gaz, m.actor, when)]
        if not roles and intro_roles and m.actor in intro_roles:
            roles = [intro_roles[m.actor]]
        for role in MINISTER_ROLES:
            if role in roles:
                return role
        if "president" in roles:
            return "president"  # a president's Iranian counterpart is Iran's president, not its supreme leader
        if roles:
            break  # a head of state or government: the counterpart is the other country's leader
    return "leader"


def _only_holder_country(gaz: Gazetteer, role: str, mentions: list[TokenMention], when: date | None,
                         index: int) -> str | None:
    """The country of the holder of the office named last before `index` ("held talks with Sheikh Tamim ... invited
    the emir"), else the one country named in the article whose holder of the office is known ("the emir" in an
    article on the emirs of Qatar and Kuwait, neither named, is nobody)."""
    named = [(m.last, r.of) for m in mentions if m.type == "Person" and m.last <= index
             for r in gaz.roles_of(m.actor, when) if r.role == role]
    if named:
        return max(named)[1]
    countries = []
    for m in mentions:
        country = gaz.country_of(m.actor)
        if country and country not in countries and gaz.holder(role, country, when):
            countries.append(country)
    return countries[0] if len(countries) == 1 else None


def _surnames_of_the_newly_named(doc: Document, mentions: list[TokenMention]) -> list[TokenMention]:
    """"Ирина Лаврова ... Лаврова заявила": a surname alone after an unknown person was introduced with it is
    that person, unless the known bearer of the surname is named in full in the article too; so is a surname after
    a known person named in full ("Акылбек Жапаров ... Жапаров": not the president Садыр Жапаров, named nowhere in
    full)."""
    introduced = [m for m in mentions if m.last - m.first >= 2 and (m.via == "intro" or
                                                                    m.via == "name" and m.type == "Person")]
    full = {m.actor for m in mentions if m.type == "Person" and m.last - m.first >= 2}
    out: list[TokenMention] = []
    for m in mentions:
        if m.type == "Person" and m.via == "name" and m.last - m.first == 1 and m.actor not in full:
            newcomer = next((n for n in introduced if n.first < m.first
                             and doc.lemmas[n.last - 1] & doc.lemmas[m.first]), None)
            if newcomer is not None:
                m = TokenMention(newcomer.actor, m.first, m.last, "intro", "Person")
        out.append(m)
    return out


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _slug(label: str) -> str:
    """The key of a new person: the label's letters without diacritics ("Matías Kulfas" -> matias-kulfas)."""
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFKD", label.lower()) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _romanised(doc: Document, gaz: Gazetteer, mentions: list[TokenMention], index: int, given: str,
               surname: str) -> str:
    """A first name and surname (nominative) in Latin letters: the national romanisation of the text's language,
    or, for a person the sentence ties to a state whose names are romanised from another language ("міністр
    фінансів Росії Антон Силуанов": Russian), that language's ("Anton Siluanov", not "Anton Syluanov")."""
    from ..lexicon import load_lexicon
    from ..text.translit import name_to_latin

    lang = doc.lang
    sentence = doc.sentence_of_token(index)
    states = doc.lexicon.get("romanise_as", {})
    for m in sorted(mentions, key=lambda m: -m.first):
        if sentence.first <= m.first < index and index - m.last <= 6:
            if m.type == "Person":
                break  # someone else's name stands between
            state = gaz.country_of(m.actor) or (gaz.actor(m.actor).country if gaz.actor(m.actor) else None)
            if state in states:
                lang = states[state]
                given = doc.lexicon.get(f"given_names_{lang}", {}).get(given, given)
                break
    given_en = load_lexicon(lang).get("given_names_en", {}).get(given) or name_to_latin(given, lang)
    # a relative or namesake of a known person ("Мелания Трамп", "Эдуардо Болсонару") keeps his English surname
    return f"{given_en} {gaz.english_surname(doc.lang, surname) or name_to_latin(surname, lang)}"


def _after_person_noun(doc: Document, index: int) -> bool:
    """Whether the token follows a word that introduces a person ("Saudi journalist Jamal Khashoggi", "special
    rapporteur on executions, Agnes Callamard", "two advisors, Matías Kulfas"), listed under `person_nouns`."""
    nouns = doc.lexicon.lemmas_of("person_nouns")
    before, after = index - 1, index + 1
    if before < 0 or after >= len(doc.tokens) or not nouns or doc.tokens[before].norm in ("and", "or"):
        return False
    gap = doc.article.text[doc.tokens[before].end:doc.tokens[index].start]
    if gap not in (" ", ", ") or not doc.lemmas[before] & nouns or doc.capitalised[before]:
        return False
    # "adviser National Security Council": words of a title or an institution, not a first name and surname
    not_names = doc.lexicon.lemmas_of("not_name_words") | nouns
    third = after + 1
    longer = third < len(doc.tokens) and doc.capitalised[third] \
        and doc.article.text[doc.tokens[after].end:doc.tokens[third].start] == " "
    return not longer and not (doc.lemmas[index] | doc.lemmas[after]) & not_names


def _role_words(doc: Document) -> frozenset[str]:
    """Every word of every title in the language ("prime", "minister", "crown", "prince", "глава") but the words
    that name a minister's field (`title_field_words`: "energy", "petroleum"), which are words of names too
    ("Meghna Petroleum", "Cheniere Energy")."""
    return _role_words_of(doc.lexicon)


@cache  # asked at every capitalised word: built once per language's lexicon
def _role_words_of(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for phrases in lexicon.get("roles", {}).values() for p in phrases
                     for w in p.split()) - lexicon.words("title_field_words") \
        | lexicon.lemmas_of("title_not_holder_words")


def _before_who(doc: Document, index: int, taken: set[int]) -> bool:
    """Whether two capitalised words, not after a third, are set off by a comma before a relative pronoun only a
    person takes ("Governor of the region Giorgi Dokhturishvili, who is on a visit", `person_relative_pronouns`)."""
    tokens, text = doc.tokens, doc.article.text
    after = index + 1
    who = doc.lexicon.words("person_relative_pronouns")
    if not who or after + 1 >= len(tokens) or after in taken or not doc.capitalised[after] \
            or text[tokens[index].end:tokens[after].start] != " " \
            or text[tokens[after].end:tokens[after + 1].start] != ", " or tokens[after + 1].norm not in who:
        return False
    if index > 0 and doc.capitalised[index - 1] and text[tokens[index - 1].end:tokens[index].start] == " ":
        return False  # "Kvemo Kartli Giorgi Dokhturishvili": where the name begins is not sure
    if index > 0 and tokens[index - 1].norm in doc.lexicon.words("place_prepositions"):
        return False  # "officials from Kvemo Kartli, who came": a place
    not_names = doc.lexicon.lemmas_of("not_name_words") | _role_words(doc)
    return not any(doc.lemmas[k] & not_names or doc.table_value("months", k) is not None
                   or doc.table_value("weekdays", k) is not None for k in (index, after))


def _before_title(doc: Document, index: int, role_starts: set[int]) -> bool:
    """Whether two capitalised words are set off by a comma before a title: "Elmer Schialer, Peru's foreign
    minister,", "Elmer Schialer, the foreign minister of Peru", "Эльмер Шиалер, глава МИД Перу". Between the
    comma and the title only an article or a state's name or adjective (capitalised) may stand."""
    tokens, text = doc.tokens, doc.article.text
    after = index + 1
    if doc.lemmas[index] & _role_words(doc) or after < len(tokens) and doc.lemmas[after] & _role_words(doc):
        return False  # "the Ethiopian Prime Minister, President Buhari": a title, not a name
    time_words = doc.lexicon.lemmas_of("last_words") | doc.lexicon.lemmas_of("next_words") | \
        doc.lexicon.lemmas_of("this_words")
    if any(k < len(tokens) and (doc.lemmas[k] & time_words or doc.table_value("weekdays", k) is not None
                                or doc.table_value("months", k) is not None) for k in (index, after)):
        return False  # "Last Monday, the analyst said"
    if any(k < len(tokens) and doc.lemmas[k] & doc.lexicon.lemmas_of("not_name_words") for k in (index, after)):
        return False  # "the India-Brazil Strategic Partnership, as per an official statement"
    if after + 1 >= len(tokens) or text[tokens[index].end:tokens[after].start] != " " \
            or not doc.capitalised[after] or text[tokens[after].end:tokens[after + 1].start] != ", ":
        return False
    k = after + 1
    nouns = doc.lexicon.lemmas_of("person_nouns")
    for _ in range(4):
        if k >= len(tokens):
            return False
        if k in role_starts or doc.lemmas[k] & nouns:
            return True  # "Ben Cahill, a senior fellow at ...", "Elmer Schialer, Peru's foreign minister"
        if text[tokens[k - 1].end:tokens[k].start].strip(" ,") or tokens[k].text[:1].isdigit():
            return False
        k += 1
    return False


def _feminine_pair(doc: Document, index: int) -> bool:
    """"Владислава Магалецька": a first name that is also a woman's name in the nominative ("Владислава" is
    Владислав's genitive too), before a surname in its feminine nominative."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    after = index + 1
    return isinstance(lem, PymorphyLemmatizer) and after < len(doc.tokens) \
        and lem.is_female_nominative(doc.tokens[index].norm, "Name") \
        and lem.is_female_nominative(doc.tokens[after].norm, "Surn") and not lem.is_male_surname(doc.tokens[after].norm)


def _unknown_people(doc: Document, gaz: Gazetteer, taken: set[int],
                    mentions: list[TokenMention] | None = None) -> list[tuple[int, int, str, Actor]]:
    """People the gazetteer does not know, named with a first name and a surname ("Денис Мантуров",
    "Робертом Телусом", "Rachel Ford"), and their surname alone later in the article."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer
    from ..text.translit import name_to_latin

    lem = lemmatizer(doc.lang)
    firsts = doc.lexicon.words("first_names")
    surnames_first = doc.lexicon.words("surnames_first")
    tokens, n = doc.tokens, len(doc.tokens)
    after_titles = _after_titles(doc, mentions or [])
    role_starts = {t.start for t in doc.lexicon.compiled.roles.longest(doc.lemmas)}
    role_ends = {t.end for t in doc.lexicon.compiled.roles.longest(doc.lemmas)}
    # "Yang Di-Pertuan", the title of a monarch: the words of a title of several words are no given name
    in_titles = {k for t in doc.lexicon.compiled.roles.longest(doc.lemmas) if t.end - t.start > 1
                 for k in range(t.start, t.end)}
    found: list[tuple[int, int, str, Actor]] = []
    surnames: dict[str, tuple[str, Actor, int]] = {}  # surname -> the person, and where first named
    i = 0
    while i < n - 1:
        tok, j = tokens[i], i + 1
        if i in taken or i in in_titles or not doc.capitalised[i] or not tok.text.isalpha() or tok.text.isupper() \
                or _GLUED_WORDS.search(tok.text):
            i += 1
            continue
        if isinstance(lem, PymorphyLemmatizer):
            if i - 1 in after_titles and i - 1 not in taken and doc.capitalised[i - 1]:
                i += 1  # "министра ... Вьетнама Ле Хоай Чунгом": the name began a word earlier, after the title
                continue
            given = _given_name_and_case(doc, i)
            if given is None and _before_title(doc, i, role_starts):
                given = (tok.norm, "nomn")  # "Эльмер Шиалер, глава МИД Перу,": a name the dictionary lacks
            if given is None:
                i += 1
                continue
            first_nom, case = given
            cases = after_titles.get(i)
            if cases and case not in cases:  # "Посол Японии Акира Муто": the title's case, not "Акир"'s genitive
                if "nomn" in cases:
                    first_nom, case = lem.name_in_case(tok.norm, frozenset(["nomn"]), "Name") or tok.norm, "nomn"
                else:
                    in_case = next((c for c in sorted(cases) if lem.name_in_case(tok.norm, frozenset([c]), "Name")),
                                   None)
                    if in_case is not None:
                        first_nom, case = str(lem.name_in_case(tok.norm, frozenset([in_case]), "Name")), in_case
        elif tok.text in surnames_first and j < n and _KOREAN_GIVEN.fullmatch(tokens[j].text) \
                and j not in taken and doc.article.text[tok.end:tokens[j].start] == " ":
            label = f"{tok.text} {tokens[j].text}"  # "Kim Sung-han": the surname first, a hyphenated given name
            key = "new:" + _slug(label)
            found.append((i, j + 1, key, Actor(key=key, type="Person", label_en=label,
                                               labels=((doc.lang, doc.span_text(i, j + 1)),))))
            i = j + 1
            continue
        elif tok.text in firsts or gaz.is_given_name(doc.lang, tok.norm) or _after_person_noun(doc, i) \
                or _before_title(doc, i, role_starts) or _before_who(doc, i, taken) \
                or _given_name_after_title(doc, i, role_ends) is not None:
            first_nom, case = tok.text, ""
        else:
            i += 1
            continue
        if _named_after(doc, i, case):
            i += 1
            continue
        nxt = tokens[j]
        # ("Peter O'Neill", "Дем'яненко": an apostrophe inside a surname; "Rachel Ford's": hers, the name is "Ford")
        nxt_word = _POSSESSIVE.sub("", nxt.text) if doc.lang == "en" else nxt.text
        if j in taken or not doc.capitalised[j] or not re.sub(r"(?<=\w)['’-](?=\w)", "", nxt_word).isalpha() \
                or nxt.text.isupper() or doc.article.text[tok.end:nxt.start] != " " or _GLUED_WORDS.search(nxt.text):
            i += 1
            continue
        middle = _second_given_name(doc, i, taken)
        if middle is not None:  # "Алаа Эль-Дин Фарук", "Abdel Fattah Ismail": the given name has two words
            j += 1
            nxt = tokens[j]
            ending = next((e for e in doc.lexicon.get("instrumental_endings", ()) if nxt.norm.endswith(e)
                           and middle.lower().endswith(to_latin(e)) and len(middle) - len(e) >= 3), None)
            if ending is not None:  # "с Абдель Фаттахом Исмаилом": both words of a foreign name decline
                middle = middle[:-len(to_latin(ending))]
        elif _third_name_word(doc, i, taken, case):
            # "з Мохаммадом Махмудом Абубакаром", "Ahmed Salim Kombo": a name of three words keeps its surname
            word = nxt.norm
            if isinstance(lem, PymorphyLemmatizer):
                word = lem.name_in_case(word, frozenset([case]), "Patr") or lem.surname(word, case) if case else word
                word = _instrumental_stem(doc, i, word)
            middle = nxt.text if doc.lang == "en" else "-".join(
                name_to_latin(p, doc.lang).capitalize() for p in word.split("-"))
            j += 1
            nxt = tokens[j]
        if isinstance(lem, PymorphyLemmatizer):
            female = lem.is_female_name(tok.norm) or _feminine_pair(doc, i)
            surname = lem.surname(nxt.norm, case)
            written = lem.surname(nxt.norm, case, female=female)  # Ирины Лавровой -> Lavrova
            if female and "-" in nxt.norm.strip("-") and case and case != "nomn":
                # "Малгожатою Кідавою-Блонською": each part of a woman's double surname declines (the dictionary
                # declines its last part only)
                written = surname = "-".join(_double_surname_part(doc, lem, part, case, female)
                                             for part in nxt.norm.split("-"))
            written = _instrumental_stem(doc, i, written)
            surname = _instrumental_stem(doc, i, surname)
            label = _romanised(doc, gaz, mentions or [], i, first_nom, written)
        else:
            surname = _POSSESSIVE.sub("", nxt.norm)
            label = f"{tok.text} {_POSSESSIVE.sub('', nxt.text)}"
        if middle is not None:
            given, _, rest = label.partition(" ")
            label = f"{given} {middle} {rest}"
        if middle is None:
            label = chinese_name_in_pinyin([tok.text, nxt.text], doc.lang) or label  # "Лю Хэном": Liu He
        known = gaz.person_spelled_like(doc.lang, first_nom, surname)
        if known is None and isinstance(lem, PymorphyLemmatizer) and written != surname:
            known = gaz.person_spelled_like(doc.lang, first_nom, written)
        if known is None and isinstance(lem, PymorphyLemmatizer) and middle is None:
            known = _glued_known_surname(doc, gaz, lem, first_nom, nxt.norm, case)  # "Ильхам Алиевподписал"
        if known is None and tok.text not in firsts and not isinstance(lem, PymorphyLemmatizer) and middle is None \
                and not _after_person_noun(doc, i) and not _before_title(doc, i, role_starts) \
                and not _before_who(doc, i, taken) and _given_name_after_title(doc, i, role_ends) is None:
            i += 1
            continue  # an English first name known only from the gazetteer introduces none but its bearer
        key = known or "new:" + _slug(label)
        actor = gaz.actors[known] if known else Actor(key=key, type="Person", label_en=label,
                                                      labels=((doc.lang, doc.span_text(i, j + 1)),))
        found.append((i, j + 1, key, actor))
        surnames.setdefault(surname, (key, actor, i))
        i = j + 1
    for k in range(n):  # the surname alone, later: "Сольський заявив"
        if k in taken or not doc.capitalised[k] or any(a <= k < b for a, b, _, _ in found):
            continue
        for surname, (key, actor, introduced) in surnames.items():
            if introduced < k and (surname in doc.lemmas[k] or tokens[k].norm == surname):
                found.append((k, k + 1, key, actor))
                break
    return found


_GLUED_TAIL_PARTS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP", "CONJ", "PRCL", "ADVB"))


def _glued_known_surname(doc: Document, gaz: Gazetteer, lem, given: str, norm: str,  # type: ignore[no-untyped-def]
                         case: str) -> str | None:
    """The known person whose surname a word begins with, the next word glued to it by a missing space ("Ильхам
    Алиевподписал", "Ільхам Алієвпідписав"): a verb or a function word of four letters or more after the surname;
    None where the word reads as no such pair."""
    for cut in range(len(norm) - 4, 3, -1):
        head, tail = norm[:cut], norm[cut:]
        if lem.first_pos(tail) not in _GLUED_TAIL_PARTS or not lem.is_known(tail):
            continue
        known = gaz.person_spelled_like(doc.lang, given, lem.surname(head, case) if case else head)
        if known is not None:
            return known
    return None


def _third_name_word(doc: Document, index: int, taken: set[int], case: str) -> bool:
    """Whether the person named from `index` has a third name word after the second, set off by a space alone:
    capitalised, no word of a title, and in Russian or Ukrainian in the same case as the second ("Мохаммадом
    Махмудом Абубакаром": both end alike; "Мохаммад Махмуд Абубакар": none a common word)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    tokens, text = doc.tokens, doc.article.text
    second, third = index + 1, index + 2
    if third >= len(tokens) or {second, third} & taken or not doc.capitalised[third] \
            or not tokens[third].text.replace("-", "").isalpha() or tokens[third].text.isupper() \
            or text[tokens[second].end:tokens[third].start] != " " or _GLUED_WORDS.search(tokens[third].text) \
            or doc.lemmas[third] & _role_words(doc):
        return False
    if third + 1 < len(tokens) and doc.capitalised[third + 1] and tokens[third + 1].text[:1].isalpha() \
            and text[tokens[third].end:tokens[third + 1].start] == " ":
        return False  # four capitalised words or more: a headline's or an organisation's, not one name
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return doc.sentence_of_token(index).first != second  # no sentence starts at the second word
    if case and case != "nomn":
        return tokens[second].norm[-1:] == tokens[third].norm[-1:]
    return not lem.is_common_word(tokens[third].norm)


def _second_given_name(doc: Document, index: int, taken: set[int]) -> str | None:
    """The second word of a compound given name after the first, in Latin letters, where a surname follows it:
    a word joined by a particle ("Эль-Дин", "ud-Din") or after a first word listed under
    `compound_given_name_heads` ("Abdel Fattah", "Абдель Фаттах"); None otherwise."""
    from ..text.translit import name_to_latin

    tokens, text = doc.tokens, doc.article.text
    second, surname = index + 1, index + 2
    if surname >= len(tokens) or {second, surname} & taken or not doc.capitalised[surname] \
            or not tokens[surname].text.replace("-", "").isalpha() or tokens[surname].text.isupper() \
            or text[tokens[second].end:tokens[surname].start] != " " or _GLUED_WORDS.search(tokens[surname].text):
        return None
    word = tokens[second].text
    head = word.split("-")[0].lower()
    linked = "-" in word.strip("-") and head in doc.lexicon.words("name_particles") | doc.lexicon.words(
        "compound_given_name_links")
    if not linked and tokens[index].norm not in doc.lexicon.words("compound_given_name_heads"):
        return None
    if doc.lang == "en":
        return word
    return "-".join(name_to_latin(p, doc.lang) for p in word.split("-"))


def _after_titles(doc: Document, mentions: list[TokenMention]) -> dict[int, frozenset[str]]:
    """Token -> the cases of the title before it, where a name in apposition would begin ("посол Японии в России
    | Акира Муто", "главы МИД Перу | Эльмера Шиалера"); Russian and Ukrainian only."""
    out: dict[int, frozenset[str]] = {}
    if doc.lang == "en":
        return out
    by_start = {m.first: m for m in mentions}
    for t in doc.lexicon.compiled.roles.longest(doc.lemmas):
        cases = _title_cases(doc, t.start)
        if not cases:
            continue
        j = t.end
        if j in by_start:
            j = by_start[j].last
        if j + 1 < len(doc.tokens) and doc.tokens[j].norm in doc.lexicon.words("destination_prepositions") \
                and j + 1 in by_start:
            j = by_start[j + 1].last
        out[j] = cases
    return out


def _name_capitals(doc: Document) -> list[bool]:
    """Which tokens may stand in a name: the capitalised ones, and in Russian and Ukrainian the names some
    outlets write in lower case on purpose ("путін", "путина", "россии"): a word of four letters or more
    whose readings as a surname, first name or place outweigh its readings as a common word ("мир", "роса",
    "надія", "песков" as a form of "песок" stay common words), or a name the dictionary does not tag, listed
    under `names_in_lower_case` ("росія", "кремль", "рф"). A first name in lower case counts only right before
    such a word ("марія захарова": "марія" alone is also a common noun)."""
    caps = list(doc.capitalised)
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return caps
    listed = doc.lexicon.lemmas_of("names_in_lower_case")
    tokens, text = doc.tokens, doc.article.text

    def lower(i: int) -> bool:
        return not caps[i] and tokens[i].text.isalpha() and tokens[i].text.islower() and len(tokens[i].text) >= 4

    def in_address(i: int) -> bool:  # "кремль.рф", "президент.рф/news": a site's address, no name
        return text[tokens[i].start - 1:tokens[i].start] in (".", "/") or \
            text[tokens[i].end:tokens[i].end + 1] == "." and text[tokens[i].end + 1:tokens[i].end + 2].isalpha()

    # a listed name needs no length: "рф", the state's abbreviation some outlets write in lower case on purpose
    strong = [(lower(i) and (bool(doc.lemmas[i] & listed) or lem.reads_as_name(tokens[i].norm))
               or not caps[i] and tokens[i].text.isalpha() and tokens[i].text.islower() and tokens[i].norm in listed)
              and not in_address(i) for i in range(len(tokens))]
    for i in range(len(tokens)):
        first_name = i + 1 < len(tokens) and strong[i + 1] and lower(i) \
            and text[tokens[i].end:tokens[i + 1].start] == " " and lem.given_name(tokens[i].norm) is not None
        if strong[i] or first_name:
            caps[i] = True
    return caps


def _acronym_as_written(doc: Document, gaz: Gazetteer, m: PhraseMatch[NameHit]) -> bool:
    """An English acronym ("BoE", "NATO") stands as written, its possessive aside: "Boeing" is no Bank of England
    through the stem the lemmatiser cuts from it. True where the actor's one-word English names hold no acronym
    or the word is one of them."""
    entry = gaz.entries.get(m.payload.actor, {})
    names = [n for n in [entry.get("name", {}).get("en"), *entry.get("aliases", {}).get("en", ())]
             if n and " " not in n]
    if not any(any(c.isupper() for c in n[1:]) for n in names):
        return True
    word = re.sub(r"['’]s$", "", doc.tokens[m.start].text).lower()
    return word in {n.lower() for n in names}


def _written_as_name(doc: Document, gaz: Gazetteer, m: PhraseMatch[NameHit], capitals: list[bool]) -> bool:
    """A name matched through words written in lower case stands for a person, a state, its capital or its
    seat of power only: a city or an organisation whose name is also a word ("орел", "вена") needs its capital
    letter. Lower-case words inside a name ("Группа двадцати") need nothing. A name the gazetteer marks
    `exact_case` ("ПРАЙМ", "PRIME") must keep its capitals: "Prime Minister" is no news agency."""
    if gaz.entries.get(m.payload.actor, {}).get("exact_case") and not any(
            doc.tokens[k].text.isupper() and len(doc.tokens[k].text) >= 3 for k in range(m.start, m.end)):
        return False
    if doc.lang == "en" and m.end - m.start == 1 and not _acronym_as_written(doc, gaz, m):
        return False
    if all(doc.capitalised[k] or not capitals[k] for k in range(m.start, m.end)):
        return True
    actor = gaz.actor(m.payload.actor)
    return actor is not None and (actor.type == "Person" or gaz.country_of(actor.key) is not None)


def _plausible_single(doc: Document, index: int, actor: Actor, capitals: list[bool] | None = None) -> bool:
    """A one-word alias must be written as a name (capitalised, or a lower-case word that can only be a
    name: see `_name_capitals`), not a common word that shares a lemma; at a sentence start the capital
    proves nothing, so a common word there ("Того ж дня") is no name."""
    if not (capitals or doc.capitalised)[index]:
        return False
    token = doc.tokens[index]
    at_start = index == 0 or any(ch in ".!?\n" for ch in doc.article.text[doc.tokens[index - 1].end:token.start])
    if at_start and token.norm in doc.lexicon.words("not_names_at_sentence_start") and doc.lang != "en":
        return False
    lem = lemmatizer(doc.lang)
    return not (at_start and isinstance(lem, PymorphyLemmatizer) and not token.text.isupper()
                and lem.is_common_word(token.norm))


def _surname_after_name(doc: Document, index: int) -> bool:
    """Whether the capitalised word at `index` is a surname because a first name, an initial or a courtesy title
    stands right before it on the same line ("Степан Кубів", "С.Кубів", "пана Кубіва", "Mr Jordan"), whatever
    place the word also spells. After a first name, in Russian and Ukrainian, the word must also read as a surname
    ("Кубів" does, "Надежда Украины", "Вера Франции" do not: a common noun and a state)."""
    if index == 0 or not doc.capitalised[index]:
        return False
    tokens, text = doc.tokens, doc.article.text
    k = index - 1
    gap = text[tokens[k].end:tokens[index].start]
    if gap in (".", ". "):  # "С.Кубів", "С. Кубів"; not the end of "U.S." nor "г. Минск"
        initial = tokens[k].text
        return len(initial) == 1 and initial.isupper() and initial.isalpha() \
            and not (k and text[tokens[k - 1].end:tokens[k].start] == ".")
    if gap != " ":
        return False
    if doc.lemmas[k] & doc.lexicon.lemmas_of("surname_courtesy_titles"):
        return True
    if _given_name(doc, k) is None:
        return False
    lem = lemmatizer(doc.lang)
    return not isinstance(lem, PymorphyLemmatizer) or lem.may_be_surname(tokens[index].norm)


def _past_state_form(doc: Document, index: int) -> int:
    """Where the words of a state's official form that begin at `index` end ("Федеративной Республики | Нигерия",
    "Соціалістичної Республіки | В'єтнам", "the Federal Republic of | Nigeria"): capitalised words listed under
    `state_form_words` ("Federal", "Социалистической") around one listed under `state_form_nouns` ("Republic",
    "Королевства"), and in English the "of" and "the" between; `index` itself where none begin there."""
    nouns, words = doc.lexicon.lemmas_of("state_form_nouns"), doc.lexicon.lemmas_of("state_form_words")
    k, end = index, index
    while k < len(doc.tokens) and (doc.lemmas[k] & (nouns | words)):
        if doc.capitalised[k] and doc.lemmas[k] & nouns:
            end = k + 1
        elif not doc.capitalised[k] and (end == index or doc.tokens[k].text.isalpha() and len(doc.tokens[k].text) > 3):
            break  # "the", "of" only after the noun; other words only capitalised
        k += 1
    if end > index:
        while end < len(doc.tokens) and not doc.capitalised[end] and doc.lemmas[end] & words:
            end += 1  # "Republic | of the | Congo"
    return end


def _state_forms(doc: Document, gaz: Gazetteer, mentions: list[TokenMention]) -> list[tuple[int, int, str]]:
    """A state's official name around the state's own name, in any case ("Федеративної Республіки Нігерія",
    "the Kingdom of Saudi Arabia"): the words of its form (`_past_state_form`), the state, and where it ends."""
    countries = {m.first: m for m in mentions if gaz.country_of(m.actor) == m.actor}
    found = []
    for k in range(len(doc.tokens)):
        if not doc.capitalised[k] or (k and found and found[-1][1] > k):
            continue
        end = _past_state_form(doc, k)
        if end > k and end in countries:
            found.append((k, end, countries[end].actor))
    return found


def _country_after(doc: Document, gaz: Gazetteer, by_start: dict[int, TokenMention],
                   index: int) -> tuple[str | None, int]:
    for skip in (0, 1, 2):  # "президент России", "president of Russia", "председатель КНР", "глава МИД КНР"
        form_end = _past_state_form(doc, index + skip)  # "министр ... Федеративной Республики Нигерия"
        m = by_start.get(index + skip) or by_start.get(form_end)
        if m is None:
            continue
        if skip and any(doc.tokens[j].norm not in ("of", "the") for j in range(index, index + skip)):
            return None, index
        country = gaz.country_of(m.actor)
        if country is None and m.via == "seat":
            country = m.actor if gaz.actor(m.actor) and gaz.actor(m.actor).type == "Country" else None  # type: ignore[union-attr]
        if country:
            return country, m.last
        return None, index
    return None, index


def _headed_body(doc: Document, gaz: Gazetteer, by_start: dict[int, TokenMention], adjectives: dict,
                 index: int) -> TokenMention | None:
    """A body whose head holds a known office (`head_role`), named right after a word for a head ("глава |
    российского МИД", "head of | the Turkish foreign ministry")."""
    j = index
    while j < len(doc.tokens) and doc.tokens[j].norm in ("of", "the") and j - index < 2:
        j += 1
    m = by_start.get(j)
    if m is None or m.type != "Organization" or not gaz.entries.get(m.actor, {}).get("head_role") \
            or doc.article.text[doc.tokens[index - 1].end:doc.tokens[index].start].strip():
        return None
    return m


def _organisation_beside(doc: Document, gaz: Gazetteer, by_start: dict[int, TokenMention],
                         by_end: dict[int, TokenMention], role: str, when: date | None, start: int,
                         end: int) -> tuple[TokenMention, str] | None:
    """The international organisation named right after a title ("генсек | ООН", "secretary-general of | NATO") or
    right before it in English ("NATO | Secretary-General"), with the office meant: the title's own where the
    gazetteer knows holders of it there ("president of | the European Commission"), else its secretary general's
    ("глава | ООН", "генсек | НАТО": the head of an organisation led by one); None otherwise."""
    j = end
    while j < len(doc.tokens) and doc.tokens[j].norm in ("of", "the") and j - end < 2:
        j += 1
    for m in (by_start.get(j), by_end.get(start) if doc.lang == "en" else None):
        if m is None or m.type != "Organization":
            continue
        for office in (role, "secretary_general"):
            if gaz.holders(office, m.actor, when):
                return m, office
    return None


def _office_after_adjective(doc: Document, gaz: Gazetteer, adjective_at: dict,
                            index: int) -> tuple[str, str, int] | None:
    """The office a leader word names with a state's adjective and a noun for a branch of its power (the lexicon's
    `office_nouns`: "глава | российской дипломатии", "голова | українського уряду", "head of | Turkish diplomacy"):
    (role, state, where the title ends); None otherwise. English words of `office_noun_links` ("of", "the") may
    stand between."""
    from ..text.morph import lemmatizer

    offices = doc.lexicon.get("office_nouns", {})
    if not offices:
        return None
    links = doc.lexicon.words("office_noun_links")
    k = index
    while k < len(doc.tokens) and doc.tokens[k].norm in links:
        k += 1
    adj = adjective_at.get(k)
    state = gaz.country_of(adj.payload.actor) if adj is not None else None
    if adj is None or state is None or adj.end >= len(doc.tokens):
        return None
    after = adj.end + 1
    if after < len(doc.tokens) and doc.lemmas[after] & doc.lexicon.lemmas_of("delegate_words"):
        return None  # "the head of the Chinese government delegation": the head of a delegation
    lem = lemmatizer(doc.lang)
    for noun, role in offices.items():
        if doc.lemmas[adj.end] & (lem.lemmas(noun) | {noun}):
            return str(role), state, after
    return None


def _coordinated_states(doc: Document, gaz: Gazetteer, adjectives: dict, index: int) -> list[tuple[PhraseMatch, str]]:
    """The states of the adjectives joined by commas and the lexicon's `coordination_words` right before a title
    ("the Russian and Chinese | leaders", "казахстанский и узбекский | президенты"), each with its adjective, in
    text order; none where a state comes twice."""
    found: list[tuple[PhraseMatch, str]] = []
    joins = doc.lexicon.words("coordination_words")
    k = index
    while k > 0:
        adj = adjectives.get(k)
        state = gaz.country_of(adj.payload.actor) if adj is not None else None
        if adj is None or state is None:
            break
        found.append((adj, state))
        start = adj.start
        if start < 1:
            break
        if doc.article.text[doc.tokens[start - 1].end:doc.tokens[start].start].strip() == ",":
            k = start  # "French, | German and Italian": the adjective before the comma ends where this one begins
        elif doc.tokens[start - 1].norm in joins:
            k = start - 1
        else:
            break
    return found[::-1] if len({s for _, s in found}) == len(found) else []


def _country_before(doc: Document, gaz: Gazetteer, by_end: dict[int, TokenMention], adjectives: dict,
                    index: int) -> str | None:
    gap_text = doc.article.text[doc.tokens[index - 1].end:doc.tokens[index].start] if index else ""
    if index == 0 or gap_text.strip() or "\n" in gap_text:
        return None  # only a word right before the title, in the same phrase (not a headline above), qualifies it
    for gap in (0, 1):
        m = by_end.get(index - gap)
        if m is not None and gap == 0:
            if m.type == "City" and m.via != "seat" and m.first > 0 and \
                    doc.tokens[m.first - 1].norm in ("в", "у", "во", "in", "at", "from", "из", "з", "із"):
                return None  # "У Лондоні президент України ...": a place, not the president's state
            return gaz.country_of(m.actor)
        adj = adjectives.get(index - gap)
        if adj is not None:
            return gaz.country_of(adj.payload.actor)
        word = doc.tokens[index - 1].text
        if gap == 0 and len(word) >= 2 and word.isupper() and word.isalpha():
            return None  # "Cambodian NA President": the head of a body its acronym names, not of the state
    return None


def _one_word_name(doc: Document, taken: set[int], title: int, index: int, shut: set[int]) -> tuple[int, int] | None:
    """The one capitalised word right after a title that names a person by the surname alone ("President Reagan",
    "Prime Minister Marape", "с президентом Рейганом", "з прем'єр-міністром Марапе"): set off by a space alone in
    mid-sentence; no name, state adjective or month the lexicons and the gazetteer know (`shut`: the gazetteer's
    names in the article), no word of a title or an institution (`not_name_words`, `not_names_after_titles`: "Prime
    Minister Office", "Minister Counsellor"), not in capitals, not followed by another capitalised word or a
    particle (a longer name is read elsewhere, and Title Case headlines have many capitals); in English in a
    sentence with a word in lower case that a headline would capitalise; in Russian and Ukrainian a name in the
    title's case ("с президентом Рейган заявил": the name begins the other clause) and no common word of the
    dictionary; None otherwise."""
    tokens, text = doc.tokens, doc.article.text
    if not 0 < index < len(tokens) or index in taken or index in shut \
            or text[tokens[index - 1].end:tokens[index].start] != " ":
        return None
    word = re.sub(r"['’`]s$", "", tokens[index].text)
    if len(word) < 3 or not word[0].isupper() or word.isupper() or not re.sub(r"[-'’]", "", word).isalpha() \
            or _GLUED_WORDS.search(word) or doc.sentence_of_token(index).first == index:
        return None
    if doc.table_value("weekdays", index) is not None or doc.table_value("months", index) is not None:
        return None
    not_names = _role_words(doc) | doc.lexicon.lemmas_of("not_name_words") | doc.lexicon.lemmas_of("person_nouns") \
        | doc.lexicon.lemmas_of("not_names_after_titles") | doc.lexicon.lemmas_of("name_honorifics")
    if doc.lemmas[index] & not_names or word.lower() in not_names:
        return None
    after = index + 1
    particles = doc.lexicon.words("name_particles")
    if after < len(tokens) and text[tokens[index].end:tokens[after].start] == " " and (
            doc.capitalised[after] and tokens[after].text[:1].isalpha()
            or tokens[after].norm in particles or tokens[after].norm.split("-")[0] in particles):
        return None  # "President Yoon Suk-yeol", "Prime Minister Mustafa al-Kadhimi": a longer name
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return (index, index + 1) if lem.may_be_name_in_case(tokens[index].norm, _title_cases(doc, title) or
                                                             frozenset()) else None
    sentence = doc.sentence_of_token(index)
    small = doc.lexicon.words("headline_lowercase_words")
    running = any(not doc.capitalised[k] and tokens[k].text.isalpha() and len(tokens[k].text) >= 3
                  and tokens[k].norm not in small for k in range(sentence.first, sentence.last))  # "met", not "in"
    return (index, index + 1) if running else None


def _surname_person(doc: Document, gaz: Gazetteer, index: int, title: int,
                    people: list[TokenMention]) -> tuple[str, Actor | None, str] | None:
    """The person a title names by one word (see `_one_word_name`) and the mention's `via`: the person named in
    full elsewhere in the article whose last word it is ("President Reagan ... Ronald Reagan", "прем'єр-міністр
    Марапе ... Джеймс Марапе"; "name" for a known person, "intro" for a new one), else a new person keyed by the
    surname in Latin letters, with the new actor. None where the word is a word of a known person's name the
    article does not name in full ("President Ali": which Ali?)."""
    token = doc.tokens[index]
    norm = re.sub(r"'s$", "", token.norm)
    full = [m for m in people if m.type == "Person" and m.first != index and (
        m.last - m.first >= 2 or m.actor in gaz.actors)]  # a known person's surname alone names him as well
    same = next((m for m in full if re.sub(r"'s$", "", doc.tokens[m.last - 1].norm) == norm
                 or doc.lemmas[m.last - 1] & doc.lemmas[index]), None)
    # "President Alivey" after "Ilham Aliyev", "президентом Маргелашвили" after "Гиоргием Маргвелашвили": a slip of
    # the pen in the surname of the one person named in full with a surname that close
    slips = {m.actor for m in full if any(_misspelt(a, b) for a in doc.lemmas[index] | {norm}
                                          for b in doc.lemmas[m.last - 1] | {doc.tokens[m.last - 1].norm})}
    if same is None and len(slips) == 1:
        same = next(m for m in full if m.actor in slips)
    if same is not None:
        return same.actor, None, "name" if same.actor in gaz.actors else "intro"
    if (doc.lemmas[index] | {norm}) & _person_name_words(gaz):
        return None
    cases = _title_cases(doc, title)
    if cases:
        lem = lemmatizer(doc.lang)
        assert isinstance(lem, PymorphyLemmatizer)
        nominative = lem.name_in_case(token.norm, cases, "Surn")
        word = nominative.capitalize() if nominative else _surname_without_case_ending(doc, index, cases)
        label = _latin_name(doc, [word])
    else:
        label = re.sub(r"['’`]s$", "", token.text)
    key = "new:" + _slug(label)
    return key, Actor(key=key, type="Person", label_en=label, labels=((doc.lang, doc.span_text(index, index + 1)),)), \
        "intro"


def _surname_without_case_ending(doc: Document, index: int, cases: frozenset[str]) -> str:
    """A foreign surname the dictionary lacks, in the nominative: without the case ending it takes in one of the
    title's cases (`foreign_name_case_endings`: "президента Кельмора" -> Кельмор, "президентом Кельмором" ->
    Кельмор), as written where the title is in the nominative or the word ends in no such ending ("Марапе")."""
    text = doc.tokens[index].text
    norm = text.lower()
    if "nomn" in cases:
        return text
    endings = doc.lexicon.get("foreign_name_case_endings", {})
    for case in sorted(cases):
        ending = next((e for e in endings.get(case, ()) if norm.endswith(e) and len(norm) - len(e) >= 3
                       and norm[-len(e) - 1] not in "аеёиоуыэюяіїєь'’"), None)
        if ending:
            return text[:-len(ending)]
    return text


def _add_surname_person(doc: Document, gaz: Gazetteer, index: int, title: int, role: str,
                        people: list[TokenMention], extra: list[TokenMention], new_actors: list[Actor],
                        intro_roles: dict[str, str], taken: set[int]) -> bool:
    """Adds the mention of the person a title names by one word at `index` (see `_surname_person`), the new actor
    and the office he was introduced with; False where the word names no one (a known person's word)."""
    found = _surname_person(doc, gaz, index, title, people)
    if found is None:
        return False
    key, actor, via = found
    if actor is not None and all(a.key != key for a in new_actors):
        new_actors.append(actor)
    extra.append(TokenMention(key, index, index + 1, via, "Person"))
    taken.add(index)
    if via == "intro":
        intro_roles.setdefault(key, role)
    return True


def _misspelt(word: str, surname: str) -> bool:
    """Whether a word of five letters or more is a slip of the pen in a surname (its case ending aside): the same
    first letter and one letter dropped, added or changed, or two letters swapped ("Alivey" for Aliyev)."""
    a, b = word, surname
    if len(a) < 5 or len(b) < 5 or a[0] != b[0] or a == b:
        return False
    stem = min(len(a), len(b)) - 2
    if abs(len(a) - len(b)) <= 2 and a[:stem] == b[:stem] and len(a) != len(b):
        return False  # "Рейганом" and "Рейган": one name in two cases, read by its lemma
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@cache
def _person_name_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of every known person's names and aliases, in every language, lowercased."""
    return frozenset(w for key, a in gaz.actors.items() if a.type == "Person" for w in gaz.name_words(key))


def _introduced_name(doc: Document, taken: set[int], index: int) -> tuple[int, int] | None:
    """Capitalised words that follow a title ("посол КНР в Москве Чжан Ханьхуэй"), with the particles inside
    a name ("Сержио Родригес дос Сантос", "Mohammed bin Salman"); a comma may set the name off ("the foreign
    minister of Peru, Elmer Schialer")."""
    tokens = doc.tokens
    j = index
    if j + 1 < len(tokens) and tokens[j].norm in ("в", "у", "in", "to") and j + 1 in taken:
        j += 2
    if j + 1 < len(tokens) and doc.article.text[tokens[j - 1].end:tokens[j].start] == ", " and j > index - 1 \
            and tokens[j].text == ",":
        j += 1
    particles = doc.lexicon.words("name_particles")
    if j > index and any(doc.lemmas[k] & _role_words(doc) for k in (j, j + 1) if k < len(tokens)):
        return None  # "the Ethiopian Prime Minister, President Buhari": another title after the comma
    if j + 2 < len(tokens) and tokens[j].norm in doc.lexicon.words("name_honorifics") and doc.capitalised[j + 1] \
            and j not in taken:
        j += 1  # "his Kuwaiti counterpart Sheikh Ahmad ...": the honorific is no part of the name
    first = j
    if 0 < index <= first < len(tokens) and "\n" in doc.article.text[tokens[index - 1].end:tokens[first].start]:
        return None  # "... the President of Turkmenistan to Azerbaijan" | "On August 8, ...": a title ends its line
    while j < len(tokens) and j - first - sum(tokens[k].norm in particles for k in range(first, j)) < 5 \
            and j not in taken:
        word = tokens[j].text
        name_word = doc.capitalised[j] and word.replace("-", "").isalpha() and not word.isupper() \
            and (word[0] != "-" and "-" not in word or word.split("-")[0].lower() in particles or word[0].isupper())
        particle = j > first and tokens[j].norm in particles and j + 1 < len(tokens) and doc.capitalised[j + 1]
        if not (name_word or particle):
            break
        if j > first and tokens[j - 1].end != tokens[j].start - 1:
            break
        j += 1
    while j > first and tokens[j - 1].norm in particles:
        j -= 1
    return (first, j) if j - first >= 2 and all(doc.capitalised[k] for k in (first, j - 1)) else None


def _names_the_holder(doc: Document, gaz: Gazetteer, span: tuple[int, int], person: str) -> bool:
    """Whether the name after a title is a spelling of the office holder's: one of its words (a particle aside)
    shares a lemma or its first four Latin letters with one of his names' words."""
    particles = doc.lexicon.words("name_particles")
    words = {w for w in gaz.name_words(person) if w not in particles and len(w) >= 3}
    latin = {to_latin(w)[:4].lower() for w in words}
    for k in range(*span):
        norm = doc.tokens[k].norm.replace("ё", "е")
        if norm in particles:
            continue
        if doc.lemmas[k] & words or to_latin(norm)[:4].lower() in latin and k == span[1] - 1:
            return True
    return False


def _surely_a_name(doc: Document, span: tuple[int, int]) -> bool:
    """Whether capitalised words after a title are surely a name, not a headline's capitals ("Russian President
    Meets ..."): in Russian and Ukrainian always (only names keep their capitals mid-phrase); in English when
    the first is a first name."""
    return doc.lang != "en" or doc.tokens[span[0]].text in doc.lexicon.words("first_names") \
        or _name_in_running_text(doc, span)


def _name_in_running_text(doc: Document, span: tuple[int, int]) -> bool:
    """Whether English capitalised words after a title stand in running text, not a Title Case headline: two to
    four words, none of them a title's word, followed by a word in lower case that a headline would capitalise
    ("Junichiro Koizumi held talks"; not the `headline_lowercase_words`), or by punctuation in a sentence with a
    word of four letters or more in lower case; never "Japanese Prime Minister Meets Korean President In Seoul"."""
    first, last = span
    if not 2 <= last - first <= 4 or any(doc.lemmas[k] & _role_words(doc) for k in range(first, last)):
        return False
    punctuated = last < len(doc.tokens) and any(
        ch in doc.article.text[doc.tokens[last - 1].end:doc.tokens[last].start] for ch in ",;:.()")
    small = doc.lexicon.words("headline_lowercase_words")
    if last < len(doc.tokens) and doc.tokens[last].text[:1].isalpha() and not punctuated:
        word = doc.tokens[last]
        if doc.capitalised[last] or word.norm not in small:
            return not doc.capitalised[last]
        # "deputy leader Nicola Willis and party spokesperson ...": a small word a headline keeps in lower case too;
        # running text when the sentence has a word a headline would capitalise in lower case
        sentence = doc.sentence_of_token(first)
        return any(not doc.capitalised[k] and doc.tokens[k].text.isalpha() and len(doc.tokens[k].text) >= 4
                   and doc.tokens[k].norm not in small for k in range(sentence.first, sentence.last))
    sentence = doc.sentence_of_token(first)
    return any(not doc.capitalised[k] and doc.tokens[k].text.isalpha() and len(doc.tokens[k].text) >= 4
               for k in range(sentence.first, sentence.last))


def _not_the_holder(doc: Document, by_end: dict[int, TokenMention], adjectives: dict, index: int) -> bool:
    """Whether a word before the title makes it another office ("заместитель министра", "deputy foreign
    minister", "the vice president"? no: that is its own title) or another time ("бывший президент США",
    "former US president"): listed under `title_not_holder_words`; a state or its adjective may stand
    between ("former US president", "колишній український президент")."""
    words = doc.lexicon.lemmas_of("title_not_holder_words")
    k = index - 1
    for _ in range(2):
        if k < 0 or doc.article.text[doc.tokens[k].end:doc.tokens[k + 1].start].strip():
            return False
        if doc.lemmas[k] & words or any(p in words for p in doc.tokens[k].norm.split("-")[:1]):
            return True
        m = by_end.get(k + 1)
        adj = adjectives.get(k + 1)
        start = m.first if m is not None else adj.start if adj is not None else None
        if start is None:
            return False
        k = start - 1
    return False


def _title_cases(doc: Document, index: int) -> frozenset[str] | None:
    """The cases of a Russian or Ukrainian title's head word, which a name in apposition shares ("главой МИД
    Перу Эльмером Шиалером": ablt); None in English."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return None
    return lem.singular_noun_cases(doc.tokens[index].norm) or None


def _nominative_name(doc: Document, first: int, last: int, cases: frozenset[str]) -> list[str]:
    """The words of a name in apposition to a title, in the nominative: a dictionary name's nominative in one of
    the title's cases ("Эльмера" is no dictionary name, "Андрея" is), else the word as written where the title
    is in the nominative ("Акира Муто"), else the word without the case ending a foreign name takes
    ("Шиалера" -> Шиалер), listed under `foreign_name_case_endings`."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    assert isinstance(lem, PymorphyLemmatizer)
    particles = doc.lexicon.words("name_particles")
    female = lem.is_female_name(doc.tokens[first].norm)
    words = []
    for k in range(first, last):
        text = doc.tokens[k].text
        if k > first and "-" in text.strip("-") and text.lower() not in particles:
            # "Кідавою-Блонською", "Кидавой-Блоньской": each part of a double surname declines on its own
            words.append("-".join(_nominative_surname(doc, lem, part, cases, female) for part in text.split("-")))
            continue
        words.append(_nominative_surname(doc, lem, text, cases, female, k == first))
    return words


def _nominative_surname(doc: Document, lem: PymorphyLemmatizer, text: str, cases: frozenset[str], female: bool,
                        given: bool = False) -> str:
    """One word of a name in apposition to a title, in the nominative (see `_nominative_name`): `given` for the
    first name."""
    vowels = "аеёиоуыэюяіїєь'’"
    norm = text.lower()
    if norm in doc.lexicon.words("name_particles"):
        return norm
    known = lem.name_in_case(norm, cases, "Name") if given else None
    if known is None and not given:
        surname = lem.name_in_case(norm, cases, "Surn")
        if surname is not None:
            case = next(c for c in sorted(cases) if lem.name_in_case(norm, frozenset([c]), "Surn"))
            known = lem.surname(norm, case, female=female)
    if known is not None:
        return known.capitalize() if known.islower() else known
    replacements = doc.lexicon.get("foreign_name_case_replacements", {})
    swap = next(((e, r) for case in sorted(cases) for e, r in replacements.get(case, {}).items()
                 if "nomn" not in cases and norm.endswith(e) and len(norm) - len(e) >= 3
                 and norm[-len(e) - 1] not in vowels), None)
    if swap is not None:  # "Мирьяной" -> Мирьяна: a woman's name of the -а declension
        return text[:-len(swap[0])] + swap[1]
    if "nomn" not in cases and not female:
        endings = doc.lexicon.get("foreign_name_case_endings", {})
        for case in sorted(cases):
            ending = next((e for e in endings.get(case, ()) if norm.endswith(e) and len(norm) - len(e) >= 3
                           and norm[-len(e) - 1] not in vowels), None)
            if ending:
                return text[:-len(ending)]
    return text


def _instrumental_stem(doc: Document, first: int, surname: str) -> str:
    """"з мексиканським колегою Марсело Ебрардом": a foreign surname after "с"/"з" that kept its instrumental
    ending (the first name does not decline) loses it."""
    endings = tuple(doc.lexicon.get("instrumental_endings", ()))
    with_words = doc.lexicon.words("with_words")
    if endings and len(surname) > 5 and surname.lower().endswith(endings) and any(
            doc.tokens[j].norm in with_words for j in range(max(0, first - 10), first)):
        return surname[:-2]
    return surname


def _new_person(doc: Document, first: int, last: int, cases: frozenset[str] | None = None) -> tuple[str, Actor]:
    if cases:
        nominative = _nominative_name(doc, first, last, cases)
        label = chinese_name_in_pinyin(nominative, doc.lang) or _latin_name(doc, nominative)
        key = "new:" + _slug(label)
        return key, Actor(key=key, type="Person", label_en=label, labels=((doc.lang, doc.span_text(first, last)),))
    label = _first_and_surname_label(doc, first, last)
    texts = [doc.tokens[i].text for i in range(first, last)]
    with_words = doc.lexicon.words("with_words")
    endings = tuple(doc.lexicon.get("instrumental_endings", ()))
    if endings and any(doc.tokens[j].norm in with_words for j in range(max(0, first - 10), first)) and \
            texts[-1].lower().endswith(endings) and len(texts[-1]) > 5:
        # "с мексиканским коллегой Марсело Эбрардом": a foreign surname after "с"/"з" is in the instrumental
        ending = next(e for e in endings if texts[-1].lower().endswith(e))
        stem = texts[-1][:-len(ending)]
        if label is not None and label.lower().endswith(to_latin(texts[-1]).lower()):
            label = label[:len(label) - len(to_latin(texts[-1]))] + to_latin(stem)
        texts[-1] = stem
    label = chinese_name_in_pinyin(texts, doc.lang) or label  # "Ду Вэй", "Ван Цішань": Du Wei, Wang Qishan
    if label is None and doc.lang == "en":
        label = " ".join(texts[:-1] + [re.sub(r"['’]s$", "", texts[-1])])  # "Beris Ekinci" as written
    if label is None:
        words = [sorted(doc.lemmas[i], key=lambda w: (len(w), w))[0] for i in range(first, last)]
        label = " ".join(to_latin(texts[-1] if i == last - 1 else w.capitalize())
                         for i, w in zip(range(first, last), words))
        label = " ".join(w.capitalize() for w in label.split())
    key = "new:" + _slug(label)
    return key, Actor(key=key, type="Person", label_en=label, labels=((doc.lang, doc.span_text(first, last)),))


def _latin_name(doc: Document, words: list[str]) -> str:
    """A name's nominative words in Latin letters: the English form of a listed first name ("Сергей" ->
    Sergey), the national romanisation otherwise, particles in lower case ("dos Santos")."""
    from ..text.translit import name_to_latin

    particles = doc.lexicon.words("name_particles")
    given = doc.lexicon.get("given_names_en", {})
    out = []
    for i, word in enumerate(words):
        if word.lower() in particles:
            out.append(to_latin(word.lower()))
            continue
        parts = [given.get(p.lower()) if i == 0 and given.get(p.lower()) else name_to_latin(p, doc.lang)
                 for p in word.split("-")]
        out.append("-".join(p if j == 0 or p[:1].isupper() else p for j, p in enumerate(parts)))
    return " ".join(out)


def _given_name_and_case(doc: Document, index: int) -> tuple[str, str] | None:
    """A first name's nominative and the case it is written in ("Робертом" -> роберт, ablt)."""
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return None
    norm = doc.tokens[index].norm
    given = lem.given_name(norm)
    if given is None:
        return None
    first_nom, case = given
    if case != "nomn" and _feminine_pair(doc, index):
        return norm, "nomn"
    if case == "voct" and norm.endswith("о"):
        return norm, "nomn"  # uk "Павло" is a man's name, not the vocative of "Павла"
    masculine = sorted(w for w in doc.lemmas[index] if w != first_nom and w[-1:] == "о" and lem.given_name(w))
    if case == "nomn" and norm.endswith(("а", "я")) and masculine:
        return masculine[0], "gent"  # uk "Павла" is Павло's genitive, not a woman's name "Павла"
    return first_nom, case


def _first_and_surname_label(doc: Document, first: int, last: int) -> str | None:
    """"Павла Рябікіна" -> "Pavlo Riabikin": a first name and a surname in any case, in the nominative and the
    national romanisation; None when the words are not a known first name and a surname."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer
    from ..text.translit import name_to_latin

    lem = lemmatizer(doc.lang)
    if last - first != 2 or not isinstance(lem, PymorphyLemmatizer):
        return None
    given = _given_name_and_case(doc, first)
    if given is None:
        return None
    first_nom, case = given
    female = lem.is_female_name(doc.tokens[first].norm) or _feminine_pair(doc, first)
    norm = doc.tokens[last - 1].norm
    surname = lem.surname(norm, case, female=female)
    if female and "-" in norm.strip("-") and case != "nomn":
        # "Малгожатою Кідавою-Блонською", "Малгожатой Кидавой-Блоньской": each part of a woman's double surname
        # declines (the dictionary declines its last part only)
        surname = "-".join(_double_surname_part(doc, lem, part, case, female) for part in norm.split("-"))
    given_en = doc.lexicon.get("given_names_en", {}).get(first_nom) or name_to_latin(first_nom, doc.lang)
    return f"{given_en} {name_to_latin(surname, doc.lang)}"


def _double_surname_part(doc: Document, lem: PymorphyLemmatizer, part: str, case: str, female: bool) -> str:
    """One part of a double surname seen in `case`, in the nominative: a dictionary surname's, an adjective's in the
    woman's form ("Блоньской" -> блоньская), else a foreign name's without its case ending ("Кідавою" -> кідава)."""
    known = lem.surname(part, case, female=female)
    if known != part:
        return known
    if female:
        adjective = lem.nominative(part, frozenset([case]), "femn")
        if adjective != part:
            return adjective
        swaps = doc.lexicon.get("foreign_name_case_replacements", {}).get(case, {})
        ending = next((e for e in swaps if part.endswith(e) and len(part) - len(e) >= 3), None)
        return part[:-len(ending)] + swaps[ending] if ending else part
    ending = next((e for e in doc.lexicon.get("foreign_name_case_endings", {}).get(case, ())
                   if part.endswith(e) and len(part) - len(e) >= 3), None)
    return part[:-len(ending)] if ending else part


def _destination(doc: Document, gaz: Gazetteer, by_start: dict[int, TokenMention], index: int,
                 country: str) -> tuple[str | None, int]:
    """The country an envoy is sent to, named right after the title ("посол КНР в Москве",
    "ambassador to the United States"), and the token after it."""
    j = index
    if j >= len(doc.tokens) or doc.tokens[j].norm not in doc.lexicon.words("destination_prepositions"):
        return None, index
    j += 1
    if j < len(doc.tokens) and doc.tokens[j].norm == "the":
        j += 1
    m = by_start.get(j)
    to = gaz.country_of(m.actor) if m is not None else None
    if m is None or to is None or to == country:
        return None, index
    return to, m.last


def _only_destination(gaz: Gazetteer, role: str, country: str, mentions: list[TokenMention],
                      when: date | None) -> str | None:
    """"посол России" in an article that names China and no other host state: the ambassador to China."""
    hosts = gaz.destinations(role, country, when)
    named = {gaz.country_of(m.actor) for m in mentions} & hosts
    return named.pop() if len(named) == 1 else None


def _given_name(doc: Document, index: int) -> str | None:
    """The nominative of a first name written at the token ("Дмитрия" -> дмитрий, "Laura" -> laura)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    token = doc.tokens[index]
    if not doc.capitalised[index] or not token.text.isalpha() or token.text.isupper() \
            or _GLUED_WORDS.search(token.text):
        return None
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        given = lem.given_name(token.norm)
        return given[0].replace("ё", "е") if given else None
    return token.norm if token.text in doc.lexicon.words("first_names") else None


def _another_persons_name(doc: Document, gaz: Gazetteer, index: int, person: str, named: set[int]) -> bool:
    """Whether a one-word match of a known person's surname names someone else: a first name that only
    looks like the surname ("Дмитрий" is a form of "Дмитриев", "Денис" of "Денисов"), or the surname
    after a first name that is not the person's ("Laura Bennett" is not Naftali Bennett)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    words = gaz.name_words(person)
    if _followed_by_given_name(doc, index, words, named):
        return True  # "Kim Sung-han", "Ким Сон Хан": a shared surname before another given name
    given = _given_name(doc, index)
    if given is not None and given not in words and isinstance(lem, PymorphyLemmatizer):
        # the person's name words with their crude stems: "Мілею" is Мілей's dative, though it reads as "Міля"
        finals = tuple(e for e in doc.lexicon.get("case_endings", ()) if len(e) == 1) + \
            tuple(doc.lexicon.get("name_finals", ()))
        name_lemmas = frozenset().union(*(lem.lemmas(w) | name_stems(w, finals) for w in words))
        if doc.lemmas[index] & name_lemmas <= {given}:
            return True
        after = index + 1
        if after < len(doc.tokens) and doc.capitalised[after] and doc.tokens[after].text.isalpha() and \
                doc.article.text[doc.tokens[index].end:doc.tokens[after].start] == " " and \
                not doc.lemmas[after] & name_lemmas:
            return True  # "с Мариной Захаровой": a first name before a surname, not Sanna Marin
    before = index - 1
    if before < 0 or before in named or doc.article.text[doc.tokens[before].end:doc.tokens[index].start] != " ":
        return False
    first = _given_name(doc, before) or _given_name_after_title(doc, before)
    if first is None and doc.lang == "en" and doc.capitalised[before] and doc.tokens[before].text.isalpha() and \
            gaz.is_given_name(doc.lang, doc.tokens[before].norm):
        first = doc.tokens[before].norm  # "Jair" before "Trump": a known person's first name, not this one's
    if first is None:
        return False
    own = {w for w in words if not lem.lemmas(w) & doc.lemmas[index]}  # the person's first names and aliases
    return not any(first == w or to_latin(first)[:4] == to_latin(w)[:4] for w in own)


def _holder_by_given_name(doc: Document, gaz: Gazetteer, role: str, index: int, taken: set[int],
                          when: date | None, mentions: list[TokenMention]) -> str | None:
    """The person an English title names by a first name alone ("PM Shehbaz", "President Ranil"): the one holder of
    that office on the article's day, of a state the article names, whose English name begins with that word; None
    where the word is no such name, is any known person's surname ("President Ali" may be Irfaan Ali), is followed
    by another capitalised word (a full name, read elsewhere), or fits several."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    tokens, text = doc.tokens, doc.article.text
    if isinstance(lemmatizer(doc.lang), PymorphyLemmatizer) or when is None or index >= len(tokens) \
            or index in taken or not tokens[index].text.istitle() or not tokens[index].text.isalpha() \
            or text[tokens[index - 1].end:tokens[index].start] != " " or index + 1 < len(tokens) \
            and doc.capitalised[index + 1] and text[tokens[index].end:tokens[index + 1].start] == " ":
        return None
    word = tokens[index].text
    if word in _surnames_en(gaz):
        return None
    states = {m.actor for m in mentions if m.type == "Country"} | {
        str(gaz.entries[m.actor].get("country")) for m in mentions if m.type == "City" and m.actor in gaz.entries}
    fits = {r.person for r in gaz.roles if r.role == role and r.of in states and r.holds_on(when)
            and str(gaz.actors[r.person].label_en or "").split(" ")[0] == word}
    return next(iter(fits)) if len(fits) == 1 else None


@cache
def _surnames_en(gaz: Gazetteer) -> frozenset[str]:
    """The last word of every known person's English name ("Ali" of Irfaan Ali, "Sharif")."""
    return frozenset(str(a.label_en).split(" ")[-1] for a in gaz.actors.values() if a.type == "Person" and a.label_en)


def _given_name_after_title(doc: Document, index: int, role_ends: set[int] | None = None) -> str | None:
    """A capitalised word the English first names do not list, right after a capitalised title and before a
    surname ("Minister of Trade Bandula Gunawardena", "Prime Minister Josaia Bainimarama"): the first name of
    whoever holds the title. Not a word of a title or of a body's
    name ("Prime Minister Gunawardena", "the Honor Guard Company"); `role_ends`: where the article's titles end."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    if isinstance(lemmatizer(doc.lang), PymorphyLemmatizer) or index < 1 or index + 1 >= len(doc.tokens):
        return None
    tokens, text, title = doc.tokens, doc.article.text, index - 1
    token, surname = tokens[index], tokens[index + 1]
    if not token.text.isalpha() or not token.text.istitle() \
            or text[tokens[title].end:token.start] != " " or not doc.capitalised[index + 1] \
            or not surname.text.replace("-", "").isalpha() or text[token.end:surname.start] != " ":
        return None
    fields = doc.lexicon.lemmas_of("title_field_words")
    not_names = _role_words(doc) | fields | doc.lexicon.lemmas_of("not_name_words") \
        | doc.lexicon.lemmas_of("person_nouns")
    small = doc.lexicon.words("headline_lowercase_words")
    if (doc.lemmas[index] | doc.lemmas[index + 1]) & not_names or {token.norm, surname.norm} & small \
            or doc.lemmas[title] & doc.lexicon.lemmas_of("name_honorifics"):
        return None  # (not "PM To Visit", "Sheikh Mohammad": an honorific is a word of the name)
    if role_ends is None:
        role_ends = {t.end for t in doc.lexicon.compiled.roles.longest(doc.lemmas)}
    titled = doc.capitalised[title] and (index in role_ends or doc.lemmas[title] & fields and any(
        e in role_ends for e in range(max(0, title - 2), title)))  # "Minister of Trade"
    end = index + 1
    while end < len(tokens) and end - index < 5 and doc.capitalised[end] and text[tokens[end - 1].end:
                                                                                  tokens[end].start] == " ":
        end += 1
    # a first name, at most a middle name, a surname (not "Prime Minister Datuk Seri Anwar Ibrahim": honorifics before
    # a name), never a Title Case headline's words ("Crown Prince Invites Iraqi PM To Visit")
    return token.norm if titled and end - index <= 3 and _name_in_running_text(doc, (index, end)) else None


def _his_surname_in_the_feminine(doc: Document, gaz: Gazetteer, index: int, person: str) -> bool:
    """Whether the word is the feminine form of a known man's surname ("с супругой Жапаровой", "з дружиною
    Жапаровою" are not Садыр Жапаров): a surname only a woman can bear, not one of the person's own name words."""
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    feminine = lem.feminine_surname(doc.tokens[index].norm)
    return feminine is not None and feminine.replace("ё", "е") not in gaz.name_words(person)


def _followed_by_given_name(doc: Document, index: int, words: frozenset[str], named: set[int]) -> bool:
    """Whether the surname at the token is followed by a given name that is not the known person's: in Russian
    and Ukrainian a capitalised word mid-sentence, in English a hyphenated one ("Sung-han", "Yong-chol"), as
    Korean given names are written. A date word ("Putin Monday") and a name of its own are no given name."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    after = index + 1
    if after >= len(doc.tokens) or after in named or not doc.capitalised[after] \
            or doc.article.text[doc.tokens[index].end:doc.tokens[after].start] != " ":
        return False
    token = doc.tokens[after]
    if not token.text.replace("-", "").isalpha() or token.text.isupper() or token.norm in words \
            or doc.table_value("weekdays", after) is not None or doc.table_value("months", after) is not None:
        return False
    if isinstance(lemmatizer(doc.lang), PymorphyLemmatizer):
        return True
    return "-" in token.text.strip("-")


def _byline_tokens(doc: Document) -> set[int]:
    """Tokens of credit lines ("Автор: ...", "By ...", "Фото: ..."): a surname there is the journalist's."""
    markers = tuple(doc.lexicon.get("byline_markers", ()))
    if not markers:
        return set()
    lines: list[tuple[int, int]] = []
    offset = 0
    for line in doc.article.text.splitlines(keepends=True):
        body = line.strip()
        for marker in markers:
            if body.startswith(marker) and len(body) <= len(marker) + 60 and not body.endswith("."):
                lines.append((offset, offset + len(line)))
                break
        offset += len(line)
    if not lines:
        return set()
    return {i for i, t in enumerate(doc.tokens) if any(lo <= t.start < hi for lo, hi in lines)}


def _hyphenated_parts(doc: Document, gaz: Gazetteer, taken: set[int],
                      mentions: list[TokenMention]) -> list[TokenMention]:
    """The mentions with the names inside hyphenated words no whole name matched: "US" in "US-sanctioned", "CELAC"
    in "China-CELAC". A name written with a hyphen ("Нью-Дели") has already matched as a whole. A part at either
    end of the word may be the end or the beginning of a name of several words written beside it: "Papua New
    Guinea-Australia" names Papua New Guinea (not Guinea), "Australia-South Sudan" South Sudan (not Sudan); the
    longest name wins, over a shorter one read in the words beside it ("Guinea" in "Australia-Papua New Guinea")."""
    from ..text.morph import lemmatizer, stems
    from ..text.tokens import normalise

    lem = lemmatizer(doc.lang)
    names = gaz.names(doc.lang)
    endings = tuple(doc.lexicon.get("case_endings", ()))
    found: list[TokenMention] = []
    replaced: set[int] = set()  # tokens of shorter names a longer one written across a hyphen takes over
    tokens = doc.tokens

    def lemmas_of(word: str) -> frozenset[str]:
        norm = normalise(word)
        return frozenset({norm}) | lem.lemmas(norm) | (stems(norm, endings) if endings else frozenset())

    by_token = {k: m for m in mentions if m.part is None and m.type != "Person" for k in range(m.first, m.last)}

    def beside(i: int, step: int) -> list[int]:
        """Up to four words next to token i, one space apart each, none of them taken but by a place or body."""
        out: list[int] = []
        k = i + step
        while 0 <= k < len(tokens) and len(out) < 4:
            gap = doc.article.text[tokens[min(k, k - step)].end:tokens[max(k, k - step)].start]
            if gap != " " or not tokens[k].text[:1].isalpha() or (k in taken and k not in by_token):
                break
            out.append(k)
            k += step
        return out

    def whole_names_only(extra: list[int]) -> bool:
        """The words a longer name takes beside a hyphenated word hold every name they are part of whole."""
        return all(by_token[k].first in extra and by_token[k].last - 1 in extra for k in extra if k in by_token)

    for i, token in enumerate(tokens):
        if i in taken or "-" not in token.text.strip("-"):
            continue
        whole = _spaced_name(gaz, names, lem, endings, token.text)
        if whole is not None:  # "Port-of-Spain": the city, no mention of Spain
            found.append(TokenMention(whole.key, i, i + 1, "name", whole.type))
            continue
        parts, spans, offset = token.text.split("-"), [], token.start
        for part in parts:
            spans.append((offset, offset + len(part)))
            offset += len(part) + 1
        before, after = beside(i, -1)[::-1], beside(i, 1)
        candidates = []  # (parts covered, words covered, first part, after-last part, match, tokens before, after)
        for a in range(len(parts)):
            for b in range(a + 1, len(parts) + 1):
                if not all(len(p) >= 2 and p[0].isupper() for p in parts[a:b]):
                    continue
                left = before if a == 0 else []
                right = after if b == len(parts) else []
                middles = [[lemmas_of("-".join(parts[a:b]))]]
                if b - a > 1:
                    middles.append([lemmas_of(p) for p in parts[a:b]])
                for middle in middles:
                    seq = [doc.lemmas[k] | {tokens[k].norm} for k in left] + middle + [
                        doc.lemmas[k] | {tokens[k].norm} for k in right]
                    for m in names.matches(seq, [True] * len(seq)):
                        if m.start > len(left) or m.end < len(left) + len(middle):
                            continue  # the name must hold the whole run of parts
                        actor = gaz.actor(m.payload.actor)
                        if actor is None or actor.type == "Person":
                            continue
                        extra_left = left[m.start:]
                        extra_right = right[:max(0, m.end - len(left) - len(middle))]
                        if not whole_names_only(extra_left) or not whole_names_only(extra_right):
                            continue
                        candidates.append((b - a, m.end - m.start, a, b, m, actor, extra_left, extra_right))
        candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
        free = set(range(len(parts)))
        for _, _, a, b, m, actor, extra_left, extra_right in candidates:
            if not free.issuperset(range(a, b)):
                continue
            free.difference_update(range(a, b))
            start = tokens[extra_left[0]].start if extra_left else spans[a][0]
            end = tokens[extra_right[-1]].end if extra_right else spans[b - 1][1]
            first = extra_left[0] if extra_left else i
            last = extra_right[-1] + 1 if extra_right else i + 1
            found.append(TokenMention(actor.key, first, last, m.payload.via, actor.type, (start, end)))
            replaced.update(extra_left + extra_right)
            taken.update(extra_left + extra_right)
    taken.update(m.first for m in found)
    kept = [m for m in mentions if not replaced.intersection(range(m.first, m.last))]
    return kept + found


def _spaced_name(gaz: Gazetteer, names, lem, endings: tuple[str, ...], word: str) -> Actor | None:  # type: ignore[no-untyped-def]
    """The place or body a hyphenated word names when its hyphens are read as spaces ("Port-of-Spain" = Port of
    Spain), with every part inside the name: no part of it is then a name of its own."""
    from ..text.morph import stems
    from ..text.tokens import normalise

    parts = [normalise(p) for p in word.split("-")]
    if len(parts) < 2 or not all(parts):
        return None
    lemmas = [frozenset({p}) | lem.lemmas(p) | (stems(p, endings) if endings else frozenset()) for p in parts]
    for m in names.longest(lemmas, [True] * len(parts)):
        actor = gaz.actor(m.payload.actor)
        if m.start == 0 and m.end == len(parts) and actor is not None and actor.type in ("City", "Organization"):
            return actor
    return None


def _titles_over_aliases(doc: Document, gaz: Gazetteer, mentions: list[TokenMention],
                         taken: set[int]) -> list[TokenMention]:
    """A title whose last word begins a ministry's alias ("главу МЗС Ірану", "главой МИД Ирана") or whose first
    word ends one ("US Treasury Secretary") names the minister: the alias gives way to the title, and the country
    inside the alias stays a mention. Without a country for the title, the alias stays."""
    names = gaz.names(doc.lang)
    by_start = {m.first: m for m in mentions}
    out = list(mentions)
    for t in doc.lexicon.compiled.roles.longest(doc.lemmas):
        alias = next((m for m in out if m.type == "Organization" and t.start < m.first < t.end <= m.last), None)
        before = next((m for m in out if m.type == "Organization" and m.first < t.start < m.last < t.end), None)
        if alias is None and before is not None:  # "US Treasury | Secretary": the state begins the alias
            alias, start, end = before, before.first, t.start
        else:
            start, end = t.end, alias.last if alias is not None else t.end
        if alias is None:
            continue
        inside = []
        for n in names.longest(doc.lemmas, doc.capitalised, start, end):
            actor = gaz.actor(n.payload.actor)
            if actor is not None and gaz.country_of(actor.key):
                inside.append(TokenMention(actor.key, n.start, n.end, n.payload.via, actor.type))
        after = by_start.get(alias.last) if alias.last == t.end else None
        if not inside and (after is None or gaz.country_of(after.actor) is None):
            continue
        out.remove(alias)
        taken.difference_update(range(alias.first, alias.last))
        for m in inside:
            out.append(m)
            taken.update(range(m.first, m.last))
    return out


def _eponym(doc: Document, start: int, end: int) -> bool:
    """Whether a known person's name stands for a street, a prize or a fund named after him: in Russian and
    Ukrainian in the genitive right after one of the lexicon's `eponym_words` ("на проспекте Назарбаева", "премия
    имени Сахарова"; not "вручил орден Алиеву"), in English right before one ("Nazarbayev Avenue")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return end < len(doc.tokens) and doc.capitalised[end] and \
            doc.article.text[doc.tokens[end - 1].end:doc.tokens[end].start] == " " and \
            bool(doc.lemmas[end] & doc.lexicon.lemmas_of("eponym_words"))
    if not lem.can_be_genitive(doc.tokens[end - 1].norm):
        return False
    return _named_after(doc, start, "gent")


def _named_after(doc: Document, index: int, case: str) -> bool:
    """Whether the name at the token is that of an order, a prize or a street, not of a person in the news:
    "орден Святого апостола Андрея Первозванного", "премия имени Андрея Сахарова", "the Order of Saint
    Andrew". A first name in another case than the genitive ("вручил премию Андрею Петрову") is a person."""
    if case not in ("", "gent"):
        return False
    markers = doc.lexicon.lemmas_of("eponym_words")
    sentence = doc.sentence_of_token(index)
    for k in range(index - 1, max(sentence.first, index - 3) - 1, -1):
        gap = doc.article.text[doc.tokens[k].end:doc.tokens[k + 1].start]
        if gap.strip():
            return False  # punctuation ends the phrase
        if doc.lemmas[k] & markers:
            return True
        if not case and doc.tokens[k].norm not in ("of", "the"):
            return False  # English has no case to tell "the Order of Saint Andrew" from "the prize to Andrew"
    return False
