"""Lists of documents signed: one treaty per listed document, named by its own words, with the signing's parties."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, treaty_english_names

REF = date(2025, 6, 10)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Токаев и Мирзиёев подписали соглашение о торговле, протокол о сотрудничестве в сфере культуры и "
           "меморандум о туризме.",
     ["Kazakhstan–Uzbekistan agreement on trade", "Kazakhstan–Uzbekistan memorandum on tourism",
      "Kazakhstan–Uzbekistan protocol on cooperation in the field of culture"]),
    ("uk", "Під час візиту Санду до Києва Зеленський і Санду підписали, зокрема: Меморандум про співпрацю у сфері "
           "енергетики; Декларацію про співпрацю між митними службами; Меморандум про туризм.",
     ["Moldova–Ukraine declaration on cooperation between customs services",
      "Moldova–Ukraine memorandum on cooperation in the field of energy", "Moldova–Ukraine memorandum on tourism"]),
    ("en", "Tokayev and Mirziyoyev signed an agreement on road transport, a protocol on customs cooperation and "
           "a declaration on water use.",
     ["Kazakhstan–Uzbekistan agreement on road transport", "Kazakhstan–Uzbekistan declaration on water use",
      "Kazakhstan–Uzbekistan protocol on customs cooperation"]),
])
def test_each_document_of_a_signed_enumeration_is_its_own_treaty(lang, text, expected):
    assert treaty_english_names(text, lang, REF) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Токаев и Мирзиёев провели переговоры в Ташкенте.\nТакже были подписаны:\n"
           "- межправительственное соглашение о автомобильных перевозках;\n- протокол о таможенном сотрудничестве;\n"
           "- план мероприятий по развитию туризма на 2025-2027 годы;\nПрезиденты обсудили и положение в регионе."),
    ("uk", "Токаєв і Мірзійоєв провели переговори в Ташкенті.\nТакож були підписані:\n"
           "1) міжурядова угода про автомобільні перевезення;\n2) протокол про митне співробітництво;\n"
           "3) план заходів щодо розвитку туризму;\nПрезиденти обговорили і ситуацію в регіоні."),
    ("en", "Tokayev and Mirziyoyev held talks in Tashkent.\nThe sides also signed:\n"
           "- an intergovernmental agreement on road transport;\n- a protocol on customs cooperation;\n"
           "- an action plan on tourism;\nThe presidents also discussed the situation in the region."),
])
def test_documents_listed_one_a_line_after_a_signing_are_three_treaties_of_the_two_states(lang, text):
    treaties = facts(text, lang, REF).treaties
    assert len(treaties) == 3
    assert {t.parties for t in treaties} == {("kazakhstan", "uzbekistan")}
    heads = sorted((t.label_en or t.label).split("Kazakhstan–Uzbekistan ")[-1].split()[0] for t in treaties)
    assert heads == ["action", "intergovernmental", "protocol"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Токаев и Мирзиёев провели переговоры в Ташкенте.\nТакже были обсуждены:\n"
           "- соглашение о автомобильных перевозках;\n- протокол о таможенном сотрудничестве;"),
    ("uk", "Токаєв і Мірзійоєв провели переговори в Ташкенті.\nТакож обговорили:\n"
           "- угоду про автомобільні перевезення;\n- протокол про митне співробітництво;"),
    ("en", "Tokayev and Mirziyoyev held talks in Tashkent.\nThe sides also discussed:\n"
           "- an agreement on road transport;\n- a protocol on customs cooperation;"),
])
def test_a_list_after_talks_without_a_signing_is_no_treaty(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("ru", "По итогам визита Токаева в Узбекистан подписано 16 документов. Мирзиёев назвал визит историческим."),
    ("uk", "За підсумками візиту Токаєва до Узбекистану підписано 16 документів. Мірзійоєв назвав візит історичним."),
    ("en", "Tokayev and Mirziyoyev signed 16 documents during the visit. Mirziyoyev called the visit historic."),
])
def test_a_count_of_documents_alone_stays_one_batch(lang, text):
    (batch,) = facts(text, lang, REF).treaties
    assert "16" in batch.label and batch.parties == ("kazakhstan", "uzbekistan")


@pytest.mark.parametrize("lang,text,subject", [
    ("ru", "Также были подписаны:\n- протокол о вступлении Казахстана во Всемирную торговую организацию;",
     "World Trade Organization"),
    ("uk", "Також були підписані:\n- протокол про вступ Казахстану до Світової організації торгівлі;",
     "accession"),
    ("en", "The sides also signed:\n- a protocol on the accession of Kazakhstan to the World Trade Organization;",
     "accession"),
])
def test_a_listed_document_about_a_body_is_the_signers_document(lang, text, subject):
    opening = {"ru": "Токаев и Мирзиёев провели переговоры.\n", "uk": "Токаєв і Мірзійоєв провели переговори.\n",
               "en": "Tokayev and Mirziyoyev held talks.\n"}[lang]
    text = opening + text
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("kazakhstan", "uzbekistan")
    assert subject in (treaty.label_en or treaty.label)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Токаев и Мирзиёев подписали соглашение о культурно-гуманитарном сотрудничестве.",
     "Kazakhstan–Uzbekistan agreement on cultural and humanitarian cooperation"),
    ("ru", "Токаев и Мирзиёев подписали соглашение о военно-техническом сотрудничестве.",
     "Kazakhstan–Uzbekistan agreement on military-technical cooperation"),  # the table's own compound
    ("uk", "Токаєв і Мірзійоєв підписали угоду про науково-технічне співробітництво.",
     "Kazakhstan–Uzbekistan agreement on scientific and technical cooperation"),
])
def test_a_compound_adjective_is_named_by_its_parts(lang, text, expected):
    assert treaty_english_names(text, lang, REF) == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Также были подписаны:\n- протоколы о сотрудничестве в сферах строительства, труда и миграции;",
     "Kazakhstan–Uzbekistan protocols on cooperation in the fields of construction, labour and migration"),
    ("uk", "Також були підписані:\n- протоколи про співпрацю у сферах будівництва, праці та міграції;",
     "Kazakhstan–Uzbekistan protocols on cooperation in the fields of construction, labour and migration"),
])
def test_a_listed_line_in_the_plural_is_one_entry_named_with_all_its_fields(lang, text, expected):
    opening = "Токаев и Мирзиёев провели переговоры.\n" if lang == "ru" else "Токаєв і Мірзійоєв провели переговори.\n"
    assert treaty_english_names(opening + text, lang, REF) == [expected]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Токаев и Мирзиёев подписали совместное заявление о партнёрстве. Также подписан план мероприятий по "
           "развитию туризма."),
    ("uk", "Токаєв і Мірзійоєв підписали спільну заяву про партнерство. Також підписано план заходів щодо "
           "розвитку туризму."),
])
def test_a_document_told_as_also_signed_is_another_document(lang, text):
    assert len(facts(text, lang, REF).treaties) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Manila and Canberra signed a mutual logistics support agreement (MLSA) on Tuesday. The Philippines and "
           "Australia hailed the signing of the MLSA deal at the palace."),
    ("ru", "Филиппины и Австралия подписали соглашение о взаимном материально-техническом обеспечении (СВМО). "
           "Филиппины и Австралия приветствовали подписание пакта СВМО во дворце."),
    ("uk", "Філіппіни та Австралія підписали угоду про взаємне матеріально-технічне забезпечення (УВМЗ). Філіппіни "
           "та Австралія схвалили підписання пакту УВМЗ у палаці."),
])
def test_an_agreement_and_its_acronym_are_one_treaty(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("australia", "philippines") and len(treaty.evidence) == 2


@pytest.mark.parametrize("lang,text,count", [
    ("ru", "Токаев и Мирзиёев подписали совместные заявления о партнёрстве. Президенты подписывают заявления об "
           "углублении союзничества, сообщила пресс-служба.", 1),
    ("uk", "Токаєв і Мірзійоєв підписали спільні заяви про партнерство. Президенти підписують заяви про "
           "поглиблення союзництва, повідомила пресслужба.", 1),
    # near miss: a statement and a treaty are two kinds of documents
    ("ru", "Токаев и Мирзиёев подписали совместное заявление о партнёрстве. Президенты подписали и договор о "
           "союзничестве.", 2),
])
def test_joint_statements_told_twice_are_one_document(lang, text, count):
    assert len(facts(text, lang, REF).treaties) == count


def test_an_acronym_of_another_name_is_another_treaty():
    text = ("Manila and Canberra signed a mutual logistics support agreement on Tuesday. Marcos recalled the signing "
            "of the RAA deal between the Philippines and Japan last year.")
    assert len(facts(text, "en", REF).treaties) == 2


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "State broadcaster Al Sharqiya said Uzbekistan and China signed 12 agreements worth $5 billion on Thursday.",
     ("china", "uzbekistan")),
    ("ru", "Как сообщает телеканал «Пятая волна», Узбекистан и Китай подписали 12 соглашений на $5 млрд.",
     ("china", "uzbekistan")),
    ("uk", "Як повідомляє телеканал «Пʼята хвиля», Узбекистан і Китай підписали 12 угод на $5 млрд.",
     ("china", "uzbekistan")),
    # near miss: a company that signs and then tells of it stays a party
    ("en", "Saudi Aramco and Sinopec signed a crude supply deal on Thursday, Aramco said.",
     ("saudi-aramco", "sinopec")),
])
def test_an_outlet_named_as_the_source_is_no_party(lang, text, parties):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == parties


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський прибув до Абу-Дабі. Україна та ОАЕ обговорили обмін полоненими. Він повідомив, що країни "
           "підписали економічну угоду."),
    ("ru", "Зеленский прибыл в Абу-Даби. Украина и ОАЭ обсудили обмен пленными. Он сообщил, что страны подписали "
           "экономическое соглашение."),
    ("en", "Zelensky arrived in Abu Dhabi. Ukraine and the UAE discussed a prisoner exchange. He said the countries "
           "signed an economic agreement."),
])
def test_the_countries_that_sign_are_the_states_the_article_names(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("ukraine", "united-arab-emirates")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський прибув до Абу-Дабі. Україна та ОАЕ обговорили обмін полоненими. Він повідомив, що президент "
           "країни підписав указ про економічну угоду."),
    ("ru", "Зеленский прибыл в Абу-Даби. Украина и ОАЭ обсудили обмен пленными. Он сообщил, что президент страны "
           "подписал указ об экономическом соглашении."),
])
def test_one_countrys_president_signing_is_no_signing_by_the_countries(lang, text):
    assert facts(text, lang, REF).treaties == ()


@pytest.mark.parametrize("lang,text", [
    ("uk", "Україна та ОАЕ підписали економічну угоду, яка спрощує доступ українських товарів на ринок Еміратів."),
    ("ru", "Украина и ОАЭ подписали экономическое соглашение, которое упрощает доступ украинских товаров на "
           "рынок Эмиратов."),
    ("en", "Zelensky and Mohamed bin Zayed signed an economic agreement, which eases access of Ukrainian goods to the "
           "UAE market."),
])
def test_a_bare_agreement_takes_its_subject_from_the_clause_after_it(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    name = treaty.label_en or treaty.label
    assert "economic agreement" in name and "access" in name and "goods" in name and "market" in name


@pytest.mark.parametrize("lang,text,told", [
    ("uk", "Україна та Індія погодили чотири спільні документи під час візиту. Вони стосуються медицини, аграрної "
           "сфери та культури.", True),
    ("ru", "Украина и Индия согласовали четыре совместных документа во время визита. Подписанные документы касаются "
           "медицины, сельского хозяйства и культуры.", True),
    ("en", "Ukraine and India signed four joint documents during the visit. The documents cover medicine, farming "
           "and culture.", True),
    # near miss: the next sentence tells something else of the visit
    ("en", "Ukraine and India signed four joint documents during the visit. The talks covered medicine, farming "
           "and culture.", False),
])
def test_a_batch_takes_the_subjects_the_next_sentence_gives_its_documents(lang, text, told):
    (treaty,) = facts(text, lang, REF).treaties
    name = treaty.label_en or treaty.label
    assert ("medicine" in name and "culture" in name) == told
    assert "visit" not in name  # the occasion is no part of the name


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев и Пашинян встречались на саммите ШОС в Тяньцзине, а до того подписали в Вашингтоне мирную "
           "декларацию."),
    ("uk", "Алієв і Пашинян зустрічалися на саміті ШОС у Тяньцзіні, а до того підписали у Вашингтоні мирну "
           "декларацію."),
])
def test_the_body_whose_summit_the_leaders_attended_signs_nothing(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("armenia", "azerbaijan")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Алиев и Пашинян подписали мирную декларацию, предусматривающую создание коридора, связывающего "
           "Азербайджан с Турцией."),
    ("uk", "Алієв і Пашинян підписали мирну декларацію, яка передбачає створення коридору, що з'єднує Азербайджан "
           "з Туреччиною."),
    ("en", "Aliyev and Pashinyan signed a peace declaration, which provides for a corridor linking Azerbaijan with "
           "Turkey."),
])
def test_a_state_the_clause_after_the_name_tells_of_is_no_party(lang, text):
    (treaty,) = facts(text, lang, REF).treaties
    assert treaty.parties == ("armenia", "azerbaijan")


@pytest.mark.parametrize("lang,text,count", [
    ("uk", "Україна та Румунія підписали документи про енергетику, оборону та стратегічне партнерство.",
     1),
    ("ru", "Украина и Румыния подписали документы об энергетике, обороне и стратегическом партнерстве.",
     1),
    # near miss: a partnership agreement signed as a document of its own
    ("uk", "Україна та Румунія підписали угоду про енергетику та договір про стратегічне партнерство.", 2),
])
def test_a_partnership_a_document_is_about_is_no_document_of_its_own(lang, text, count):
    treaties = facts(text, lang, REF).treaties
    assert len(treaties) == count
    assert not any((t.label_en or "").split(" ", 1)[-1].startswith("strategic partnership") for t in treaties)


@pytest.mark.parametrize("lang,text,count", [
    ("uk", "Варто звернути увагу на погоджену за результатами візиту Спільну заяву про глобальне партнерство між "
           "Україною та Канадою.", 1),
    ("ru", "Стоит обратить внимание на согласованное по итогам визита Совместное заявление о глобальном партнерстве "
           "между Украиной и Канадой.", 1),
    ("en", "Both leaders also released a Vision Statement on the partnership between Ukraine and Canada.", 1),
    # near miss: an agreed date is no document
    ("uk", "Україна та Канада погодили дату візиту прем'єра до Києва.", 0),
])
def test_a_statement_agreed_or_released_is_a_document(lang, text, count):
    treaties = facts(text, lang, REF).treaties
    assert len(treaties) == count
    assert all(t.parties == ("canada", "ukraine") for t in treaties)
