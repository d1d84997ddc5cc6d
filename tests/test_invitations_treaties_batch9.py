"""Invitations and treaties as real outlets tell them (from the errors of real batch 9): gratitude expressed by a noun
for an invitation accepted ("выразил признательность ... за то, что он принял приглашение"); an invitation renewed in
a quote to a guest named by a title in the dative, the speaker inviting; a city told without a host that names the
place of the host's state; a counted batch with the document named "including"; a letter of cooperation; states
coordinated with a place are places; the people of the sentence before as the signers of "the countries"; a list
of fields inside a document's name. Every sentence here is invented."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

REF = date(2025, 3, 14)


def _invitations(text: str, lang: str) -> set[tuple[str | None, str, str | None, bool | None]]:
    return {(i.inviter, i.invitee, i.destination, i.accepted) for i in facts(text, lang, REF).invitations}


def _treaties(text: str, lang: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(t.label, t.parties) for t in facts(text, lang, REF).treaties}


# ------------------------------------------------------------------------------------------ invitations

TOKAYEV, ALIYEV = "kassym-jomart-tokayev", "ilham-aliyev"


@pytest.mark.parametrize("lang,text,expected", [
    # gratitude told by a noun ("выразил признательность", "висловив подяку", "expressed gratitude") for accepting
    ("ru", "Президент Казахстана выразил признательность Алиеву за то, что тот принял приглашение и посетил Астану "
           "с государственным визитом.", {(TOKAYEV, ALIYEV, "astana", True)}),
    ("uk", "Президент Казахстану висловив подяку Алієву за те, що той прийняв запрошення і відвідав Астану з "
           "державним візитом.", {(TOKAYEV, ALIYEV, "astana", True)}),
    ("en", "The President of Kazakhstan expressed gratitude to Aliyev for accepting the invitation and visiting "
           "Astana on a state visit.", {(TOKAYEV, ALIYEV, "astana", True)}),
    # near misses: gratitude for something else is no invitation
    ("ru", "Токаев выразил признательность Алиеву за поддержку казахстанских инициатив.", set()),
    ("uk", "Токаєв висловив подяку Алієву за підтримку казахстанських ініціатив.", set()),
    ("en", "Tokayev expressed gratitude to Aliyev for his support of Kazakh initiatives.", set()),
])
def test_gratitude_told_by_a_noun_for_an_invitation_accepted(lang, text, expected):
    assert _invitations(text, lang) == expected


SERDAR, PUTIN = "serdar-berdimuhamedow", "vladimir-putin"


@pytest.mark.parametrize("lang,text,expected", [
    # "our invitation to the President of Russia", said by the one quoted: he invites; the title in the dative
    # (not only a name) tells who gets it
    ("ru", "Лавров встретился с Сердаром Бердымухамедовым. «Мы подтверждаем наше приглашение президенту России», — "
           "сказал Бердымухамедов.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    ("ru", "Лавров встретился с Сердаром Бердымухамедовым. — Подтверждаем наше приглашение президенту России, — "
           "сказал Бердымухамедов.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    ("uk", "Лавров зустрівся із Сердаром Бердимухамедовим. «Ми підтверджуємо наше запрошення президенту Росії», — "
           "сказав Бердимухамедов.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    ("en", "Lavrov met Serdar Berdimuhamedow. \"We confirm our invitation to the Russian President,\" "
           "Berdimuhamedow said.", {(SERDAR, PUTIN, "turkmenistan", None)}),
    # near misses: a title in the genitive is whose invitation it is, not its guest
    ("ru", "Лавров встретился с Сердаром Бердымухамедовым. «Мы помним приглашение президента России», — сказал "
           "Бердымухамедов.", set()),
    ("uk", "Лавров зустрівся із Сердаром Бердимухамедовим. «Ми пам'ятаємо запрошення президента Росії», — сказав "
           "Бердимухамедов.", set()),
])
def test_an_invitation_renewed_in_a_quote_to_a_guest_named_by_a_title(lang, text, expected):
    assert _invitations(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a headline names the city without the host; the host's words later imply only his state: the city is the place
    ("ru", "Путина пригласили в Ашхабад. Лавров встретился с Сердаром Бердымухамедовым. «Мы подтверждаем наше "
           "приглашение президенту России», — сказал Бердымухамедов.", {(SERDAR, PUTIN, "ashgabat", None)}),
    ("uk", "Путіна запросили до Ашгабата. Лавров зустрівся із Сердаром Бердимухамедовим. «Ми підтверджуємо наше "
           "запрошення президенту Росії», — сказав Бердимухамедов.", {(SERDAR, PUTIN, "ashgabat", None)}),
    ("en", "Putin was invited to Ashgabat. Lavrov met Serdar Berdimuhamedow. \"We confirm our invitation to the "
           "Russian President,\" Berdimuhamedow said.", {(SERDAR, PUTIN, "ashgabat", None)}),
    # near misses: the state told by the host's own sentence stays the place; a city of another state is another
    # invitation
    ("en", "Tokayev is to pay an official visit to Turkmenistan following an invitation by his counterpart, Serdar "
           "Berdimuhamedow. Berdimuhamedow extended the invitation to Tokayev during a phone call. Tokayev welcomed "
           "the invitation and may visit Ashgabat in May.", {(SERDAR, TOKAYEV, "turkmenistan", None)}),
    ("ru", "Путина пригласили в Пекин. Лавров встретился с Сердаром Бердымухамедовым. «Мы подтверждаем наше "
           "приглашение президенту России», — сказал Бердымухамедов.",
     {(SERDAR, PUTIN, "turkmenistan", None), (None, PUTIN, "beijing", None)}),
])
def test_a_city_told_without_its_host_is_the_place_of_the_hosts_state(lang, text, expected):
    assert _invitations(text, lang) == expected


def _frames(text: str, lang: str) -> set[tuple[str | None, str, str | None, str | None]]:
    return {(i.inviter, i.invitee, i.destination, i.time_frame.start.iso() if i.time_frame else None)
            for i in facts(text, lang, REF).invitations}


WIDODO, XI = "joko-widodo", "xi-jinping"


@pytest.mark.parametrize("lang,text,expected", [
    # the day of the week before the article's date is when the invitation was given, not when the guest comes: the
    # invitation told again that day is the same one
    ("en", "Joko Widodo has extended an invitation to Xi Jinping to visit Indonesia in November. Widodo extended the "
           "invitation to Xi during a meeting in Beijing on Tuesday evening.", {(WIDODO, XI, "indonesia", "2025-11")}),
    ("ru", "Видодо пригласил Си Цзиньпина посетить Индонезию в ноябре. Видодо передал приглашение Си во время "
           "встречи в Пекине во вторник вечером.", {(WIDODO, XI, "indonesia", "2025-11")}),
    ("uk", "Відодо запросив Сі Цзіньпіна відвідати Індонезію в листопаді. Відодо передав запрошення Сі під час "
           "зустрічі в Пекіні у вівторок увечері.", {(WIDODO, XI, "indonesia", "2025-11")}),
    ("en", "Joko Widodo invited Xi Jinping on Tuesday to visit Indonesia.", {(WIDODO, XI, "indonesia", None)}),
    ("ru", "Видодо во вторник пригласил Си Цзиньпина посетить Индонезию.", {(WIDODO, XI, "indonesia", None)}),
    ("uk", "Відодо у вівторок запросив Сі Цзіньпіна відвідати Індонезію.", {(WIDODO, XI, "indonesia", None)}),
    # near misses: a day after the article's date is when the guest is to come
    ("en", "Joko Widodo invited Xi Jinping to visit Indonesia on 20 March.", {(WIDODO, XI, "indonesia", "2025-03-20")}),
    ("ru", "Видодо пригласил Си Цзиньпина посетить Индонезию 20 марта.", {(WIDODO, XI, "indonesia", "2025-03-20")}),
    ("uk", "Відодо запросив Сі Цзіньпіна відвідати Індонезію 20 березня.", {(WIDODO, XI, "indonesia", "2025-03-20")}),
])
def test_the_day_an_invitation_was_given_is_no_time_frame(lang, text, expected):
    assert _frames(text, lang) == expected


# ------------------------------------------------------------------------------------------ treaties

KG_UZ = ("kyrgyzstan", "uzbekistan")


@pytest.mark.parametrize("lang,text,expected", [
    # a counted batch signed, "including" a document named: both are treaties
    ("ru", "Жапаров провел переговоры с Мирзиёевым в Ташкенте. По итогам переговоров было подписано 12 двусторонних "
           "документов, в том числе Декларация о вечной дружбе между Кыргызстаном и Узбекистаном.",
     {("12 двусторонних документов", KG_UZ),
      ("Декларация о вечной дружбе между Кыргызстаном и Узбекистаном", KG_UZ)}),
    ("uk", "Жапаров провів переговори з Мірзійоєвим у Ташкенті. За підсумками переговорів було підписано 12 "
           "двосторонніх документів, зокрема Декларацію про вічну дружбу між Киргизстаном і Узбекистаном.",
     {("12 двосторонніх документів", KG_UZ),
      ("Декларацію про вічну дружбу між Киргизстаном і Узбекистаном", KG_UZ)}),
    ("en", "Japarov held talks with Mirziyoyev in Tashkent. After the talks the two leaders signed 12 bilateral "
           "documents, including a Declaration on eternal friendship between Kyrgyzstan and Uzbekistan.",
     {("12 bilateral documents", KG_UZ),
      ("Declaration on eternal friendship between Kyrgyzstan and Uzbekistan", KG_UZ)}),
    # near misses: a document alone is one treaty; drafts discussed are none
    ("ru", "Жапаров провел переговоры с Мирзиёевым в Ташкенте. Стороны подписали Декларацию о вечной дружбе между "
           "Кыргызстаном и Узбекистаном.", {("Декларацию о вечной дружбе между Кыргызстаном и Узбекистаном", KG_UZ)}),
    ("en", "Japarov held talks with Mirziyoyev in Tashkent. The sides signed a Declaration on eternal friendship "
           "between Kyrgyzstan and Uzbekistan.",
     {("Declaration on eternal friendship between Kyrgyzstan and Uzbekistan", KG_UZ)}),
    ("ru", "Жапаров провел переговоры с Мирзиёевым в Ташкенте. Стороны обсудили 12 проектов, в том числе "
           "Декларацию о вечной дружбе между Кыргызстаном и Узбекистаном.", set()),
])
def test_a_counted_batch_including_a_named_document(lang, text, expected):
    assert _treaties(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Glencore and Rosneft also signed a Letter of Cooperation.",
     {("Letter of Cooperation", ("glencore", "rosneft"))}),
    ("ru", "Glencore и «Роснефть» также подписали письмо о сотрудничестве.",
     {("письмо о сотрудничестве", ("glencore", "rosneft"))}),
    ("uk", "Glencore і «Роснефть» також підписали лист про співпрацю.",
     {("лист про співпрацю", ("glencore", "rosneft"))}),
    # near miss: a letter of another kind is no document signed
    ("en", "Glencore and Rosneft also exchanged a letter of thanks.", set()),
])
def test_a_letter_of_cooperation_is_a_document(lang, text, expected):
    assert _treaties(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # "a trip to Kenya and Uganda": both are places; the traveller's state signs with the first place
    ("ru", "В ходе поездки в Кению и Уганду президент Танзании Самия Сулуху Хасан подписала восемь соглашений.",
     {("восемь соглашений", ("kenya", "tanzania"))}),
    ("uk", "Під час поїздки до Кенії та Уганди президентка Танзанії Самія Сулуху Хасан підписала вісім угод.",
     {("вісім угод", ("kenya", "tanzania"))}),
    ("en", "During her trip to Kenya and Uganda, Tanzanian President Samia Suluhu Hassan signed eight agreements.",
     {("eight agreements", ("kenya", "tanzania"))}),
    # near miss: states named as the signers, not after "to", are parties
    ("en", "Tanzania, Kenya and Uganda signed eight agreements.",
     {("eight agreements", ("kenya", "tanzania", "uganda"))}),
])
def test_a_state_coordinated_with_a_place_is_a_place(lang, text, expected):
    assert _treaties(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # "the countries signed": the state of the person named in the sentence before, with the article's main actor's
    ("en", "Ruto visited Ghana and Nigeria last month. He discussed trade with the president of Nigeria, Bola "
           "Tinubu. And the countries signed a memorandum of understanding on culture.",
     {("memorandum of understanding on culture", ("kenya", "nigeria"))}),
    ("ru", "Руто посетил Гану и Нигерию в прошлом месяце. Он обсудил торговлю с президентом Нигерии Бола Тинубу. "
           "И страны подписали меморандум о взаимопонимании в сфере культуры.",
     {("меморандум о взаимопонимании в сфере культуры", ("kenya", "nigeria"))}),
    ("uk", "Руто відвідав Гану та Нігерію минулого місяця. Він обговорив торгівлю з президентом Нігерії Бола Тінубу. "
           "І країни підписали меморандум про взаєморозуміння у сфері культури.",
     {("меморандум про взаєморозуміння у сфері культури", ("kenya", "nigeria"))}),
    # near miss: the partner named in the sentence itself is the party
    ("en", "Ruto visited Ghana and Nigeria last month. The countries signed a memorandum of understanding on "
           "culture with Ghana.", {("memorandum of understanding on culture with Ghana", ("ghana", "kenya"))}),
])
def test_the_countries_signing_are_those_of_the_sentence_before(lang, text, expected):
    assert _treaties(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a list of fields, each of one or two words, the last after "and": all of it is in the name
    ("en", "Ghana and Kenya signed an agreement to cooperate in the fields of health, education, financial "
           "management, agriculture, tourism, and culture.",
     {("agreement to cooperate in the fields of health, education, financial management, agriculture, tourism, "
       "and culture", ("ghana", "kenya"))}),
    ("ru", "Гана и Кения подписали соглашение о сотрудничестве в сферах здравоохранения, образования, финансового "
           "управления, сельского хозяйства, туризма и культуры.",
     {("соглашение о сотрудничестве в сферах здравоохранения, образования, финансового управления, сельского "
       "хозяйства, туризма и культуры", ("ghana", "kenya"))}),
    ("uk", "Гана і Кенія підписали угоду про співпрацю у сферах охорони здоров'я, освіти, фінансового управління, "
           "сільського господарства, туризму та культури.",
     {("угоду про співпрацю у сферах охорони здоров'я, освіти, фінансового управління, сільського господарства, "
       "туризму та культури", ("ghana", "kenya"))}),
    # near misses: a list of documents is several names; a clause after a comma ends the name
    ("en", "Ghana and Kenya signed an agreement on health, a memorandum on education, and a protocol on culture.",
     {("agreement on health", ("ghana", "kenya")), ("memorandum on education", ("ghana", "kenya")),
      ("protocol on culture", ("ghana", "kenya"))}),
    ("en", "Ghana and Kenya signed an agreement on health, which both parliaments ratified, and began talks on "
           "trade.", {("agreement on health", ("ghana", "kenya"))}),
])
def test_a_list_of_fields_stays_in_the_name(lang, text, expected):
    assert _treaties(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an agreement reached on what will happen ("договоренность, что визит состоится"): an understanding, no document
    ("ru", "«Недавно достигнута договоренность, что в этом году состоится мой визит в Китай», — сказал Токаев на "
           "встрече с Ван И.", set()),
    ("ru", "Токаев сообщил, что достигнута договоренность о том, что его визит в Китай состоится весной.", set()),
    ("uk", "«Нещодавно досягнуто домовленості, що цього року відбудеться мій візит до Китаю», — сказав Токаєв на "
           "зустрічі з Ван І.", set()),
    ("uk", "Токаєв повідомив, що досягнуто домовленості про те, що його візит до Китаю відбудеться навесні.", set()),
    ("en", "\"An agreement has recently been reached that my official visit to China will take place this year,\" "
           "Tokayev said at a meeting with Wang Yi.", set()),
    # near misses: "що", "что" followed by a verb is the document's own relative clause
    ("uk", "Казахстан і Китай підписали угоду, що передбачає безвізовий режим.", {("угоду", ("china", "kazakhstan"))}),
    ("ru", "Казахстан и Китай подписали соглашение, что предусматривает безвизовый режим.",
     {("соглашение", ("china", "kazakhstan"))}),
    ("en", "Kazakhstan and China signed an agreement that provides for visa-free travel.",
     {("agreement", ("china", "kazakhstan"))}),
])
def test_an_agreement_on_what_will_happen_is_no_document(lang, text, expected):
    assert _treaties(text, lang) == expected


KE_UG = ("kenya", "uganda")


@pytest.mark.parametrize("lang,text,expected", [
    # a verb after "and" begins another act: the document's name ends before it
    ("en", "Kenya and Uganda signed an agreement on trade and investment and opened a border post.",
     {("agreement on trade and investment", KE_UG)}),
    ("ru", "Кения и Уганда подписали соглашение о торговле и открыли пограничный пункт.",
     {("соглашение о торговле", KE_UG)}),
    ("uk", "Кенія та Уганда підписали угоду про торгівлю і відкрили прикордонний пункт.",
     {("угоду про торгівлю", KE_UG)}),
    # near misses: a participle or an adjective after "and" is part of what the document is about
    ("en", "Kenya and Uganda signed agreements on trade and related issues.",
     {("agreements on trade and related issues", KE_UG)}),
    ("ru", "Кения и Уганда подписали соглашение о торговле и связанных вопросах.",
     {("соглашение о торговле и связанных вопросах", KE_UG)}),
    ("uk", "Кенія та Уганда підписали угоду про торгівлю та пов'язані питання.",
     {("угоду про торгівлю та пов'язані питання", KE_UG)}),
])
def test_a_verb_after_and_ends_the_name(lang, text, expected):
    assert _treaties(text, lang) == expected


EU_UA = {("European Union–Ukraine Association Agreement", ("eu", "ukraine"))}


@pytest.mark.parametrize("lang,text,expected", [
    # a known bilateral treaty's words with another state named as the partner: not that treaty
    ("uk", "Новий документ замінить Угоду про асоціацію в торгівлі з Британією після Brexit.", set()),
    ("ru", "Новый документ заменит соглашение об ассоциации в торговле с Британией после Brexit.", set()),
    ("en", "The new document will replace the Association Agreement on trade with Britain after Brexit.", set()),
    # near misses: the partner the treaty has
    ("uk", "Україна підписала Угоду про асоціацію з ЄС у 2014 році.", EU_UA),
    ("ru", "Украина подписала соглашение об ассоциации с ЕС в 2014 году.", EU_UA),
    ("en", "Ukraine signed the Association Agreement with the EU in 2014.", EU_UA),
])
def test_a_known_treaty_with_another_partner_is_not_that_treaty(lang, text, expected):
    assert _treaties(text, lang) == expected


# ------------------------------------------------------------------------------------------ actors

def _actors(text: str, lang: str) -> set[str]:
    return actors(facts(text, lang, REF))


@pytest.mark.parametrize("lang,text,key", [
    # bodies and outlets real news names, in each language's spelling
    ("en", "According to the US Department of Agriculture (USDA), wheat imports grew.", "usda"),
    ("ru", "По данным Министерства сельского хозяйства США (USDA), импорт пшеницы вырос.", "usda"),
    ("uk", "За даними Міністерства сільського господарства США (USDA), імпорт пшениці зріс.", "usda"),
    ("en", "The sides discussed dissolving the OSCE Minsk Group.", "osce-minsk-group"),
    ("ru", "Стороны обсудили роспуск Минской группы ОБСЕ.", "osce-minsk-group"),
    ("uk", "Сторони обговорили розпуск Мінської групи ОБСЄ.", "osce-minsk-group"),
    ("en", "Polish Radio reported this on Monday.", "polskie-radio"),
    ("ru", "Об этом сообщает Польское радио.", "polskie-radio"),
    ("uk", "Про це повідомляє Польське радіо.", "polskie-radio"),
    ("en", "The Intergovernmental Panel on Climate Change warned of droughts.", "ipcc"),
    ("ru", "Межправительственная группа экспертов по изменению климата предупредила о засухах.", "ipcc"),
    ("uk", "Міжурядова група експертів зі зміни клімату попередила про посухи.", "ipcc"),
    ("en", "The MoU was signed between the USFDA and the ministry.", "us-fda"),
    ("en", "The MoU is with the Department of Health and Human Services of the US.", "us-hhs"),
    # organisations the gazetteer lacks, named in English around a head word or with a company suffix
    ("en", "Modi spoke at the Australian War College on Monday.", "new:australian-war-college"),
    ("en", "The MoU was signed with India's Central Drugs Standard Control Organisation.",
     "new:central-drugs-standard-control-organisation"),
    ("en", "A letter was also signed by Indian Oil Corporation with Chart Industries of the US.",
     "new:chart-industries"),
])
def test_an_organisation_named_in_full_is_an_actor(lang, text, key):
    assert key in _actors(text, lang)


@pytest.mark.parametrize("lang,text,absent", [
    # near misses: a head word alone, a head after a known actor's name, "Industries" as a common noun; the OSCE
    # and Minsk inside the group's name
    ("en", "The Organisation said it would act.", ""),
    ("en", "The Trump Administration imposed tariffs.", "new:trump-administration"),
    ("en", "Industries across Europe suffer.", "new:industries"),
    ("ru", "Стороны обсудили роспуск Минской группы ОБСЕ.", "minsk"),
    ("uk", "Сторони обговорили розпуск Мінської групи ОБСЄ.", "osce"),
    # a part of the world read as two capitalised words is no new person
    ("en", "After his stay in West Africa, Abiy headed to Equatorial Guinea.", "new:west-africa"),
    ("ru", "После визита в Западную Африку Абий отправился в Экваториальную Гвинею.", "new:zapadnuyu-afriku"),
    ("uk", "Після візиту до Західної Африки Абій вирушив до Екваторіальної Гвінеї.", "new:zakhidnoi-afryky"),
])
def test_no_actor_where_none_is_named(lang, text, absent):
    found = _actors(text, lang)
    assert absent not in found and not any(k.startswith("new:") and "afri" in k for k in found)
    if not absent:
        assert not any(k.startswith("new:") for k in found)


@pytest.mark.parametrize("lang,text,expected", [
    # a person the gazetteer lacks keeps being read (the words of a part of the world are not in his name)
    ("en", "His Mexican counterpart Marcelo Ebrard arrived.", "marcelo-ebrard"),
    ("ru", "Его мексиканский коллега Марсело Эбрард прибыл.", "marcelo-ebrard"),
    ("uk", "Його мексиканський колега Марсело Ебрард прибув.", "marcelo-ebrard"),
])
def test_a_person_beside_a_region_word_is_still_read(lang, text, expected):
    assert expected in _actors(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    # a state's agency the gazetteer lacks, named right after its state, signs for the state
    ("en", "Trump visited India. The MoU was signed between the USFDA and India's Central Drugs Standard Control "
           "Organisation.", {("MoU", ("india", "united-states"))}),
    ("ru", "Трамп посетил Индию. Меморандум подписали Министерство сельского хозяйства США и Министерство "
           "сельского хозяйства Индии.", {("Меморандум", ("india", "united-states"))}),
    ("uk", "Трамп відвідав Індію. Меморандум підписали Міністерство сільського господарства США та Міністерство "
           "сільського господарства Індії.", {("Меморандум", ("india", "united-states"))}),
    # near miss: a company named after its state signs for itself
    ("en", "Trump visited India. The deal was signed between ExxonMobil and India's Reliance Industries.",
     {("deal", ("exxonmobil", "reliance-industries"))}),
])
def test_an_agency_signs_for_its_state(lang, text, expected):
    assert _treaties(text, lang) == expected


@pytest.mark.parametrize("lang,text,credited,kept", [
    # a dateline's reporter between slashes before her agency: a byline, the agency stays a source
    ("ru", "Бишкек, 12 мая /Айгуль Токтосунова - Кабар/. Президент Кыргызстана Садыр Жапаров прибыл в Ташкент.",
     "new:aygul-toktosunova", "kabar"),
    ("uk", "Бішкек, 12 травня /Айгуль Токтосунова - Кабар/. Президент Киргизстану Садир Жапаров прибув до Ташкента.",
     "new:aigul-toktosunova", "kabar"),
    ("en", "BISHKEK, May 12 /Aigul Toktosunova - Kabar/. Kyrgyz President Sadyr Japarov arrived in Tashkent.",
     "new:aigul-toktosunova", "kabar"),
    # a signature alone on its line, closed by a comma, above a photo credit
    ("ru", "Лавров прибыл в Ташкент.\nОльга Петрова,\nФото: МИД России\n\nЛавров провел переговоры.",
     "new:olga-petrova", "sergey-lavrov"),
    ("uk", "Лавров прибув до Ташкента.\nОльга Петренко,\nФото: МЗС Росії\n\nЛавров провів переговори.",
     "new:olha-petrenko", "sergey-lavrov"),
    ("en", "Lavrov arrived in Tashkent.\nOlga Petrova,\nPhoto: Russian MFA\n\nLavrov held talks.",
     "new:olga-petrova", "sergey-lavrov"),
    # "prepared by" credits the text's author
    ("ru", "Лавров прибыл в Ташкент.\n\nПодготовил: Сергей Дагин", "new:sergey-dagin", "sergey-lavrov"),
    ("uk", "Лавров прибув до Ташкента.\n\nПідготував: Сергій Дагін", "new:serhii-dahin", "sergey-lavrov"),
    ("en", "Lavrov arrived in Tashkent.\n\nPrepared by Sergei Dagin", "new:sergei-dagin", "sergey-lavrov"),
])
def test_credits_name_no_actor(lang, text, credited, kept):
    found = _actors(text, lang)
    assert credited not in found and kept in found


@pytest.mark.parametrize("lang,text,person", [
    # near misses: the same names in the news are people
    ("ru", "Бишкек, 12 мая. Айгуль Токтосунова встретилась с Жапаровым.", "new:aygul-toktosunova"),
    ("en", "Lavrov met Olga Petrova, the mayor, in Tashkent.", "new:olga-petrova"),
    ("uk", "Лавров зустрівся з Ольгою Петренко, мером, у Ташкенті.", "new:olha-petrenko"),
])
def test_names_in_the_news_are_still_people(lang, text, person):
    assert person in _actors(text, lang)


@pytest.mark.parametrize("lang,text,present,absent", [
    # a known company's name, maybe with a state's, then words of its own and a company suffix: a subsidiary, a
    # company of its own; the parent's name in it is no mention of the parent
    ("en", "A letter was signed by Indian Oil Corporation and ExxonMobil India LNG Limited.",
     "new:exxonmobil-india-lng-limited", "exxonmobil"),
    ("ru", "Письмо подписали Indian Oil Corporation и ExxonMobil India LNG Limited.",
     "new:exxonmobil-india-lng-limited", "exxonmobil"),
    ("uk", "Лист підписали Indian Oil Corporation та ExxonMobil India LNG Limited.",
     "new:exxonmobil-india-lng-limited", "exxonmobil"),
    ("en", "Rosneft India Limited will keep running the refinery.", "new:rosneft-india-limited", "rosneft"),
    # near misses: a known company's own name with its legal suffix; the parent named alone
    ("en", "Petronet LNG Limited signed a deal with Tellurian.", "petronet", "new:petronet-lng-limited"),
    ("ru", "ExxonMobil и Petronet LNG Limited подписали соглашение.", "petronet", "new:petronet-lng-limited"),
    ("uk", "ExxonMobil і Petronet LNG Limited підписали угоду.", "exxonmobil", "new:petronet-lng-limited"),
])
def test_a_subsidiary_named_after_its_parent_is_a_company_of_its_own(lang, text, present, absent):
    found = _actors(text, lang)
    assert present in found and absent not in found


@pytest.mark.parametrize("lang,text,expected", [
    # "Guinea Conakry" names Guinea by its capital: the state, no mention of the city
    ("en", "His stay in Guinea Conakry and Equatorial Guinea lasted six days.", {"guinea", "equatorial-guinea"}),
    ("ru", "Его визит в Гвинею-Конакри и Экваториальную Гвинею длился шесть дней.", {"guinea", "equatorial-guinea"}),
    ("uk", "Його візит до Гвінеї-Конакрі та Екваторіальної Гвінеї тривав шість днів.",
     {"guinea", "equatorial-guinea"}),
    # near misses: the capital alone is the city
    ("en", "He flew to Conakry on Monday.", {"conakry"}),
    ("ru", "В понедельник он прилетел в Конакри.", {"conakry"}),
    ("uk", "У понеділок він прилетів до Конакрі.", {"conakry"}),
])
def test_guinea_named_with_its_capital_is_the_state(lang, text, expected):
    assert _actors(text, lang) == expected
