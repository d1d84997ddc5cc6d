"""Temporal expressions -> PartialDate / Period, resolved against the article's date.

A month or day without a year takes the most recent one not after the article's date.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..records import PartialDate, Period
from .morph import PymorphyLemmatizer, lemmatizer
from .phrases import lemma_positions

if TYPE_CHECKING:
    from .document import Document

_RANGE_LINKS = {"–", "—", "-", "по", "до", "to", "through", "till", "until", "and"}
_RANGE_OPENERS = {"с", "з", "from", "від", "between"}
# a scraped page glues a stamp to the words before it and its clock time to its year ("Африка26.07.202321:21"):
# the date starts and its year ends there all the same; so does a clock time glued before it ("13:5710.01.2025")
_GLUED_CLOCK = r"(?=(?:[01]\d|2[0-3]):[0-5]\d(?!\d))"
_DATE_OPENS = r"(?:(?<![\d.-])|(?<=[0-2]\d:[0-5]\d))"
# (a year may carry its abbreviation glued on: "11.03.2024г. в 20:30", or a photo caption's agency credit:
# "у Пекіні, 11.03.2025REUTERS/...": the year ends where a digit does not follow)
_DOTTED = re.compile(rf"{_DATE_OPENS}(\d{{1,2}})([.-])(\d{{1,2}})\2((?:19|20)\d\d)(?:(?!\d)|{_GLUED_CLOCK})")
# "2025-09-01T13:18:00+03:00" too, and a month and day written without their zero: "2017-6-25 13:17"
_ISO = re.compile(r"\b(20\d\d|19\d\d)-(\d\d?)-(\d\d?)(?:\b|(?=T\d\d:\d\d))")
# a wire dateline's date with a two-digit year: "Бишкек, 16.03.26 /Кабар/.", "Астана, 04.11.25 -",
# "Baku/10.03.22/Turan:", or after the outlet's name on a line of the page's own ("РИА Новости 17.05.23 Слов: 204")
_DATELINE_SHORT = re.compile(
    r"(?m)^(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{1,40}(?:,\s*|/)){1,2}(\d\d)\.(\d\d)\.(\d\d)(?=\s*[/(—–-])"
    r"|^(?:[A-ZА-ЯІЇЄҐ][\w'’.\-]*[ \t]+){1,3}(\d\d)\.(\d\d)\.(\d\d)(?![\d.])(?=[ \t]+[A-ZА-ЯІЇЄҐ]|[ \t]*$)")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
# year first, with slashes or dots: "2024/03/05 10:30", "2024.03.05", a page's address "…/news/2024/03/05/…"
_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)([./])(\d\d?)\2(\d\d?)(?!\d|\.\d)")
# the date in an article's address: "https://outlet.example/world/2024/03/05/talks", "/2024-03-05/"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)([/-])(\d\d?)\2(\d\d?)(?=[/-]|\.\w+$|$)")
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
_HEAD = 600  # characters at the top of a page where its own date stands


@dataclass(frozen=True, slots=True)
class TimeMention:
    first: int  # token range
    last: int
    when: PartialDate | Period


def _lookup(doc: Document, key: str, index: int) -> int | None:
    """The value of the token's lemma in a lexicon table such as months or ordinals."""
    return doc.table_value(key, index)  # type: ignore[no-any-return]


_YEAR = re.compile(r"(19|20)\d\d")
_DAY = re.compile(r"\d{1,2}")
_ORDINAL_DAY = re.compile(r"(\d{1,2})(st|nd|rd|th)")


def _weekday_at(doc: Document, index: int) -> int | None:
    """The weekday named at token `index` (0 for Monday), less a form another word shares and means far more often
    (uk "серед", "among"; ru "в экспертной среде", "environment"): those the lexicon lists as weekday_homographs."""
    weekday = _lookup(doc, "weekdays", index)
    if weekday is not None and doc.tokens[index].norm in doc.lexicon.words("weekday_homographs"):
        return None
    return weekday


def _month_after_day(doc: Document, index: int) -> int | None:
    """The month named at token `index` right after a day: by its name ("8 февраля") or, there alone, by a short
    form a page's stamp or a wire's dateline writes ("08 Тра 2024", "ТАШКЕНТ, 5 апр —")."""
    month = _lookup(doc, "months", index)
    if month is None and 0 <= index < len(doc.tokens):
        month = doc.lexicon.get("month_abbreviations", {}).get(doc.tokens[index].norm)
    return month


def _year_at(doc: Document, index: int) -> int | None:
    if 0 <= index < len(doc.tokens):
        text = doc.tokens[index].text
        if _YEAR.fullmatch(text):
            return int(text)
    return None


def _after_day(doc: Document, index: int, last: int) -> int:
    """The token after a day of the month at index, past an ordinal ending written apart by the tokenizer and a
    link word ("25th November", "the 1st of June", "October 3rd, 2023", "5-го марта"); index + 1 for a plain day."""
    j = index + 1
    suffixes = doc.lexicon.words("day_ordinal_suffixes")
    if j + 1 < last and doc.tokens[j].norm == "-" and doc.tokens[j + 1].norm in suffixes \
            and doc.tokens[j].start == doc.tokens[index].end and doc.tokens[j + 1].start == doc.tokens[j].end:
        return j + 2  # "5-го марта", "5-го березня": the ending written after a hyphen
    if j < last and doc.tokens[j].norm in suffixes \
            and doc.tokens[j].start == doc.tokens[index].end:
        j += 1
        if j < last and doc.tokens[j].norm in doc.lexicon.words("day_ordinal_links"):
            j += 1
    return j


def _day_told_before(doc: Document, index: int, ref: date | None) -> list[PartialDate]:
    """The nearest day and month written in the sentences just before token `index` ("arrived on March 4. He met Xi
    on the 5th"), with its year, as a one-item list; empty if none is within reach."""
    for j in range(index - 1, max(-1, index - 60), -1):
        if _lookup(doc, "months", j) is not None and doc.lang == "en":
            month, day = _lookup(doc, "months", j), _day_at(doc, j + 1)
        else:
            day = _day_at(doc, j)
            at = _after_day(doc, j, len(doc.tokens)) if day is not None else j
            month = _month_after_day(doc, at) if day is not None and at < len(doc.tokens) else None
        if isinstance(month, int) and day is not None:
            year = most_recent(month, day, ref)
            found = _safe_date(year, month, day) if year else None
            return [found] if found is not None else []
    return []


def _ordinal_alone(doc: Document, at: int, last: int) -> bool:
    """Whether the ordinal day ending before token `at` stands alone ("on the 5th.", "5-го,"), not before a noun it
    counts ("the 5th round", "5-го созыва"): at the end, before punctuation, a preposition or "and"."""
    if at >= last:
        return True
    word = doc.tokens[at].norm
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return lem.first_pos(word) not in ("NOUN", "ADJF")  # "5-го встретился", not "5-го созыва"
    return not word.isalpha() or word in doc.lexicon.words("place_prepositions") \
        or word in doc.lexicon.words("coordination_words")


def _day_at(doc: Document, index: int) -> int | None:
    if 0 <= index < len(doc.tokens):
        text = doc.tokens[index].text
        if _DAY.fullmatch(text) and 1 <= int(text) <= 31:
            return int(text)
        m = _ORDINAL_DAY.fullmatch(text.lower())
        if m:
            return int(m.group(1))
    return None


def most_recent(month: int, day: int | None, ref: date | None) -> int | None:
    """The year of the most recent such month (and day) not after ref."""
    if ref is None:
        return None
    if (month, day or 1) <= (ref.month, ref.day if day else 31):
        return ref.year
    return ref.year - 1


def find_times(doc: Document, first: int, last: int, ref: date | None,
               ahead: bool = False) -> list[TimeMention]:
    """Dates and periods in tokens [first, last), most specific first where they overlap.

    A month or day without a year is the most recent one not after `ref`, or with `ahead`
    (invitations, plans) the next one not before it."""
    if ahead and ref is not None:
        return _shift_ahead(doc, find_times(doc, first, last, ref), ref)
    cache = doc.__dict__.setdefault("_times", {})
    if (first, last, ref) not in cache:
        cache[(first, last, ref)] = _find_times(doc, first, last, ref)
    return list(cache[(first, last, ref)])


def _find_times(doc: Document, first: int, last: int, ref: date | None) -> list[TimeMention]:
    found: list[TimeMention] = []
    taken: set[int] = set()

    def add(a: int, b: int, when: PartialDate | Period | None) -> None:
        if when is not None and not taken.intersection(range(a, b)):
            found.append(TimeMention(a, b, when))
            taken.update(range(a, b))

    months_count = doc.lexicon.lemmas_of("months_count_words")
    half_words, quarter_words = doc.lexicon.lemmas_of("half_words"), doc.lexicon.lemmas_of("quarter_words")
    year_words, this_words = doc.lexicon.lemmas_of("year_words"), doc.lexicon.lemmas_of("this_words")
    last_words, weekend = doc.lexicon.lemmas_of("last_words"), doc.lexicon.lemmas_of("weekend_words")
    week = doc.lexicon.lemmas_of("week_words")
    next_words = doc.lexicon.lemmas_of("next_words")

    def relative_year(j: int) -> int | None:
        """The year of "прошлого года", "минулого року", "last year", "this year" written at token j."""
        if ref is None or j + 1 >= last or not doc.lemmas[j + 1] & year_words:
            return None
        for words, offset in ((last_words, -1), (this_words, 0), (next_words, 1)):
            if doc.lemmas[j] & words:
                return ref.year + offset
        return None

    for i in _date_starts(doc, first, last):
        tok = doc.tokens[i]
        # ranges of months: "с января по ноябрь", "from January to November", "January–November 2024"
        m1 = _lookup(doc, "months", i)
        if m1 is not None and i + 2 < last and doc.tokens[i + 1].norm in _RANGE_LINKS:
            m2 = _lookup(doc, "months", i + 2)
            if m2 is not None and m2 > m1:
                end = i + 3
                year = _year_after(doc, end, last)
                if year is not None:
                    end = next(j for j in range(end, last) if _year_at(doc, j)) + 1
                else:
                    year = most_recent(m2, None, ref)
                opener = i - 1 if i > first and doc.tokens[i - 1].norm in _RANGE_OPENERS else i
                if year is not None:
                    add(opener, end, Period(PartialDate(year, m1), PartialDate(year, m2)))
        # one hyphenated token: "у січні-березні 2021 року", "в январе-марте"
        joined = _hyphenated_months(doc, i)
        if joined is not None:
            m1h, m2h = joined
            year = _year_after(doc, i + 1, last)
            end = next(j for j in range(i + 1, last) if _year_at(doc, j)) + 1 if year is not None else i + 1
            year = year if year is not None else most_recent(m2h, None, ref)
            if year is not None:
                add(i, end, Period(PartialDate(year, m1h), PartialDate(year, m2h)))
        # "за 11 месяцев 2024 года", "за девять месяцев 2025 года", "in the first nine months of 2025": the first N
        # months of a year
        count = int(tok.text) if tok.text.isdigit() else _lookup(doc, "number_words", i)
        if isinstance(count, (int, float)) and count == int(count) and 1 <= count <= 12 and i + 1 < last \
                and doc.lemmas[i + 1] & months_count:
            year = _year_after(doc, i + 2, last)
            # "за 11 месяцев этого года", "in the first eleven months of this year"
            this = i + 3 if i + 3 < last and doc.tokens[i + 2].norm in doc.lexicon.words("day_ordinal_links") else i + 2
            if year is None and this < last and doc.lemmas[this] & this_words:
                year = ref.year if ref else None
            if year is not None:
                add(i, min(last, this + 2), Period(PartialDate(year, 1), PartialDate(year, int(count))))
        # halves and quarters: "в первой половине 2026 года", "in the first half of this year"
        ordinal = _lookup(doc, "ordinals", i)
        if ordinal and i + 1 < last and doc.lemmas[i + 1] & (half_words | quarter_words):
            is_half = bool(doc.lemmas[i + 1] & half_words)
            year, end = None, i + 2
            for j in range(i + 2, min(last, i + 6)):
                y = _year_at(doc, j)
                if y:
                    year, end = y, j + 1
                    break
                if doc.lemmas[j] & this_words:
                    year, end = (ref.year if ref else None), j + 2
                    break
            if year is None and ref is not None and not (i + 2 < last and _year_at(doc, i + 2)):
                year, end = ref.year, i + 2  # "в первой половине года" in a dated article: this year
            if year is not None:
                span = 6 if is_half else 3
                if ordinal <= (2 if is_half else 4):
                    a = (ordinal - 1) * span + 1
                    add(i, end, Period(PartialDate(year, a), PartialDate(year, a + span - 1)))
        # seasons: "весной 2023 года", "this autumn"
        season = _lookup(doc, "seasons", i)
        if season is not None:
            start_month, end_month = season  # type: ignore[misc]
            year = _year_after(doc, i + 1, last)
            if year is None and (i > first and doc.lemmas[i - 1] & this_words) and ref:
                year = ref.year
            if year is not None:
                end_year = year + 1 if end_month < start_month else year
                add(i, i + 1, Period(PartialDate(year, start_month), PartialDate(end_year, end_month)))
        # day + month (+ year): "8 февраля 2024", "17 січня"; month + day (+ year): "February 8, 2024"
        day = _day_at(doc, i)
        if day is not None and m1 is None:
            at = _after_day(doc, i, last)  # the month's token: "8 февраля", "25th November", "1st of June"
            month = _month_after_day(doc, at) if at < last else None
            if month is not None:
                year = _year_at(doc, at + 1) or (
                    _year_at(doc, at + 2) if at + 2 < last and doc.tokens[at + 1].text in "г" else None)
                end = at + 2 if year else at + 1
                if not year and relative_year(at + 1) is not None:  # "8 февраля прошлого года"
                    year, end = relative_year(at + 1), at + 3
                year = year or _year_of_weekday(doc, i, first, month, day, ref) or _carried_year(doc, i, month, day) \
                    or most_recent(month, day, ref)
                if year:
                    add(i, end, _safe_date(year, month, day))
            elif at > i + 1 and _ordinal_alone(doc, at, last):
                # "arrived on March 4 and met Xi on the 5th", "4 марта прибыл, а 5-го встретился": a day written as
                # an ordinal with no month takes the month of the date told just before it
                told = [t.when for t in found if t.last <= i and isinstance(t.when, PartialDate)
                        and t.when.month is not None and t.when.day is not None] or _day_told_before(doc, i, ref)
                if told:
                    add(i, at, _safe_date(told[-1].year, told[-1].month, day))  # type: ignore[arg-type]
        if m1 is not None:
            d = _day_at(doc, i + 1)
            if d is not None and doc.lang == "en":
                after = _after_day(doc, i + 1, last)  # "October 3rd, 2023"
                if after + 1 < last and doc.tokens[after].norm in _RANGE_LINKS and _day_at(doc, after + 1) \
                        and _year_at(doc, after + 2) and not _year_at(doc, after + 1):
                    after += 2  # "October 26 and 27, 2016", "May 8-9, 2015": the year closes the span of days
                year = _year_at(doc, after)
                end = after + 1 if year else after
                year = year or _year_of_weekday(doc, i, first, m1, d, ref) or _carried_year(doc, i, m1, d) \
                    or most_recent(m1, d, ref)
                if year:
                    add(i, end, _safe_date(year, m1, d))
            year = _year_at(doc, i + 1)
            if year:
                add(i, i + 2, PartialDate(year, m1))
            elif relative_year(i + 1) is not None:  # "в июле прошлого года", "in July last year"
                add(i, i + 3, PartialDate(relative_year(i + 1), m1))  # type: ignore[arg-type]
            elif not (i > first and _day_at(doc, i - 1)):
                y = most_recent(m1, None, ref)
                if y:
                    add(i, i + 1, PartialDate(y, m1))
        numeric = _numeric_date_at(doc, i, first, last)  # "16/8/2024", "16.08.2024" in running text
        if numeric is not None:
            add(i, numeric[0], numeric[1])
        # relative days and weekdays
        rel = _lookup(doc, "relative_days", i)
        if rel is None and i + 1 < last and doc.lemmas[i] & doc.lexicon.lemmas_of("last_words") and \
                doc.lemmas[i + 1] & doc.lexicon.lemmas_of("evening_words"):
            rel = -1  # "last evening", "last night", "прошлой ночью", "минулого вечора": the evening before
        if rel is not None and _eve_of_something(doc, i, last):
            rel = None  # "накануне саммита", "напередодні річниці": the eve of an event, not yesterday
        opened = i
        if rel == -1:  # "the day before yesterday"
            before = [m for m in doc.lexicon.phrases("day_before_relative").matches(
                doc.lemmas, None, max(first, i - 3), i) if m.end == i]
            if before:
                rel, opened = -2, before[0].start
        if rel is not None and ref is not None:
            d = ref + timedelta(days=rel)
            add(opened, i + 1, PartialDate(d.year, d.month, d.day))
        wd = _weekday_at(doc, i)
        if wd is not None and ref is not None and not _date_follows(doc, i + 1, last) \
                and not _date_before(doc, i, first):
            back = (ref.weekday() - wd) % 7
            if back == 0 and i > first and doc.lemmas[i - 1] & last_words:
                back = 7  # "last Friday" said on a Friday is the week before, not today
            d = ref - timedelta(days=back)
            # "в ночь на среду", "у ніч на неділю": the night before that day, told by the evening it began
            night = [m for m in doc.lexicon.phrases("night_before_words").matches(
                doc.lemmas, None, max(first, i - 3), i) if m.end == i]
            if night:
                d -= timedelta(days=1)
            add(night[0].start if night else i, i + 1, PartialDate(d.year, d.month, d.day))
        after_month = _lookup(doc, "months", i + 1) if i + 1 < last else None
        if ref is not None and after_month is not None and doc.lemmas[i] & (last_words | next_words):
            # "last November" said in November is a year ago; "next March" is the coming one
            if doc.lemmas[i] & last_words:
                year = ref.year if after_month < ref.month else ref.year - 1
            else:
                year = ref.year if after_month > ref.month else ref.year + 1
            add(i, i + 2, PartialDate(year, after_month))
        if ref is not None and doc.lemmas[i] & last_words and i + 1 < last:
            if doc.lemmas[i + 1] & weekend:
                back = (ref.weekday() - 5) % 7 or 7
                d = ref - timedelta(days=back)
                add(i, i + 2, PartialDate(d.year, d.month, d.day))
            elif doc.lemmas[i + 1] & week:
                d = ref - timedelta(days=7)
                add(i, i + 2, PartialDate(d.year, d.month))
            elif doc.lemmas[i + 1] & year_words:
                add(i, i + 2, PartialDate(ref.year - 1))
        if ref is not None and doc.lemmas[i] & this_words and i + 1 < last and doc.lemmas[i + 1] & year_words:
            add(i, i + 2, PartialDate(ref.year))
        if ref is not None and i + 1 < last and doc.lemmas[i + 1] & months_count:
            # "в прошлом месяце", "минулого місяця", "last month"; "this month", "в этом месяце"; "next month"
            shift = next((k for words, k in ((last_words, -1), (this_words, 0), (next_words, 1))
                          if doc.lemmas[i] & words), None)
            if shift is not None:
                month_index = ref.year * 12 + ref.month - 1 + shift
                add(i, i + 2, PartialDate(month_index // 12, month_index % 12 + 1))
        if ref is not None and doc.lemmas[i] & next_words and i + 1 < last and doc.lemmas[i + 1] & year_words:
            add(i, i + 2, PartialDate(ref.year + 1))
        ago = _ago(doc, i, first, ref)  # "10 дней назад", "місяць тому", "two weeks ago"
        if ago is not None:
            add(ago[0], i + 1, ago[1])
        # a year alone: "в 2024 году", "in 2024"
        year = _year_at(doc, i)
        if year and not (i > first and (_lookup(doc, "months", i - 1) or _day_at(doc, i - 1))):
            add(i, i + 2 if i + 1 < last and doc.lemmas[i + 1] & year_words else i + 1, PartialDate(year))
    return sorted(found, key=lambda t: t.first)


def _ago(doc: Document, index: int, first: int, ref: date | None) -> tuple[int, PartialDate] | None:
    """The time "N days/weeks/months/years ago" ends at `index` with its word for "ago" (`ago_words`), and where it
    opens: the day N days back, the month of N weeks or months back, the year of N years back; one unit where no
    number is written ("месяц назад", "a month ago"). None where the count is no number ("много лет назад")."""
    if ref is None or index - 1 < first or doc.tokens[index].norm not in doc.lexicon.words("ago_words"):
        return None
    if index + 1 < len(doc.tokens) and doc.tokens[index + 1].norm in doc.lexicon.words("ago_false_followers"):
        return None  # "цей рік, тому що ...": "therefore", not "ago"
    unit = doc.lemmas[index - 1]
    lex = doc.lexicon
    kind = next((k for k, key in (("day", "day_words"), ("week", "week_words"), ("month", "months_count_words"),
                                  ("year", "year_words")) if unit & lex.lemmas_of(key)), None)
    if kind is None:
        return None
    count, opened = 1, index - 1
    if index - 2 >= first:
        word = doc.tokens[index - 2].norm
        numbers = lex.lemma_table("number_words")
        value = int(word) if word.isdigit() else next((numbers[w] for w in doc.lemmas[index - 2] if w in numbers),
                                                      None)
        if value is not None and value == int(value) and 0 < value < 100:
            count, opened = int(value), index - 2
        elif doc.lemmas[index - 2] & lex.lemmas_of("ago_vague_counts"):
            return None  # "много лет назад", "several years ago": no count
    if kind == "year":
        return opened, PartialDate(ref.year - count)
    if kind == "month":
        month_index = ref.year * 12 + ref.month - 1 - count
        return opened, PartialDate(month_index // 12, month_index % 12 + 1)
    back = ref - timedelta(days=count * (7 if kind == "week" else 1))
    return opened, PartialDate(back.year, back.month, back.day) if kind == "day" else PartialDate(back.year,
                                                                                                  back.month)


_DATE_TABLES = ("months", "ordinals", "seasons", "relative_days", "weekdays", "number_words")


def _date_starts(doc: Document, first: int, last: int) -> list[int]:
    """The tokens in [first, last) at which `_find_times` may find a date or a period: those opening with a figure,
    hyphenated words, words of the month, ordinal, season, relative day, weekday and number tables ("девять
    месяцев"), the words of
    "last", "this" and "next", and the words of "ago" (where "N days ago" is read back from). At any other token
    every test of its loop fails; they are found once per document (the finder is asked about every sentence and
    clause)."""
    starts = doc.__dict__.get("_date_starts")
    if starts is None:
        lexicon = doc.lexicon
        shifts = lexicon.lemmas_of("last_words") | lexicon.lemmas_of("this_words") | lexicon.lemmas_of("next_words")
        ago = lexicon.words("ago_words")
        found = {i for i, tok in enumerate(doc.tokens) if tok.text[:1].isdigit() or "-" in tok.norm
                 or tok.norm in ago}
        positions = lemma_positions(doc.lemmas)
        for lemma in positions.keys() & shifts:
            found.update(positions[lemma])
        for key in _DATE_TABLES:
            doc.table_value(key, 0)  # builds the table's values for the document
            found.update(doc._table_values[key])
        starts = doc.__dict__["_date_starts"] = sorted(found)
    return starts[bisect_left(starts, first):bisect_left(starts, last)]


def _hyphenated_months(doc: Document, index: int) -> tuple[int, int] | None:
    """The first and last month of a span written as one hyphenated word ("січні-березні", "январе-марте")."""
    parts = doc.tokens[index].norm.split("-")
    if len(parts) != 2 or not all(p.isalpha() for p in parts):
        return None
    months = doc.lexicon.lemma_table("months")
    lem = lemmatizer(doc.lang)
    found = [next((months[x] for x in sorted(lem.lemmas(p)) if x in months), None) for p in parts]
    if found[0] is None or found[1] is None or not found[0] < found[1]:
        return None
    return int(found[0]), int(found[1])


def _date_follows(doc: Document, index: int, last: int) -> bool:
    """Whether a day and a month follow a weekday ("у вівторок, 9 липня", "on Tuesday, July 9"): the date tells
    the day, the weekday only confirms it."""
    if index + 1 >= last or not _only_comma_between(doc, index - 1, index):
        return False
    if _day_at(doc, index) is not None and _lookup(doc, "months", index + 1) is not None:
        return True
    if _numeric_date_at(doc, index, index - 1, last) is not None:  # "on Friday 16/8/2024"
        return True
    return doc.lang == "en" and _lookup(doc, "months", index) is not None and _day_at(doc, index + 1) is not None


def _date_before(doc: Document, index: int, first: int) -> bool:
    """Whether a date ends just before a weekday ("20 июня 2025, пятница", "June 20, 2025, Friday"): the weekday
    is that date's, no day counted back from the publication."""
    j = index - 1
    if j < first or not _only_comma_between(doc, j, index):
        return False
    return _year_at(doc, j) is not None and _lookup(doc, "months", j - 1) is not None or \
        _lookup(doc, "months", j) is not None and _day_at(doc, j - 1) is not None or \
        _year_at(doc, j) is not None and _day_at(doc, j - 1) is not None and _lookup(doc, "months", j - 2) is not None


def _numeric_date_at(doc: Document, index: int, first: int, last: int) -> tuple[int, PartialDate] | None:
    """A date written in figures from token `index` ("16/8/2024", "16.08.2024", "2024-08-16") as (the token after
    it, the date). Slashes put the day first unless only the other order is a date; where both are ("4/11/2019"),
    a weekday written just before it picks the order ("Friday 16/8/2024" fits only the 16th of August), and
    without one the text does not say."""
    tokens = doc.tokens
    before = doc.article.text[tokens[index].start - 1] if tokens[index].start > 0 else " "
    if not tokens[index].text[:1].isdigit() or before in "/.-" or before.isdigit():
        return None  # the middle of a number or of a date begun earlier
    head = doc.article.text[tokens[index].start:tokens[index].start + 12]
    stamps = [s for s in _numeric_stamps(head) if s[0] == 0]
    slashed = _SLASHED.match(head)
    weekday = _weekday_just_before(doc, index, first)
    if not stamps and slashed is not None:
        a, b, year = int(slashed.group(1)), int(slashed.group(2)), int(slashed.group(3))
        fits = [d for d in (_real_date(year, b, a), _real_date(year, a, b))
                if d is not None and (weekday is None or d.weekday() == weekday)]
        # (in Russian and Ukrainian the day always comes first: "11/03/2025" is the 11th of March)
        if len(set(fits)) == 1 or fits and weekday is None and (a > 12 or doc.lexicon.get("slashed_day_first")):
            stamps = [(0, slashed.end(), fits[0])]
    if not stamps:
        return None
    start, end, when = stamps[0]
    stop = tokens[index].start + end
    after = next((k for k in range(index, min(last, index + 5)) if tokens[k].end >= stop), None)
    if after is None or tokens[after].end != stop:
        return None
    return after + 1, PartialDate(when.year, when.month, when.day)


def _weekday_just_before(doc: Document, index: int, first: int) -> int | None:
    """The weekday written at most two tokens before token `index`, with only commas between ("у вівторок, 9
    липня", "Friday 16/8/2024")."""
    return next((w for j in range(max(first, index - 2), index) if (w := _weekday_at(doc, j)) is not None
                 and _only_comma_between(doc, j, index)), None)


def _only_comma_between(doc: Document, left: int, right: int) -> bool:
    """Whether the text between tokens `left` and `right` holds at most commas, spaces and an opening parenthesis
    ("Wednesday (Aug 2)"), never a sentence end."""
    gap = doc.article.text[doc.tokens[left].end:doc.tokens[right].start]
    return not gap.strip(" ,(\u00a0")


def _year_of_weekday(doc: Document, index: int, first: int, month: int, day: int, ref: date | None) -> int | None:
    """The year, within one of the reference date, in which a year-less date falls on the weekday written just
    before it ("у вівторок, 9 липня" told on 8 July 2024 is 2024, not the last 9 July, which was 2023)."""
    if ref is None or index - 1 < first:
        return None
    weekday = _weekday_just_before(doc, index, first)
    if weekday is None:
        return None
    fits = [y for y in (ref.year - 1, ref.year, ref.year + 1)
            if (when := _safe_date(y, month, day)) is not None and when.first_day().weekday() == weekday
            and abs((date(y, month, day) - ref).days) <= _WEEKDAY_YEAR_REACH]
    return min(fits, key=lambda y: abs((date(y, month, day) - ref).days)) if fits else None


# days from the reference date within which a weekday may pick a year-less date's year: a date a whole year off
# only because its weekday is miswritten ("on Friday, 9 May" told on 10 May of a year when 9 May was a Thursday) is
# the stated day of the most recent May, not the next year's
_WEEKDAY_YEAR_REACH = 183


_CARRY_BEFORE, _CARRY_AFTER = 31, 62  # days a year-less date may stand before or after the dated one it follows


def _carried_year(doc: Document, index: int, month: int, day: int) -> int | None:
    """The year of a date the story told just before with its year ("Переговоры прошли 20 июня 2017 года. 21 июня
    президенты подписали договор", "on 20 May 2018 ... On 31 May"): the latest date written with its day, month
    and year in the same sentence or the one before, where the year-less day falls from a month before it to two
    months after it in that year. The story's own year, told in the text, whatever the article's date."""
    if not doc.sentences:
        return None
    sentence = doc.sentence_of_token(index)
    start = doc.sentences[sentence.index - 1].first if sentence.index > 0 else sentence.first
    anchors = [(j, when) for j, when in _year_anchors(doc) if start <= j < index]
    if not anchors:
        return None
    anchor = anchors[-1][1]
    try:
        told = date(anchor.year, month, day)
    except ValueError:
        return None
    return anchor.year if -_CARRY_BEFORE <= (told - anchor).days <= _CARRY_AFTER else None


def _year_anchors(doc: Document) -> list[tuple[int, date]]:
    """(token index, day) of every date written whole, with its day, month and year ("20 июня 2017 года",
    "May 20, 2018"), in text order; computed once per document."""
    cached = doc.__dict__.get("_year_anchors")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[tuple[int, date]] = []
    for j in _date_starts(doc, 0, len(doc.tokens) - 2):  # a whole date opens with its day or (en) its month
        day, month = _day_at(doc, j), _month_after_day(doc, j + 1)
        year = _year_at(doc, j + 2) if day is not None and month is not None else None
        if year is None and doc.lang == "en":
            month, day = _lookup(doc, "months", j), _day_at(doc, j + 1)
            year = _year_at(doc, _after_day(doc, j + 1, len(doc.tokens))) if month and day else None
        if year is not None and month is not None and day is not None:
            when = _real_date(year, month, day)
            if when is not None:
                found.append((j, when))
    doc.__dict__["_year_anchors"] = found
    return found


def _eve_of_something(doc: Document, index: int, last: int) -> bool:
    if doc.tokens[index].norm not in ("накануне", "напередодні"):
        return False
    if index + 1 >= last:
        return False
    gap = doc.article.text[doc.tokens[index].end:doc.tokens[index + 1].start]
    if any(ch in gap for ch in ",.;:"):
        return False
    following = doc.tokens[index + 1]
    if following.norm in doc.lexicon.get("times_of_day", ()):
        return False  # "накануне вечером": the evening before
    if len(following.norm) <= 2:
        return False  # "прошедшие накануне в Сочи": a preposition follows, the day before is meant
    verb_like = any(lemma.endswith(("ть", "ти", "ться", "тися", "чь")) for lemma in doc.lemmas[index + 1])
    from .morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer) and following.text[:1].isalpha() and not lem.can_be_genitive(following.norm):
        return False  # "накануне Трамп говорил с Путиным": the day before, told with its subject
    return following.text[:1].isalpha() and not verb_like or following.text[:1].isdigit()


def _shift_ahead(doc: Document, found: list[TimeMention], ref: date) -> list[TimeMention]:
    out = []
    for t in found:
        when = t.when
        if isinstance(when, PartialDate) and when.month and when.last_day() < ref and when.year == ref.year - 1 \
                and not _explicit_year(doc, t) and not _year_carried(doc, t, when):
            when = PartialDate(when.year + 1, when.month, when.day)
        out.append(TimeMention(t.first, t.last, when))
    return out


def _year_carried(doc: Document, t: TimeMention, when: PartialDate) -> bool:
    """Whether a year-less day took its year from the date the story told just before (not from the article's)."""
    return when.day is not None and when.month is not None and \
        _carried_year(doc, t.first, when.month, when.day) == when.year


def _explicit_year(doc: Document, t: TimeMention) -> bool:
    return any(_year_at(doc, j) for j in range(t.first, t.last))


def _year_after(doc: Document, index: int, last: int) -> int | None:
    for j in range(index, min(last, index + 2)):
        y = _year_at(doc, j)
        if y:
            return y
    return None


def _safe_date(year: int, month: int, day: int) -> PartialDate | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def _numeric_stamps(head: str) -> list[tuple[int, int, date]]:
    """Machine-written dates in `head` as (start, end, date): "2025-10-09", "09.10.2025", "29-06-2021"
    (day first), "2025/10/09", "2025.10.09" (year first), "11/29/2022" (with slashes only where the order is
    unambiguous: one part above 12)."""
    found: list[tuple[int, int, date]] = []
    for m in _ISO.finditer(head):
        when = _real_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if when is not None:
            found.append((m.start(), m.end(), when))
    for m in _DOTTED.finditer(head):  # "09.10.2025", "29-06-2021": day, month, year
        when = _real_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if when is not None:
            found.append((m.start(), m.end(), when))
    for m in _YEAR_FIRST.finditer(head):  # "2024/03/05", "2024.03.05": year, month, day
        when = _real_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if when is not None:
            found.append((m.start(), m.end(), when))
    for m in _SLASHED.finditer(head):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if first > 12 >= second:
            when = _real_date(year, second, first)
        elif second > 12 >= first:
            when = _real_date(year, first, second)
        else:
            when = None  # "04/11/2019": April or November, the page does not say
        if when is not None:
            found.append((m.start(), m.end(), when))
    return sorted(found, key=lambda f: f[0])


def _url_date(url: str | None) -> date | None:
    """The day an article's address gives ("https://outlet.example/world/2024/03/05/talks"): where the outlet
    files it, the day it was published."""
    found = _URL_DATE.search(url or "")
    return _real_date(int(found.group(1)), int(found.group(3)), int(found.group(4))) if found else None


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _stamp(head: str) -> date | None:
    """A machine-written date near the top: "2025-10-09", "09.10.2025, 13:05", a dateline's "16.03.26"."""
    iso = [f for f in _numeric_stamps(head) if _ISO.fullmatch(head[f[0]:f[1]])]
    found = iso or _numeric_stamps(head)
    if found:
        # a site's today ("18.11.2025" over its menu) or a later update stands above the article's own day: the
        # earliest is the day it was published
        return min(f[2] for f in found)
    short = _DATELINE_SHORT.search(head)
    if short is not None:
        day, month, year = (int(g) for g in (short.groups()[:3] if short.group(1) else short.groups()[3:]))
        return _real_date(2000 + year, month, day)
    return None


def _clock_beside(text: str, start: int, end: int) -> bool:
    """Whether a clock time stands right before or after a date on its line ("23:05, 28 января 2017",
    "8 липня 2024, 22:53", "09 Jan, 2019 01:49 AM"): the mark of a page's own publication stamp."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - 12):start].rstrip(" ,|•")
    after = text[end:min(line_end, end + 14)]
    clock_after = _CLOCK.search(after) or re.match(_GLUED_CLOCK, after)
    clock_before = list(_CLOCK.finditer(before))
    return bool(clock_after and clock_after.start() <= 4 or clock_before and clock_before[-1].end() == len(before))


def _clocked_stamp(doc: Document) -> date | None:
    """The first full date near the top with a clock time beside it: page furniture (today's date over a
    site's menu, "Monday, December 29, 2025") carries no time, the article's stamp does."""
    text = doc.article.text
    head = text[:_HEAD]
    found = [(a, b, when) for a, b, when in _numeric_stamps(head)]
    for t in find_times(doc, 0, len(doc.tokens), None):
        if isinstance(t.when, PartialDate) and t.when.day is not None and doc.tokens[t.first].start < _HEAD:
            found.append((doc.tokens[t.first].start, doc.tokens[t.last - 1].end, t.when.first_day()))
    clocked = [when for a, b, when in sorted(found, key=lambda f: f[0]) if _clock_beside(text, a, b)]
    return min(clocked, default=None)


def dateline_date(text: str, lang: str) -> date | None:
    """The publication date a wire dateline gives near the top ("Пекин, 8 февраля, 2024, 13:13")."""
    from .morph import lemmatizer
    from .tokens import tokenize

    head = text[:400]
    stamped = _stamp(head)
    if stamped is not None:
        return stamped
    from ..lexicon import load_lexicon

    try:
        load_lexicon(lang)["months"]
    except Exception:
        return None
    lem = lemmatizer(lang)
    month_of = load_lexicon(lang).lemma_table("months")
    tokens = tokenize(head)
    for i, tok in enumerate(tokens[:-2]):  # "October 11, 2024", "Jan 24, 2025"
        month = next((month_of[x] for x in sorted(lem.lemmas(tok.norm)) if x in month_of), None)
        if month and tokens[i + 1].text.isdigit() and _YEAR.fullmatch(tokens[i + 2].text):
            try:
                return date(int(tokens[i + 2].text), month, int(tokens[i + 1].text))
            except ValueError:
                pass
    for i, tok in enumerate(tokens[:-2]):
        if tok.text.isdigit() and 1 <= int(tok.text) <= 31:
            month = next((month_of[x] for x in sorted(lem.lemmas(tokens[i + 1].norm)) if x in month_of), None)
            if month and _YEAR.fullmatch(tokens[i + 2].text):
                try:
                    return date(int(tokens[i + 2].text), month, int(tok.text))
                except ValueError:
                    return None
    return None


_TARGET_YEAR_PREPS = {"к", "до", "by", "until", "till", "through"}


def estimate_published(doc: Document) -> date | None:
    """An undated article's publication date, estimated from its text (or the date in its address): a page's
    stamp, a wire dateline near the top
    ("Пекин, 8 февраля 2024", "МОСКВА, 11 сентября" with the year the text gives it), else the latest
    full date the text states. A weekday written beside a year-less date ("в четверг, 11 сентября")
    must agree with the year chosen."""
    # a clocked stamp and one alone on its line at the top: the earliest (another story's, or the site's today, above)
    on_top = [d for d in (_clocked_stamp(doc), _date_line_on_top(doc)) if d is not None]
    stamped = _published_stamp(doc) or _url_date(doc.article.url) or min(on_top, default=None) \
        or _stamp(doc.article.text[:_HEAD]) or _glued_stamp(doc) or _two_way_stamp(doc)
    if stamped is not None:
        return stamped
    # (dates written in figures in running text, "16/8/2024", count for the events they date, not for the page's own
    # day: a page's stamp in figures is read above)
    told = [t for t in find_times(doc, 0, len(doc.tokens), None)
            if _numeric_date_at(doc, t.first, t.first, len(doc.tokens)) is None and not _another_days_date(doc, t)]
    full = [t.when for t in told
            if isinstance(t.when, PartialDate) and t.when.day is not None]
    latest = max((d.first_day() for d in full), default=None)
    for t in told:
        if isinstance(t.when, PartialDate) and t.when.day is not None and _in_dateline(doc, t.first, stops=True):
            # "ПЕКИН, 8 февраля 2024 —", "Sept 11, 2025 /" opening a line
            return t.when.first_day() - timedelta(days=_day_word_beside(doc, t.first, t.last) or 0)
    this_year = _current_year(doc)
    in_this_year = _in_this_year(doc, this_year) if this_year is not None else None
    if in_this_year is not None:
        return in_this_year
    years = _years_told(doc, told)
    tenures = _tenure_spans(doc)
    # a date with its weekday beside it fixes the year best; then the dateline at the top
    weekdays_told = {w for j in range(len(doc.tokens)) if (w := _weekday_at(doc, j)) is not None}
    for index, month, day in sorted(_yearless_dates(doc),
                                    key=lambda d: (_weekday_just_before(doc, d[0], 0) is None, d[0])):
        weekday = _weekday_just_before(doc, index, 0)
        in_head = doc.tokens[index].start <= 400
        dateline = in_head and _in_dateline(doc, index, stops=True)
        told_so = TimeMention(index, index + 2, PartialDate(None, month, day))
        # the lead's day, not a plan's ("а 5 грудня міністри підпишуть угоду")
        lead = _in_lead(doc, told_so) and not _another_days_date(doc, told_so)
        if not (dateline or lead or weekday is not None or _today_at(doc, index, index + 2)):
            continue  # a dateline, a weekday beside the day or "сегодня, 5 декабря" tell the day of writing
        tries = [weekday]
        if weekday is None and dateline:
            # "SOCHI, Nov 26 (Reuters) - ... on Friday", "ЛЬВІВ, 18 серпня. Укрінформ. ... у четвер": the first
            # weekday of the story's lead, or the one weekday it tells, is first tried as the dateline's, where it
            # cannot be the day before it ("МОСКВА, 13 апреля. ... в воскресенье" told on Monday 13 April 2020
            # of Sunday the 12th, when a Sunday 13 April fits 2025 as well)
            lead_weekday = _weekday_after_dateline(doc, index)
            single = next(iter(weekdays_told)) if len(weekdays_told) == 1 else None
            tries = [w for w in dict.fromkeys((lead_weekday, single)) if w is not None
                     and _year_of_day(month, day, (w + 1) % 7, years, latest, tenures, unique=False) is None]
            tries.append(None)
        for weekday in tries:
            when = _year_of_day(month, day, weekday, years, latest, tenures)
            if when is not None:
                return when - timedelta(days=_day_word_beside(doc, index, index + 2) or 0)
    if latest is not None and years and max(years) > latest.year:
        return None  # the text tells of later years than its latest full date: that date is history
    # the latest full date told deep in running prose is as often an earlier event ("в августе 2025 года
    # подписали") as the day of writing: it counts in the lead (the news itself: "Орбан 8 липня 2024 року
    # прибув до Пекіна"), as a signature closing its line ("— Agency (@agency) June 4, 2020") or beside "today"
    # ("авиационной трагедии 25 декабря 2024 года" in the lead: that event's day, recalled, not the news's)
    stated = [t for t in told
              if isinstance(t.when, PartialDate) and t.when.day is not None and t.when.first_day() == latest
              and not _after_another_event(doc, t.first)]
    spans = _tenure_spans(doc) if stated else []
    if latest is not None and spans and not any(a <= latest <= b for a, b in spans):
        stated = []  # "Президент Си Цзиньпин ... договор 2001 года": a day before its office holders' time is history
    if any(_in_lead(doc, t) or _closes_its_line(doc, t) or _today_beside(doc, t) or _weekday_told_again(doc, t)
           for t in stated):
        # "вчера, 4 декабря 2024 года": written the day after the day told
        shift = next((k for t in stated if (k := _day_word_beside(doc, t.first, t.last))), 0)
        return latest - timedelta(days=shift)
    return None if latest is not None else _fitting_tenures(doc, years)


_STAMP_AFTER_LEAD = 31  # days a page's stamp may follow the day its lead tells without a year


def _two_way_stamp(doc: Document) -> date | None:
    """A page's stamp in figures that reads both ways ("09:45 | 06/10/2017": 6 October or 10 June) where the text
    tells which: the lead's day without its year falls shortly before one reading only ("arrived on October 2":
    6 October), or a second such stamp on the page lies days from it in one order only ("10/06/2025 | ...
    Distributed on 10/05/2025 23:18": 6 October, a day after 5 October, not 10 June, a month after 10 May)."""
    head = doc.article.text[:_HEAD]
    readings: list[tuple[date, date]] = []
    for m in _SLASHED.finditer(head):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day_first, month_first = _real_date(year, b, a), _real_date(year, a, b)
        if day_first is not None and month_first is not None and day_first != month_first:
            readings.append((day_first, month_first))
    if not readings:
        return None
    told = [(month, day) for index, month, day in _yearless_dates(doc)
            if _in_dateline(doc, index) or _in_lead(doc, TimeMention(index, index + 2, PartialDate(None, month, day)))]

    def follows_lead(stamp: date) -> bool:
        return any(0 <= (stamp - when).days <= _STAMP_AFTER_LEAD for month, day in told
                   for year in (stamp.year - 1, stamp.year) if (when := _real_date(year, month, day)) is not None)

    fits = [order for order in (0, 1) if told and follows_lead(readings[0][order])]
    if not fits and len(readings) > 1:
        fits = [order for order in (0, 1) if abs((readings[0][order] - readings[1][order]).days) <= 3]
    return readings[0][fits[0]] if len(fits) == 1 else None


_DATELINE_SENTENCES = 2  # sentences after a dateline's own where its story's first weekday is looked for


def _weekday_after_dateline(doc: Document, index: int) -> int | None:
    """The first weekday told after a dateline's day, in its sentence or the next two ("МОСКВА, 13 апреля. /ТАСС/.
    Президент в воскресенье провёл ..."): the day the wire story tells of, most often the dateline's own."""
    sentence = next((i for i, s in enumerate(doc.sentences) if s.first <= index < s.last), None)
    if sentence is None:
        return None
    end = doc.sentences[min(sentence + _DATELINE_SENTENCES, len(doc.sentences) - 1)].last
    return next((w for j in range(index + 2, end) if (w := _weekday_at(doc, j)) is not None), None)


def _year_of_day(month: int, day: int, weekday: int | None, years: list[int], latest: date | None,
                 spans: list[tuple[date, date]], unique: bool = True) -> date | None:
    """The day of a year-less date that tells the day of writing: with years told, the latest of them or the year
    after (a page is not older than the latest year it tells of) where the weekday agrees or, with no weekday,
    where it falls just after the latest full date told (up to half a year); with no year told, the one year
    within the times the titled office holders held office together (a second term is a second time: Trump with
    Zelensky in 2019-2021 and from 2025), or with `unique` False the first of several
    where it falls on its weekday."""
    if not years:
        if weekday is None:
            return None
        fits = [when for a, b in spans for y in range(a.year, b.year + 1)
                if (when := _real_date(y, month, day)) is not None and a <= when <= b and when.weekday() == weekday]
        return fits[0] if len(fits) == 1 or fits and not unique else None
    for year in (max(years) + 1, max(years)):  # a page is not older than the latest year it tells of
        when = _real_date(year, month, day)
        if when is None:
            continue
        if weekday is not None and when.weekday() != weekday:
            continue  # "в четверг, 11 сентября": only a year where that day is a Thursday
        if weekday is None and (latest is None or not 0 <= (when - latest).days <= 183):
            continue  # a dateline's year is the one that puts it just after the latest full date told
        return when
    return None


def _after_another_event(doc: Document, index: int) -> bool:
    """Whether a date follows a word of an event other than a meeting (`meeting_other_event_nouns`: "трагедии 25
    декабря", "the crash of December 25"), right after it or past a link word."""
    nouns = doc.lexicon.lemmas_of("meeting_other_event_nouns")
    links = doc.lexicon.words("meeting_other_event_date_links")
    before = index - 1
    if before > 0 and doc.tokens[before].norm in links:
        before -= 1
    return before >= 0 and bool(doc.lemmas[before] & nouns)


def _fitting_tenures(doc: Document, years: list[int]) -> date | None:
    """A year-less date of the dateline or the lead ("5 сентября провели телефонный разговор") in the one year
    where every office holder the text names by title held office on it: among the latest year told and the
    next ("в 2024 году" told, Trump president: 5 September 2025), or with no year told, among the years up to
    the gazetteer's latest known change (a prime minister in office since October 2025: 30 October 2025)."""
    spans = _tenure_spans(doc)
    if not spans:
        return None
    from ..gazetteer import load_gazetteer

    known = max(d for r in load_gazetteer().roles for d in (r.start, r.end) if d is not None)
    fits: set[date] = set()
    for index, month, day in _yearless_dates(doc):
        t = TimeMention(index, index + 2, PartialDate(None, month, day))
        if not (_in_dateline(doc, index) or _in_lead(doc, t)):
            continue
        weekday = _weekday_just_before(doc, index, 0)
        first = max(years) if years else max(spans[0][0].year, known.year - 40)
        last = max(years) + 1 if years else known.year
        for year in range(first, last + 1):
            when = _safe_date(year, month, day)
            if when is None or weekday is not None and when.first_day().weekday() != weekday:
                continue
            if not years and when.first_day() > known:
                continue  # with no year told, only days Entente's knowledge reaches
            if any(a <= when.first_day() <= b for a, b in spans):
                fits.add(when.first_day())
    return fits.pop() if len(fits) == 1 else None


_LEAD_SENTENCES = 2


def _in_lead(doc: Document, t: TimeMention) -> bool:
    """Whether a date stands in the first sentences of prose (those ending with a full stop; headlines and
    bylines do not)."""
    text = doc.article.text
    prose = 0
    for s in doc.sentences:
        if text[doc.tokens[s.last - 1].end:doc.tokens[s.last - 1].end + 3].lstrip("»\"”’)").startswith((".", "!", "?")):
            prose += 1
            if s.first <= t.first < s.last:
                return True
            if prose >= _LEAD_SENTENCES:
                return False
    return False


_SIGNATURE = re.compile(r"(?:\(@\w+\)|[—–])\s*$")


def _closes_its_line(doc: Document, t: TimeMention) -> bool:
    """Whether a date ends its line after a signature or on a short line of its own."""
    text = doc.article.text
    start, end = doc.tokens[t.first].start, doc.tokens[t.last - 1].end
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" .,;)\t"):
        return False
    before = text[line_start:start]
    return len(before.strip()) <= 30 or bool(_SIGNATURE.search(before))


def _weekday_told_again(doc: Document, t: TimeMention) -> bool:
    """Whether a full date carries its weekday, which it falls on ("Tuesday, Feb. 25, 2020" under a photo), and the
    story tells that weekday apart from it too ("signed on Tuesday"): the day the story names by its weekday."""
    weekday = _weekday_just_before(doc, t.first, 0)
    if weekday is None or not isinstance(t.when, PartialDate) or t.when.first_day().weekday() != weekday:
        return False
    beside = range(max(0, t.first - 2), t.first)
    return any(_weekday_at(doc, j) == weekday for j in range(len(doc.tokens)) if j not in beside)


def _today_beside(doc: Document, t: TimeMention) -> bool:
    """"сегодня, 7 октября", "today, March 5", "7 жовтня — сьогодні": "today" within two words of a date."""
    return _today_at(doc, t.first, t.last)


def _today_at(doc: Document, first: int, last: int) -> bool:
    return _day_word_beside(doc, first, last) is not None


def _day_word_beside(doc: Document, first: int, last: int) -> int | None:
    """How many days from the day of writing a word beside a date puts it: 0 for "сегодня, 5 декабря", "today,
    March 5"; -1 for "вчера, 4 декабря", "yesterday (Dec 4)"; 1 for "завтра, 6 грудня"; within two words of the date
    in its sentence. None where no such word stands there, or only one that may open "on the eve of" something
    ("накануне", the lexicon's `meeting_before_event_preps`)."""
    sentence_end = next((s.last for s in doc.sentences if s.first <= first < s.last), len(doc.tokens))
    eve = doc.lexicon.words("meeting_before_event_preps")
    for j in [*range(max(0, first - 2), first), *range(last, min(sentence_end, last + 2))]:
        offset = _lookup(doc, "relative_days", j)
        if offset is not None and (offset == 0 or doc.tokens[j].norm not in eve):
            return offset
    return None


_SLACK = timedelta(days=366)  # how long after the gazetteer's latest known change an article may be written


def _tenure_window(doc: Document) -> tuple[date, date] | None:
    """The days on which every office holder the text names by title ("президент Франции Эммануэль Макрон",
    "US President Joe Biden") held that office, up to a year after the gazetteer's latest known change; None
    where the text names no one by a title the gazetteer can date, or the tenures do not overlap in one span.
    A title after "former" ("бывший", "колишній") says nothing of the article's day."""
    titled, spans = _tenures(doc)
    if not titled or len(spans) != 1:
        return None
    return spans[0]


def _tenures(doc: Document) -> tuple[bool, list[tuple[date, date]]]:
    """Whether the text names an office holder by a title the gazetteer dates, and the spans of days when all of
    them held their offices."""
    from ..gazetteer import load_gazetteer

    gaz = load_gazetteer()
    known = [d for r in gaz.roles for d in (r.start, r.end) if d is not None]
    if not known:
        return False, []
    spans = [(date(1900, 1, 1), max(known) + _SLACK)]
    titled = False
    roles = doc.lexicon.compiled.roles.longest(doc.lemmas)
    former = doc.lexicon.lemmas_of("former_words")
    not_of_state = doc.lexicon.lemmas_of("leader_not_of_state_words")
    people = [m for m in gaz.names(doc.lang).longest(doc.lemmas, doc.capitalised)
              if (actor := gaz.actor(m.payload.actor)) is not None and actor.type == "Person"]
    countries = {m.start: m.end for m in gaz.names(doc.lang).longest(doc.lemmas, doc.capitalised)
                 if gaz.country_of(m.payload.actor)}
    countries.update({m.start: m.end for m in gaz.adjectives(doc.lang).longest(doc.lemmas, None)})
    country_starts = {end: start for start, end in countries.items()}
    for person in people:
        title = next((r for r in roles if r.end == person.start or countries.get(r.end) == person.start), None)
        if title is None:
            continue
        before = country_starts.get(title.start, title.start) - 1  # "the late [Japanese] Prime Minister"
        if before >= 0 and doc.lemmas[before] & former:
            continue
        if title.payload == "leader" and before >= 0 and doc.lemmas[before] & not_of_state:
            continue  # "opposition leader Raila Odinga": a leader, but not of his state, whatever office he once held
        held = [r for r in gaz.roles_of(person.payload.actor, None) if r.role == title.payload or
                title.payload == "leader" and r.role in _TOP_ROLES]
        if not held:
            continue
        titled = True
        tenure = [(r.start or date(1900, 1, 1), r.end or date.max) for r in held]
        spans = [(max(a, c), min(b, d)) for a, b in spans for c, d in tenure if max(a, c) <= min(b, d)]
    return titled, spans


def _tenure_spans(doc: Document) -> list[tuple[date, date]]:
    """The spans of days on which every office holder the text names by title held that office (a second term
    is a second span: Trump 2017-2021 and from 2025), up to a year after the gazetteer's latest known change;
    empty where the text names no one by a title the gazetteer can date, or the tenures never overlap."""
    titled, spans = _tenures(doc)
    return spans if titled else []


_TOP_ROLES = {"president", "prime_minister", "chancellor", "king", "emir", "supreme_leader", "head_of_state"}
_DATELINE_HEAD = re.compile(r"(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{1,40},\s*){0,2}")  # "SEOUL, South Korea, "
# for the page's own day, also a place of one word closed by a full stop ("Москва. 5 декабря. ИНТЕРФАКС", "КИЇВ. 5
# грудня. УНН")
_STAMP_DATELINE_HEAD = re.compile(r"(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{1,40},\s*|[A-ZА-ЯІЇЄҐ][\w'’\-]{1,30}\.\s+){0,2}")


def _in_dateline(doc: Document, index: int, stops: bool = False) -> bool:
    """Whether the date at token `index` opens a line near the top, alone or after a place and a comma (with
    `stops`, as the page's own day, also after a place and a full stop)."""
    text, start = doc.article.text, doc.tokens[index].start
    if start > 400:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool((_STAMP_DATELINE_HEAD if stops else _DATELINE_HEAD).fullmatch(text[line_start:start]))


_BYLINE_TOKENS = 4  # words a line may give before its "published" ("FE Team | Published: June 19, 2024")


def _date_line_on_top(doc: Document) -> date | None:
    """A full date written out alone on its line near the top ("September 16, 2024" above the headline,
    "25 січня 2019 року"): the page's own date, before a date a sentence of its prose writes in digits ("received
    a phone call on Friday 16/8/2024")."""
    text = doc.article.text
    year_words = doc.lexicon.lemmas_of("year_words")  # "25 січня 2019 року", "8 февраля 2024 г."
    starts = [tok.start for tok in doc.tokens]
    alone: list[date] = []
    for t in find_times(doc, 0, len(doc.tokens), None):
        if not (isinstance(t.when, PartialDate) and t.when.day is not None and t.when.year is not None):
            continue
        start, end = doc.tokens[t.first].start, doc.tokens[t.last - 1].end
        if start >= _HEAD:
            break
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        after = range(t.last, bisect_left(starts, line_end))  # the rest of the date's line
        if not text[line_start:start].strip(" \t,|•") and all(
                doc.lemmas[k] & year_words or not doc.tokens[k].text.strip(".,|•") for k in after):
            alone.append(t.when.first_day())
    # a site's today ("18.11.2025" over its menu) stands above the article's own day: the earliest is the page's
    return min(alone, default=None)


def _published_stamp(doc: Document) -> date | None:
    """A full date that "published" (or "updated", "Дата публикации") introduces on a line of its own, wherever it
    stands on the page ("Опубликовано 13 марта 2025 в 11:35" under the article, "Published: 30 May 2022 12:35 PM",
    "Оновлено 14 березня 2025"), after a byline's names at most: the page's own stamp. A "published" inside a
    sentence ("the ministry published on 5 May 2023 its report", "соглашение было обновлено 5 мая 2023 года") is
    an event."""
    marks = doc.lexicon.words("published_words")
    updated = doc.lexicon.words("updated_words")
    links = doc.lexicon.words("published_links")
    text, tokens = doc.article.text, doc.tokens
    if not any(tok.norm in marks for tok in tokens):
        return None
    found = [(t.first, t.when.first_day()) for t in find_times(doc, 0, len(tokens), None)
             if isinstance(t.when, PartialDate) and t.when.day is not None and t.when.year is not None]
    starts = [tok.start for tok in tokens]
    for a, _, when in _numeric_stamps(text):
        first = bisect_left(starts, a)
        if first < len(tokens) and starts[first] == a:
            found.append((first, when))
    stamps: list[tuple[bool, date]] = []
    for first, when in sorted(found):
        j = first - 1
        while j >= 0 and not any(c.isalnum() for c in tokens[j].text):
            j -= 1  # "Published: 30 May": the colon between
        if j > 0 and tokens[j].norm in links:
            j -= 1  # "Posted on December 5, 2024"
        if j < 0 or tokens[j].norm not in marks or "\n" in text[tokens[j].end:tokens[first].start]:
            continue
        line_start = text.rfind("\n", 0, tokens[j].start) + 1
        before = [tok for tok in tokens[max(0, j - _BYLINE_TOKENS - 1):j] if tok.start >= line_start]
        if len(before) <= _BYLINE_TOKENS and not any(tok.text[:1].islower() for tok in before):
            # a byline names ("FE Team | Published:"); a sentence's words ("было обновлено") do not
            stamps.append((tokens[j].norm in updated, when))
    # the day first published, before a later "updated" the page shows above it ("Updated: Dec 6 / Published: Dec 5")
    return next((when for was_updated, when in stamps if not was_updated), stamps[0][1] if stamps else None)


def _glued_stamp(doc: Document) -> date | None:
    """A full date on a short line of its own near the top, even glued to the outlet's name
    ("ReutersJune 21, 2019", "Kyodo 12 May 2024"), or its year first ("2022 Nov. 17"), in the page's language or in
    English, which sites in other languages stamp their pages in too ("Apr 29, 2013 12:42"); a short sentence ("The
    list was updated 14 March 2025.") tells an event."""
    from ..lexicon import load_lexicon

    months = {**load_lexicon("en").get("months", {}), **doc.lexicon.get("months", {})}
    names = sorted((m for m in months if m.isalpha()), key=len, reverse=True)
    if not names:
        return None
    month_alt = "|".join(re.escape(m) for m in names)
    pattern = re.compile(rf"(?i)({month_alt})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)"
                         rf"|(\d{{1,2}})\s+({month_alt})\s+((?:19|20)\d\d)"
                         rf"|\b((?:19|20)\d\d)\s+({month_alt})\.?\s+(\d{{1,2}})\b")
    for line in doc.article.text[:400].splitlines():
        if len(line.strip()) > 40:
            continue
        found = pattern.search(line)
        if found and not any(word[:1].islower() for word in re.findall(r"[^\W\d_]+", line[:found.start()])):
            month_name = (found.group(1) or found.group(5) or found.group(8)).lower()
            day = int(found.group(2) or found.group(4) or found.group(9))
            year = int(found.group(3) or found.group(6) or found.group(7))
            month = months.get(month_name)
            when = _safe_date(year, int(month), day) if month else None
            if when is not None:
                return when.first_day()
    return None


def _years_told(doc: Document, told: list[TimeMention] | None = None) -> list[int]:
    """Years written in the text, less targets ("к 2030 году", "by 2030") and, where the dates the text tells are
    given, the years of dates of another day than the news's (a birth, a plan: `_another_days_date`)."""
    kept = None if told is None else {j for t in told for j in range(t.first, t.last)}
    dated = set() if told is None else {j for t in find_times(doc, 0, len(doc.tokens), None)
                                        for j in range(t.first, t.last)}
    out = []
    for j in range(len(doc.tokens)):
        year = _year_at(doc, j)
        if kept is not None and j in dated and j not in kept:
            continue
        if year and not (j > 0 and doc.tokens[j - 1].norm in _TARGET_YEAR_PREPS):
            out.append(year)
    return out


_BIRTH_REACH = 3  # words between "born" and the date of birth ("родился в Ленинграде 7 октября 1952 года")
_FUTURE_REACH_BEFORE, _FUTURE_REACH_AFTER = 8, 4  # words around a date where a verb tells it is still to come


def _another_days_date(doc: Document, t: TimeMention) -> bool:
    """A date the text gives for a day other than the one it tells its news on, so never the page's own: a birth
    ("born on 7 October 1952", "родился 7 октября 1952 года"; the lexicon's `birth_words` just before it), a day
    aimed at (`date_target_preps`: "на 9 мая", "by December 5") or what is still to come ("will meet again on 15
    January 2025", "встретятся снова 15 января 2025 года": a future told in its clause), which bounds the page's
    day from above."""
    births = doc.lexicon.lemmas_of("birth_words")
    if any(doc.lemmas[j] & births for j in range(max(0, t.first - _BIRTH_REACH), t.first)):
        return True
    if t.first > 0 and doc.tokens[t.first - 1].norm in doc.lexicon.words("date_target_preps") \
            and _only_comma_between(doc, t.first - 1, t.first):
        return True  # a day aimed at ("приехать на 9 мая", "до 10 октября", "scheduled for December 5")
    sentence = next((s for s in doc.sentences if s.first <= t.first < s.last), None)
    if sentence is None:
        return False
    # the date's clause: back to a comma or dash before it, on past the one right after it to the next
    lo, floor = t.first, max(sentence.first, t.first - _FUTURE_REACH_BEFORE)
    while lo > floor and not _clause_break(doc, lo - 1):
        lo -= 1
    hi, ceiling = t.last, min(sentence.last, t.last + _FUTURE_REACH_AFTER)
    while hi < ceiling and (hi == t.last or not _clause_break(doc, hi - 1)):
        hi += 1
    return _future_told(doc, lo, hi)


def _clause_break(doc: Document, index: int) -> bool:
    """Whether a comma, a semicolon, a colon, a dash or a parenthesis stands right after token `index`."""
    if index + 1 >= len(doc.tokens):
        return True
    gap = doc.article.text[doc.tokens[index].end:doc.tokens[index + 1].start]
    return any(ch in gap for ch in ",;:—–()")


def _future_told(doc: Document, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) tell of what is to come: a future auxiliary ("will", "будет"), a plan word
    ("scheduled", "планируется"), an English future predicate ("is set to") or (ru, uk) a verb in the future
    ("встретятся", "підпишуть"), not in the first person ("Напомним")."""
    from .morph import PymorphyLemmatizer, lemmatizer

    future = doc.lexicon.words("future_aux")
    planned = doc.lexicon.lemmas_of("meeting_relative_planned")
    if any(doc.tokens[j].norm in future or doc.lemmas[j] & planned for j in range(lo, hi)):
        return True
    if doc.lexicon.phrases("future_predicates").matches(doc.lemmas, None, lo, hi):
        return True
    lem = lemmatizer(doc.lang)
    return isinstance(lem, PymorphyLemmatizer) and any(
        lem.is_future_verb(doc.tokens[j].norm) and not lem.is_first_person(doc.tokens[j].norm)
        for j in range(lo, hi))


_THIS_YEAR_REACH = 4  # tokens from "this" to the year it names ("this year, 2024", "в текущем 2024 году")


def _current_year(doc: Document) -> int | None:
    """The year the text names as its own: a year right after a word for "this" or "current" with only the word
    for year and punctuation between ("в этом, 2024 году", "в текущем 2024 году", "у цьому 2024 році", "this year
    (2024)", "this year, 2024"), the same in every such place; not a year joined by a word ("this year and 2023")."""
    current = doc.lexicon.lemmas_of("this_words")
    year_words = doc.lexicon.lemmas_of("year_words")
    found: set[int] = set()
    for j in range(len(doc.tokens)):
        if not doc.lemmas[j] & current:
            continue
        k, said_year = j + 1, False
        while k < min(len(doc.tokens), j + _THIS_YEAR_REACH) and not _year_at(doc, k):
            if doc.lemmas[k] & year_words:
                said_year = True
            elif any(ch.isalnum() for ch in doc.tokens[k].text):
                break
            k += 1
        year = _year_at(doc, k)
        if year and (said_year or k + 1 < len(doc.tokens) and doc.lemmas[k + 1] & year_words):
            found.add(year)
    return found.pop() if len(found) == 1 else None


def _in_this_year(doc: Document, year: int) -> date | None:
    """The page's day in the year it names as its own: the first year-less day that a dateline, a weekday beside it
    (which must agree), "today" beside it or the lead tells ("5 декабря президенты провели переговоры. В этом, 2024
    году ..."); None where no day is told so."""
    for index, month, day in _yearless_dates(doc):
        weekday = _weekday_just_before(doc, index, 0)
        t = TimeMention(index, index + 2, PartialDate(None, month, day))
        if not (_in_dateline(doc, index, stops=True) or weekday is not None or _today_at(doc, index, index + 2)
                or _in_lead(doc, t)):
            continue
        when = _safe_date(year, month, day)
        if when is None or weekday is not None and when.first_day().weekday() != weekday:
            continue
        return when.first_day() - timedelta(days=_day_word_beside(doc, index, index + 2) or 0)
    return None


def _yearless_dates(doc: Document) -> list[tuple[int, int, int]]:
    """(token index, month, day) of dates written without a year: "11 сентября", "Sept. 11"."""
    out = []
    for j in range(len(doc.tokens) - 1):
        day, month = _day_at(doc, j), _month_after_day(doc, j + 1)
        if day is not None and month is not None and not _year_at(doc, j + 2):
            out.append((j, month, day))
            continue
        month, day = _lookup(doc, "months", j), _day_at(doc, j + 1)
        if doc.lang == "en" and day is not None and month is not None and not _year_at(doc, j + 2):
            out.append((j, month, day))
    return out


def day_range(doc: Document, time: TimeMention) -> tuple[PartialDate, PartialDate] | None:
    """The first and last day of a span of days told around one date: "с 20 по 22 марта", "з 20 по 22 березня",
    "from 20 to 22 March", "20-22 марта", "20 и 21 марта" (the date found is the last day), "March 20-22" (the date
    found is the first day)."""
    when = time.when
    if not isinstance(when, PartialDate) or when.day is None or when.month is None:
        return None
    joiners = doc.lexicon.words("day_range_joiners")
    start = _day_at(doc, time.first - 2)
    if start is not None and doc.tokens[time.first - 1].norm in joiners and start < when.day:
        return PartialDate(when.year, when.month, start), when
    # "on 3 and 4 March", "3 и 4 марта", "between 3 and 5 March": two days a few days apart, the span between them
    if start is not None and doc.tokens[time.first - 1].norm in doc.lexicon.words("day_pair_joiners") \
            and 0 < when.day - start <= 3:
        return PartialDate(when.year, when.month, start), when
    if time.last + 1 < len(doc.tokens) and doc.tokens[time.last].norm in joiners and \
            _day_at(doc, time.last + 1) is not None and _lookup(doc, "months", time.last + 2) is None:
        end = _day_at(doc, time.last + 1)
        if end is not None and end > when.day:
            return when, PartialDate(when.year, when.month, end)
    return None
