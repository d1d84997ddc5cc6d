"""Meetings told beside documents and plans, in ru, uk and en: a year inside a document's name ("the 1982 UN
Convention", "Конвенция ... 1982 года") never dates a meeting told beside it; a visit said to be planned or put off
("визит ... планируется", "візит ... відкладався", "the visit was postponed") has not taken place."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2024, 5, 14)
SCHOLZ, XI = "olaf-scholz", "xi-jinping"


def _dated(text: str, lang: str) -> list[tuple[tuple[str, ...], int | None]]:
    return sorted((tuple(sorted(m.participants)), m.date.year if m.date else None)
                  for m in facts(text, lang, REF).meetings)


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz held talks with Xi Jinping in Beijing. After their talks the two leaders said they respect "
           "the 1982 United Nations Convention on the Law of the Sea."),
    ("en", "Olaf Scholz held talks with Xi Jinping in Beijing. The leaders said both sides keep to the Convention "
           "of 1982."),
    ("ru", "Олаф Шольц провёл переговоры с Си Цзиньпином в Пекине. После переговоров лидеры заявили, что уважают "
           "Конвенцию ООН по морскому праву 1982 года."),
    ("uk", "Олаф Шольц провів переговори з Сі Цзіньпіном у Пекіні. Після переговорів лідери заявили, що поважають "
           "Конвенцію ООН з морського права 1982 року."),
])
def test_a_year_in_a_documents_name_does_not_date_the_meeting(lang, text):
    assert _dated(text, lang) == [((SCHOLZ, XI), 2024)]


@pytest.mark.parametrize("lang,text", [
    # near misses: a year told by a preposition is the meeting's own
    ("en", "Olaf Scholz held talks with Xi Jinping in Beijing in 2019."),
    ("ru", "Олаф Шольц провёл переговоры с Си Цзиньпином в Пекине в 2019 году."),
    ("uk", "Олаф Шольц провів переговори з Сі Цзіньпіном у Пекіні у 2019 році."),
    ("ru", "Олаф Шольц провёл переговоры с Си Цзиньпином в Пекине в 2019 году и подписал соглашение."),
])
def test_a_year_told_for_the_meeting_still_dates_it(lang, text):
    assert _dated(text, lang) == [((SCHOLZ, XI), 2019)]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Визит канцлера Германии Олафа Шольца в Китай планируется уже два года и несколько раз переносился."),
    ("ru", "Визит Олафа Шольца в Китай несколько раз откладывался."),
    ("ru", "Визит Олафа Шольца в Китай намечается с прошлого года."),
    ("uk", "Візит Олафа Шольца до Китаю планується вже два роки і кілька разів відкладався."),
    ("uk", "Візит канцлера Олафа Шольца до Китаю переносився двічі."),
    ("en", "Olaf Scholz's visit to China has been planned for two years and was postponed several times."),
    ("en", "Olaf Scholz's visit to China was postponed twice."),
])
def test_a_visit_said_to_be_planned_or_put_off_has_not_taken_place(lang, text):
    assert not facts(text, lang, REF).meetings


@pytest.mark.parametrize("lang,text", [
    # near misses: put off in a relative clause, then held; held as planned
    ("ru", "Визит Олафа Шольца в Китай, который долго откладывался, состоялся в понедельник."),
    ("uk", "Візит Олафа Шольца до Китаю, який кілька разів переносився, відбувся в понеділок."),
    ("ru", "Олаф Шольц встретился с Си Цзиньпином в понедельник как и планировалось."),
    ("uk", "Зустріч Олафа Шольца та Сі Цзіньпіна відбулася в понеділок як і планувалося."),
    ("en", "Olaf Scholz met Xi Jinping on Monday as planned."),
])
def test_a_visit_held_after_being_put_off_or_as_planned_is_kept(lang, text):
    assert len(facts(text, lang, REF).meetings) == 1


ZELENSKY, FIALA = "volodymyr-zelenskyy", "petr-fiala"
CZ = "czech-republic"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський зустрівся зі спікером Сенату Чехії."),
    ("uk", "Зеленський також зустрівся з керівництвом оборонних заводів Чехії та спікером Сенату."),
    ("ru", "Зеленский встретился со спикером Сената Чехии."),
    ("ru", "Зеленский встретился с председателем Сената Чехии."),
    ("en", "Zelensky met with the Speaker of the Senate of the Czech Republic."),
])
def test_an_office_of_a_state_its_holder_unnamed_is_the_state(lang, text):
    assert _dated(text, lang) == [((CZ, ZELENSKY), 2024)]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський відвідав Прагу, де провів переговори з прем’єр-міністром Чехії Петром Фіалою. Зеленський також "
           "зустрівся зі спікером Сенату Чехії."),
    ("ru", "Зеленский посетил Прагу, где провёл переговоры с премьер-министром Чехии Петром Фиалой. Зеленский также "
           "встретился со спикером Сената Чехии."),
])
def test_another_office_of_a_state_whose_leader_was_met_is_another_meeting(lang, text):
    assert [p for p, _ in _dated(text, lang)] == [(CZ, ZELENSKY), (FIALA, ZELENSKY)]


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: the holder named after the office (known or not) is the partner, not the state
    ("uk", "Зеленський зустрівся з прем’єр-міністром Чехії Петром Фіалою.", [(FIALA, ZELENSKY)]),
    ("en", "Olaf Scholz received the Minister of Trade of Sri Lanka, Dr. Bandula Gunawardhana.", []),
    # the leader of a state whose leader the article names is that leader
    ("uk", "Зеленський провів переговори з Петром Фіалою. Зеленський провів переговори з лідером Чехії.",
     [(FIALA, ZELENSKY)]),
])
def test_an_office_with_its_holder_named_is_not_the_state(lang, text, expected):
    assert [p for p, _ in _dated(text, lang)] == expected


def _split(text: str, lang: str) -> list[str]:
    from kg.lexicon import load_lexicon
    from kg.text.tokens import sentences
    lexicon = load_lexicon(lang)
    return [s.text for s in sentences(text, lexicon.abbreviations, clock=lexicon.clock_abbreviations)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Modi spoke with Xi Jinping, President of China, and Prime Minister (Dr.) Olaf Scholz of Germany."),
    ("en", "Modi spoke with Xi Jinping and K.P. Sharma Oli, Prime Minister of Nepal."),
    ("en", "Modi spoke with Donald J. Trump on Monday."),
    ("uk", "Моді розмовляв з Сі Цзіньпіном та К.П. Шармою Олі, прем'єр-міністром Непалу."),
])
def test_a_partner_list_is_not_cut_by_an_abbreviation_in_brackets_or_initials(lang, text):
    assert _split(text, lang) == [text]


@pytest.mark.parametrize("lang,text,parts", [
    # near misses: a clock's "p.m." or a place's "D.C." after a comma still end a sentence
    ("en", "The talks ended at 5 p.m. Then he left.", 2),
    ("en", "They met in Washington, D.C. The talks lasted long.", 2),
    ("uk", "Він зустрівся з В. Зеленським. Потім поїхав.", 2),
])
def test_a_sentence_still_ends_after_a_clock_a_place_or_a_name(lang, text, parts):
    assert len(_split(text, lang)) == parts


MIRZIYOYEV, TOKAYEV = "shavkat-mirziyoyev", "kassym-jomart-tokayev"


@pytest.mark.parametrize("lang,text", [
    ("ru", "После переговоров состоялась церемония подписания. Президенты Шавкат Мирзиёев и Касым-Жомарт Токаев "
           "скрепили подписями Декларацию о дружбе."),
    ("ru", "Президенты Шавкат Мирзиёев и Касым-Жомарт Токаев скрепили своими подписями совместное заявление."),
    ("uk", "Президенти Шавкат Мірзійоєв і Касим-Жомарт Токаєв скріпили підписами Декларацію про дружбу."),
    ("en", "Presidents Shavkat Mirziyoyev and Kassym-Jomart Tokayev affixed their signatures to a Declaration on "
           "friendship."),
])
def test_talks_told_through_the_leaders_sealing_a_document_are_their_meeting(lang, text):
    assert [p for p, _ in _dated(text, lang)] == [(TOKAYEV, MIRZIYOYEV)]


@pytest.mark.parametrize("lang,text", [
    # near misses: one signer, or a signing to come
    ("ru", "Президент Шавкат Мирзиёев скрепил подписью указ о дружбе."),
    ("ru", "Президенты Шавкат Мирзиёев и Касым-Жомарт Токаев скрепят подписями Декларацию о дружбе в будущем году."),
])
def test_a_seal_by_one_or_yet_to_come_is_no_meeting(lang, text):
    assert _dated(text, lang) == []


STOLTENBERG = "jens-stoltenberg"


@pytest.mark.parametrize("lang,text", [
    ("en", "During the trip, Olaf Scholz held talks with his counterpart Xi Jinping, had meetings with parliamentary "
           "leaders of China, visited the NATO headquarters, and met with NATO Secretary General Jens Stoltenberg."),
    ("en", "Olaf Scholz held talks with Xi Jinping, attended a dinner, and met with Jens Stoltenberg."),
    ("ru", "В ходе поездки Олаф Шольц провёл переговоры с Си Цзиньпином, посетил штаб-квартиру НАТО и встретился с "
           "генсеком НАТО Йенсом Столтенбергом."),
    ("uk", "Під час поїздки Олаф Шольц провів переговори із Сі Цзіньпіном, відвідав штаб-квартиру НАТО та зустрівся з "
           "генсеком НАТО Єнсом Столтенбергом."),
])
def test_predicates_of_one_subject_each_with_its_partner_are_meetings_apart(lang, text):
    assert [p for p, _ in _dated(text, lang)] == [(STOLTENBERG, SCHOLZ), (SCHOLZ, XI)]


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: one predicate with two partners is read as before (one meeting each); a partner told by a
    # verb that is no meeting is none
    ("en", "Olaf Scholz met Xi Jinping and Jens Stoltenberg.", [(STOLTENBERG, SCHOLZ), (SCHOLZ, XI)]),
    ("en", "Olaf Scholz held talks with Xi Jinping, and thanked Jens Stoltenberg for his support.", [(SCHOLZ, XI)]),
    # a topic after a verb of discussion, a companion on arrival: no partners of their own
    ("ru", "Олаф Шольц встретился с Си Цзиньпином и обсудил санкции Джо Байдена.", [(SCHOLZ, XI)]),
    ("uk", "Олаф Шольц прибув до Пекіна разом із дружиною Брітт Ернст і зустрівся із Сі Цзіньпіном.", [(SCHOLZ, XI)]),
])
def test_one_predicate_or_a_partner_of_no_meeting_is_read_as_before(lang, text, expected):
    assert [p for p, _ in _dated(text, lang)] == expected


PUTIN, RAMAPHOSA = "vladimir-putin", "cyril-ramaphosa"


@pytest.mark.parametrize("lang,text", [
    ("ru", "«Буду рад приветствовать Вас на саммите в Казани», — сказал Владимир Путин Сирилу Рамафосе."),
    ("uk", "«Буду радий вітати Вас на саміті в Казані», — сказав Володимир Путін Сирілу Рамафосі."),
    ("en", "\"I will be glad to welcome you at the summit in Kazan,\" Vladimir Putin told Cyril Ramaphosa."),
])
def test_a_speakers_first_person_future_tells_a_meeting_to_come(lang, text):
    assert _dated(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    # near miss: the writer's "Напомним", "Нагадаємо" opening a sentence says nothing of the meeting's tense
    ("ru", "Напомним, Владимир Путин встретился с Сирилом Рамафосой в Казани."),
    ("uk", "Нагадаємо, Володимир Путін зустрівся із Сирілом Рамафосою в Казані."),
])
def test_the_writers_first_person_plural_keeps_a_meeting_held(lang, text):
    assert [p for p, _ in _dated(text, lang)] == [(RAMAPHOSA, PUTIN)]



@pytest.mark.parametrize("lang,text", [
    # a name whose last part is one letter ends its sentence like any other name
    ("ru", "Лавров провёл переговоры с китайским коллегой Ван И. Встреча длилась три часа."),
    ("uk", "Сибіга провів переговори з китайським колегою Ван І. Зустріч тривала три години."),
    # near misses: initials before a name keep the sentence whole until its end
    ("en", "Modi spoke with Donald J. Trump on Monday. The call lasted an hour."),
    ("ru", "Президент В.В. Путин провёл переговоры. Встреча длилась час."),
])
def test_a_name_ending_in_one_letter_still_ends_its_sentence(lang, text):
    assert len(_split(text, lang)) == 2
