"""One event, many sources: merging across articles and languages, conflicts kept, copies counted once."""
from __future__ import annotations

from datetime import date

from helpers import article

from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from kg.iris import Iris
from kg.resolve import resolve


def _resolve(*texts: tuple[str, str, date, str]):  # type: ignore[no-untyped-def]
    facts = [extract_article(article(text, lang, published, article_id))
             for text, lang, published, article_id in texts]
    return resolve(facts, load_gazetteer(), Iris())


def _meetings(resolution):  # type: ignore[no-untyped-def]
    return [f for f in resolution.facts if f.kind == "meeting"]


def test_same_call_reported_in_russian_and_english_a_day_apart_is_one_meeting_with_a_date_conflict():
    r = _resolve(
        ("Путин и Си Цзиньпин сегодня провели переговоры по видеосвязи.", "ru", date(2026, 2, 3), "a.txt"),
        ("Xi Jinping and Vladimir Putin held a video call on Wednesday.", "en", date(2026, 2, 5), "b.txt"),
    )
    (meeting,) = _meetings(r)
    assert meeting.articles == ["a.txt", "b.txt"] and meeting.reasons
    assert [c.prop for c in r.conflicts] == ["date"]


def test_same_pair_on_clearly_different_dates_is_never_merged():
    r = _resolve(
        ("Путин и Си Цзиньпин 8 февраля провели телефонный разговор.", "ru", date(2024, 2, 9), "a.txt"),
        ("Путін і Сі Цзіньпін 20 лютого провели телефонну розмову.", "uk", date(2024, 2, 21), "b.txt"),
    )
    assert len(_meetings(r)) == 2


def test_same_day_but_different_media_is_never_merged():
    r = _resolve(
        ("Путин и Моди 8 февраля провели телефонный разговор.", "ru", date(2024, 2, 9), "a.txt"),
        ("Putin and Modi held talks in Moscow on 8 February.", "en", date(2024, 2, 9), "b.txt"),
    )
    assert len(_meetings(r)) == 2


def test_undated_meetings_are_not_merged_on_participants_alone():
    r = _resolve(
        ("Путин и Си Цзиньпин провели переговоры по видеосвязи.", "ru", None, "a.txt"),
        ("Путин и Си Цзиньпин провели переговоры по видеосвязи.", "ru", None, "b.txt"),
    )
    assert len(_meetings(r)) == 2


def test_invitation_reported_twice_keeps_the_inviter_from_one_and_the_acceptance_from_the_other():
    r = _resolve(
        ("Си Цзиньпин пригласил Путина посетить Китай в первой половине года.", "ru", date(2026, 2, 3), "a.txt"),
        ("Путін прийняв запрошення відвідати Китай у першій половині цього року.", "uk", date(2026, 2, 4), "b.txt"),
    )
    (inv,) = [f for f in r.facts if f.kind == "invitation"]
    claims = [c for _, c in inv.claims]
    assert inv.articles == ["a.txt", "b.txt"]
    assert {c.inviter for c in claims} == {"xi-jinping", None} and {c.accepted for c in claims} == {None, True}


def test_one_treaty_node_across_languages():
    r = _resolve(
        ("Стороны обсудили будущее ДСНВ.", "ru", date(2026, 2, 3), "a.txt"),
        ("The sides discussed the future of New START.", "en", date(2026, 2, 3), "b.txt"),
    )
    (treaty,) = [f for f in r.facts if f.kind == "treaty"]
    assert treaty.articles == ["a.txt", "b.txt"]


def test_invitation_is_fulfilled_by_the_later_visit_to_the_destination():
    r = _resolve(
        ("Моди пригласил Путина посетить Индию в декабре.", "ru", date(2025, 9, 1), "a.txt"),
        ("Vladimir Putin and Narendra Modi held talks in New Delhi on 5 December.", "en", date(2025, 12, 6),
         "b.txt"),
    )
    (inv,) = [f for f in r.facts if f.kind == "invitation"]
    (visit,) = _meetings(r)
    assert inv.fulfilled_by == visit.iri


def test_visit_before_the_invitation_does_not_fulfil_it():
    r = _resolve(
        ("Vladimir Putin and Narendra Modi held talks in New Delhi on 5 December.", "en", date(2024, 12, 6),
         "b.txt"),
        ("Моди пригласил Путина посетить Индию.", "ru", date(2025, 9, 1), "a.txt"),
    )
    (inv,) = [f for f in r.facts if f.kind == "invitation"]
    assert inv.fulfilled_by is None


def test_syndicated_copy_is_one_source_not_an_independent_confirmation():
    text = ("Владимир Путин и Нарендра Моди вчера провели телефонный разговор. Лидеры обсудили торговлю, "
            "энергетику и ситуацию в регионе, а также договорились продолжить контакты на высшем уровне.")
    r = _resolve((text, "ru", date(2025, 3, 14), "a.txt"),
                 (text + " Источник: ТАСС.", "ru", date(2025, 3, 14), "b.txt"))
    assert r.syndicated == {"b.txt": "a.txt"}
