"""Actors with Wikidata ids, their names in each language, and roles with validity periods.

The data lives in `data/*.json` (one file per kind of actor); this module only reads it.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..lexicon import load_lexicon
from ..paths import package_folder
from ..records import Actor
from ..text.morph import stems
from ..text.phrases import PhraseSet
from ..text.translit import without_diacritics

DATA = package_folder(__name__, "data")
FILES = ("countries", "cities", "organizations", "media", "people")
BEYOND = "cities_geonames.json"  # large cities the gazetteer lacks (tools/gazetteer/build_cities.py)
TYPES = {"Country", "City", "Organization", "Person"}


@dataclass(frozen=True, slots=True)
class Role:
    person: str
    role: str
    of: str
    start: date | None
    end: date | None
    to: str | None = None  # the country an ambassador is sent to

    def holds_on(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True, slots=True)
class NameHit:
    """What a matched name stands for: the actor, and how it was named."""

    actor: str
    via: str  # name | seat | adjective


def _plain(word: str) -> str:
    """A name word compared without case, diacritics or the letter ё ("Erdoğan" = "erdogan")."""
    return without_diacritics(word.lower().replace("ё", "е"))


def _sound(word: str) -> str:
    """A Latin name word with the differences of romanisation systems levelled ("Berdimuhammedov",
    "Berdymukhamedow"): kh = h, w = v, y = i, doubled letters once."""
    word = word.replace("kh", "h").replace("w", "v").replace("y", "i")
    return "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])


def name_stems(norm: str, endings: tuple[str, ...]) -> frozenset[str]:
    """A name word without a one-letter case ending ("абеокуте", "абеокута" -> "абеокут")."""
    return stems(norm, endings)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(x) for x in str(value).split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class Gazetteer:
    def __init__(self, entries: list[dict[str, Any]], bodies: dict[str, Any] | None = None,
                 beyond: Path | None = None) -> None:
        """`bodies`: the state bodies' templates (`data/ministries.json`): the words for each body in each language
        and where its state stands next to them. `beyond`: the file of cities the entries lack, read on first use
        (`city_beyond`, `city_names_beyond`), never at start."""
        self._bodies: list[dict[str, Any]] = list((bodies or {}).get("templates", ()))
        self._slots: dict[str, Any] = dict((bodies or {}).get("country_slots", {}))
        self.beyond = beyond
        self.entries: dict[str, dict[str, Any]] = {}
        for entry in entries:
            if entry.get("type") in TYPES and entry.get("key"):
                self.entries.setdefault(entry["key"], entry)
        self.actors: dict[str, Actor] = {}
        self.by_qid: dict[str, str] = {}
        self.roles: list[Role] = []
        for key in sorted(self.entries):
            e = self.entries[key]
            names = e.get("name", {})
            label = names.get("en") or next(iter(names.values()), key)
            labels = tuple(sorted((lang, n) for lang, n in names.items() if n))
            self.actors[key] = Actor(key=key, type=e["type"], label_en=label, qid=e.get("qid") or None,
                                     labels=labels, country=e.get("country"))
            if e.get("qid"):
                self.by_qid.setdefault(e["qid"], key)
            for r in e.get("roles", []):
                self.roles.append(Role(key, r["role"], r.get("of", ""), _date(r.get("from")), _date(r.get("to")),
                                       r.get("to_country") or None))
        self._roles_by: dict[tuple[str, str], list[Role]] = {}
        self._roles_of: dict[str, list[Role]] = {}  # by person: roles_of runs for every mention of a long article
        for r in self.roles:
            self._roles_by.setdefault((r.role, r.of), []).append(r)
            self._roles_of.setdefault(r.person, []).append(r)
        self.capital_of = {e["capital"]: k for k, e in self.entries.items()
                           if e["type"] == "Country" and e.get("capital")}

    def actor(self, key: str) -> Actor | None:
        """The actor of the gazetteer, or a city beyond it (`city_beyond`), by key."""
        found = self.actors.get(key)
        if found is None and self.beyond is not None and not key.startswith("new:"):
            found = self.city_beyond(key)
        return found

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _beyond(self) -> dict[str, Any]:
        """The file of cities beyond the gazetteer as it is: read on first use, never at start."""
        if self.beyond is None or not self.beyond.exists():
            return {"fields": [], "cities": {}, "names": {}}
        return dict(json.loads(self.beyond.read_text(encoding="utf-8")))

    @cache  # noqa: B019 — one gazetteer per process, built once
    def city_beyond(self, key: str) -> Actor | None:
        """A large city the gazetteer lacks: one of GeoNames' cities of 100,000 people or more, with its English
        name as label and no Wikidata id (tools/gazetteer/build_cities.py)."""
        data = self._beyond()
        record = data["cities"].get(key)
        if record is None:
            return None
        fields = dict(zip(data["fields"], record))
        labels = sorted([("en", fields["label"])] + [(lang, fields[lang]) for lang in ("ru", "uk") if fields.get(lang)])
        return Actor(key=key, type="City", label_en=fields["label"], qid=None, labels=tuple(labels),
                     country=fields.get("country"))

    def city_names_beyond(self, lang: str) -> Mapping[str, list[list[str]]]:
        """The names of the cities beyond the gazetteer in a language, as the build indexed them: a name's first
        word (lower case, е for ё) -> [the rest of its words, the city], longest name first."""
        names: Mapping[str, list[list[str]]] = self._beyond()["names"].get(lang, {})
        return names

    def state_of_body(self, key: str) -> str | None:
        """The state a ministry or other state body acts for (an organisation whose head holds a state office, or
        one made from the state bodies' templates): a memorandum its ministry signs is the state's. None for
        companies and anything else."""
        entry = self.entries.get(key, {})
        if entry.get("type") == "Organization" and entry.get("country") and \
                (entry.get("head_role") or "state_body" in entry):
            return str(entry["country"])
        return None

    def country_of(self, key: str) -> str | None:
        """The state an actor stands for: itself for a country, its state for a capital or seat or for the
        state's government (an organisation marked `state_body`)."""
        actor = self.actors.get(key)
        if actor is None:
            return None
        if actor.type == "Country":
            return key
        if actor.type == "City" and key in self.capital_of:
            return self.capital_of[key]
        entry = self.entries.get(key, {})
        if entry.get("state_body") and entry.get("country"):
            return str(entry["country"])  # "урядом Індії", "Кабмін": the government stands for its state
        return None

    def leader_role(self, country: str) -> str:
        return str(self.entries.get(country, {}).get("leader_role") or "president")

    def holder(self, role: str, of: str, when: date | None, to: str | None = None) -> str | None:
        """Who held the role in the country (or organisation) on that day; the latest holder if no day.
        `to` picks among several ambassadors of one country the one sent to that country."""
        if role == "leader":
            role = self.leader_role(of)
        candidates = [r for r in self._roles_by.get((role, of), ()) if to is None or r.to == to]
        if role == "president" and not candidates:
            candidates = [r for r in self.roles if r.role in ("head_of_state", "king", "emir", "supreme_leader")
                          and r.of == of]
        if role == "prime_minister" and not candidates:  # the head of government of Germany, Austria: a chancellor
            candidates = list(self._roles_by.get(("chancellor", of), ()))
        if when is not None:
            holding = [r for r in candidates if r.holds_on(when)]
        else:
            holding = [r for r in candidates if r.end is None] or sorted(
                candidates, key=lambda r: r.end or date.max)[-1:]
        holding.sort(key=lambda r: (r.start or date.min, r.person))
        return holding[-1].person if holding else None

    def holders(self, role: str, of: str, when: date | None) -> set[str]:
        """Everyone who held the role in the country on that day (today, without a day): several aides or
        envoys at once make "the US special envoy" no one in particular."""
        if role == "leader":
            role = self.leader_role(of)
        return {r.person for r in self._roles_by.get((role, of), ())
                if (r.holds_on(when) if when is not None else r.end is None)}

    def destinations(self, role: str, of: str, when: date | None) -> set[str]:
        """The countries the holders of a role are sent to on that day (several ambassadors of one state)."""
        return {r.to for r in self._roles_by.get((role, of), ())
                if r.to and (r.holds_on(when) if when is not None else r.end is None)}

    def name_words(self, key: str) -> frozenset[str]:
        """Every word of the actor's names and aliases, in every language, lowercased."""
        return frozenset(w.lower().replace("ё", "е") for n in _all_names(self.entries.get(key, {}))
                         for w in n.replace("-", " ").split())

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _given_index(self, lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
        """First name -> (surname, person) for every name of two words or more a person has in the language; in
        Russian and Ukrainian also first name -> (patronymic, person), as people are addressed."""
        index: dict[str, set[tuple[str, str]]] = {}
        for key, e in self.entries.items():
            if e.get("type") != "Person":
                continue
            names = [e.get("name", {}).get(lang)] + list(e.get("aliases", {}).get(lang, []))
            for name in names:
                words = (name or "").split()
                if len(words) >= 2 and not words[0].endswith("."):
                    index.setdefault(_plain(words[0]), set()).add((_plain(words[-1]), key))
                if len(words) == 3 and lang in ("ru", "uk"):  # "Олександр Григорович": a name and patronymic
                    index.setdefault(_plain(words[0]), set()).add((_plain(words[1]), key))
        return {given: tuple(sorted(pairs)) for given, pairs in index.items()}

    def given_names(self, lang: str) -> frozenset[str]:
        """The first names (lowercased) of the people the gazetteer knows, as written in the language."""
        return frozenset(self._given_index(lang))

    def is_given_name(self, lang: str, word: str) -> bool:
        """Whether the word is the first name of a person the gazetteer knows, compared without case or diacritics
        ("Trần" as "Tran Dai Quang" is written in English)."""
        return _plain(word) in self._given_index(lang)

    def person_by_initial(self, lang: str, initial: str, surnames: frozenset[str]) -> str | None:
        """The one known person whose first name begins with the initial and whose surname is one of `surnames`
        (the lemmas of the word written): "Г.Бердымухамедов" is Gurbanguly, not his son Serdar. None if no one
        or several people fit."""
        index = self._initial_index(lang)
        first = initial.lower()
        keys = set().union(*(index.get((first, _plain(s)), ()) for s in surnames))
        return keys.pop() if len(keys) == 1 else None

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _initial_index(self, lang: str) -> dict[tuple[str, str], frozenset[str]]:
        """(first letter of the first name, surname) -> the people so named, from `_given_index`."""
        index: dict[tuple[str, str], set[str]] = {}
        for given, pairs in self._given_index(lang).items():
            for surname, key in pairs:
                index.setdefault((given[:1], surname), set()).add(key)
        return {pair: frozenset(keys) for pair, keys in index.items()}

    def person_spelled_like(self, lang: str, given: str, surname: str) -> str | None:
        """The one known person with this first name whose surname is spelled almost the same way ("Мирзиёв"
        for Мирзиёев, "Pashinian" for Pashinyan): a variant or a typo, not a new person. None if no one or
        several people fit."""
        from difflib import SequenceMatcher

        wanted = _sound(_plain(surname))
        if len(wanted) < 5:
            return None
        keys = {key for known, key in self._given_index(lang).get(_plain(given), ())
                if known[:1] == wanted[:1] and SequenceMatcher(None, _sound(known), wanted).ratio() >= 0.85}
        return keys.pop() if len(keys) == 1 else None

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _surname_index(self, lang: str) -> dict[str, tuple[str, ...]]:
        """Surname (compared without case, diacritics or romanisation differences) -> the people the gazetteer knows
        by it, from every name of two words or more a person has in the language."""
        index: dict[str, set[str]] = {}
        for key, e in self.entries.items():
            if e.get("type") != "Person":
                continue
            for name in [e.get("name", {}).get(lang)] + list(e.get("aliases", {}).get(lang, [])):
                words = (name or "").split()
                if len(words) >= 2:
                    index.setdefault(_sound(_plain(words[-1])), set()).add(key)
        return {surname: tuple(sorted(keys)) for surname, keys in index.items()}

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _english_surnames(self, lang: str) -> dict[str, frozenset[str]]:
        """Surname in the language (compared as `_surname_index` compares) -> how the people the gazetteer knows by
        it write it in English, from names of as many words in both languages ("Трамп" -> Trump)."""
        index: dict[str, set[str]] = {}
        for e in self.entries.values():
            english = (e.get("name", {}).get("en") or "").split()
            if e.get("type") != "Person" or len(english) < 2:
                continue
            for name in [e.get("name", {}).get(lang)] + list(e.get("aliases", {}).get(lang, [])):
                words = (name or "").split()
                if len(words) == len(english):
                    index.setdefault(_sound(_plain(words[-1])), set()).add(english[-1])
        return {surname: frozenset(spellings) for surname, spellings in index.items()}

    def english_surname(self, lang: str, surname: str) -> str | None:
        """How the known bearers of a surname write it in English, where they all write it one way: a relative or a
        namesake of a known person ("Мелания Трамп") keeps that spelling, not a new romanisation ("Tramp")."""
        spellings = self._english_surnames(lang).get(_sound(_plain(surname)), frozenset())
        return next(iter(spellings)) if len(spellings) == 1 else None

    def person_by_surname_in_office(self, lang: str, surnames: frozenset[str], role: str,
                                    when: date | None) -> str | None:
        """The one known person of that surname (any of `surnames`, the lemmas of the word written) who held the
        role on that day: "President Berdimuhamedov" in 2021 is Gurbanguly, in 2023 his son Serdar. None without a
        day, or if no one or several people fit."""
        if when is None:
            return None
        index = self._surname_index(lang)
        keys = {key for s in surnames for key in index.get(_sound(_plain(s)), ())}
        holding = {key for key in keys if any(r.role == role for r in self.roles_of(key, when))}
        return holding.pop() if len(holding) == 1 else None

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _patronym_index(self) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
        """(given name, father's name) skeletons -> (family name skeleton or "", person), from every name of every
        language shaped "Given bin Father [Al Family]" ("Mohamed bin Zayed Al Nahyan", "Мухаммед бен Заид")."""
        from ..text.translit import name_skeleton

        particles: set[str] = set()
        articles: set[str] = set()
        for lang in ("en", "ru", "uk"):
            particles |= {w.lower() for w in load_lexicon(lang).get("patronymic_particles", ())}
            articles |= {w.lower() for w in load_lexicon(lang).get("family_name_articles", ())}
        index: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for key, e in self.entries.items():
            if e.get("type") != "Person":
                continue
            for name in _all_names(e):
                words = name.replace("-", " ").split()
                at = next((k for k, w in enumerate(words) if w.lower() in particles), None)
                if at is None or at == 0 or at + 1 >= len(words):
                    continue
                family = next((words[k + 1] for k in range(at + 2, len(words) - 1) if words[k].lower() in articles),
                              "")
                skeletons = (name_skeleton(words[at - 1]), name_skeleton(words[at + 1]))
                index.setdefault(skeletons, set()).add((name_skeleton(family) if family else "", key))
        return {k: tuple(sorted(v)) for k, v in index.items()}

    def family_skeletons(self) -> frozenset[str]:
        """The skeletons of the family names of the people named "Given bin Father Al Family" ("Al Nahyan")."""
        return frozenset(family for pairs in self._patronym_index().values() for family, _ in pairs if family)

    def person_by_patronym(self, given: frozenset[str], father: frozenset[str], family: frozenset[str]) -> str | None:
        """The one known person whose name is "given bin father [Al family]", each word given as the skeletons
        of its possible spellings (`name_skeleton`; a family name may be absent); None if no one or several fit.
        "Мухаммадом бін Заїдом Аль Нагаяном" is Mohamed bin Zayed Al Nahyan."""
        index = self._patronym_index()
        found = {(fam, key) for g in given for f in father for fam, key in index.get((g, f), ())}
        keys = {key for _, key in found}
        with_family = {key for fam, key in found if fam and fam in family}
        if with_family:  # "Khalid bin Salman Al Saud", not a namesake of another house
            keys = with_family
        return keys.pop() if len(keys) == 1 else None

    @cache  # noqa: B019 — one gazetteer per process, built once
    def _skeleton_index(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The skeletons of the words of every person's names of two to four words (the parts of a hyphenated word
        counted apart: "Seok-yeol"), in every language -> people."""
        from ..text.translit import name_skeleton

        index: dict[tuple[str, ...], set[str]] = {}
        for key, e in self.entries.items():
            if e.get("type") != "Person":
                continue
            for name in _all_names(e):
                words = name.replace("-", " ").split()
                if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in name.split()):
                    index.setdefault(tuple(name_skeleton(w) for w in words), set()).add(key)
        return {k: tuple(sorted(v)) for k, v in index.items()}

    def person_by_skeletons(self, words: list[frozenset[str]]) -> str | None:
        """The one known person one of whose names has as many words as given, each with one of the skeletons
        given for it (`name_skeleton`): "Юн Сок Йолем" is Yoon Suk Yeol ("Юн Сук Йоль"). None if no one or
        several people fit, or the skeletons are too short to tell a name (fewer than five consonants, four in a
        name of three words or more)."""
        from itertools import product

        index = self._skeleton_index()
        keys: set[str] = set()
        for combination in product(*(sorted(w) for w in words)):
            if sum(map(len, combination)) >= (4 if len(words) >= 3 else 5):
                keys.update(index.get(combination, ()))
        return keys.pop() if len(keys) == 1 else None

    def roles_of(self, person: str, when: date | None) -> list[Role]:
        return [r for r in self._roles_of.get(person, ()) if when is None or r.holds_on(when)]

    @cache  # noqa: B019 — one gazetteer per process, built once
    def names(self, lang: str) -> PhraseSet[NameHit]:
        """Every name, alias and seat of power in the language (and in English, which any text may quote)."""
        # where a state's name and a city's match the same words ("Бразилії": Бразилія or Бразиліа), the state
        preference = {NameHit(k, via): 0 for k, e in self.entries.items() if e.get("type") == "Country"
                      for via in ("name", "seat")}
        lexicon = load_lexicon(lang)
        ps: PhraseSet[NameHit] = PhraseSet(lang, preference,  # type: ignore[arg-type]
                                           lexicon.get("case_endings", ()), lexicon.get("name_finals", ()))
        for key in sorted(self.entries):
            e = self.entries[key]
            if lang not in e.get("match_in", (lang,)):
                continue  # "PRIME", "Report": outlets whose names are English words, matched in other languages only
            for language in dict.fromkeys((lang, "en")):
                for name in [e.get("name", {}).get(language)] + list(e.get("aliases", {}).get(language, [])):
                    if name:
                        ps.add(name, NameHit(key, "name"), case_sensitive=True)
                for seat in e.get("seats", {}).get(language, []):
                    ps.add(seat, NameHit(key, "seat"), case_sensitive=True)
        return ps

    @cache  # noqa: B019 — one gazetteer per process, built once
    def body_heads(self, lang: str) -> PhraseSet[int]:
        """The words for a state body in the language ("Минобороны", "central bank"), each standing for its
        template's number; matched on lemmas without regard to capitals."""
        ps: PhraseSet[int] = PhraseSet(lang)
        for number, template in enumerate(self._bodies):
            for head in template.get("heads", {}).get(lang, []):
                ps.add(head, number)
        return ps

    @cache  # noqa: B019 — one gazetteer per process, built once
    def body_head_words(self, lang: str) -> frozenset[str]:
        """The last words of the words for a body as written ("ministry", not "ministries"), lowercased."""
        return frozenset(head.split()[-1].lower() for template in self._bodies
                         for head in template.get("heads", {}).get(lang, []))

    @cache  # noqa: B019 — one gazetteer per process, built once
    def body_name_nouns(self, lang: str) -> frozenset[str]:
        """The first words of the bodies' names ("ministry", "министерство"): a word for a body that begins with one
        names the body's field after it ("Ministry of Trade"), which a longer name may go on ("... and Integration")."""
        return frozenset(str(template["name"][lang]).split()[0].lower() for template in self._bodies
                         if template.get("name", {}).get(lang))

    def country_slots(self, lang: str) -> dict[str, Any]:
        """Where a state stands next to a body's word in the language (`country_slots` of ministries.json)."""
        return dict(self._slots.get(lang, {}))

    def body_named_alone(self, template: int) -> bool:
        """Whether a text may name the template's body with a capital and no state (`named_alone`)."""
        return bool(self._bodies[template].get("named_alone"))

    def body_of(self, template: int, country: str) -> str | None:
        """The actor a template's body of the state is: the state's own entry where it has one, else the one the
        template made; None where the gazetteer has neither."""
        body = self._bodies[template]
        key = body.get("has_own_entry", {}).get(country) or str(body["key"]).format(country=country)
        return key if key in self.actors else None

    @cache  # noqa: B019 — one gazetteer per process, built once
    def adjectives(self, lang: str) -> PhraseSet[NameHit]:
        ps: PhraseSet[NameHit] = PhraseSet(lang, case_endings=load_lexicon(lang).get("case_endings", ()))
        for key in sorted(self.entries):
            for adjective in self.entries[key].get("adjectives", {}).get(lang, []):
                ps.add(adjective, NameHit(key, "adjective"), case_sensitive=lang == "en")
        return ps


@lru_cache(maxsize=1)
def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    folder = folder or DATA
    entries: list[dict[str, Any]] = []
    for name in FILES:
        path = folder / f"{name}.json"
        if path.exists():
            entries.extend(json.loads(path.read_text(encoding="utf-8")))
    templates = folder / "ministries.json"
    bodies: dict[str, Any] = {}
    if templates.exists():
        bodies = json.loads(templates.read_text(encoding="utf-8"))
        entries.extend(_from_templates(entries, bodies["templates"]))
    return Gazetteer(entries, bodies, folder / BEYOND)


def _fill(text: str, values: dict[str, str]) -> str | None:
    """A template filled with a country's names; None where a name it needs is missing."""
    needed = [v for k, v in values.items() if "{" + k + "}" in text]
    return text.format(**values).strip() if all(needed) else None


def _genitive(name: str, lang: str) -> str:
    """A country's name in the genitive ("Румыния" -> "Румынии", "Велика Британія" -> "Великої Британії"), for
    the label of an organisation of that country; the name as it is where the dictionary cannot tell."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(lang)
    if not name or not isinstance(lem, PymorphyLemmatizer):
        return name
    words = []
    for word in name.split():
        parses = [p for p in lem._parse(word.lower().replace("ё", "е"))
                  if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")]
        inflected = parses[0].inflect({"gent"}) if parses else None
        form = str(inflected.word) if inflected else word
        words.append(form[:1].upper() + form[1:] if word[:1].isupper() else form)
    return " ".join(words)


def _from_templates(entries: list[dict[str, Any]], templates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The organisations every state has ("Ministry of Foreign Affairs of Romania", "МИД Румынии"), one per
    country the data files do not already list, with the country's names and adjectives filled in."""
    keys = {e.get("key") for e in entries}
    made: list[dict[str, Any]] = []
    for template in templates:
        own = template.get("has_own_entry", {})
        for country in sorted((e for e in entries if e.get("type") == "Country"), key=lambda e: e["key"]):
            key = template["key"].format(country=country["key"])
            if key in keys or country["key"] in own:
                continue
            names = country.get("name", {})
            adjectives = country.get("adjectives", {})
            values = {lang: names.get(lang, "") for lang in ("en", "ru", "uk")}
            values.update({f"adj_{lang}": (adjectives.get(lang) or [""])[0] for lang in ("en", "ru", "uk")})
            values.update({f"{lang}_gen": _genitive(values[lang], lang) for lang in ("ru", "uk")})

            names_filled = {lang: _fill(text, values) for lang, text in template["name"].items()}
            made.append({
                "key": key, "qid": None, "type": "Organization", "country": country["key"],
                "head_role": template.get("head_role"), "state_body": bool(template.get("state_body")),
                "name": {lang: text for lang, text in names_filled.items() if text},
                "aliases": {lang: sorted({a for a in (_fill(text, values) for text in texts) if a})
                            for lang, texts in template.get("aliases", {}).items()}})
    return made


def _all_names(entry: dict) -> list[str]:  # type: ignore[type-arg]
    """An entry's names and aliases in every language, names first."""
    names = [n for n in entry.get("name", {}).values() if n]
    return names + [a for aliases in entry.get("aliases", {}).values() for a in aliases]
