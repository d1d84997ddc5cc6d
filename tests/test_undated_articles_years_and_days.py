"""Undated articles: the year a weekday and the office holders fix, a yearless day taking the year told before, a
lead's own day, and the real dev set stripped of its dates."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from helpers import article, estimated_publication, facts, medium_partners_and_day

from kg.text.dates import find_times
from kg.text.document import Document


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин и Алиев провели встречу в Душанбе. Путин начал встречу с темы авиационной катастрофы 25 декабря "
           "2024 года."),
    ("uk", "Путін і Алієв провели зустріч у Душанбе. Путін почав зустріч з теми авіакатастрофи 25 грудня 2024 року."),
    ("en", "Putin and Aliyev met in Dushanbe. Putin began the meeting with the crash of December 25, 2024."),
])
def test_an_undated_page_is_not_dated_by_the_day_of_another_event_in_its_lead(lang, text):
    from helpers import article

    assert getattr(article(text, lang, None), "published_estimate", None) != date(2024, 12, 25)


@pytest.mark.parametrize("lang,text", [
    # near misses: the lead's own day
    ("ru", "Путин и Алиев 25 декабря 2024 года провели встречу в Душанбе."),
    ("uk", "Путін і Алієв 25 грудня 2024 року провели зустріч у Душанбе."),
    ("en", "Putin and Aliyev met in Dushanbe on December 25, 2024."),
])
def test_an_undated_page_is_dated_by_its_leads_own_day(lang, text):
    from helpers import article

    assert getattr(article(text, lang, None), "published_estimate", None) == date(2024, 12, 25)


MAR_14_2025 = date(2025, 3, 14)  # a Friday


MODI, PUTIN, XI, TRUMP = "narendra-modi", "vladimir-putin", "xi-jinping", "donald-trump"


ERDOGAN, ZELENSKY = "recep-tayyip-erdogan", "volodymyr-zelenskyy"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В пятницу, 21 февраля, Зеленский провёл телефонный разговор с Макроном.",
     {("phone", ("emmanuel-macron", ZELENSKY), "2025-02-21")}),
    ("uk", "У вівторок, 24 грудня, Зеленський провів телефонну розмову з Макроном.",
     {("phone", ("emmanuel-macron", ZELENSKY), "2024-12-24")}),
    ("en", "On Tuesday, June 19, Kim Jong Un held talks with Xi Jinping in Beijing.",
     {("in_person", ("kim-jong-un", XI), "2018-06-19")}),
    # the people named in office pick among the years a weekday allows: Shoukry left office in 2024
    ("ru", "В пятницу, 27 сентября, Лавров провёл переговоры с министром иностранных дел Египта Самехом Шукри.",
     {("in_person", ("sameh-shoukry", "sergey-lavrov"), "2019-09-27")}),
    # "yesterday" in a text that names the day by its weekday: written the day after
    ("ru", "В пятницу, 21 февраля, Зеленский начал обзванивать лидеров. Он также вчера вечером звонил Макрону.",
     {("phone", ("emmanuel-macron", ZELENSKY), "2025-02-21")}),
    # near misses: a day without its weekday fixes no year; a dated article keeps its own year
    ("ru", "21 февраля Зеленский провёл телефонный разговор с Макроном.",
     {("phone", ("emmanuel-macron", ZELENSKY), None)}),
])
def test_an_undated_text_gets_the_year_its_weekday_and_its_office_holders_fix(lang, text, expected):
    assert medium_partners_and_day(text, lang, None) == expected


TENURES = [
    # (lang, text, estimate): no year told; the weekday and the tenure of the office holders named by title
    # leave one year (Zelensky president from May 2019, Macron from 2017: Monday 1 December is 2025)
    ("ru", "Президент Франции Эммануэль Макрон принял президента Украины Владимира Зеленского в понедельник, "
           "1 декабря.", date(2025, 12, 1)),
    ("uk", "Президент Франції Емманюель Макрон прийняв президента України Володимира Зеленського у понеділок, "
           "1 грудня.", date(2025, 12, 1)),
    ("en", "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskyy on Monday, "
           "December 1.", date(2025, 12, 1)),
    # near misses: a weekday that fits two years of the tenures (Tuesday 24 December: 2019 and 2024);
    # a name without its title; a title after "former"
    ("uk", "Президент України Володимир Зеленський провів розмову у вівторок, 24 грудня.", None),
    ("ru", "Эммануэль Макрон принял Владимира Зеленского в понедельник, 1 декабря.", None),
    ("en", "Former President Emmanuel Macron hosted Volodymyr Zelenskyy on Monday, December 1.", None),
]


@pytest.mark.parametrize("lang,text,estimate", TENURES)
def test_a_weekday_date_without_a_year_takes_the_one_year_the_named_office_holders_allow(lang, text, estimate):
    assert article(text, lang, published=None).published_estimate == estimate


# ---- the real devset without its date lines (skips where devset/real/texts is absent) --------------------

_ROOT = Path(__file__).resolve().parent.parent


_REAL = _ROOT / "devset" / "real"


_TEXTS = _REAL / "texts"


# floors a little under what was measured on 2026-12-04 (all 120): 22 of the 61 dated pages get their day back
# from the text (19 exactly, 3 as the lead's event day, a day before the page's) and none a wrong one; the set
# scores macro-F1 0.807 without dates. With batch 10 (328 texts, 2026-12-05): 68 right, 2 off — real_ru_103, whose
# page stamp "14:48 11.02.2026" is a day after the gold's date (the call's day), and real_ru_108, undated but for a
# story tag's crash of 25 December 2024 told in its lead
UNDATED_RIGHT_FLOOR, UNDATED_WRONG_CEILING, UNDATED_MACRO_FLOOR = 20, 2, 0.79


@pytest.fixture(scope="module")
def stripped_texts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _TEXTS.is_dir():
        pytest.skip("devset/real/texts is absent: rebuild it as devset/real/README.md says")
    folder = tmp_path_factory.mktemp("undated")
    for text in sorted(_TEXTS.glob("real_*.txt")):
        lines = text.read_text(encoding="utf-8").split("\n")
        body = lines[1:] if lines and lines[0].startswith(" date ") else lines
        (folder / text.name).write_text("\n".join(body), encoding="utf-8")
    return folder


def test_the_dated_real_pages_stripped_of_their_date_mostly_get_it_back_and_rarely_a_wrong_one(stripped_texts):
    import csv

    from kg.ingest import read_text_file

    rows = list(csv.DictReader((_REAL / "sources.tsv").open(encoding="utf-8"), delimiter="\t"))
    right = wrong = 0
    for row in rows:
        path = stripped_texts / row["file"]
        if not row["published"] or not path.is_file():
            continue
        made = read_text_file(path)
        estimate = getattr(made, "published_estimate", None)
        if estimate is not None:
            # the day the lead tells of ("5 сентября провели разговор") is the story's day, a day before the page's
            told = 0 <= (date.fromisoformat(row["published"]) - estimate).days <= 1
            right += told
            wrong += not told
    assert right >= UNDATED_RIGHT_FLOOR and wrong <= UNDATED_WRONG_CEILING, (right, wrong)


def test_the_real_devset_without_dates_stays_above_its_floor(stripped_texts, tmp_path):
    from kg.build import build
    from kg.evaluate import evaluate

    gold = tmp_path / "gold"  # the floor's articles: batches 1 to 3 (later batches have floors of their own)
    gold.mkdir()
    for g in sorted((_REAL / "gold").glob("real_*.json")):
        if int(g.stem.rsplit("_", 1)[1]) <= 40 and (stripped_texts / (g.stem + ".txt")).is_file():
            shutil.copy(g, gold / g.name)
    build([stripped_texts], tmp_path / "out", validate=False)
    result = evaluate(tmp_path / "out" / "graph.trig", gold)
    assert result.macro_f1 >= UNDATED_MACRO_FLOOR, round(result.macro_f1, 3)


@pytest.mark.parametrize("lang,text,ref,days", [
    # a weekday written before a year-less date confirms it: one date, in the year that puts it on that weekday
    ("uk", "Офіційні переговори відбудуться у вівторок, 9 липня.", date(2024, 7, 8), ["2024-07-09"]),
    ("ru", "Официальные переговоры пройдут во вторник, 9 июля.", date(2024, 7, 8), ["2024-07-09"]),
    ("en", "Official talks will be held on Tuesday, July 9.", date(2024, 7, 8), ["2024-07-09"]),
    ("ru", "Переговоры прошли в понедельник, 1 декабря.", date(2025, 12, 2), ["2025-12-01"]),
    # near misses: a weekday in another sentence is a day of its own; a date without a weekday is the last one
    ("ru", "Переговоры прошли в понедельник. 1 декабря они встретились снова.", date(2025, 12, 3),
     ["2025-12-01", "2025-12-01"]),
    ("uk", "Офіційні переговори відбулися 9 липня.", date(2024, 7, 8), ["2023-07-09"]),
])
def test_a_weekday_before_a_date_is_one_date_in_the_year_it_fits(lang, text, ref, days):
    from kg.text.dates import find_times
    from kg.text.document import Document

    doc = Document(article(text, lang, published=ref))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), ref)] == days


# ---- the date of an undated page from a year-less date and the office holders it names --------------------

@pytest.mark.parametrize("lang,text,estimate", [
    # a second term is a second span: with 2024 told, 5 September falls in Trump's term only in 2025
    ("ru", "Президент Казахстана Касым-Жомарт Токаев и президент США Дональд Трамп 5 сентября провели "
           "телефонный разговор. Они вспомнили встречу 2024 года.", date(2025, 9, 5)),
    ("uk", "Президент Казахстану Касим-Жомарт Токаєв і президент США Дональд Трамп 5 вересня провели "
           "телефонну розмову. Вони згадали зустріч 2024 року.", date(2025, 9, 5)),
    ("en", "Kazakh President Kassym-Jomart Tokayev and US President Donald Trump held a phone call on September 5. "
           "They recalled their meeting of 2024.", date(2025, 9, 5)),
    # no year told: an office holder in office only since October 2025 leaves one 30 October Entente knows of
    ("ru", "Кёнджу, 30 октября. Премьер-министр Японии Санаэ Такаити провела встречу с президентом Южной Кореи "
           "Ли Чжэ Мёном.", date(2025, 10, 30)),
    # near misses: a year told that leaves two years in office (2018 and 2019, both in Trump's first term and
    # Putin's); no title; a date deep in the text, not in the lead or a dateline
    ("en", "US President Donald Trump held a phone call with Russian President Vladimir Putin on "
           "September 5. They recalled their meeting of 2018.", None),
    ("ru", "Касым-Жомарт Токаев и Дональд Трамп 5 сентября провели телефонный разговор. Они вспомнили встречу "
           "2024 года.", None),
    ("en", "Kazakh President Kassym-Jomart Tokayev spoke with US President Donald Trump. They discussed trade. "
           "They discussed energy. They recalled their meeting of 2024. Talks are due on September 5.", None),
])
def test_a_yearless_date_in_the_lead_takes_the_one_year_the_office_holders_allow(lang, text, estimate):
    from helpers import article

    assert article(text, lang, published=None).published_estimate == estimate


DAY = date(2024, 12, 5)  # a Thursday


# the story's body, long enough that the caption stands below the page's head (where a line opening with a place and
# a comma would be a dateline)
_BODY = {"ru": " Переговоры длились три часа, стороны обсудили торговлю, энергетику и транспорт." * 5,
         "uk": " Переговори тривали три години, сторони обговорили торгівлю, енергетику і транспорт." * 5,
         "en": " The talks lasted three hours, and the sides discussed trade, energy and transport." * 5}


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Президенты подписали соглашение в четверг в Кремле.{body}\nМосква, четверг, 5 декабря 2024 года. "
           "(Фото: пресс-служба)", DAY),
    ("uk", "Президенти підписали угоду в четвер у Києві.{body}\nКиїв, четвер, 5 грудня 2024 року. (Фото: "
           "пресслужба)", DAY),
    ("en", "The presidents signed an agreement on Thursday in Delhi.{body}\nLeaders at the palace in Delhi, "
           "Thursday, Dec. 5, 2024. (Photo/Agency)", DAY),
    # near misses: the weekday beside the date is not the one it falls on; no weekday told apart from it
    ("ru", "Президенты подписали соглашение в пятницу в Кремле.{body}\nМосква, пятница, 5 декабря 2024 года. "
           "(Фото: пресс-служба)", None),
    ("uk", "Президенти підписали угоду у Києві.{body}\nКиїв, четвер, 5 грудня 2024 року. (Фото: пресслужба)", None),
    ("en", "The presidents signed an agreement on Friday in Delhi.{body}\nLeaders at the palace in Delhi, "
           "Friday, Dec. 5, 2024. (Photo/Agency)", None),
])
def test_a_full_date_with_its_weekday_told_again_dates_the_page(lang, text, expected):
    text = text.format(body=_BODY[lang])
    assert text.index("2024") > 400
    assert estimated_publication(text, lang) == expected


def _days(text: str, lang: str, published: date | None) -> list[str]:
    doc = Document(article(text, lang, published=published))
    return [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), published)]


@pytest.mark.parametrize("lang,text,published,expected", [
    # a year-less day takes the year of the date the story told just before, with or without the article's date
    ("ru", "Переговоры прошли 20 июня 2017 года. 21 июня президенты подписали договор.", date(2025, 3, 14),
     ["2017-06-20", "2017-06-21"]),
    ("uk", "Переговори відбулися 20 червня 2017 року. 21 червня президенти підписали договір.", None,
     ["2017-06-20", "2017-06-21"]),
    ("en", "The leaders met on May 20, 2018. On May 31 they signed a treaty.", None, ["2018-05-20", "2018-05-31"]),
    ("en", "The leaders met on 20 May 2018, and on 2 June they signed a treaty.", date(2025, 3, 14),
     ["2018-05-20", "2018-06-02"]),
    # near misses: a day far from the dated one is the article's own time; a date two sentences back does not carry
    ("ru", "Договор подписан 8 декабря 1991 года. 21 июня президенты встретились.", date(2025, 3, 14),
     ["1991-12-08", "2024-06-21"]),
    ("uk", "Договір підписано 8 грудня 1991 року. 21 червня президенти зустрілися.", None, ["1991-12-08"]),
    ("en", "The leaders met on May 20, 2018. Trade grew. On May 31 they signed a treaty.", date(2025, 3, 14),
     ["2018-05-20", "2024-05-31"]),
])
def test_a_yearless_day_takes_the_year_the_story_told_just_before(lang, text, published, expected):
    assert _days(text, lang, published) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # looking ahead (plans, invitations), a day that took the story's year keeps it (article of 14 March 2025)
    ("ru", "Переговоры прошли 20 июня 2024 года. 22 июня стороны договорились о визите.", ["2024-06-20", "2024-06-22"]),
    ("uk", "Переговори відбулися 20 червня 2024 року. Візит запланували на 22 червня.", ["2024-06-20", "2024-06-22"]),
    ("en", "The talks were held on June 20, 2024. On June 22 the sides agreed on a visit.",
     ["2024-06-20", "2024-06-22"]),
    # near misses: a month alone, or a day with no dated one before it, is the coming one
    ("ru", "Переговоры прошли 20 июня 2024 года. Визит состоится в июне.", ["2024-06-20", "2025-06"]),
    ("uk", "Візит запланували на 22 червня.", ["2025-06-22"]),
    ("en", "The sides agreed on a visit on June 22.", ["2025-06-22"]),
])
def test_a_carried_year_is_kept_looking_ahead(lang, text, expected):
    doc = Document(article(text, lang))
    assert [t.when.iso() for t in find_times(doc, 0, len(doc.tokens), date(2025, 3, 14), ahead=True)] == expected


PUTIN, ORBAN = "vladimir-putin", "viktor-orban"


@pytest.mark.parametrize("lang,text,expected", [
    # 3 March is a Tuesday in 2026 (two months past the latest change of office Entente knows) and in 2020:
    # both leaders held office in both years, the later one is taken
    ("ru", "Путин провел телефонный разговор с Орбаном во вторник, 3 марта.",
     {("phone", (ORBAN, PUTIN), "2026-03-03")}),
    ("uk", "Путін провів телефонну розмову з Орбаном у вівторок, 3 березня.",
     {("phone", (ORBAN, PUTIN), "2026-03-03")}),
    ("en", "Putin held a phone call with Orban on Tuesday, March 3.",
     {("phone", (ORBAN, PUTIN), "2026-03-03")}),
    # near misses: 3 March is a Wednesday in 2027, more than a year past what Entente knows: 2021 is taken
    ("ru", "Путин провел телефонный разговор с Орбаном в среду, 3 марта.",
     {("phone", (ORBAN, PUTIN), "2021-03-03")}),
    ("uk", "Путін провів телефонну розмову з Орбаном у середу, 3 березня.",
     {("phone", (ORBAN, PUTIN), "2021-03-03")}),
    ("en", "Putin held a phone call with Orban on Wednesday, March 3.",
     {("phone", (ORBAN, PUTIN), "2021-03-03")}),
])
def test_a_weekday_fixes_a_year_up_to_a_year_past_what_entente_knows(lang, text, expected):
    assert medium_partners_and_day(text, lang, None) == expected


@pytest.mark.parametrize("lang,text,day", [
    ("ru", "МОСКВА, 12 сентября 2025. Путин и Си Цзиньпин вчера провели телефонный разговор.", "2025-09-11"),
    ("uk", "КИЇВ, 12 вересня 2025. Путін і Сі Цзіньпін учора провели телефонну розмову.", "2025-09-11"),
    ("en", "MOSCOW, Sept 12, 2025 - Putin and Xi Jinping held a phone call yesterday.", "2025-09-11"),
])
def test_relative_dates_of_an_undated_article_resolve_against_its_estimate(lang, text, day):
    (meeting,) = facts(text, lang, published=None).meetings
    assert meeting.date is not None and meeting.date.iso() == day


def test_the_build_summary_counts_undated_articles_and_their_estimates(tmp_path):
    from kg.build import build

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("МОСКВА, 12 сентября 2025. Путин провел переговоры.", encoding="utf-8")
    (folder / "b.txt").write_text("МОСКВА, 12 сентября. Путин провел переговоры.", encoding="utf-8")
    (folder / "c.txt").write_text(" date 2025-09-12\nПутин провел переговоры.", encoding="utf-8")
    report = build([folder], tmp_path / "out", validate=False)
    assert "2 articles had no date; 1 estimated from their text" in report.summary()
