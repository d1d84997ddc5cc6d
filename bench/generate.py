"""Synthetic diplomatic news in ru, uk and en for benchmarks: deterministic for a given seed.

Sentences are built from the gazetteer's actors (their names in each language), the kinds of
sentences the extractors read (phone and video calls, talks, visits, dates, durations, trade
figures, invitations) and distractor sentences that mention actors but state no fact.

    python bench/generate.py --articles 1000 --out /tmp/corpus          # a folder of .txt files
    python bench/generate.py --articles 1000 --out /tmp/corpus.jsonl    # one JSON Lines file

The text is grammatical enough for the extractors to fire (names appear in the nominative, which
the morphology reads like any other case); it is not meant for scoring extraction quality.

The gazetteer's people are a fixed pool, so a corpus drawn from them alone has as many distinct actors at 100k
articles as at 1k, and anything that grows with the number of actors (a graph measure, an index per actor) looks
flat. `--fresh-people SHARE` gives that share of articles a second person nobody has named before (a foreign
minister with a minted name, found by his title), so distinct actors grow with the corpus as in a year of news.

    python bench/generate.py --articles 10000 --fresh-people 0.5 --out /tmp/corpus-fresh
"""
from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "kg" / "gazetteer" / "data"
LANGS = ("ru", "uk", "en")

MONTHS_GEN = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
           "жовтня", "листопада", "грудня"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}

# {a}, {b}: people; {ca}, {cb}: countries; {city}: a city; {when}: a date phrase; {n}, {m}: numbers.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "ru": {
        "phone": ["{when} состоялся телефонный разговор: {a} и {b} обсудили двустороннее сотрудничество.",
                  "{a} и {b} провели телефонный разговор {when}.",
                  "По информации пресс-службы, {a} {when} созвонился с коллегой; собеседником стал {b}."],
        "video": ["{a} и {b} {when} провели переговоры по видеосвязи.",
                  "{when} в режиме видеоконференции прошли переговоры, в которых участвовали {a} и {b}."],
        "talks": ["{when} в городе {city} состоялись переговоры: {a} и {b} обсудили повестку дня.",
                  "{a} и {b} провели переговоры {when}, сообщает пресс-служба."],
        "visit": ["{a} {when} прибыл в страну {cb} с официальным визитом.",
                  "{when} {a} начал государственный визит; принимающая сторона — {cb}."],
        "duration": ["Разговор продолжался {n} час {m} минут.", "Беседа длилась около {m} минут.",
                     "Переговоры продолжались {n} часа."],
        "trade": ["Товарооборот между странами {ca} и {cb} за {year} год составил ${n} миллиардов.",
                  "Поставки нефти из страны {ca} в страну {cb} выросли на {m}% за {year} год.",
                  "Экспорт газа {ca} в {year} году достиг {n} миллиардов кубометров."],
        "invitation": ["{a} пригласил {b} посетить {cb} в первой половине года.",
                       "{b} получил приглашение посетить {ca} и принял приглашение."],
        "distractor": ["Погода в регионе остается прохладной, синоптики обещают дожди.",
                       "Курс рубля на торгах {when} почти не изменился.",
                       "Эксперты обсуждают перспективы развития региона на ближайшие годы.",
                       "{a} не планирует встречу с журналистами, сообщил источник.",
                       "Ранее {a} выступил с заявлением по вопросам экономики.",
                       "Местные власти объявили о ремонте дорог в городе {city}.",
                       "Футбольный матч между командами завершился вничью со счетом {n}:{n}."],
    },
    "uk": {
        "phone": ["{when} відбулася телефонна розмова: {a} та {b} обговорили двостороннє співробітництво.",
                  "{a} і {b} провели телефонну розмову {when}."],
        "video": ["{a} та {b} {when} провели переговори по відеозв'язку.",
                  "{when} в режимі відеоконференції відбулися переговори, у яких брали участь {a} та {b}."],
        "talks": ["{when} у місті {city} відбулися переговори: {a} та {b} обговорили порядок денний.",
                  "{a} і {b} провели переговори {when}, повідомляє пресслужба."],
        "visit": ["{a} {when} прибув до країни {cb} з офіційним візитом.",
                  "{when} {a} розпочав державний візит; приймаюча сторона — {cb}."],
        "duration": ["Розмова тривала {n} годину {m} хвилин.", "Бесіда тривала близько {m} хвилин.",
                     "Переговори тривали {n} години."],
        "trade": ["Товарообіг між країнами {ca} та {cb} за {year} рік становив ${n} мільярдів.",
                  "Постачання нафти з країни {ca} до країни {cb} зросли на {m}% за {year} рік.",
                  "Експорт газу {ca} у {year} році досяг {n} мільярдів кубометрів."],
        "invitation": ["{a} запросив {b} відвідати {cb} у першій половині року.",
                       "{b} отримав запрошення відвідати {ca} і прийняв запрошення."],
        "distractor": ["Погода в регіоні залишається прохолодною, синоптики обіцяють дощі.",
                       "Курс гривні на торгах {when} майже не змінився.",
                       "Експерти обговорюють перспективи розвитку регіону на найближчі роки.",
                       "{a} не планує зустрічі з журналістами, повідомило джерело.",
                       "Раніше {a} виступив із заявою щодо питань економіки.",
                       "Місцева влада оголосила про ремонт доріг у місті {city}.",
                       "Футбольний матч між командами завершився внічию з рахунком {n}:{n}."],
    },
    "en": {
        "phone": ["{a} and {b} held a phone call {when}, discussing bilateral cooperation.",
                  "{a} spoke with {b} by telephone {when}, the foreign ministry said."],
        "video": ["{a} and {b} held talks via video link {when}.",
                  "{when}, {a} and {b} met in a virtual meeting to discuss security."],
        "talks": ["{a} held talks with {b} in {city} {when}.",
                  "{a} and {b} met in {city} {when} and discussed trade and energy."],
        "visit": ["{a} arrived in {cb} on a state visit {when}.",
                  "{when}, {a} began an official visit to {cb}."],
        "duration": ["The conversation lasted {n} hour and {m} minutes.", "The talks lasted about {m} minutes.",
                     "The meeting lasted {n} hours."],
        "trade": ["Trade between {ca} and {cb} reached ${n} billion in {year}.",
                  "Oil supplies from {ca} to {cb} rose by {m}% in {year}.",
                  "{ca} exported {n} billion cubic metres of gas in {year}."],
        "invitation": ["{a} invited {b} to visit {cb} in the first half of the year.",
                       "{b} accepted an invitation to visit {ca}."],
        "distractor": ["The weather in the region remains cool, with rain forecast for the week.",
                       "Markets were little changed {when} as investors awaited data.",
                       "Analysts are debating the outlook for the region over the coming years.",
                       "{a} has no plans to meet reporters, a source said.",
                       "Earlier, {a} made a statement on economic issues.",
                       "Local authorities announced road repairs in {city}.",
                       "The football match ended in a {n}-{n} draw."],
    },
}
FACT_KINDS = ("phone", "video", "talks", "visit", "duration", "trade", "invitation")
# How often each kind of sentence is drawn; distractors outnumber facts, as in real news.
WEIGHTS = {"phone": 3, "video": 1, "talks": 3, "visit": 2, "duration": 2, "trade": 2, "invitation": 1,
           "distractor": 12}


# syllables for minted names, and their Cyrillic spelling (ru and uk alike)
SYLLABLES = {"ka": "ка", "lo": "ло", "mi": "ми", "ra": "ра", "ven": "вен", "dor": "дор", "sa": "са", "tu": "ту",
             "nel": "нель", "bi": "би", "gor": "гор", "an": "ан", "te": "те", "vus": "вус", "ril": "риль",
             "po": "по", "zen": "зен", "da": "да", "mar": "мар", "kos": "кос"}
FRESH_TITLE = {"en": "Foreign Minister", "ru": "министр иностранных дел", "uk": "міністр закордонних справ"}


def fresh_person(rng: random.Random, lang: str) -> str:
    """A foreign minister with a name minted from syllables, written in the article's script."""
    syllables = list(SYLLABLES)
    words = [[rng.choice(syllables) for _ in range(rng.randint(2, 3))] for _ in range(2)]
    spelt = ["".join(w if lang == "en" else SYLLABLES[w] for w in word).capitalize() for word in words]
    return f"{FRESH_TITLE[lang]} {' '.join(spelt)}"


@dataclass(frozen=True)
class Actors:
    people: dict[str, list[str]]
    countries: dict[str, list[str]]
    cities: dict[str, list[str]]


def load_actors(folder: Path = GAZETTEER) -> Actors:
    """Names in each language of the gazetteer's people, countries and cities (sorted by key)."""
    def names(file: str) -> dict[str, list[str]]:
        entries = sorted(json.loads((folder / f"{file}.json").read_text(encoding="utf-8")),
                         key=lambda e: e["key"])
        return {lang: [e["name"][lang] for e in entries if e.get("name", {}).get(lang)] for lang in LANGS}

    return Actors(names("people"), names("countries"), names("cities"))


def _when(rng: random.Random, lang: str, published: date) -> str:
    day = published - timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 7)))
    if lang == "en":
        return rng.choice((f"on {MONTHS_GEN['en'][day.month - 1]} {day.day}, {day.year}", "on Tuesday",
                           "yesterday", f"on {MONTHS_GEN['en'][day.month - 1]} {day.day}"))
    year_word = "года" if lang == "ru" else "року"
    yesterday = "вчера" if lang == "ru" else "вчора"
    return rng.choice((f"{day.day} {MONTHS_GEN[lang][day.month - 1]} {day.year} {year_word}",
                       f"{day.day} {MONTHS_GEN[lang][day.month - 1]}", yesterday))


def _sentence(rng: random.Random, lang: str, kind: str, actors: Actors, published: date,
              cast: tuple[str, str, str, str]) -> str:
    template = rng.choice(TEMPLATES[lang][kind])
    a, b, ca, cb = cast
    text = template.format(a=a, b=b, ca=ca, cb=cb, city=rng.choice(actors.cities[lang]),
                           when=_when(rng, lang, published), n=rng.randint(1, 300), m=rng.randint(2, 59),
                           year=published.year - 1)
    return text[0].upper() + text[1:]


def article(rng: random.Random, lang: str, actors: Actors, fresh_people: float = 0.0) -> tuple[date, str]:
    """One article: a publication date and its text (a title line, then 1-4 paragraphs)."""
    published = date(2022, 1, 1) + timedelta(days=rng.randrange(4 * 365))
    cast = (rng.choice(actors.people[lang]), rng.choice(actors.people[lang]),
            rng.choice(actors.countries[lang]), rng.choice(actors.countries[lang]))
    if fresh_people and rng.random() < fresh_people:  # no draw at 0: the classic corpora stay as they were
        cast = (cast[0], fresh_person(rng, lang), cast[2], cast[3])
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    lead = rng.choice(("phone", "talks", "visit", "video", "trade", "invitation"))
    paragraphs = []
    for p in range(rng.randint(1, 4)):
        count = rng.randint(2, 5)
        chosen = ([lead] if p == 0 else []) + rng.choices(kinds, weights, k=count)
        paragraphs.append(" ".join(_sentence(rng, lang, k, actors, published, cast) for k in chosen))
    title = _sentence(rng, lang, lead, actors, published, cast).rstrip(".")
    return published, title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def corpus(n: int, seed: int = 7, fresh_people: float = 0.0) -> Iterator[tuple[str, str, date, str]]:
    """(id, lang, published, text) for n articles; the same seed gives the same corpus."""
    actors = load_actors()
    rng = random.Random(seed)
    for i in range(n):
        lang = LANGS[i % 3]
        published, text = article(rng, lang, actors, fresh_people)
        yield f"{lang}_{i:06d}", lang, published, text


def write(n: int, out: Path, seed: int = 7, fresh_people: float = 0.0) -> Path:
    """Writes the corpus as a folder of .txt files (with the date header) or, for *.jsonl, one file."""
    out = Path(out)
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for article_id, lang, published, text in corpus(n, seed, fresh_people):
                handle.write(json.dumps({"id": article_id, "lang": lang, "published": published.isoformat(),
                                         "text": text}, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for article_id, _lang, published, text in corpus(n, seed, fresh_people):
        (out / f"{article_id}.txt").write_text(f" date {published.isoformat()}\n{text}", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--fresh-people", type=float, default=0.0, metavar="SHARE",
                   help="share of articles naming a person never named before (default 0: the gazetteer's only)")
    p.add_argument("--out", type=Path, required=True, help="a folder, or a file ending in .jsonl")
    args = p.parse_args(argv)
    print(write(args.articles, args.out, args.seed, args.fresh_people))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
