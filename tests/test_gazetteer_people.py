"""People and organisations added in the gazetteer's second broadening pass: found in inflected forms,
with or without their title, and not confused with common words or first names."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

from kg.gazetteer import load_gazetteer

FOUND = [
    # (language, sentence, date, actor keys that must be found)
    ("ru", "Переговоры с министром обороны Турции Яшаром Гюлером прошли в Анкаре.", date(2024, 5, 2),
     {"yasar-guler", "turkey", "ankara"}),
    ("ru", "Вице-премьер Александр Новак обсудил с Хардипом Сингхом Пури поставки нефти.", date(2025, 2, 11),
     {"alexander-novak", "hardeep-singh-puri"}),
    ("ru", "Глава Газпрома Алексей Миллер встретился с Лихачевым. Миллер рассказал о контрактах.", date(2024, 9, 3),
     {"alexey-miller", "alexey-likhachev"}),
    ("ru", "Эмир Кувейта шейх Мишааль принял делегацию.", date(2024, 6, 1), {"mishal-al-ahmad"}),
    ("uk", "Прем'єр-міністерка Данії Метте Фредеріксен провела переговори з канцлером Австрії Крістіаном Штокером.",
     date(2025, 4, 9), {"mette-frederiksen", "christian-stocker", "denmark", "austria"}),
    ("uk", "Міністр фінансів США Скотт Бессент зустрівся з віцепрем'єром Хе Ліфеном у Женеві.", date(2025, 5, 10),
     {"scott-bessent", "he-lifeng", "geneva"}),
    ("uk", "Про це повідомили в Офісі Президента після розмови з Кирилом Будановим.", date(2026, 1, 5),
     {"office-president-ukraine", "kyrylo-budanov"}),
    ("en", "Saudi Defence Minister Khalid bin Salman met Turkish Vice President Cevdet Yilmaz in Ankara.",
     date(2024, 3, 1), {"khalid-bin-salman", "cevdet-yilmaz", "ankara"}),
    ("en", "Ibrahim Kalin travelled to Doha, and the State Department welcomed the talks.", date(2024, 6, 1),
     {"ibrahim-kalin", "doha", "us-state-department"}),
    ("en", "India's foreign ministry said Randhir Jaiswal would brief reporters in Mumbai.", date(2025, 1, 8),
     {"mfa-india", "randhir-jaiswal", "mumbai"}),
]


@pytest.mark.parametrize("lang,text,when,expected", FOUND, ids=[f"{r[0]}-{i}" for i, r in enumerate(FOUND)])
def test_new_people_found_inflected(lang: str, text: str, when: date, expected: set[str]) -> None:
    found = actors(facts(text, lang, when))
    assert expected <= found, expected - found


TITLES = [
    # a title alone names the holder on the article's date
    ("ru", "Глава МИД Омана прибыл в Москву с визитом.", date(2024, 10, 1), "badr-albusaidi"),
    ("uk", "Міністр оборони Індії прибув до Москви.", date(2024, 12, 9), "rajnath-singh"),
    ("en", "The Saudi defence minister arrived in Washington on Tuesday.", date(2025, 4, 15), "khalid-bin-salman"),
    ("en", "The leader of Kuwait received the delegation.", date(2021, 6, 1), "nawaf-al-ahmad"),
]


@pytest.mark.parametrize("lang,text,when,person", TITLES, ids=[f"{r[0]}-{r[3]}" for r in TITLES])
def test_title_resolves_to_new_holder(lang: str, text: str, when: date, person: str) -> None:
    assert person in actors(facts(text, lang, when))


NOT_PEOPLE = [
    # a common word, a first name or a brand that looks like a new surname must not become the person
    ("uk", "Тихий океан омиває узбережжя, а Петро Іваненко дав інтерв'ю.", {"heorhii-tykhyi", "gustavo-petro"}),
    ("ru", "Тихий океан стал ареной учений.", {"heorhii-tykhyi"}),
    ("en", "Turkey sold Bayraktar drones; the reliance on imports grew at the Apple Store.",
     {"alparslan-bayraktar", "jonas-gahr-store", "reliance-industries"}),
    ("ru", "Совет безопасности России провел заседание.", {"unsc"}),
    ("en", "Chinese customs data showed a rise in imports.", {"gacc"}),
]


@pytest.mark.parametrize("lang,text,absent", NOT_PEOPLE, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_PEOPLE)])
def test_near_misses_are_not_people(lang: str, text: str, absent: set[str]) -> None:
    found = actors(facts(text, lang, date(2025, 3, 14)))
    assert not (absent & found), absent & found


def test_unverified_ids_are_null_and_roles_are_known() -> None:
    gaz = load_gazetteer()
    for key in ("alexander-novak", "scott-bessent", "ibrahim-kalin", "alexey-miller"):
        assert gaz.actor(key) is not None and gaz.actor(key).qid is None
    assert gaz.actor("mette-frederiksen").qid == "Q5015"
    assert gaz.holder("foreign_minister", "south-korea", date(2023, 6, 1)) == "park-jin"
    assert gaz.holder("chancellor", "austria", date(2025, 6, 1)) == "christian-stocker"
