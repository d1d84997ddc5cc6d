"""Cities the gazetteer lacks: GeoNames' large cities (kg/gazetteer/data/cities_geonames.json), read as actors and
as the places of meetings after every gazetteer name, and never where the name is a common word or a person's."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import actors, facts

from kg.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]

CITY_ACTORS = [
    # (language, sentence, the city's key): any case, each language's spelling
    ("ru", "Переговоры министров прошли в Мосуле.", "mosul"),
    ("ru", "Делегация прибыла в Ганновер на промышленную выставку.", "hannover"),
    ("ru", "Консульство открылось в Абботтабаде.", "abbottabad"),
    ("ru", "Маршрут поезда проходит через Марсель.", "marseille"),
    ("uk", "Переговори міністрів відбулися в Мосулі.", "mosul"),
    ("uk", "Делегація прибула до Ганновера на виставку.", "hannover"),
    ("uk", "Прем'єр виступив у Сіднеї перед студентами.", "sydney"),
    ("uk", "Потяг іде через Марсель до Ліона.", "marseille"),
    ("en", "The ministers held talks in Mosul.", "mosul"),
    ("en", "The delegation flew to Hannover for the trade fair.", "hannover"),
    ("en", "A consulate opened in Abbottabad last year.", "abbottabad"),
    ("en", "Police in Boston said nothing on Monday.", "boston"),
]


@pytest.mark.parametrize("lang,text,city", CITY_ACTORS)
def test_a_city_the_gazetteer_lacks_is_an_actor(lang, text, city):
    assert city in actors(facts(text, lang))


NOT_CITIES = [
    # (language, sentence, a key that must not be found): a city's name that is also a word or a person's name
    ("ru", "Орёл кружил над полем.", "orel"),  # an eagle
    ("uk", "Орел кружляв над полем.", "orel"),
    ("en", "Mobile phones were banned at the talks.", "mobile"),  # Mobile, Alabama
    ("en", "Reading the statement took an hour.", "reading"),
    ("en", "Surprise was the word of the day.", "surprise"),
    ("ru", "Журналист Джексон задал вопрос.", "jackson"),  # Jackson, Mississippi: a surname first
    ("en", "Andrew Jackson was the seventh president.", "jackson"),
    ("en", "The Boston Globe reported the visit.", "boston"),  # a newspaper's name, not the city
    ("uk", "Як сказав Лінкольн, дім розділений не встоїть.", "lincoln"),
]


@pytest.mark.parametrize("lang,text,key", NOT_CITIES)
def test_a_word_or_a_person_is_no_city(lang, text, key):
    assert key not in actors(facts(text, lang))


MEETING_PLACES = [
    # (language, sentence, the meeting's place)
    ("ru", "Путин и Эрдоган провели переговоры в Мосуле.", "mosul"),
    ("uk", "Зеленський і Ердоган провели переговори в Ганновері.", "hannover"),
    ("en", "Putin and Erdogan held talks in Abbottabad on Monday.", "abbottabad"),
]


@pytest.mark.parametrize("lang,text,place", MEETING_PLACES)
def test_a_city_the_gazetteer_lacks_is_where_a_meeting_took_place(lang, text, place):
    meetings = facts(text, lang).meetings
    assert meetings and {m.place for m in meetings} == {place}, meetings


def test_the_gazetteer_city_wins_over_the_fallback():
    # "Москва" is the gazetteer's; Moscow is no fallback entry, so the gazetteer's key and Wikidata id stay
    found = actors(facts("Переговоры прошли в Москве.", "ru"))
    assert "moscow" in found
    assert load_gazetteer().actor("moscow").qid


def test_a_fallback_city_has_no_wikidata_id_and_its_english_label():
    city = load_gazetteer().actor("mosul")
    assert (city.type, city.label_en, city.qid, city.country) == ("City", "Mosul", None, "iraq")


def test_fallback_cities_do_not_repeat_the_gazetteer():
    data = json.loads((ROOT / "kg/gazetteer/data/cities_geonames.json").read_text(encoding="utf-8"))
    gaz = load_gazetteer()
    known = {n.lower().replace("ё", "е") for e in gaz.entries.values() for n in e.get("name", {}).values() if n}
    names = {f"{first} {rest}".strip() for index in data["names"].values() for first, found in index.items()
             for rest, _ in found}
    assert list(data["cities"]) == sorted(data["cities"])
    assert not set(data["cities"]) & set(gaz.entries)
    assert not names & known
    assert {key for index in data["names"].values() for found in index.values() for _, key in found} <= set(
        data["cities"])


def test_importing_the_extractors_reads_no_city_file():
    # the file is read at the first article, never at start: `import kg.extract` and `kg --help` stay fast
    code = "import kg.extract, kg.gazetteer as g; g.load_gazetteer(); print(g.Gazetteer._beyond.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def _build_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_cities", ROOT / "tools/gazetteer/build_cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # its GeoNames and word-list imports wait inside build(): not needed here
    return module


@pytest.mark.parametrize("russian,ukrainian", [
    ("Берлин", "Берлін"),  # и -> і
    ("Мадрид", "Мадрид"),  # и after р before a consonant stays ("rule of nine")
    ("Ереван", "Єреван"),  # a word-initial е is є
    ("Эссен", "Ессен"),
    ("Тбилиси", "Тбілісі"),  # и before a vowel or at the end is і
    ("Кызыл", "Кизил"),
    ("Аахен", "Аахен"),  # nothing to change
])
def test_a_russian_city_name_carried_into_ukrainian(russian, ukrainian):
    assert _build_script().uk_from_ru(russian) == ukrainian
