"""Actors: one node per real-world actor the gazetteer does not know, and no actor made of the page's words.

* A new person's name keys alike in every romanisation (`person_name_key`): the articles that spell him
  "Vitaly Honcharuk" (Russian), "Vitalii Honcharuk" (Ukrainian) and "Vitaliy Goncharuk" (English) name one node,
  under the English text's spelling; a new person whose name keys as one known person's is that person
  ("Nicholas Maduro"). Near misses: a woman and a man of one family name, another given name, a name too short.
* A new organisation's name keys without its legal form and spacing (`company_name_key`).
* Page junk is no actor: a name without a letter ("агентство 18+"), a link's text before its arrow
  ("Detail>>>"), a courtesy "you" with a verb ("Благодарю Вас", "Дякую Вам"), a name the stored page cuts off.
"""
from __future__ import annotations

import dataclasses

import pytest
from helpers import actors, article, facts

from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from kg.records import Actor, ArticleFacts, Meeting, Mention
from kg.resolve import company_name_key, person_name_key, unify_new_actors

# (name, name) that key alike: one person in two spellings
SAME_PERSON = [
    ("Vitaly Honcharuk", "Vitalii Honcharuk"),  # ru and uk romanisations
    ("Vitaliy Goncharuk", "Vitalii Honcharuk"),  # as an English text writes him, г as g
    ("Yevgeny Marchenko", "Yevhen Marchenko"),
    ("Oleksii Pavlyuk", "Oleksiy Pavliuk"),
    ("Georgy Dolidze", "Heorhii Dolidze"),
    ("Salih Mutlu Şen", "Salih Mutlu Sen"),  # diacritics
    ("Mokhammed Al-Kassem", "Mohammed Al Kassem"),
]

# (name, name) that must not key alike
OTHER_PEOPLE = [
    ("Irina Bondarenko", "Ivan Bondarenko"),  # another given name
    ("Anton Sokolov", "Anna Sokolova"),  # a man and a woman of one family
    ("Vitaly Honcharuk", "Vitaly Honcharenko"),
]


@pytest.mark.parametrize("a,b", SAME_PERSON)
def test_a_persons_spellings_share_one_name_key(a: str, b: str) -> None:
    assert person_name_key(a) is not None
    assert person_name_key(a) == person_name_key(b)


@pytest.mark.parametrize("a,b", OTHER_PEOPLE)
def test_other_people_keep_their_own_name_keys(a: str, b: str) -> None:
    assert person_name_key(a) != person_name_key(b)


@pytest.mark.parametrize("name", ["Li Wei", "Kelmore", "Ana Lu"])
def test_a_name_too_short_to_tell_anyone_apart_has_no_name_key(name: str) -> None:
    assert person_name_key(name) is None


# the same minister named in three languages: (language, text)
ONE_MINISTER = [
    ("ru", "Министр энергетики Виталий Гончарук встретился с Сергеем Лавровым в Москве."),
    ("uk", "Міністр енергетики Віталій Гончарук зустрівся з Сергієм Лавровим у Москві."),
    ("en", "Energy Minister Vitaliy Goncharuk met Sergey Lavrov in Moscow."),
]


def _articles(rows: list[tuple[str, str]]) -> list[ArticleFacts]:
    return [extract_article(article(text, lang, article_id=f"a{i}_{lang}.txt")) for i, (lang, text) in enumerate(rows)]


def _new_people(f: ArticleFacts) -> set[str]:
    return {m.actor for m in f.mentions if m.actor.startswith("new:")}


def test_one_person_in_three_languages_is_one_node() -> None:
    extracted = _articles(ONE_MINISTER)
    assert len(set().union(*map(_new_people, extracted))) == 3  # each text romanises him its own way
    unified = unify_new_actors(extracted, load_gazetteer())
    assert set().union(*map(_new_people, unified)) == {"new:vitaliy-goncharuk"}  # the English text's spelling
    for f in unified:  # his meetings follow him
        assert all("new:vitaliy-goncharuk" in m.participants for m in f.meetings)
        assert list(f.meetings[0].participants) == sorted(f.meetings[0].participants) if f.meetings else True


def test_without_an_english_text_the_spelling_most_articles_use_wins() -> None:
    rows = [ONE_MINISTER[1], ONE_MINISTER[0], ("ru", "Виталий Гончарук прибыл в Минск на переговоры.")]
    unified = unify_new_actors(_articles(rows), load_gazetteer())
    assert set().union(*map(_new_people, unified)) == {"new:vitaly-honcharuk"}


def test_a_known_person_in_another_spelling_takes_the_known_node() -> None:
    unified = unify_new_actors(_articles([("en", "Nicholas Maduro met Sergey Lavrov in Caracas.")]), load_gazetteer())
    assert "nicolas-maduro" in actors(unified[0])
    assert not _new_people(unified[0])
    assert not unified[0].new_actors


def test_two_people_one_article_tells_apart_stay_apart() -> None:
    a = Actor("new:vitalii-honcharuk", "Person", "Vitalii Honcharuk")
    b = Actor("new:vitaly-honcharuk", "Person", "Vitaly Honcharuk")

    def one(lang: str, name: str, *people: Actor) -> ArticleFacts:
        return ArticleFacts(article(".", lang, article_id=name), new_actors=people,
                            mentions=tuple(Mention(p.key, i, i + 1, "x") for i, p in enumerate(people)),
                            meetings=(Meeting("in_person", tuple(sorted(p.key for p in people)), ()),))

    both = one("ru", "x.txt", a, b)
    unified = unify_new_actors([both, one("en", "y.txt", b), one("uk", "z.txt", a)], load_gazetteer())
    assert unified[0] == both  # told apart there: left as they are
    assert actors(unified[1]) == actors(unified[2]) == {b.key}  # elsewhere one node, as the English text spells him
    assert unified[2].meetings[0].participants == (b.key,)


# (name, name) of one company
SAME_COMPANY = [
    ("Chart Industries Inc", "Chart Industries"),
    ("ExxonMobil India LNG Limited", "Exxon Mobil India LNG Limited"),
    ("Nordwind Holding Plc", "Nordwind Holding"),
    ("Kestrel Energy Corp.", "Kestrel Energy Corporation"),
]


@pytest.mark.parametrize("a,b", SAME_COMPANY)
def test_a_companys_legal_form_and_spacing_do_not_key_it(a: str, b: str) -> None:
    forms = frozenset(("inc", "corp", "corporation", "plc", "limited"))
    assert company_name_key(a, forms) == company_name_key(b, forms)


def test_companies_named_alike_but_for_the_legal_form_are_one_node_under_the_shorter_name() -> None:
    long_ = Actor("new:kestrel-energy-inc", "Organization", "Kestrel Energy Inc")
    short = Actor("new:kestrel-energy", "Organization", "Kestrel Energy")
    other = Actor("new:kestrel-power", "Organization", "Kestrel Power")  # near miss: another company
    rows = [ArticleFacts(article(".", "en", article_id=f"{i}.txt"), mentions=(Mention(a.key, 0, 1, "x"),),
                         new_actors=(a,)) for i, a in enumerate((long_, short, other))]
    unified = unify_new_actors(rows, load_gazetteer())
    assert [actors(f) for f in unified] == [{short.key}, {short.key}, {other.key}]
    assert unified[0].new_actors == ()


def test_an_article_alone_is_left_as_extracted() -> None:
    f = _articles([ONE_MINISTER[0]])
    assert unify_new_actors(f, load_gazetteer()) == f
    assert dataclasses.is_dataclass(f[0])


# (language, text, actors that must be found, new actors that must not be found)
PAGE_JUNK = [
    ("ru", "К.Ламбракис (перевод): Благодарю Вас, господин Президент, за тёплый приём в Москве.", {"moscow"},
     {"new:blagodaryu-vas"}),
    ("uk", "К.Ламбракіс (переклад): Дякую Вам, пане Президенте, за теплий прийом у Києві.", {"kyiv"},
     {"new:diakuiu-vam"}),
    ("ru", "Об этом сообщило российское информационное агентство 18+ в понедельник.", set(), {"new:18"}),
    ("ru", "Визит президента Казахстана в Москву, пишет 360tv.ru. По словам президента, визит удался.",
     {"kazakhstan", "moscow"}, {"new:360"}),
    ("en", "The ministry of Kazakhstan updated its portal.\n  • New section \"Trade Data\" Detail>>>\n"
           "  • Added widget for exporters Detail>>>\n", {"kazakhstan"}, {"new:detail"}),
    ("uk", "Переговори в Києві пройшли успішно, писав Володимир Пут", {"kyiv"}, {"new:volodymyr-put"}),
    # near misses: a new person named in full inside the text, and a name the text ends on with a full stop
    ("uk", "Переговори в Києві пройшли успішно, писав Володимир Пут.", {"kyiv", "new:volodymyr-put"}, set()),
    ("en", "Energy Minister Vitaliy Goncharuk met Sergey Lavrov in Moscow.", {"new:vitaliy-goncharuk"}, set()),
    ("ru", "Министр энергетики Виталий Гончарук встретился с Сергеем Лавровым в Москве.", {"new:vitaly-honcharuk"},
     set()),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", PAGE_JUNK)
def test_page_junk_is_no_actor(lang: str, text: str, wanted: set[str], unwanted: set[str]) -> None:
    f = facts(text, lang)
    found = actors(f)
    assert wanted <= found, found
    assert not unwanted & found, found
    assert not unwanted & {a.key for a in f.new_actors}
