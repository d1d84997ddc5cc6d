"""Invitations by the causes of the errors seen on real news (issue #15), third round: a host "hoping to host" a
guest; an upcoming visit whose guest carries a run of titles and styles ("President His Highness Sheikh ..."),
with the place after a long name; "inviting them" after a group with no one named for it; an offer to hold a
summit that names the state only as a party of the summit ("a summit of Argentina and Latin America"). Rows in
Russian, Ukrainian and English, with near misses. The sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2025, 3, 14)


def _invitations(lang: str, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(i.inviter, i.invitee, i.destination) for i in facts(text, lang, REF).invitations]


HOPING_TO_HOST = [
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he is hoping to host Albanese soon."),
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he hopes to host Albanese in India."),
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he hoped to receive Albanese next year."),
    ("ru", "Премьер-министр Моди встретился с Албанизи в Дели. Моди заявил, что надеется принять Албанизи в Индии."),
    ("uk", "Прем'єр-міністр Моді зустрівся з Албанізі в Делі. Моді заявив, що сподівається прийняти Албанізі."),
]


@pytest.mark.parametrize("lang,text", HOPING_TO_HOST)
def test_a_leader_hoping_to_host_a_guest_invites_him(lang: str, text: str) -> None:
    assert ("narendra-modi", "anthony-albanese", "india") in _invitations(lang, text)


HOPING_NEAR_MISSES = [
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said he hopes to host the summit next year."),
    ("en", "Prime Minister Modi met Albanese in Delhi. Modi said India hopes to host the G20 summit."),
]


@pytest.mark.parametrize("lang,text", HOPING_NEAR_MISSES)
def test_hoping_to_host_an_event_invites_nobody(lang: str, text: str) -> None:
    assert _invitations(lang, text) == []


UPCOMING_VISIT_LONG_NAME = [
    ("en", "An adviser stressed the importance of the upcoming visit of President Mohammed bin Zayed to the "
           "United States."),
    ("en", "An adviser stressed the importance of the upcoming visit of President Sheikh Mohammed bin Zayed Al "
           "Nahyan to the United States."),
    ("en", "Dr. Ali Hassan, an adviser, stressed the importance of the upcoming visit of President His Highness "
           "Sheikh Mohammed bin Zayed Al Nahyan to the United States."),
    ("ru", "Советник подчеркнул важность предстоящего визита президента ОАЭ шейха Мухаммеда бен Зайда Аль "
           "Нахайяна в Соединенные Штаты."),
    ("uk", "Радник наголосив на важливості майбутнього візиту президента ОАЕ шейха Мухаммеда бен Заїда Аль "
           "Нагаяна до Сполучених Штатів."),
]


@pytest.mark.parametrize("lang,text", UPCOMING_VISIT_LONG_NAME)
def test_an_upcoming_visit_of_a_long_titled_guest_is_hosted_by_the_place(lang: str, text: str) -> None:
    assert ("united-states", "mohamed-bin-zayed", "united-states") in _invitations(lang, text)


UPCOMING_VISIT_NEAR_MISSES = [
    ("en", "An adviser recalled the visit of President Sheikh Mohammed bin Zayed Al Nahyan to the United States "
           "last year."),  # a visit made
    ("en", "An adviser stressed the importance of the upcoming visit of President Sheikh Mohammed bin Zayed Al "
           "Nahyan to the United Arab Emirates."),  # at home
    ("ru", "Советник вспомнил о визите президента ОАЭ шейха Мухаммеда бен Зайда Аль Нахайяна в Соединенные Штаты "
           "в прошлом году."),
]


@pytest.mark.parametrize("lang,text", UPCOMING_VISIT_NEAR_MISSES)
def test_a_past_or_home_visit_of_a_long_titled_guest_invites_nobody(lang: str, text: str) -> None:
    assert _invitations(lang, text) == []


PLURAL_PRONOUN_GROUP = [
    ("en", "Spokesperson Kang Yu-jung spoke at a briefing in Seoul. President Lee Jae Myung sent letters to 20 leaders "
           "inviting them to take part in the APEC summit in Korea."),
    ("en", "Spokesperson Kang Yu-jung spoke at a briefing in Seoul. President Lee Jae Myung invited them to the APEC "
           "summit in Korea."),
    ("ru", "Пресс-секретарь Кан Ю Чжон выступила на брифинге в Сеуле. Президент Ли Чжэ Мён направил письма 20 "
           "лидерам, пригласив их на саммит АТЭС в Корее."),
    ("uk", "Речниця Кан Ю Чжон виступила на брифінгу в Сеулі. Президент Лі Дже Мьон надіслав листи 20 лідерам, "
           "запросивши їх на саміт АТЕС у Кореї."),
]


@pytest.mark.parametrize("lang,text", PLURAL_PRONOUN_GROUP)
def test_them_stands_for_no_single_person_named_before(lang: str, text: str) -> None:
    assert [i for i in _invitations(lang, text) if i[1] == "new:kang-yu-jung"] == []


def test_him_still_stands_for_the_person_named_before() -> None:
    text = "Xi spoke with Lula by phone. Xi invited him to visit China."
    assert ("xi-jinping", "luiz-inacio-lula-da-silva", "china") in _invitations("en", text)


SUMMIT_OFFERED_IN_A_PLACE = [
    ("uk", "Президент Аргентини Хав'єр Мілей запропонував президенту України Володимиру Зеленському провести в "
           "Аргентині мирний саміт.", "argentina"),
    ("ru", "Президент Аргентины Хавьер Милей предложил президенту Украины Владимиру Зеленскому провести мирный "
           "саммит в Буэнос-Айресе.", "buenos-aires"),
    ("en", "Argentine President Javier Milei proposed to Ukrainian President Volodymyr Zelensky to hold a peace "
           "summit in Buenos Aires.", "buenos-aires"),
]


@pytest.mark.parametrize("lang,text,place", SUMMIT_OFFERED_IN_A_PLACE)
def test_a_summit_offered_in_the_speakers_state_is_an_invitation_there(lang: str, text: str, place: str) -> None:
    assert ("javier-milei", "volodymyr-zelenskyy", place) in _invitations(lang, text)


SUMMIT_OF_PARTIES = [
    ("uk", "Президент Аргентини Хав'єр Мілей запропонував президенту України Володимиру Зеленському провести мирний "
           "саміт Аргентини з Латинською Америкою."),
    ("ru", "Президент Аргентины Хавьер Милей предложил президенту Украины Владимиру Зеленскому провести саммит "
           "Аргентины и Латинской Америки."),
    ("en", "Argentine President Javier Milei proposed to Ukrainian President Volodymyr Zelensky to hold a summit of "
           "Argentina and Latin America."),
]


@pytest.mark.parametrize("lang,text", SUMMIT_OF_PARTIES)
def test_a_summit_offered_with_the_state_as_a_party_is_no_invitation(lang: str, text: str) -> None:
    assert _invitations(lang, text) == []


FIRST_COUNTRY_TO_VISIT = [
    ("en", "President Ferdinand Marcos has chosen Indonesia as the first country he would visit.", "indonesia"),
    ("ru", "Президент Фердинанд Маркос выбрал Индонезию первой страной, которую посетит.", "indonesia"),
    ("uk", "Президент Фердинанд Маркос обрав Індонезію першою країною, яку відвідає.", "indonesia"),
]


@pytest.mark.parametrize("lang,text,place", FIRST_COUNTRY_TO_VISIT)
def test_a_country_chosen_for_a_visit_is_the_hosts_invitation(lang: str, text: str, place: str) -> None:
    found = _invitations(lang, text)
    assert len(found) == 1 and found[0][0] == place and found[0][2] == place


def test_an_agreed_visit_without_a_named_host_leader_is_hosted_by_the_state() -> None:
    found = _invitations("en", "President Ferdinand Marcos said he would visit Indonesia in September.")
    assert found and found[0][0] == "indonesia" and found[0][2] == "indonesia"


FIRST_COUNTRY_NEAR_MISSES = [
    ("en", "President Ferdinand Marcos said Indonesia is a country where he would visit relatives."),
    ("en", "President Ferdinand Marcos said Indonesia is a country he would never visit."),
    ("ru", "Президент Фердинанд Маркос сказал, что Индонезия - страна, где он посетит родственников."),
    ("uk", "Президент Фердинанд Маркос сказав, що Індонезія - країна, де він відвідає родичів."),
]


@pytest.mark.parametrize("lang,text", FIRST_COUNTRY_NEAR_MISSES)
def test_a_country_where_someone_visits_something_else_invites_nobody(lang: str, text: str) -> None:
    assert _invitations(lang, text) == []
