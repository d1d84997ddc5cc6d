"""A visit announced for a coming day is an invitation the guest accepted, the host state's leader as host: however
the outlet says that it is planned ("is scheduled to", "is set to", "is due to", "is expected to")."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

DAY = date(2023, 6, 1)

ANNOUNCED = [
    ("en", "Indian Prime Minister Narendra Modi is scheduled to visit Egypt on June 24.", "narendra-modi", "egypt"),
    ("en", "Indian Prime Minister Narendra Modi is set to visit Egypt on June 24.", "narendra-modi", "egypt"),
    ("en", "Indian Prime Minister Narendra Modi is due to visit Egypt on June 24.", "narendra-modi", "egypt"),
    ("en", "Indian Prime Minister Narendra Modi is expected to visit Egypt later this month.",
     "narendra-modi", "egypt"),
    ("en", "Indian Prime Minister Narendra Modi is scheduled to pay a state visit to Egypt on June 24.",
     "narendra-modi", "egypt"),
    ("en", "Kenyan President William Ruto is set to travel to Ghana on Tuesday.", "william-ruto", "ghana"),
    ("en", "Indian Prime Minister Narendra Modi will pay a state visit to Egypt on June 24.", "narendra-modi", "egypt"),
    ("ru", "Премьер-министр Индии Нарендра Моди совершит государственный визит в Египет 24 июня.",
     "narendra-modi", "egypt"),
    ("uk", "Президент Кенії Вільям Руто здійснить державний візит до Гани наступного тижня.", "william-ruto", "ghana"),
]

NOT_ANNOUNCED = [
    ("en", "Indian Prime Minister Narendra Modi was scheduled to visit Egypt in June, but the trip was called off."),
    ("en", "Indian Prime Minister Narendra Modi is not expected to visit Egypt this year."),
    ("en", "Indian Prime Minister Narendra Modi is set to visit Mumbai on Friday."),  # a trip at home
    ("en", "Indian Prime Minister Narendra Modi visited Egypt in June."),
    ("en", "Indian Prime Minister Narendra Modi planned to visit Egypt in June."),  # a plan told in the past
    ("ru", "Премьер-министр Индии Нарендра Моди посетил Египет в июне."),
    ("uk", "Прем'єр-міністр Індії Нарендра Моді відвідав Єгипет у червні."),
]


@pytest.mark.parametrize(("lang", "text", "guest", "destination"), ANNOUNCED)
def test_a_visit_announced_for_a_coming_day_is_an_invitation(lang: str, text: str, guest: str,
                                                                       destination: str) -> None:
    assert [(i.invitee, i.destination) for i in facts(text, lang, DAY).invitations] == [(guest, destination)]


@pytest.mark.parametrize(("lang", "text"), NOT_ANNOUNCED)
def test_a_visit_made_called_off_denied_or_at_home_is_no_invitation(lang: str, text: str) -> None:
    assert not facts(text, lang, DAY).invitations
