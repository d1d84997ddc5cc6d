#!/usr/bin/env python3
"""Build kg/gazetteer/data/*.json from the hand-curated tables in this folder.

Deterministic, offline, standard library only.  Inputs (all UTF-8):
  countries.tsv      one row per country: names, adjectives, capital, leader_role,
                     and (optional columns 16-18) the capital's aliases in en, ru, uk
  country_extra.txt  aliases and metonymic seats of power per country
  cities_extra.txt   non-capital cities
  orgs.txt, media.txt organisations and media outlets
  people.txt         people and their roles
A Wikidata id written with a trailing "?" (or "?" alone) has not been verified
against public sources: it is written out as null (see SOURCES.md).
Aliases are written as listed, a repeat dropped (an alias may equal the name).
orgs.txt/media.txt: the kind column "org" writes no kind, "media" writes
"kind": "media" after the aliases, any other kind (e.g. "party") right after
"type".  An optional 11th column holds further fields, written after "country"
in the order given: field=value;... where a value that reads as JSON is taken
as such (state_body=false, match_in=["ru","uk"]), anything else as a string
(head_role=foreign_minister).
people.txt: besides the aliases listed, a person gets the surname of each name
(style W/E) unless it is the name itself or another person has it as an alias
or as a surname so derived.
The round trip tables -> JSON is guarded by tests/test_gazetteer_tables.py.
Run:  python3 tools/gazetteer/build_gazetteer.py [--out DIR]   (default: kg/gazetteer/data)
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "kg", "gazetteer", "data"))
LANGS = ("en", "ru", "uk")
ROLES = {"president", "prime_minister", "chancellor", "king", "crown_prince", "emir",
         "supreme_leader", "head_of_state", "vice_president", "foreign_minister",
         "defence_minister", "spokesperson", "aide", "security_council_secretary",
         "security_council_deputy_chair", "secretary_general", "ambassador", "finance_minister",
         "energy_minister", "trade_minister", "economy_minister", "party_leader"}


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


def clean_aliases(aliases):
    """The aliases per language in their order, a repeat dropped."""
    return {lang: list(dict.fromkeys(aliases.get(lang, []))) for lang in LANGS}


def pad(r, n):
    return r + [""] * (n - len(r))


def build_countries():
    extra = {}
    for r in rows("country_extra.txt"):
        r = pad(r, 7)
        extra[r[0]] = r
    countries, cities = [], []
    for r in rows("countries.tsv", "\t"):
        (key, iso2, q, en, ru, uk, aen, aru, auk, cap, capq, cen, cru, cuk, role,
         caen, caru, cauk) = pad(r, 18)
        e = extra.pop(key, [key] + [""] * 6)
        names = langmap(en, ru, uk)
        c = {"key": key, "qid": qid(q), "type": "Country", "iso2": iso2,
             "name": names,
             "aliases": clean_aliases(langmap(lst(e[1]), lst(e[2]), lst(e[3]))),
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
                           "aliases": clean_aliases(langmap(lst(caen), lst(caru), lst(cauk)))})
    assert not extra, f"country_extra.txt keys without a country: {sorted(extra)}"
    return countries, cities


def build_cities(capitals, country_keys):
    by_key = {c["key"]: c for c in capitals}
    for r in rows("cities_extra.txt"):
        key, q, country, en, ru, uk, aen, aru, auk = pad(r, 9)
        assert key not in by_key, key
        assert country in country_keys, (key, country)
        names = langmap(en, ru, uk)
        by_key[key] = {"key": key, "qid": qid(q), "type": "City", "country": country,
                       "name": names,
                       "aliases": clean_aliases(langmap(lst(aen), lst(aru), lst(auk)))}
    return list(by_key.values())


def value(s):
    """A further field's value: JSON where it reads as JSON ("false", '["ru","uk"]'), else the string."""
    try:
        return json.loads(s)
    except ValueError:
        return s


def build_orgs(fname, country_keys=frozenset()):
    out = []
    for r in rows(fname):
        key, q, kind, en, ru, uk, aen, aru, auk, country, more = pad(r, 11)
        o = {"key": key, "qid": qid(q), "type": "Organization"}
        if kind not in ("", "org", "media"):  # "party"
            o["kind"] = kind
        o["name"] = langmap(en, ru, uk)
        o["aliases"] = clean_aliases(langmap(lst(aen), lst(aru), lst(auk)))
        if kind == "media":
            o["kind"] = "media"
        if country:  # the state a company or state body belongs to ("Gazprom" -> Russia)
            assert country in country_keys, (key, country)
            o["country"] = country
        for field in lst(more):  # head_role=foreign_minister;state_body=true
            name, sep, v = field.partition("=")
            assert sep and name.strip() not in o, (key, field)
            o[name.strip()] = value(v.strip())
        out.append(o)
    return out


def surname(name, style):
    toks = name.replace(".", ". ").split()
    if not toks or style == "N":
        return None
    return toks[0] if style == "E" else toks[-1]


def build_people():
    people, derived = [], []
    for r in rows("people.txt"):
        key, q, style, en, ru, uk, aen, aru, auk, roles = pad(r, 10)
        names = langmap(en, ru, uk)
        aliases = langmap(lst(aen), lst(aru), lst(auk))
        surnames = {}
        for lang in LANGS:
            s = surname(names[lang], style)
            if s and len(s) > 2 and s != names[lang]:
                surnames[lang] = s
        derived.append(surnames)
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
    # a derived surname is added unless another person has it, as an alias or as a derived surname
    owners = {}
    for p, surnames in zip(people, derived):
        for lang in LANGS:
            for a in set(p["aliases"][lang]) | ({surnames[lang]} if lang in surnames else set()):
                owners.setdefault((lang, a), set()).add(p["key"])
    for p, surnames in zip(people, derived):
        for lang, s in surnames.items():
            if len(owners[(lang, s)]) == 1:
                p["aliases"][lang].append(s)
        p["aliases"] = clean_aliases(p["aliases"])
    return people


def write(name, items, out=OUT):
    items = sorted(items, key=lambda x: x["key"])
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return items


def main(argv=None):
    ap = argparse.ArgumentParser(description="Build the gazetteer's JSON files from the tables in this folder.")
    ap.add_argument("--out", default=OUT, help="folder to write the JSON files into (default: %(default)s)")
    out_dir = ap.parse_args(argv).out
    os.makedirs(out_dir, exist_ok=True)
    countries, capitals = build_countries()
    ckeys = {c["key"] for c in countries}
    cities = build_cities(capitals, ckeys)
    orgs = build_orgs("orgs.txt", ckeys)
    media = build_orgs("media.txt", ckeys)
    people = build_people()
    out = {"countries.json": write("countries.json", countries, out_dir),
           "cities.json": write("cities.json", cities, out_dir),
           "organizations.json": write("organizations.json", orgs, out_dir),
           "media.json": write("media.json", media, out_dir),
           "people.json": write("people.json", people, out_dir)}
    for k, v in out.items():
        print(f"{k:<20} {len(v):4d} entries, {sum(1 for x in v if x['qid']):4d} with qid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
