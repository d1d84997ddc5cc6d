"""Meetings told the way real outlets tell them (issue 15): the medium from every wording, one sentence with
several meetings, earlier meetings that lend nothing to today's, visits over several days, scheduled talks,
and people or states named only as a topic. Own sentences, ru/uk/en, with near misses."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)  # a Friday


def _meetings(text: str, lang: str) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.medium, m.participants, m.date.iso() if m.date else None) for m in facts(text, lang, REF).meetings}


@pytest.mark.parametrize("lang,text,medium", [
    ("ru", "Путин и Си Цзиньпин провели беседу в режиме видеоконференцсвязи.", "video"),
    ("ru", "Путин и Си Цзиньпин провели переговоры по видеоконференцсвязи.", "video"),
    ("ru", "Путин и Токаев провели беседу по видео-связи.", "video"),
    ("ru", "Путин и Токаев пообщались по защищённой видеосвязи.", "video"),
    ("ru", "Состоялась беседа Путина и Моди по телефону.", "phone"),
    ("ru", "Путин и Моди провели телефонную беседу.", "phone"),
    ("uk", "Зеленський і Макрон провели переговори по відеозв'язку.", "video"),
    ("uk", "Зеленський і Макрон поспілкувалися у режимі відеозв’язку.", "video"),
    ("uk", "Зеленський і Макрон провели розмову у форматі відеоконференції.", "video"),
    ("uk", "Путін і Сі провели онлайн-зустріч.", "video"),
    ("uk", "Зеленський і Макрон провели бесіду телефоном.", "phone"),
    ("en", "Putin and Xi held talks over a secure video line.", "video"),
    ("en", "Putin and Modi held a video-conference.", "video"),
    ("en", "Putin and Xi held talks by videoconference.", "video"),
    ("en", "Putin and Modi held talks over the telephone.", "phone"),
    ("en", "Putin telephoned Modi on Tuesday.", "phone"),
    # near misses: talks in a city, a video address, footage of the talks
    ("ru", "Путин и Си Цзиньпин провели переговоры в Москве, видеозапись переговоров опубликовал Кремль.",
     "in_person"),
    ("uk", "Зеленський і Макрон провели переговори в Парижі, відеообіг президента вийшов увечері.", "in_person"),
    ("en", "Putin and Modi held talks in New Delhi; a video of the talks was released later.", "in_person"),
])
def test_every_wording_of_video_or_telephone_gives_its_medium(lang, text, medium):
    assert {m[0] for m in _meetings(text, lang)} == {medium}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин выступил с видеообращением к участникам форума."),
    ("uk", "Зеленський записав відеозвернення до партнерів."),
    ("en", "Modi posted a video message to the summit."),
])
def test_a_video_address_is_no_meeting(lang, text):
    assert _meetings(text, lang) == set()
