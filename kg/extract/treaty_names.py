"""English names for agreements told in other languages: the name's words translated one by one.

A treaty the lexicon does not know is named by the article's own words ("декларацию про відмову від
військового протистояння"). Its English name is built from the same words through a per-language table of
treaty-name words (`treaty_name_words` in kg/lexicon/<lang>.json, written in dictionary form and matched on
lemmas, so one entry serves every case): "declaration on renunciation of military confrontation". Actors in
the name are written by their English labels; numbers are kept; words the table does not know are left out.
"""
from __future__ import annotations

from functools import cache

from ..lexicon import PhraseMatch, PhraseSet, load_lexicon, phrase_set
from ..text.numbers import number_at
from .context import ArticleContext

# English words after which no "of" is added before a genitive ("agreement on" + "supply", not "on of")
_FUNCTION_WORDS = frozenset(("of", "on", "in", "to", "with", "between", "for", "and", "by", "at", "from", "about",
                            "during", "over", "up", "the", "a", "than", "worth", "thousand", "million", "billion",
                            "trillion", "dozen", "hundred", "within"))


@cache
def name_words(lang: str) -> PhraseSet[str]:
    """The treaty-name words of a language (dictionary forms, matched on lemmas), with their English words."""
    return phrase_set(lang, load_lexicon(lang).get("treaty_name_words", {}).items())


def english_name(ctx: ArticleContext, start: int, end: int, plural_at: int | None = None,
                 skip: frozenset[int] = frozenset(), singular: bool = False) -> str | None:
    """The English name of the treaty named by tokens [start, end) of a Russian or Ukrainian article, or None
    (an English article's own words are its name; a name none of whose words is known has none).
    `plural_at` is a word known to stand for several documents ("подписали соглашения по ..."); the words
    in `skip` are left out; `singular` names one of several documents ("one of the statements")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer) or start >= end:
        return None
    table = name_words(doc.lang)
    best: dict[int, PhraseMatch[str]] = {}
    for m in table.matches(doc.lemmas, None, start, end):
        if m.end <= end and (m.start not in best or m.end > best[m.start].end):
            best[m.start] = m
    actors = {m.first: m for m in ctx.in_range(start, end)}
    words: list[str] = []
    translated = 0
    previous_noun = False  # whether the last word written is a noun a genitive may hang on ("supply" of gas)
    j = start
    while j < end:
        if j in skip:
            j += 1
            continue
        token = doc.tokens[j]
        if j > start and "," in doc.article.text[doc.tokens[j - 1].end:token.start] and words:
            words[-1] += ","  # "energy, trade and technology": a list hangs on no noun before it
            previous_noun = False
        part, case, number = lem.part_and_case(token.norm)  # type: ignore[attr-defined]
        genitive = case == "gent" and previous_noun and bool(words) and \
            words[-1].split()[-1].lower() not in _FUNCTION_WORDS
        mention = actors.get(j)
        if mention is not None:
            if genitive:
                words.append("of")  # "договір України та Індії": the treaty of Ukraine and India
            words.append(_actor_label(ctx, mention.actor))
            previous_noun, j = True, mention.last
            continue
        match = best.get(j)
        if match is not None:
            english = str(match.payload)
            last_part, _, last_number = lem.part_and_case(doc.tokens[match.end - 1].norm)  # type: ignore[attr-defined]
            # a phrase is in the number of its first noun ("план мероприятий" is one action plan)
            head = next((lem.part_and_case(doc.tokens[k].norm) for k in range(j, match.end)  # type: ignore[attr-defined]
                         if lem.part_and_case(doc.tokens[k].norm)[0] == "NOUN"), None)  # type: ignore[attr-defined]
            number = head[2] if head is not None else last_number
            plural = (head or (last_part,))[0] == "NOUN" and number == "plur" or plural_at in range(j, match.end)
            if genitive and part in ("NOUN", "ADJF", "PRTF", "NUMR") and \
                    english.split()[0].lower() not in _FUNCTION_WORDS:
                words.append("of")
            words.append(_number_form(english, plural and not singular))
            translated += 1
            previous_noun = last_part == "NOUN"
            j = match.end
            continue
        compound = _compound(lem, table, token.norm)
        if compound is not None:
            words.append(compound)  # "курортно-рекреационного": "resort and recreation"
            translated += 1
            previous_noun = False
        elif number_at(doc, j) is not None or token.text[:1].isdigit():
            words.append(token.text)
            previous_noun = False
        j += 1
    if not translated:
        return None
    while words and words[-1].split()[-1].lower() in _FUNCTION_WORDS - {"thousand", "million", "billion", "trillion"}:
        words.pop()  # "договоренность о продолжении ...": no name ends on a preposition
    if not words:
        return None
    text = " ".join(w.split("|")[0] for w in words).rstrip(",")
    return text[:1].upper() + text[1:]


def _compound(lem, table: PhraseSet[str], norm: str) -> str | None:  # type: ignore[no-untyped-def]
    """The English words of a compound adjective the table does not hold as a whole ("культурно-гуманитарный",
    "науково-освітній"): its two parts translated one by one and joined by "and", where the table knows both."""
    parts = norm.split("-")
    if len(parts) != 2 or not all(len(p) > 2 for p in parts):
        return None
    english = []
    for k, part in enumerate(parts):
        forms = lem.lemmas(part)
        if k == 0 and part.endswith("о"):  # the joining form: "культурно-" of "культурный", "культурний"
            forms = forms | frozenset(part[:-1] + end for end in ("ый", "ий", "ій"))
        found = table.matches([forms], None, 0, 1)
        if not found or found[0].end != 1:
            return None
        english.append(str(found[0].payload).split("|")[0])
    return " and ".join(english)


def _number_form(english: str, plural: bool) -> str:
    """"agreement" or "agreements": the table may give an irregular plural after a bar ("relations|relations")."""
    singular, _, irregular = english.partition("|")
    if not plural:
        return singular
    if irregular:
        return irregular
    words = singular.split(" ")
    # the noun is the last word that is not a preposition ("in the field of": "in the fields of")
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() not in _FUNCTION_WORDS), None)
    if at is None:
        return singular  # "в рамках": "within", a preposition has no plural
    last = words[at]
    if last.endswith("s") and not last.endswith("ss"):
        return singular  # "relations", "talks": already a plural
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return " ".join(words[:at] + [last] + words[at + 1:])


def _actor_label(ctx: ArticleContext, key: str) -> str:
    actor = ctx.gaz.actor(key)
    if actor is not None:
        return actor.label_en
    return key.removeprefix("new:").replace("-", " ").title()
