"""Treaties and invitations as the whole real set tells them (issue 15, batch 9): documents still to be signed,
news agencies in a dateline, and invitations by a side or thanked for."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

from kg.records import PartialDate

REF = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev and Mirziyoyev held talks. He said that the package of documents to be signed today would boost "
           "cooperation."),
    ("en", "Tokayev and Mirziyoyev held talks. The agreement to be formally signed next week covers transit."),
    ("ru", "Токаев и Мирзиёев провели переговоры. Пакет документов, который будет подписан сегодня, даст импульс "
           "сотрудничеству."),
    ("ru", "Токаев и Мирзиёев провели переговоры. Соглашения, которые будут официально подписаны завтра, касаются "
           "транзита."),
    ("uk", "Токаєв і Мірзійоєв провели переговори. Пакет документів, який буде підписано сьогодні, дасть імпульс "
           "співпраці."),
    ("uk", "Токаєв і Мірзійоєв провели переговори. Угоди, які будуть підписані завтра, стосуються транзиту."),
])
def test_a_document_to_be_signed_is_no_treaty_yet(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Tokayev and Mirziyoyev held talks. The package of documents signed today will boost cooperation."),
    ("ru", "Токаев и Мирзиёев провели переговоры. Пакет документов, который был подписан сегодня, даст импульс "
           "сотрудничеству."),
    ("uk", "Токаєв і Мірзійоєв провели переговори. Пакет документів, який було підписано сьогодні, дасть імпульс "
           "співпраці."),
])
def test_a_document_signed_is_still_a_treaty(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("kazakhstan", "uzbekistan")


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Jakarta, MINA – President Joko Widodo met President William Ruto on Monday and agreed on a memorandum "
           "of understanding on mining.", ("indonesia", "kenya")),
    ("en", "Nairobi, Xinhua – Kenya and Indonesia signed a memorandum on energy on Monday.", ("indonesia", "kenya")),
    ("ru", "Джакарта, МИНА – Президент Индонезии Джоко Видодо и президент Кении Уильям Руто подписали меморандум об "
           "энергетике.", ("indonesia", "kenya")),
    ("uk", "Джакарта, МІНА – Президент Індонезії Джоко Відодо та президент Кенії Вільям Руто підписали меморандум про "
           "енергетику.", ("indonesia", "kenya")),
    # near misses: a city listed as a party with no dash after it, and a city with no comma after it
    ("en", "Jakarta, Nairobi and Pretoria signed a memorandum on energy on Monday.",
     ("indonesia", "kenya", "south-africa")),
])
def test_a_news_agency_in_a_dateline_signs_nothing(lang, text, parties):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text,inviter", [
    # who tells of the invitation, after a comma or a dash, did not send it
    ("uk", "Віткофф отримав запрошення відвідати Україну, - Сибіга", None),
    ("ru", "Уиткофф получил приглашение посетить Украину, – Сибига", None),
    ("en", "Witkoff received an invitation to visit Ukraine - Sybiha", None),
    # near misses: the sender in the genitive right after the noun, or after "from"
    ("uk", "Віткофф отримав запрошення прем'єр-міністра України Юлії Свириденко.", "yulia-svyrydenko"),
    ("ru", "Моди получил приглашение президента России Владимира Путина.", "vladimir-putin"),
    ("en", "Modi received an invitation from Putin to visit Russia.", "vladimir-putin"),
])
def test_the_one_quoted_after_a_received_invitation_is_no_inviter(lang, text, inviter):
    (invitation,) = facts(text, lang, REF).invitations
    assert invitation.inviter == inviter


@pytest.mark.parametrize("lang,text,inviter,invitee", [
    ("uk", "Українська сторона запросила американських високопосадовців відвідати Україну.", "ukraine",
     "united-states"),
    ("uk", "Зеленський запросив американську делегацію відвідати Україну.", "volodymyr-zelenskyy", "united-states"),
    ("ru", "Украинская сторона пригласила американских чиновников посетить Украину.", "ukraine", "united-states"),
    ("ru", "Зеленский пригласил американскую делегацию посетить Украину.", "volodymyr-zelenskyy", "united-states"),
    ("en", "The Ukrainian side invited American officials to visit Ukraine.", "ukraine", "united-states"),
    ("en", "Zelensky invited the American delegation to visit Ukraine.", "volodymyr-zelenskyy", "united-states"),
])
def test_a_states_people_unnamed_are_invited_as_their_state(lang, text, inviter, invitee):
    (invitation,) = facts(text, lang, REF).invitations
    assert (invitation.inviter, invitation.invitee, invitation.destination) == (inviter, invitee, "ukraine")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський запросив американські компанії інвестувати в Україну."),  # no group of the state's people
    ("ru", "Зеленский пригласил американских туристов посетить Украину."),
    ("en", "Zelensky invited American companies to visit Ukraine."),
    ("en", "The Ukrainian side invited Ukrainian officials to visit Kyiv."),  # the inviter's own people
])
def test_other_people_of_a_state_are_no_invited_state(lang, text):
    assert facts(text, lang, REF).invitations == ()


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Brazil and Colombia will discuss the implementation of the Belém do Pará Declaration of 2023.", "Pará"),
    ("en", "Delegations of Brazil and Colombia will address the Declaration of Belém do Pará of 2023.", "Pará"),
    ("ru", "Бразилия и Колумбия обсудят выполнение Декларации Белен-ду-Пара 2023 года.", "Belém"),
    ("uk", "Бразилія та Колумбія обговорять виконання Декларації Белен-ду-Пара 2023 року.", "Belém"),
])
def test_a_named_document_recalled_with_its_year_after_it_is_a_treaty_of_that_year(lang, text, word):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("brazil", "colombia")
    assert treaty.signed_on == PartialDate(2023)
    assert word in (treaty.label_en or treaty.label)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil and Colombia discussed the results of the Summit of 2023."),  # no document
    ("en", "Brazil and Colombia discussed the Declaration, of 2023 vintage."),  # the year is past a comma
    ("ru", "Бразилия и Колумбия обсудили итоги Саммита 2023 года."),
    ("ru", "Бразилия и Колумбия обсудили выполнение соглашения 2023 года."),  # no name of its own
    ("uk", "Бразилія та Колумбія обговорили підсумки Саміту 2023 року."),
])
def test_a_year_after_no_named_document_makes_no_treaty(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("uk", "\"Я мав тривалу розмову з прем'єр-міністром Угорщини Віктором Орбаном і запросив його до Києва\", – "
           "написав Зеленський."),
    ("uk", "\"Я мав тривалу розмову з Віктором Орбаном і запросив його до Києва. Позиція Угорщини важлива\", – написав "
           "Зеленський."),
    ("ru", "«Я провёл долгий разговор с премьер-министром Венгрии Виктором Орбаном и пригласил его в Киев», – написал "
           "Зеленский."),
    ("en", "\"I had a long conversation with Hungarian Prime Minister Viktor Orbán and invited him to Kyiv,\" Zelensky "
           "wrote."),
    ("en", "\"I had a long conversation with Viktor Orbán and invited him to Kyiv. Hungary's position matters,\" "
           "Zelensky said."),
    # near miss: no "I", the subject named invites
    ("en", "Zelensky had a long conversation with Viktor Orbán and invited him to Kyiv."),
])
def test_i_in_a_quote_is_the_one_it_is_attributed_to(lang, text):
    (invitation,) = facts(text, lang, REF).invitations
    assert (invitation.inviter, invitation.invitee) == ("volodymyr-zelenskyy", "viktor-orban")


@pytest.mark.parametrize("lang,text", [
    # the quote closed before the next sentence: who writes there did not say "I"
    ("uk", "\"Я мав розмову з Віктором Орбаном і запросив його до Києва.\" Пізніше Зеленський написав, що розмова "
           "була корисною."),
])
def test_a_speaker_after_a_closed_quote_is_not_its_i(lang, text):
    assert all(i.inviter != "volodymyr-zelenskyy" for i in facts(text, lang, REF).invitations)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Також, за словами президента, Україна розраховує на активну участь азербайджанського"),
    ("ru", "Также, по словам президента, Украина рассчитывает на активное участие азербайджанского"),
    ("en", "According to the president, Ukraine counts on the active participation of the Azerbaijani"),
])
def test_the_source_of_what_is_told_is_no_guest(lang, text):
    assert all(i.invitee != "volodymyr-zelenskyy" for i in facts(text, lang, REF).invitations)


@pytest.mark.parametrize("lang,text", [
    ("uk", "За словами Зеленського, Україна чекає Алієва з візитом у Києві."),
    ("ru", "По словам Зеленского, Украина ждёт Алиева с визитом в Киеве."),
    ("en", "According to Zelensky, Ukraine looks forward to welcoming Aliyev in Kyiv."),
])
def test_the_source_still_invites_the_guest_awaited(lang, text):
    (invitation,) = facts(text, lang, REF).invitations
    assert (invitation.inviter, invitation.invitee) == ("volodymyr-zelenskyy", "ilham-aliyev")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sheinbaum announced that she held a call with Trump, during which she pitched a bilateral deal on trade."),
    ("en", "Sheinbaum announced that she proposed a bilateral deal with the United States on trade."),
    ("ru", "Шейнбаум объявила, что предложила Трампу двустороннее соглашение о торговле."),
    ("uk", "Шейнбаум оголосила, що запропонувала Трампу масштабну двосторонню угоду про торгівлю."),
])
def test_a_document_proposed_is_no_treaty(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Mexico and the United States signed the proposed deal on trade."),
    ("en", "Sheinbaum and Trump signed a deal on trade that Mexico had proposed in May."),
    ("ru", "Мексика и США подписали предложенное соглашение о торговле."),
    ("uk", "Мексика та США підписали угоду про торгівлю, яку Мексика запропонувала в травні."),
])
def test_a_proposed_document_signed_is_a_treaty(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("mexico", "united-states")


@pytest.mark.parametrize("lang,text", [
    ("en", "QatarEnergy signed a gas supply deal with Sinopec on Monday. Sinopec's chairman, who took part in a "
           "virtual signing ceremony, said it was a milestone accord as Qatar is the largest supplier."),
    ("ru", "Катар и Китай подписали соглашение о газе в понедельник. Глава Sinopec, участвовавший в церемонии "
           "подписания, сказал, что это историческое соглашение."),
    ("uk", "Катар і Китай підписали угоду про газ у понеділок. Голова Sinopec, який брав участь у церемонії "
           "підписання, сказав, що це історична угода."),
])
def test_what_a_pronoun_is_said_to_be_is_the_document_told_before(lang, text):
    assert len(facts(text, lang, REF).treaties) == 1


@pytest.mark.parametrize("lang,text", [
    # near misses: the pronoun is said to be something else, the document is the signing's own
    ("en", "Qatar and China signed a milestone accord on Monday, and it was a good day."),
    ("ru", "Катар и Китай подписали историческое соглашение, это был хороший день."),
    ("uk", "Катар і Китай підписали історичну угоду, це був добрий день."),
])
def test_a_pronoun_said_to_be_something_else_leaves_the_document(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("china", "qatar")
