"""Actors: who a name or a title stands for when a known name is near — a first name shaped like a known
surname, a known surname after someone else's first name, credit lines, envoys and where they are sent,
orders and prizes named after people, titles that contain a ministry's alias, names inside hyphenated words."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

from kg.gazetteer import Gazetteer

# (language, text, publication date, actors that must be found, actors that must not be found)
SURNAME_LOOK_ALIKES = [
    # a first name is not a known surname whose lemma looks like it ("Дмитриев", "Денисов")
    ("ru", "Дмитрий Рыбин рассказал о поездке.", date(2025, 5, 1), {"new:dmitry-rybin"}, {"kirill-dmitriev"}),
    ("ru", "Слово дали Денису Громову.", date(2020, 5, 1), set(), {"andrey-denisov"}),
    ("uk", "Денис Коваль розповів про поїздку.", date(2020, 5, 1), {"new:denys-koval"}, {"andrey-denisov"}),
    # near misses: the surname itself, in any case, is still the known person
    ("ru", "Встреча с Дмитриевым прошла в Эр-Рияде.", date(2025, 5, 1), {"kirill-dmitriev", "riyadh"}, set()),
    ("ru", "Дмитриев рассказал о переговорах.", date(2025, 5, 1), {"kirill-dmitriev"}, set()),
    ("ru", "Посол Андрей Денисов выступил в Пекине.", date(2020, 5, 1), {"andrey-denisov"}, set()),
    # a known surname after another first name is another person
    ("en", "Reporter Laura Bennett asked about the talks.", date(2025, 5, 1), {"new:laura-bennett"},
     {"naftali-bennett"}),
    ("ru", "Ирина Лаврова задала вопрос.", date(2025, 5, 1), set(), {"sergey-lavrov"}),
    # near misses: the person's own first name, a title, or the full name
    ("en", "Naftali Bennett visited Kyiv.", date(2025, 5, 1), {"naftali-bennett"}, set()),
    ("en", "Former prime minister Bennett visited Kyiv.", date(2025, 5, 1), {"naftali-bennett"}, set()),
    ("ru", "Сергей Лавров ответил на вопрос.", date(2025, 5, 1), {"sergey-lavrov"}, set()),
]

BYLINES = [
    ("ru", "Автор: Лавров\nПереговоры продолжились в среду.", date(2025, 5, 1), set(), {"sergey-lavrov"}),
    ("en", "By Tom Putin\nThe talks went on.", date(2025, 5, 1), set(), {"vladimir-putin", "new:tom-putin"}),
    ("uk", "Автор матеріалу: Олег Сибіга\nПереговори тривали.", date(2025, 5, 1), set(), {"andrii-sybiha"}),
    # near miss: a line that opens like a credit but is a sentence
    ("en", "By 2030, Lavrov said, trade would double.", date(2025, 5, 1), {"sergey-lavrov"}, set()),
]

ENVOYS = [
    ("ru", "Посол России в Пекине дал интервью.", date(2020, 6, 1), {"andrey-denisov"}, {"anatoly-antonov"}),
    ("ru", "Посол России в США дал интервью.", date(2020, 6, 1), {"anatoly-antonov"}, {"andrey-denisov"}),
    ("uk", "Посол Росії в Китаї дав інтерв'ю.", date(2024, 6, 1), {"igor-morgulov"}, {"anatoly-antonov"}),
    ("en", "Russia's ambassador to the United States gave an interview.", date(2025, 6, 1),
     {"alexander-darchiev"}, {"igor-morgulov"}),
    ("en", "The Russian ambassador in Beijing gave an interview.", date(2024, 6, 1), {"igor-morgulov"},
     {"alexander-darchiev"}),
    ("ru", "Китайский посол в России выступил на форуме.", date(2024, 6, 1), {"zhang-hanhui"}, set()),
    # no destination: the one host state the article names
    ("ru", "Посол России встретился с бизнесменами в Пекине.", date(2024, 6, 1), {"igor-morgulov"},
     {"alexander-darchiev"}),
    # near misses: a post the gazetteer has no holder for is nobody it knows
    ("ru", "Посол России в Бразилии дал интервью.", date(2024, 6, 1), set(),
     {"igor-morgulov", "alexander-darchiev", "anatoly-antonov"}),
    ("ru", "Посол Китая в Вашингтоне выступил на форуме.", date(2024, 6, 1), set(), {"zhang-hanhui"}),
]

EPONYMS = [
    ("ru", "Ему вручили орден Святого апостола Андрея Первозванного.", date(2025, 5, 1), set(), {"new:"}),
    ("ru", "Она получила премию имени Андрея Сахарова.", date(2025, 5, 1), set(), {"new:"}),
    ("uk", "Йому вручили орден Святого Андрія Первозванного.", date(2025, 5, 1), set(), {"new:"}),
    ("en", "He received the Order of Saint Peter Claver.", date(2025, 5, 1), set(), {"new:"}),
    # near misses: the person a prize is given to is a person
    ("ru", "Премию вручили Андрею Петрову.", date(2025, 5, 1), {"new:andrey-petrov"}, set()),
    ("en", "They gave the prize to Daniel Kemp.", date(2025, 5, 1), {"new:daniel-kemp"}, set()),
]

TITLES_OVER_ALIASES = [
    ("uk", "Прем'єр прийняв голову МЗС Ірану.", date(2025, 6, 23), {"abbas-araghchi", "iran"}, {"mfa-iran"}),
    ("uk", "Путін прийняв главу МЗС Ірану.", date(2025, 6, 23), {"abbas-araghchi", "iran"}, {"mfa-iran"}),
    ("ru", "С главой МИД Ирана встретились дипломаты.", date(2025, 6, 23), {"abbas-araghchi", "iran"},
     {"mfa-iran"}),
    ("en", "Putin met the foreign minister of Iran.", date(2025, 6, 23), {"abbas-araghchi", "iran"}, set()),
    # near misses: the ministry itself, and a title without a country
    ("ru", "МИД Ирана выступил с заявлением.", date(2025, 6, 23), {"mfa-iran"}, {"abbas-araghchi"}),
    ("uk", "МЗС Ірану оприлюднило заяву.", date(2025, 6, 23), {"mfa-iran"}, {"abbas-araghchi"}),
]

HYPHENATED = [
    ("en", "A US-sanctioned tanker docked at night.", date(2025, 5, 1), {"united-states"}, set()),
    ("en", "Delegates met at the China-CELAC meeting.", date(2025, 5, 1), {"china", "celac"}, set()),
    ("ru", "Форум ЕС-Китай отложили.", date(2025, 5, 1), {"eu", "china"}, set()),
    # near misses: names written with a hyphen stay whole; hyphenated common words are no names
    ("ru", "Касым-Жомарт Токаев прилетел в Нью-Дели.", date(2025, 5, 1),
     {"kassym-jomart-tokayev", "new-delhi"}, set()),
    ("uk", "Переговори відбулися в Ер-Ріяді.", date(2025, 5, 1), {"riyadh"}, set()),
    ("en", "A well-known analyst wrote a long-term forecast.", date(2025, 5, 1), set(), {""}),
]

COUNTERPARTS = [
    ("uk", "Путін готовий до зустрічі з іранським колегою.", date(2025, 6, 23), {"masoud-pezeshkian"},
     {"ali-khamenei"}),
    ("ru", "Путин поговорил с французским коллегой.", date(2025, 6, 23), {"emmanuel-macron"}, set()),
    ("en", "Putin said his Chinese counterpart agreed.", date(2025, 6, 23), {"xi-jinping"}, set()),
]


def _check(lang: str, text: str, published: date, present: set[str], absent: set[str]) -> None:
    found = actors(facts(text, lang, published))
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k.startswith(a)}, found


@pytest.mark.parametrize("lang,text,published,present,absent", SURNAME_LOOK_ALIKES)
def test_a_known_surname_is_the_known_person_only_when_no_other_first_name_claims_it(
        lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


@pytest.mark.parametrize("lang,text,published,present,absent", BYLINES)
def test_a_surname_in_a_credit_line_is_the_journalist_not_the_politician(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


@pytest.mark.parametrize("lang,text,published,present,absent", ENVOYS)
def test_an_ambassador_is_the_one_sent_to_the_named_country(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


@pytest.mark.parametrize("lang,text,published,present,absent", EPONYMS)
def test_a_name_after_an_order_or_prize_is_no_person_in_the_news(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


@pytest.mark.parametrize("lang,text,published,present,absent", TITLES_OVER_ALIASES)
def test_a_title_wins_over_the_ministry_alias_inside_it(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


@pytest.mark.parametrize("lang,text,published,present,absent", HYPHENATED)
def test_a_name_inside_a_hyphenated_word_is_found(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


@pytest.mark.parametrize("lang,text,published,present,absent", COUNTERPARTS)
def test_a_president_s_counterpart_is_the_other_state_s_president(lang, text, published, present, absent):
    _check(lang, text, published, present, absent)


def test_the_mention_of_a_hyphen_part_covers_only_that_part():
    f = facts("A US-sanctioned tanker docked at night.", "en")
    assert [m.surface for m in f.mentions if m.actor == "united-states"] == ["US"]


def test_the_holder_of_an_embassy_depends_on_where_it_is():
    def envoy(key: str, to: str) -> dict:
        return {"key": key, "type": "Person", "name": {"en": key},
                "roles": [{"role": "ambassador", "of": "atlantis", "from": "2020-01-01", "to_country": to}]}

    gaz = Gazetteer([envoy("envoy-a", "lemuria"), envoy("envoy-b", "mu"),
                     {"key": "atlantis", "type": "Country", "name": {"en": "Atlantis"}}])
    when = date(2024, 1, 1)
    assert gaz.holder("ambassador", "atlantis", when, to="lemuria") == "envoy-a"
    assert gaz.holder("ambassador", "atlantis", when, to="mu") == "envoy-b"
    assert gaz.holder("ambassador", "atlantis", when, to="hyperborea") is None
    assert gaz.destinations("ambassador", "atlantis", when) == {"lemuria", "mu"}


@pytest.mark.parametrize("lang,text,actor", [
    ("uk", "Зеленський зустрівся із Сергієм Лавровим.", "sergey-lavrov"),
    ("ru", "Джайшанкар встретился с Лавровым.", "sergey-lavrov"),
    ("uk", "Моді прибув до Бразилії.", "brazil"),
    ("uk", "Моді прибув у Бразиліа.", "brasilia"),
])
def test_a_name_in_an_oblique_case_is_its_own_actor_not_a_look_alike(lang, text, actor):
    assert actor in {m.actor for m in facts(text, lang, date(2024, 1, 1)).mentions}


@pytest.mark.parametrize("lang,text,label", [
    ("uk", "Зеленський призначив секретаря РНБО Павла Рябікіна.", "Pavlo Riabikin"),
    ("uk", "Павло Рябікін заявив про нові призначення.", "Pavlo Riabikin"),
    ("uk", "Про це сказала Олена Гриценко.", "Olena Hrytsenko"),
])
def test_an_unknown_person_is_labelled_in_the_nominative_and_the_national_romanisation(lang, text, label):
    assert label in {a.label_en for a in facts(text, lang, date(2024, 1, 1)).new_actors}


@pytest.mark.parametrize("lang,text,label", [
    ("ru", "Интервью дала Ирина Лаврова, эксперт по Азии.", "Irina Lavrova"),
    ("ru", "Мы поговорили с Ириной Лавровой, экспертом по Азии.", "Irina Lavrova"),
])
def test_a_woman_s_surname_keeps_its_feminine_form(lang, text, label):
    labels = {a.label_en for a in facts(text, lang, date(2024, 1, 1)).new_actors}
    assert label in labels, labels


def test_a_first_name_before_a_surname_is_not_a_known_person_with_that_surname():
    text = "Мы поговорили с Мариной Ковальчук из МИД."
    assert "sanna-marin" not in {m.actor for m in facts(text, "ru", date(2024, 1, 1)).mentions}


@pytest.mark.parametrize("text,later", [
    ("Интервью дала Ирина Лаврова. Лаврова заявила, что переговоры продолжатся.", "new:irina-lavrova"),
    ("Сергей Лавров встретился с Ириной Лавровой. Лавров заявил, что переговоры продолжатся.", "sergey-lavrov"),
])
def test_a_surname_alone_is_the_person_introduced_with_it_unless_the_known_one_is_named(text, later):
    mentions = facts(text, "ru", date(2024, 1, 1)).mentions
    assert mentions[-1].actor == later
