"""Numbers, money, percentages, ordinals and durations written in words or digits."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .morph import PymorphyLemmatizer, lemmatizer

if TYPE_CHECKING:
    from .document import Document

_DASHES = {"–", "—", "-"}


@dataclass(frozen=True, slots=True)
class Quantity:
    first: int  # token range
    last: int
    kind: str  # money | percent | duration | ordinal | volume
    value: float
    unit: str = ""  # USD for money, the measure for volumes


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def parse_number(text: str, lang: str) -> float | None:
    """'1,5' -> 1.5 in ru/uk; '1,200' -> 1200 and '2.5' -> 2.5 in en."""
    if not _NUMBER.fullmatch(text):
        return None
    if lang == "en":
        if _DECIMAL_COMMA.fullmatch(text):
            return float(text.replace(",", "."))  # "2,5 billion": a decimal comma (a thousands group has three digits)
        if _THOUSANDS.fullmatch(text):
            return float(text.replace(",", ""))
        return float(text.replace(",", "")) if text.count(".") <= 1 else None
    if text.count(",") == 1 and text.count(".") == 0:
        return float(text.replace(",", "."))
    if text.count(".") == 1 and text.count(",") == 0:
        return float(text)
    try:
        return float(text.replace(",", "").replace(".", ""))
    except ValueError:
        return None


def _value_of(doc: Document, index: int, key: str) -> object | None:
    return doc.table_value(key, index)


def number_at(doc: Document, index: int) -> float | None:
    """The number written at token `index` (digits, or words: "шестьдесят пять"), computed once per token."""
    numbers = doc._numbers
    if index in numbers:
        return numbers[index]
    value = numbers[index] = _number_at(doc, index)
    return value


def _number_at(doc: Document, index: int) -> float | None:
    if not 0 <= index < len(doc.tokens):
        return None
    tok = doc.tokens[index]
    if tok.is_number:
        if doc.lang == "en" and _ONE_GROUP.fullmatch(tok.text) and _decimal_commas(doc) and \
                _value_of(doc, index + 1, "money_scale") is not None:
            # "$525,737 million" in a text that writes "16,6%" and "$612,87 million": a decimal comma, as the
            # outlet writes every other number, not 525 thousand million
            return float(tok.text.replace(",", "."))
        return parse_number(tok.text, doc.lang)
    value = _value_of(doc, index, "number_words")
    if value is None and "-" in tok.norm:  # "forty-one"
        parts = [_value_of_word(doc, part) for part in tok.norm.split("-")]
        if len(parts) == 2 and all(parts) and parts[0] >= 20 and parts[1] < 10:  # type: ignore[operator]
            return float(parts[0] + parts[1])  # type: ignore[operator]
    if isinstance(value, (int, float)) and index + 1 < len(doc.tokens):
        nxt = _value_of(doc, index + 1, "number_words")  # "шестьдесят пять"
        if isinstance(nxt, (int, float)) and value >= 20 and nxt < 10 and value % 10 == 0:
            return float(value + nxt)
    return float(value) if isinstance(value, (int, float)) else None


_ONE_GROUP = re.compile(r"\d{1,3},\d{3}")


def _decimal_commas(doc: Document) -> bool:
    """Whether an English text writes decimals with a comma ("16,6%", "$612,87 million"): some number of it has
    one or two digits after a single comma. Found once per document."""
    found = doc.__dict__.get("_decimal_commas")
    if found is None:
        found = doc.__dict__["_decimal_commas"] = any(
            t.is_number and _DECIMAL_COMMA.fullmatch(t.text) is not None for t in doc.tokens)
    return found


def find_quantities(doc: Document, first: int, last: int) -> list[Quantity]:
    """Money, percentages, ordinals, volumes and durations in tokens [first, last)."""
    cache = doc.__dict__.setdefault("_quantities", {})
    if (first, last) not in cache:
        # a figure too large for a float ("$999…9 trillion" with hundreds of digits) states nothing usable
        cache[(first, last)] = [q for q in _find_quantities(doc, first, last) if math.isfinite(q.value)]
    return list(cache[(first, last)])


def _find_quantities(doc: Document, first: int, last: int) -> list[Quantity]:
    found: list[Quantity] = []
    taken: set[int] = set()
    comp = doc.lexicon.compiled
    volume_at = {m.start: m for m in comp.volume_units.longest(doc.lemmas, None, first, last)}
    lively = _lively_tokens(doc)
    i = first
    while i < last:
        tok = doc.tokens[i]
        if i in taken or i not in lively:
            i += 1
            continue
        # durations: "1 час 25 минут", "почти 1,5 часа", "полтора часа", "90-minute", "four-hour"
        minutes, end = _duration(doc, i, last)
        if minutes:
            found.append(Quantity(i, end, "duration", minutes))
            taken.update(range(i, end))
            i = end
            continue
        # "$245 billion", and a currency's code written before the number ("USD 245 billion", "EUR 5 bn")
        currency_before = tok.text in "$€£¥₽" and len(tok.text) == 1 or _code_before_number(doc, i, last)
        start = i + 1 if currency_before else i
        value = number_at(doc, start) if start < last else None
        grouped = _space_grouped(doc, start, last) if value is not None else None
        if grouped is not None:
            value, start = grouped  # "1 754 тысячи баррелей": one number written in groups of three
        if value is None and start < last and _bare_scale(doc, start, last, volume_at):
            value, start = 1.0, start - 1  # "миллион тонн зерна", "a million barrels a day": one of the scale
        elif value is not None and not doc.tokens[start].is_number:
            # a number in words counts only before a scale, a currency, a word for per cent or times ("sixty
            # billion dollars", "на тридцать процентов", "вырос в пять раз")
            nxt = start + 1
            while nxt < last and _value_of(doc, nxt, "number_words") is not None:
                nxt += 1
            counted = doc.tokens[start].norm not in doc.lexicon.words("determiners")  # "A %" in a link: no "one"
            if not (_value_of(doc, nxt, "money_scale") or _value_of(doc, nxt, "currency")
                    or counted and (_percent_word_end(doc, nxt, last) or _times_word(doc, nxt, last))):
                value = None
            else:
                start = nxt - 1
        if value is not None:
            j = start + 1  # the scale word, if any
            scale = _value_of(doc, j, "money_scale") if j < last else None
            if currency_before and scale is None and j + 2 < last and doc.tokens[j].text in _DASHES and \
                    doc.tokens[j + 1].is_number and number_at(doc, j + 1) is not None and \
                    isinstance(_value_of(doc, j + 2, "money_scale"), (int, float)):
                # "$64–65 billion", "$64-65 млрд": a range under one scale; its lower bound, as a range is told
                j += 2
                scale = _value_of(doc, j, "money_scale")
            if isinstance(scale, (int, float)):
                value *= float(scale)
                j += 1
                if j < last and doc.tokens[j].text == ".":
                    j += 1
                smaller = _smaller_scale_part(doc, j, last, float(scale))
                if smaller is not None:  # "2 млн. 875 тыс. тонн", "1 billion 200 million dollars": one number
                    value += smaller[0]
                    j = smaller[1]
            if j + 2 < last and doc.tokens[j].norm == "u" and doc.tokens[j + 1].norm == "s":
                j += 2  # "billion U.S. dollars"
            elif j + 1 < last and doc.lemmas[j] & doc.lexicon.lemmas_of("currency_qualifiers") and \
                    doc.tokens[j + 1].text.isalpha() and _value_of(doc, j + 1, "currency") is not None and \
                    not doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start].strip():
                # "245 billion US dollars", "5 млрд американских долларов": the currency's country; "RM13.22
                # billion (US$2.98 billion)" is another currency glossed in dollars
                j += 1
            j = _past_bracketed_insert(doc, j, last)  # "800 million [US] dollars", "5 млрд (американских) долларов"
            currency = _value_of(doc, j, "currency") if j < last else None
            # "с 7 млрд долларов до 35 миллиардов", "from $7 billion to 35 billion": the range's end takes the
            # currency of its start
            elliptic = None if currency_before or currency or not isinstance(scale, (int, float)) else next(
                (q.unit for q in found[-1:] if q.kind == "money" and q.last == i - 1 and i - 1 >= first
                 and doc.tokens[i - 1].norm in doc.lexicon.words("range_to_preps")), None)
            if currency_before or currency or elliptic:
                if currency and not currency_before:
                    j += 1
                unit = str(currency or elliptic or {"$": "USD", "€": "EUR"}.get(tok.text)
                           or _value_of(doc, i, "currency") or "USD")
                found.append(Quantity(i, j, "money", value, unit))
                taken.update(range(i, j))
                i = j
                continue
            times_end = _change_in_times_end(doc, i, j, last, value)
            if times_end:
                # "вырос в 1,5 раза", "зріс у 2 рази", "grew 1.5 times": a rise of 50 % or 100 % (a fall's sign and
                # size are the trade extractor's: "сократился в 2 раза" is -50 %)
                found.append(Quantity(i, times_end, "percent", round((value - 1) * 100, 6)))
                taken.update(range(i, times_end))
                i = times_end
                continue
            percent_end = _percent_word_end(doc, j, last)
            if not percent_end and j + 1 < last and doc.tokens[j].text == "-" and doc.tokens[start].is_number and \
                    not doc.article.text[doc.tokens[start].end:doc.tokens[j + 1].start].strip("-"):
                percent_end = _percent_word_end(doc, j + 1, last)  # "a 35-percent increase": one word
            if percent_end and not _in_a_link(doc, i, j):
                found.append(Quantity(i, percent_end, "percent", value))
                taken.update(range(i, percent_end))
                i = percent_end
                continue
            if j in volume_at:
                unit_match = volume_at[j]
                measure, factor, *below = unit_match.payload
                if below and (j > start + 1 or value >= float(below[0])):
                    factor = 1  # "4.72 mt" is millions of tonnes, "50,000 MT" or "2 million MT" metric tonnes
                found.append(Quantity(i, unit_match.end, "volume", value * float(factor), str(measure)))
                taken.update(range(i, unit_match.end))
                i = unit_match.end
                continue
            elided = _elided_currency(doc, i, j, last) if isinstance(scale, (int, float)) and scale >= 1e6 else None
            if elided is not None:
                # "превысив 15 миллиардов долларов. А за весь год – до 22 миллиардов", "800 million dollars. It may
                # reach one billion by the end of the year": a sum whose currency was told just before
                found.append(Quantity(i, j, "money", value, elided))
                taken.update(range(i, j))
                i = j
                continue
        fraction = _fraction_change(doc, i, first, last)
        if fraction is not None:  # "rose by a third", "выросла на треть", "скоротився на чверть"
            found.append(Quantity(i, i + 1, "percent", fraction))
            taken.add(i)
            i += 1
            continue
        times = _value_of(doc, i, "change_multipliers")
        if times is not None and doc.lexicon.get("change_multipliers_exact") and \
                tok.norm not in doc.lexicon["change_multipliers"]:
            times = None  # "doubled" is a rise, "double taxation" or "would double capacity" none
        if times is not None and any(doc.lemmas[j] & doc.lexicon.lemmas_of("multiplier_hedges")
                                     for j in range(max(first, i - 2), i)):
            times = None  # "вырос почти вдвое", "may nearly double": no figure to tell
        if times is not None and not (i + 1 < last and doc.tokens[i + 1].norm in doc.lexicon.words("multiplier_less")):
            # "збільшити вдвічі", "удвоилась", "doubled": a rise of 100 % (not "вдвое меньше": a fall)
            found.append(Quantity(i, i + 1, "percent", float(times)))
            i += 1
            continue
        digits = _digit_ordinal(doc, i, last)
        if digits is not None:  # "26th", "3-й", "2-ге"
            found.append(Quantity(i, digits[1], "ordinal", digits[0]))
            taken.update(range(i, digits[1]))
            i = digits[1]
            continue
        ordinal = _value_of(doc, i, "ordinals")
        if ordinal is None and "-" in tok.text:  # "third-largest", "second-biggest"
            ordinal = _value_of_word(doc, tok.norm.split("-")[0], "ordinals")
            ordinal = int(ordinal) if ordinal else None
        if isinstance(ordinal, int):
            found.append(Quantity(i, i + 1, "ordinal", float(ordinal)))
        i += 1
    return found


def _digit_ordinal(doc: Document, index: int, last: int) -> tuple[float, int] | None:
    """(value, end) of an ordinal written in digits at `index`: "26th", "3rd", "3-й", "26-му", "2-ге" (the digits, a
    hyphen where the language writes one, and one of its `ordinal_suffixes`, with no space between)."""
    tokens, text = doc.tokens, doc.article.text
    if not tokens[index].text.isdigit() or len(tokens[index].text) > 3:
        return None
    j = index + 1
    if j < last and tokens[j].text == "-" and not text[tokens[j - 1].end:tokens[j].start]:
        j += 1
    if j >= last or text[tokens[j - 1].end:tokens[j].start] or tokens[j].norm not in doc.lexicon.words(
            "ordinal_suffixes") or (j == index + 1) != (doc.lang == "en"):
        return None
    return float(tokens[index].text), j + 1


def _change_in_times_end(doc: Document, index: int, j: int, last: int, value: float) -> int | None:
    """The end of a change told as a multiple ("вырос в 1,5 раза", "сократился в 2 раза", "grew 1.5 times"): a
    digit number before a times word (`multiplier_times_words`), with a rise or fall verb just before it (across a
    preposition, `multiplier_preps`); None for a count ("met 3 times"), a size with no verb ("в 2 раза меньше"), a
    hedge ("почти в 2 раза") or a comparison ("в 2 раза больше, чем")."""
    lex = doc.lexicon
    if not (j == index + 1 and j < last and 1 < value <= 100 and _times_word(doc, j, last)):
        return None
    if j + 1 < last and doc.tokens[j + 1].norm in lex.words("multiplier_less"):
        return None
    k = index - 1 if index > 0 and doc.tokens[index - 1].norm in lex.words("multiplier_preps") else index
    if any(doc.lemmas[h] & lex.lemmas_of("multiplier_hedges") for h in range(max(0, k - 2), k)):
        return None
    if k > 0 and doc.lemmas[k - 1] & (lex.lemmas_of("rise_words") | lex.lemmas_of("fall_words")) and \
            not (j + 1 < last and doc.lemmas[j + 1] & lex.lemmas_of("comparison_words")):
        return j + 1
    return None  # "в 2 раза больше, чем в 2020 году": a comparison with another year, no change of the period


def _elided_currency(doc: Document, index: int, end: int, last: int) -> str | None:
    """The currency of a number with a scale word and no unit ("до 22 миллиардов.", "one billion by the end"): that
    of the last sum of money told in its sentence or the one before, where nothing is measured between (tonnes,
    barrels, cubic metres) and no noun follows the scale word ("8 млрд человек", "a billion people")."""
    lex = doc.lexicon
    before = doc.tokens[index - 1].text if index > 0 else ""
    if before.isalpha() and before.isupper() and len(before) == 3:
        return None  # "(EGP 370.7 billion)": a currency whose code the lexicon does not know
    if end < len(doc.tokens) and doc.tokens[end].is_number:
        return None  # "3 миллиона. 332 тыс. тонн": a number broken by a stray full stop, its unit further on
    if end < last and doc.tokens[end].text[:1].isalpha():
        nxt = doc.tokens[end].norm
        lem = lemmatizer(doc.lang)
        if isinstance(lem, PymorphyLemmatizer):
            if lem.first_pos(nxt) in ("NOUN", "ADJF", "ADJS", None):
                return None
        elif nxt not in lex.words("elided_currency_followers"):
            return None
    sentence = doc.sentence_of_token(index)
    if _own_subject(doc, sentence.first, index):
        return None
    start = doc.sentences[sentence.index - 1].first if sentence.index > 0 else sentence.first
    measured = {m.start for m in lex.compiled.volume_units.longest(doc.lemmas, None, start, index)}
    for k in range(index - 1, start - 1, -1):
        if k in measured:
            return None
        unit = _value_of(doc, k, "currency")
        if unit is None and doc.tokens[k].text in "$€£¥₽" and len(doc.tokens[k].text) == 1:
            unit = {"$": "USD", "€": "EUR"}.get(doc.tokens[k].text)
        if unit is not None and any(number_at(doc, n) is not None for n in range(max(start, k - 3), min(index, k + 3))):
            return str(unit)
    return None


def _own_subject(doc: Document, first: int, index: int) -> bool:
    """Whether the clause of a bare figure at `index` names a thing of its own that is no trade and no word for a
    figure ("а население выросло до 35 миллионов", "and the population grew to 35 million"): a noun in the
    nominative no preposition governs (in English, a noun after a determiner), not a commodity or trade word nor
    one of `elided_sum_nouns` ("это число", "the figure"). Such a figure counts something else."""
    text, tokens, lex = doc.article.text, doc.tokens, doc.lexicon
    start = index
    while start > first and not any(ch in text[tokens[start - 1].end:tokens[start].start] for ch in ",;:—–("):
        start -= 1
    allowed = lex.lemmas_of("elided_sum_nouns")
    trade = {k for m in lex.compiled.commodities.matches(doc.lemmas, None, start, index) for k in range(m.start, m.end)}
    lem = lemmatizer(doc.lang)
    for k in range(start, index):
        if k in trade or doc.lemmas[k] & allowed or not tokens[k].text.isalpha():
            continue
        if isinstance(lem, PymorphyLemmatizer):
            if lem.first_pos(tokens[k].norm) == "NOUN" and lem.first_case(tokens[k].norm) == "nomn" and \
                    not (k > start and lem.first_pos(tokens[k - 1].norm) == "PREP"):
                return True
        elif k > start and tokens[k - 1].norm in lex.words("determiners"):
            return True
    return False


def _times_word(doc: Document, index: int, last: int) -> bool:
    """Whether token `index` is a word for times after a multiple ("раз", "рази", "times")."""
    return index < last and bool(doc.lemmas[index] & doc.lexicon.lemmas_of("multiplier_times_words"))


def _fraction_change(doc: Document, index: int, first: int, last: int) -> float | None:
    """A change told as a fraction of the old level at `index` ("rose by more than a third", "выросла на треть",
    "скоротився на чверть"): the fraction in per cent (`change_fractions`) where a preposition of a change's size
    (`change_by_preps`) stands shortly before it, past hedges and an article, and a rise or fall word shortly
    before that. "a third of the exports", "one third", "a quarter" of a year tell no change."""
    fraction = _value_of(doc, index, "change_fractions")
    if not isinstance(fraction, (int, float)):
        return None
    lex = doc.lexicon
    by = lex.words("change_by_preps")
    prep = next((k for k in range(index - 1, max(first, index - 5) - 1, -1) if doc.tokens[k].norm in by), None)
    if prep is None or any(not doc.tokens[k].text.isalpha() for k in range(prep + 1, index)):
        return None
    if any(doc.lemmas[k] & lex.lemmas_of("multiplier_hedges") for k in range(max(first, prep - 1), index)):
        return None  # "grew by nearly a third", "выросла почти на треть": no figure to tell
    changes = lex.lemmas_of("rise_words") | lex.lemmas_of("fall_words")
    if not any(doc.lemmas[k] & changes for k in range(max(first, prep - 3), prep)):
        return None
    if index + 1 < last and not doc.article.text[doc.tokens[index].end:doc.tokens[index + 1].start].strip():
        nxt = doc.tokens[index + 1].norm
        if nxt in lex.words("goods_of_preps"):
            return None  # "cut by a third of its exports": a part, not the change's size
        lem = lemmatizer(doc.lang)
        if isinstance(lem, PymorphyLemmatizer) and lem.first_pos(nxt) == "NOUN" and lem.can_be_genitive(nxt):
            return None  # "на четверть века", "на третину експорту": a noun in the genitive owns the part
    return float(fraction)


def _code_before_number(doc: Document, index: int, last: int) -> bool:
    """Whether token `index` is a currency's code in capitals ("USD", "EUR") standing just before a number
    ("USD 245 billion"): the written sign's place, not a word after the number."""
    tok = doc.tokens[index]
    return index + 1 < last and tok.text.isupper() and len(tok.text) == 3 and tok.text.isalpha() \
        and _value_of(doc, index, "currency") is not None and doc.tokens[index + 1].is_number


def _past_bracketed_insert(doc: Document, index: int, last: int) -> int:
    """The index of a currency word after a short insert in brackets at `index` ("[US] dollars", "(U.S.) dollars",
    "[американских] долларов"), an editor's or an author's gloss; `index` itself where none is there."""
    if index == 0 or index >= last:
        return index
    text = doc.article.text
    if text[doc.tokens[index - 1].end:doc.tokens[index].start].strip() not in ("[", "("):
        return index
    close = "]" if "[" in text[doc.tokens[index - 1].end:doc.tokens[index].start] else ")"
    for k in range(index + 1, min(last, index + 4)):
        if text[doc.tokens[k - 1].end:doc.tokens[k].start].strip() == close:
            return k if _value_of(doc, k, "currency") is not None else index
    return index


def _percent_word_end(doc: Document, index: int, last: int) -> int | None:
    """Where the word for per cent at `index` ends ("%", "процента", or the two words of "per cent"), or None."""
    if index >= last:
        return None
    if doc.lemmas[index] & doc.lexicon.lemmas_of("percent_words"):
        return index + 1
    for phrase in doc.lexicon.words("percent_words"):
        words = phrase.split()
        if len(words) > 1 and index + len(words) <= last and \
                all(doc.tokens[index + k].norm == w for k, w in enumerate(words)):
            return index + len(words)
    return None


def _smaller_scale_part(doc: Document, index: int, last: int, scale: float) -> tuple[float, int] | None:
    """The part of a number written after its larger scale word, with a smaller one ("875 тыс." after "2 млн."):
    its value and where it ends; None unless the part is less than one of the larger scale."""
    if index + 1 >= last or not doc.tokens[index].is_number:
        return None
    part = number_at(doc, index)
    smaller = _value_of(doc, index + 1, "money_scale")
    if part is None or not isinstance(smaller, (int, float)) or not smaller < scale or part * smaller >= scale:
        return None
    end = index + 2
    if end < last and doc.tokens[end].text == ".":
        end += 1
    return part * float(smaller), end


_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _in_a_link(doc: Document, first: int, sign: int) -> bool:
    """A number and a per-cent sign inside a percent-encoded link ("%2Ffeed%2F433%2F"): the sign is an escape
    whose two hex digits follow it, and the number is glued to the escape before it."""
    text = doc.article.text
    end = doc.tokens[sign].end
    start = doc.tokens[first].start
    return bool(_PERCENT_ESCAPE.match(text, end - 1)) and (
        start >= 3 and bool(_PERCENT_ESCAPE.fullmatch(text, start - 3, start)))


_QUANTITY_TABLES = ("number_words", "money_scale", "currency", "duration_units", "ordinals", "change_multipliers",
                    "duration_unit_adjectives", "change_fractions")


def _lively_tokens(doc: Document) -> frozenset[int]:
    """The tokens at which a quantity may begin: digits, a currency sign, a hyphenated word, a one-word duration,
    or a word in a number, scale, currency, duration or ordinal table. At any other token every test of
    `_find_quantities` fails, so it is passed over without them; found once per document."""
    lively = doc.__dict__.get("_lively_tokens")
    if lively is None:
        found = {i for i, tok in enumerate(doc.tokens)
                 if tok.text[0].isdigit() or tok.text in "$€£¥₽" or "-" in tok.text
                 or _compound_duration(doc, i) is not None}
        for key in _QUANTITY_TABLES:
            doc.table_value(key, 0)  # builds the table's values for the document
            found.update(doc._table_values[key])
        lively = doc.__dict__["_lively_tokens"] = frozenset(found)
    return lively  # type: ignore[no-any-return]


_GROUP = re.compile(r"\d{3}(?:,\d+)?")
_GROUP_GAPS = (" ", "\u00a0", "\u202f", "\u2009")


def _space_grouped(doc: Document, index: int, last: int) -> tuple[float, int] | None:
    """A number whose thousands are set off by spaces ("1 754", "1 005", "12 500 000"): its value and the
    index of its last group; None for a plain number."""
    tokens = doc.tokens
    head = tokens[index].text
    if not (head.isdigit() and len(head) <= 3) or index > 0 and tokens[index - 1].is_number and \
            doc.article.text[tokens[index - 1].end:tokens[index].start] in _GROUP_GAPS:
        return None
    j, digits = index, head
    while j + 1 < last and _GROUP.fullmatch(tokens[j + 1].text) and \
            doc.article.text[tokens[j].end:tokens[j + 1].start] in _GROUP_GAPS and "," not in digits:
        j += 1
        digits += tokens[j].text
    if j == index:
        return None
    value = parse_number(digits, doc.lang)
    return (value, j) if value is not None else None


def _bare_scale(doc: Document, index: int, last: int, volume_at: dict) -> bool:  # type: ignore[type-arg]
    """A scale word with no number before it, followed by a unit or currency ("миллион тонн")."""
    if not isinstance(_value_of(doc, index, "money_scale"), (int, float)) or doc.tokens[index].is_number:
        return False
    if index > 0 and number_at(doc, index - 1) is not None:
        return False
    nxt = index + 1
    return nxt < last and (nxt in volume_at or _value_of(doc, nxt, "currency") is not None)


def _unit_minutes(doc: Document, index: int) -> float | None:
    value = _value_of(doc, index, "duration_units")
    return float(value) if isinstance(value, (int, float)) else None


@cache
def _compound_duration_table(lang: str) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]:
    """The language's duration prefixes, longest first, and unit stems: built once, read at every token."""
    from ..lexicon import load_lexicon

    lexicon = load_lexicon(lang)
    prefixes = sorted(lexicon.get("compound_duration_prefixes", {}).items(), key=lambda kv: -len(kv[0]))
    return (tuple((prefix.replace("ё", "е"), float(n)) for prefix, n in prefixes),
            tuple((stem, float(minutes)) for stem, minutes in lexicon.get("compound_duration_units", {}).items()))


def _compound_duration(doc: Document, index: int) -> float | None:
    """Minutes of a one-word duration adjective: "четырёхчасовые", "двогодинна", "півторагодинну"."""
    return _compound_duration_of(doc.tokens[index].norm, doc.lang)


@lru_cache(maxsize=100_000)
def _compound_duration_of(norm: str, lang: str) -> float | None:
    norm = norm.replace("ё", "е")
    prefixes, units = _compound_duration_table(lang)
    for prefix, n in prefixes:
        if norm.startswith(prefix):
            rest = norm[len(prefix):]
            for stem, minutes in units:
                if rest.startswith(stem) and len(rest) > len(stem):
                    return n * minutes
    return None


def _unit_adjective(doc: Document, i: int, last: int) -> float | None:
    """Minutes of a unit's adjective alone before a meeting's word ("годинну розмову", "часовой телефонный
    разговор", "часовую беседу"): one unit. Before any other noun it names no duration ("часовые пояса")."""
    minutes = _value_of(doc, i, "duration_unit_adjectives")
    if not isinstance(minutes, (int, float)):
        return None
    meeting = doc.lexicon.compiled.meeting.matches(doc.lemmas, None, i + 1, min(last, i + 3))
    return float(minutes) if any(m.start in (i + 1, i + 2) for m in meeting) else None


def _duration(doc: Document, i: int, last: int) -> tuple[float, int]:
    compound = _compound_duration(doc, i)
    if compound is not None:
        return compound, i + 1
    unit_adjective = _unit_adjective(doc, i, last)
    if unit_adjective is not None:
        return unit_adjective, i + 1
    total, j = 0.0, i
    joiners = doc.lexicon.words("coordination_words")
    while j < last:
        if total and j + 2 < last and doc.tokens[j].norm in joiners and number_at(doc, j + 1) is not None \
                and (smaller := _unit_minutes(doc, j + 2)) is not None and smaller < total:
            j += 1  # "one hour and 30 minutes", "годину та 20 хвилин": the smaller unit adds to the larger
        tok = doc.tokens[j]
        if "-" in tok.text and tok.text[0].isalpha():  # "four-hour", "two-hour"
            head, _, tail = tok.text.lower().partition("-")
            n = _value_of_word(doc, head)
            unit = _value_of_word(doc, tail, "duration_units")
            if n and unit:
                total += n * unit
                j += 1
                continue
            unit = _value_of_word(doc, head, "duration_units")
            if unit and total == 0 and tail in doc.lexicon.get("lasting_suffixes", ()):
                return float(unit), j + 1  # "an hour-long call"
            break
        if total == 0 and doc.tokens[j].norm in ("полчаса", "півгодини") and (unit := _unit_minutes(doc, j)):
            return unit, j + 1  # a unit that is also a number word ("полчаса": half)
        n = number_at(doc, j)
        if n is None:
            unit = _unit_minutes(doc, j)
            if unit and total == 0 and j == i and i > 0 and _after_duration_verb(doc, i):
                half = _half_after(doc, j + 1, last)
                total, j = unit * (1.5 if half else 1), j + 1 + half  # "розмова тривала годину": one hour
                continue  # "годину сорок хвилин": the minutes add to it
            break
        k = j + 1
        if n == 0.5 and k + 1 < last and doc.tokens[k].norm in doc.lexicon.words("half_unit_links"):
            k += 1  # "half an hour": the article between the half and its unit
        dashed = k < last and doc.tokens[k].text in _DASHES
        if dashed:
            k += 1  # "90-minute"
        half_before = _half_after(doc, k, last)  # "два с половиной часа", "two and a half hours"
        k += half_before
        unit = _unit_minutes(doc, k) if k < last else None
        if unit is None and dashed and k < last:
            # "35-минутная", "35-хвилинну": a number joined to a unit adjective
            unit = next((minutes for stem, minutes in _compound_duration_table(doc.lang)[1]
                         if doc.tokens[k].norm.startswith(stem) and len(doc.tokens[k].norm) > len(stem)), None)
        if unit is None:
            break
        total += (n + (0.5 if half_before else 0)) * unit
        j = k + 1
        half = _half_after(doc, j, last)  # "an hour and a half", "час с половиной"
        if half:
            total += unit / 2
            j += half
    return total, j


def _half_after(doc: Document, index: int, last: int) -> int:
    for phrase in doc.lexicon.get("half_past", []):
        words = phrase.split()
        if index + len(words) <= last and [doc.tokens[index + k].norm for k in range(len(words))] == words:
            return len(words)
    return 0


def _after_duration_verb(doc: Document, index: int) -> bool:
    lemmas = doc.lemmas[index - 1]
    return bool(lemmas & doc.lexicon.lemmas_of("duration_verbs") or lemmas & doc.lexicon.lemmas_of("approx_words"))


def _value_of_word(doc: Document, word: str, key: str = "number_words") -> float | None:
    table = doc.lexicon.lemma_table(key)
    for lemma in sorted(lemmatizer(doc.lang).lemmas(word)):
        value = table.get(lemma)
        if isinstance(value, (int, float)):
            return float(value)
    if word.isdigit():
        return float(word)
    return None
