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


@pytest.mark.parametrize("lang,text,held", [
    ("ru", "Переговоры президента России Владимира Путина и Эрдогана запланированы на четверг.", set()),
    ("ru", "Переговоры Путина и Эрдогана в Анкаре намечены на следующую неделю.", set()),
    ("ru", "Переговоры президентов России и Турции Путина и Эрдогана состоятся в четверг.", set()),
    ("uk", "Переговори президента Росії Путіна та Ердогана заплановані на четвер.", set()),
    ("uk", "Переговори Путіна та Ердогана в Анкарі відбудуться наступного тижня.", set()),
    ("en", "Talks between Russian President Vladimir Putin and Erdogan are planned for Thursday.", set()),
    ("en", "Putin and Erdogan are due to meet in Ankara on Thursday.", set()),
    ("en", "Modi is to visit Moscow next week, where he will meet Putin.", set()),
    # near misses: held as planned, held and followed by a future step, held before the next round
    ("ru", "Путин и Эрдоган провели переговоры в четверг, как и планировалось.",
     {("in_person", ("recep-tayyip-erdogan", "vladimir-putin"), "2025-03-13")}),
    ("ru", "Путин и Эрдоган в четверг провели переговоры и подпишут соглашение позже.",
     {("in_person", ("recep-tayyip-erdogan", "vladimir-putin"), "2025-03-13")}),
    ("uk", "Лавров зустрівся з Ван І у вівторок перед наступним раундом консультацій.",
     {("in_person", ("sergey-lavrov", "wang-yi"), "2025-03-11")}),
    ("en", "Putin and Erdogan held talks on Thursday as planned.",
     {("in_person", ("recep-tayyip-erdogan", "vladimir-putin"), "2025-03-13")}),
])
def test_talks_planned_scheduled_or_due_are_not_held(lang, text, held):
    assert _meetings(text, lang) == held
