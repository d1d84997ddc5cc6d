#!/usr/bin/env python3
"""Build kg/gazetteer/data/*.json from the hand-curated tables in this folder.

Deterministic, offline, standard library only.  Inputs (all UTF-8):
  countries.tsv      one row per country: names, adjectives, capital, leader_role
  country_extra.txt  aliases and metonymic seats of power per country
  cities_extra.txt   non-capital cities
  orgs.txt, media.txt organisations and media outlets
  people.txt         people and their roles
A Wikidata id written with a trailing "?" (or "?" alone) has not been verified
against public sources: it is written out as null (see SOURCES.md).
Run:  python3 tools/gazetteer/build_gazetteer.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "kg", "gazetteer", "data"))
LANGS = ("en", "ru", "uk")
ROLES = {"president", "prime_minister", "chancellor", "king", "crown_prince", "emir",
         "supreme_leader", "head_of_state", "vice_president", "foreign_minister",
         "defence_minister", "spokesperson", "aide", "security_council_secretary",
         "security_council_deputy_chair", "secretary_general", "ambassador"}


def rows(name, sep="|"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield [c.strip() for c in line.split(sep)]


def qid(s):
    s = (s or "").strip()
    if not s or s.endswith("?"):
        return None
    assert s[0] == "Q" and s[1:].isdigit(), s
    return s


def lst(s, sep=";"):
    return [x.strip() for x in (s or "").split(sep) if x.strip()]


def langmap(en, ru, uk):
    return {"en": en, "ru": ru, "uk": uk}


def clean_aliases(aliases, names):
    out = {}
    for lang in LANGS:
        seen = set()
        res = []
        for a in aliases.get(lang, []):
            if a == names.get(lang) or a in seen:
                continue
            seen.add(a)
            res.append(a)
        out[lang] = res
    return out


def pad(r, n):
    return r + [""] * (n - len(r))


def build_countries():
    extra = {}
    for r in rows("country_extra.txt"):
        r = pad(r, 7)
        extra[r[0]] = r
    countries, cities = [], []
    for r in rows("countries.tsv", "\t"):
        (key, iso2, q, en, ru, uk, aen, aru, auk, cap, capq, cen, cru, cuk, role) = pad(r, 15)
        e = extra.pop(key, [key] + [""] * 6)
        names = langmap(en, ru, uk)
        c = {"key": key, "qid": qid(q), "type": "Country", "iso2": iso2,
             "name": names,
             "aliases": clean_aliases(langmap(lst(e[1]), lst(e[2]), lst(e[3])), names),
             "adjectives": langmap(lst(aen, ","), lst(aru, ","), lst(auk, ",")),
             "capital": cap or None,
             "seats": langmap(lst(e[4]), lst(e[5]), lst(e[6])),
             "leader_role": role}
        assert role in ROLES, (key, role)
        countries.append(c)
        if cap:
            cn = langmap(cen, cru, cuk)
            cities.append({"key": cap, "qid": qid(capq), "type": "City", "country": key,
                           "capital_of": key, "name": cn,
                           "aliases": langmap([], [], [])})
    assert not extra, f"country_extra.txt keys without a country: {sorted(extra)}"
    return countries, cities


CITY_ALIASES = {
    "kyiv": (["Kiev"], ["Киев"], []),
    "washington": (["Washington", "Washington DC", "Washington D.C."], [], []),
    "astana": (["Nur-Sultan", "Akmola"], ["Нур-Султан"], ["Нур-Султан"]),
    "beijing": (["Peking"], [], []),
    "chisinau": (["Chisinau", "Kishinev"], ["Кишинев"], []),
    "ulaanbaatar": (["Ulan Bator"], [], []),
    "new-delhi": (["Delhi"], ["Дели"], ["Делі"]),
    "abu-dhabi": ([], ["Абу Даби"], []),
    "tbilisi": (["Tiflis"], [], []),
    "yerevan": (["Erevan"], [], []),
    "ashgabat": (["Ashkhabad"], [], ["Ашхабад"]),
    "minsk": ([], [], []),
    "almaty": ([], [], []),
    "naypyidaw": (["Nay Pyi Taw", "Naypyitaw"], ["Нейпьидо"], []),
    "riyadh": ([], ["Рияд"], ["Ріяд"]),
    "pyongyang": ([], [], []),
    "brasilia": (["Brasilia"], [], []),
    "bogota": (["Bogota"], [], []),
    "reykjavik": (["Reykjavik"], [], ["Рейк’явік"]),
    "yaounde": (["Yaounde"], [], []),
    "asuncion": (["Asuncion"], [], []),
    "lome": (["Lome"], [], []),
    "male": (["Male"], [], []),
    "sao-tome": (["Sao Tome"], [], []),
    "san-jose": (["San Jose"], [], []),
    "nukualofa": (["Nuku'alofa", "Nukualofa"], [], []),
    "sanaa": (["Sana'a"], ["Сана"], []),
    "kuwait-city": ([], ["Кувейт"], ["Кувейт"]),
    "jerusalem": ([], [], []),
}


def build_cities(capitals, country_keys):
    by_key = {c["key"]: c for c in capitals}
    for k, (en, ru, uk) in CITY_ALIASES.items():
        if k in by_key:
            c = by_key[k]
            c["aliases"] = clean_aliases(langmap(en, ru, uk), c["name"])
    for r in rows("cities_extra.txt"):
        key, q, country, en, ru, uk, aen, aru, auk = pad(r, 9)
        assert key not in by_key, key
        assert country in country_keys, (key, country)
        names = langmap(en, ru, uk)
        by_key[key] = {"key": key, "qid": qid(q), "type": "City", "country": country,
                       "name": names,
                       "aliases": clean_aliases(langmap(lst(aen), lst(aru), lst(auk)), names)}
    return list(by_key.values())


def build_orgs(fname, country_keys=frozenset()):
    out = []
    for r in rows(fname):
        key, q, kind, en, ru, uk, aen, aru, auk, country = pad(r, 10)
        names = langmap(en, ru, uk)
        o = {"key": key, "qid": qid(q), "type": "Organization", "name": names,
             "aliases": clean_aliases(langmap(lst(aen), lst(aru), lst(auk)), names)}
        if kind == "media":
            o["kind"] = "media"
        if country:  # the state a company or state body belongs to ("Gazprom" -> Russia)
            assert country in country_keys, (key, country)
            o["country"] = country
        out.append(o)
    return out


def surname(name, style):
    toks = name.replace(".", ". ").split()
    if not toks or style == "N":
        return None
    return toks[0] if style == "E" else toks[-1]


def build_people():
    people = []
    for r in rows("people.txt"):
        key, q, style, en, ru, uk, aen, aru, auk, roles = pad(r, 10)
        names = langmap(en, ru, uk)
        aliases = langmap(lst(aen), lst(aru), lst(auk))
        for lang in LANGS:
            s = surname(names[lang], style)
            if s and len(s) > 2:
                aliases[lang].append(s)
        rl = []
        for spec in lst(roles, ","):
            parts = spec.split("/")
            role, of, frm, to = parts[:4]
            assert role in ROLES, (key, role)
            d = {"role": role, "of": of, "from": frm, "to": None if to == "-" else to}
            if len(parts) > 4:
                d["to_country"] = parts[4]
            rl.append(d)
        people.append({"key": key, "qid": qid(q), "type": "Person", "name": names,
                       "aliases": aliases, "roles": rl})
    # drop automatically derived surname aliases shared by two people
    owners = {}
    for p in people:
        for lang in LANGS:
            for a in set(p["aliases"][lang]):
                owners.setdefault((lang, a), set()).add(p["key"])
    for p in people:
        for lang in LANGS:
            p["aliases"][lang] = [a for a in p["aliases"][lang] if len(owners[(lang, a)]) == 1]
        p["aliases"] = clean_aliases(p["aliases"], p["name"])
    return people


def write(name, items):
    items = sorted(items, key=lambda x: x["key"])
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return items


def main():
    os.makedirs(OUT, exist_ok=True)
    countries, capitals = build_countries()
    ckeys = {c["key"] for c in countries}
    cities = build_cities(capitals, ckeys)
    orgs = build_orgs("orgs.txt", ckeys)
    media = build_orgs("media.txt", ckeys)
    people = build_people()
    out = {"countries.json": write("countries.json", countries),
           "cities.json": write("cities.json", cities),
           "organizations.json": write("organizations.json", orgs),
           "media.json": write("media.json", media),
           "people.json": write("people.json", people)}
    for k, v in out.items():
        print(f"{k:<20} {len(v):4d} entries, {sum(1 for x in v if x['qid']):4d} with qid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
