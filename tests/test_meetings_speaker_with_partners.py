"""The speaker of a meeting he tells of with several partners named after "with" took part in it: one meeting with
each partner (devset/real/README.md, "one sentence naming several partners gives one meeting per partner"). Near
misses: a meeting "between" or "of" others that he told of or commented on, and one that another person held."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import partners_who_met

REF = date(2025, 10, 16)
TRUMP, PUTIN, ERDOGAN, XI = "donald-trump", "vladimir-putin", "recep-tayyip-erdogan", "xi-jinping"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин заявил, что встреча с Трампом и Эрдоганом прошла хорошо."),
    ("ru", "Путин сказал, что переговоры с Трампом и Эрдоганом были полезными."),
    ("uk", "Путін заявив, що зустріч із Трампом та Ердоганом пройшла добре."),
    ("uk", "Путін сказав, що переговори з Трампом і Ердоганом були корисними."),
    ("en", "Putin said his meeting with Trump and Erdogan went well."),
    ("en", "Putin said the talks with Trump and Erdogan were useful."),
])
def test_the_speaker_met_each_partner_named_after_with(lang, text):
    assert partners_who_met(text, lang, REF) == {tuple(sorted((PUTIN, TRUMP))), tuple(sorted((PUTIN, ERDOGAN)))}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин заявил, что встреча с Трампом, Эрдоганом и Си Цзиньпином прошла хорошо."),
    ("uk", "Путін заявив, що зустріч із Трампом, Ердоганом і Сі Цзіньпіном пройшла добре."),
    ("en", "Putin said his meeting with Trump, Erdogan and Xi Jinping went well."),
])
def test_three_partners_three_meetings(lang, text):
    assert partners_who_met(text, lang, REF) == {tuple(sorted((PUTIN, p))) for p in (TRUMP, ERDOGAN, XI)}


@pytest.mark.parametrize("lang,text", [
    # one partner: the speaker already met him
    ("ru", "Путин заявил, что встреча с Трампом прошла хорошо."),
    ("uk", "Путін заявив, що зустріч із Трампом пройшла добре."),
    ("en", "Putin said his meeting with Trump went well."),
])
def test_one_partner_stays_one_meeting(lang, text):
    assert partners_who_met(text, lang, REF) == {tuple(sorted((PUTIN, TRUMP)))}


@pytest.mark.parametrize("lang,text", [
    # near misses: a meeting of others, "between" them or in the genitive, told of or commented on
    ("ru", "Путин прокомментировал встречу между Трампом и Эрдоганом."),
    ("ru", "Путин заявил, что встреча Трампа и Эрдогана прошла хорошо."),
    ("uk", "Путін прокоментував зустріч між Трампом і Ердоганом."),
    ("uk", "Путін заявив, що зустріч Трампа та Ердогана пройшла добре."),
    ("en", "Putin commented on the meeting between Trump and Erdogan."),
    ("en", "Putin said that the meeting of Trump and Erdogan went well."),
])
def test_a_meeting_of_others_has_no_speaker(lang, text):
    assert all(PUTIN not in pair for pair in partners_who_met(text, lang, REF))


@pytest.mark.parametrize("lang,text", [
    # another person held the meeting: the speaker is no party to it
    ("ru", "Путин заявил, что Трамп провёл встречу с Эрдоганом и Си Цзиньпином."),
    ("uk", "Путін заявив, що Трамп провів зустріч з Ердоганом і Сі Цзіньпіном."),
    ("en", "Putin said that Trump held a meeting with Erdogan and Xi Jinping."),
])
def test_a_meeting_held_by_another_has_no_speaker(lang, text):
    assert all(PUTIN not in pair for pair in partners_who_met(text, lang, REF))

