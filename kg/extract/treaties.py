"""Treaties and agreements: known treaties by any of their names, with parties, signing and status."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from ..gazetteer import Gazetteer
from ..iris import digest
from ..lexicon import load_treaties
from ..records import PartialDate, Treaty
from ..text.dates import find_times
from ..text.numbers import number_at
from ..text.phrases import PhraseMatch
from .actors import _role_words
from .context import ArticleContext
from .trade import compound_states
from .treaty_names import english_name, name_words


def extract_treaties(ctx: ArticleContext) -> list[Treaty]:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    known = {t["key"]: t for t in load_treaties()}
    found: dict[str, Treaty] = {}
    stated_states = {state for m in ctx.mentions
                     for state in (m.actor, ctx.gaz.country_of(m.actor)) if state}
    distinct: set[str] = set()  # documents signed alongside another: never a retelling of a known one
    passing: set[str] = set()  # known treaties named only in passing ("after the withdrawal from ...")
    # a known treaty's states told as leaving it ("Russia withdrew from the grain deal"), and the treaties told as
    # signed: a treaty the article only tells of being left has for parties the states that leave it
    withdrawn_by: dict[str, set[str]] = {}
    told_signed: set[str] = set()
    for s in doc.sentences:
        unsigned = _signing_negated(ctx, s)
        named = comp.treaty_names.longest(doc.lemmas, None, s.first, s.last)
        if unsigned and not named:
            continue  # "угоди так і не підписали", "a deal could be signed": no agreement yet
        dated = [] if named or unsigned else _dated_list(ctx, s) or _recalled_with_years(ctx, s) or \
            (_years_before_names(ctx, s) if doc.lang == "en" else []) or _years_after_names(ctx, s)
        if dated:
            for treaty in dated:
                found.setdefault(treaty.key, treaty)
                distinct.add(treaty.key)
            continue
        if not named and doc.lang == "en":
            joined = _joined_states_names(ctx, s)
            for treaty in joined:
                found.setdefault(treaty.key, treaty)
                distinct.add(treaty.key)
        if not named:
            generic = _generic_treaty(ctx, s)
            split = _each_partner(ctx, s, generic) if generic is not None else []
            split = split or (_separate_partners(ctx, s, generic) if generic is not None else [])
            split = split or (_listed_documents(ctx, s, generic) if generic is not None else [])
            split = split or (_explained_documents(ctx, s, generic) if generic is not None else [])
            split = split or (_topic_list(ctx, s, generic) if generic is not None else [])
            split = split or (_signed_list(ctx, s, found) if generic is None else [])
            included = [] if split else _included_list(ctx, s, found)
            if included:  # "Other agreements included ...": documents other than those told just before
                window = doc.sentences[max(0, s.index - 2)].start
                distinct |= {k for k, t in found.items() if window <= t.evidence[-1].start < s.start}
            split = split or included
            for treaty in split:
                found.setdefault(treaty.key, treaty)
                distinct.add(treaty.key)
            if split:
                continue
            if generic is not None and len(generic.parties) < 2 and len(generic.label.split()) > 1 and \
                    not (generic.parties and _multilateral(ctx, generic)):
                continue  # "with both countries" told of no two states
            if generic is not None and generic.key not in found:
                found[generic.key] = generic
                if _also_signed(ctx, s) or _like_kind(ctx, s) or _founding_named(ctx, s):
                    distinct.add(generic.key)  # "Также подписан план ...": one more document, not one told again
                for other in _coordinated(ctx, s, generic) + _counted_batch_beside(ctx, s, generic):
                    found.setdefault(other.key, other)
                    distinct |= {other.key, generic.key}  # "угоду про X, угоду про Y": two agreements
            continue
        if unsigned and _signing_denied(ctx, s) and len(named) == 1:
            continue  # "Зеленський залишив Білий дім, не підписавши угоду про надра": no signing, no new claim
        for m in named:
            data = known[_best_known(ctx, comp, s, m, known)]
            if not comp.treaty_signed.matches(doc.lemmas, None, s.first, s.last) and \
                    doc.lexicon.phrases("treaty_mentioned_only").matches(doc.lemmas, None, max(s.first, m.start - 5),
                                                                         m.start):
                # "after Russia's withdrawal from the grain initiative", "talks on restoring the deal": a treaty only
                # in passing, unless the article tells of it again
                passing.add(data["key"])
            parties = tuple(sorted(k for k in (ctx.gaz.by_qid.get(q) for q in data["parties"]) if k))
            if doc.lexicon.phrases("treaty_withdrawal_words").matches(doc.lemmas, None, s.first, s.last):
                # ("announced its withdrawal": the verb of announcing is not a signing here)
                leaving = {state for x in ctx.in_range(s.first, s.last)
                           for state in (x.actor, ctx.gaz.country_of(x.actor)) if state in parties}
                withdrawn_by.setdefault(data["key"], set()).update(leaving)
            elif comp.treaty_signed.matches(doc.lemmas, None, s.first, s.last) and not unsigned:
                told_signed.add(data["key"])
            # the claim holds only the parties the article itself names; the lexicon's list, its signing
            # date and Wikidata id are Entente's knowledge, credited to it at the merge
            # "Putin and Kim signed the treaty": the states of the people who sign it count as named
            # and so do the states of the two leaders the article names most, when they discuss it ("Putin and
            # Pezeshkian discussed cooperation under the treaty")
            leaders = {st for p in ctx.top_people()[:2] for st in [ctx.state_of(p)] if st}
            named_parties = tuple(p for p in parties if p in stated_states | _signers_states(ctx, s) |
                                  (leaders if len(parties) == 2 else set()))
            # (only up to another clause joined after the name: "обсудили сотрудничество в рамках Договора о X, а
            # также переговоры между Ираном и США": the states of the talks told next are not the treaty's)
            joiners = [j.start for j in doc.lexicon.phrases("treaty_clause_joiners").matches(doc.lemmas, None, m.end,
                                                                                             s.last)]
            stated = _parties(ctx, s, placing=True, before=min(joiners) if joiners else None)
            year = _year_before(ctx, m.start)
            if year is not None and data.get("signed") and not str(data["signed"]).startswith(str(year)):
                # "the 2002 Treaty of Good-Neighbourliness": the same words, another treaty
                other = _generic_treaty(ctx, s, force=True, span=(m.start, m.end), year=year)
                if other is not None:
                    found.setdefault(other.key, other)
                continue
            if _partner_after(ctx, s, m.end) - set(parties) and len(parties) == 2:
                continue  # "замінить Угоду про асоціацію в торгівлі з Британією": another state's, not this treaty
            if len(stated) >= 2 and not set(parties) <= set(stated) and not set(stated) <= set(parties):
                generic = _generic_treaty(ctx, s, force=True)  # the same name, other parties: another treaty
                if generic is not None:
                    found.setdefault(generic.key, generic)
                continue
            # a known treaty told as about to be signed ("ready to sign the treaty") is still that treaty
            signed = None if unsigned else _signed(ctx, s)
            status = _status(ctx, s)
            treaty = found.get(data["key"])
            evidence = (ctx.evidence(s, "treaties"),)
            if treaty is None:
                found[data["key"]] = Treaty(key=data["key"], label=data["label_en"], parties=named_parties,
                                            evidence=evidence, signed_on=signed, status=status)
            else:
                found[data["key"]] = Treaty(key=treaty.key, label=treaty.label, parties=treaty.parties,
                                            evidence=treaty.evidence + evidence,
                                            signed_on=treaty.signed_on or signed,
                                            status=treaty.status or status, qid=treaty.qid)
        last_known = found.get(known[_best_known(ctx, comp, s, named[-1], known)]["key"])
        if last_known is not None and not unsigned:
            # "подписали заявление об X, а также заявление о плане Y": the second document is its own treaty
            covered = {j for m in named for j in range(m.start, m.end)}
            for other in _coordinated(ctx, s, last_known, skip=covered):
                found.setdefault(other.key, other)
                distinct.add(other.key)
    # status told in the sentence after a treaty's ("был автоматически продлен")
    for key, treaty in list(found.items()):
        if treaty.status:
            continue
        last = max(doc.sentences, key=lambda x: x.start if x.start <= treaty.evidence[-1].start else -1)
        for s in doc.sentences[last.index + 1:last.index + 3]:
            status = _status(ctx, s)
            if status:
                found[key] = replace(treaty, evidence=treaty.evidence + (ctx.evidence(s, "treaties"),), status=status)
                break
    return [_described(ctx, _left_only(ctx, t, withdrawn_by.get(t.key), told_signed))
            for t in _dedupe_generic([found[k] for k in sorted(found)], distinct, known, ctx)
            if t.key not in passing or len(t.evidence) > 1]


def _left_only(ctx: ArticleContext, treaty: Treaty, leaving: set[str] | None, told_signed: set[str]) -> Treaty:
    """A known treaty the article tells only of being left ("Russia withdrew from the grain deal") has for parties
    the states that leave it; one whose signing is told as well ("the agreement, signed in Istanbul in 2022, ...",
    in any sentence of its evidence) keeps its parties."""
    if not leaving or treaty.key in told_signed:
        return treaty
    doc = ctx.doc
    comp = doc.lexicon.compiled
    withdrawal = doc.lexicon.phrases("treaty_withdrawal_words")
    for e in treaty.evidence:
        for s in doc.sentences:
            if s.start <= e.start < s.end and comp.treaty_signed.matches(doc.lemmas, None, s.first, s.last) and \
                    not withdrawal.matches(doc.lemmas, None, s.first, s.last):
                return treaty
    return replace(treaty, parties=tuple(sorted(leaving)))


def _dedupe_generic(treaties: list[Treaty], distinct: set[str], known: dict[str, Any],
                    ctx: ArticleContext) -> list[Treaty]:
    """An agreement the lexicon knows, told again in other words, is the same agreement; so is the
    same kind of document between the same parties mentioned twice."""
    treaties = _fold_bare_mentions(ctx, treaties)
    kept: list[Treaty] = []
    for t in sorted(treaties, key=lambda t: (min(e.start for e in t.evidence), t.key)):
        if t.key.startswith("new:") and t.key not in distinct and any(
                k.parties == t.parties and (len(_name_words(t)) <= 2 or {e.start for e in k.evidence} &
                                            {e.start for e in t.evidence} or _same_kind(t, k, known))
                for k in treaties if not k.key.startswith("new:")):
            continue  # the known agreement told again ("the deal", a "treaty on mutual help" for the known treaty)
        head = _head_word(ctx, t.label)
        twin = next((i for i, k in enumerate(kept) if k.key.startswith("new:") and t.key.startswith("new:")
                     and _same_parties_or_day(ctx, k, t) and _head_word(ctx, k.label) == head
                     # "the Arequipa Declaration" and "the Lima Declaration": two names, two documents
                     and len({_proper_name(ctx, k.label), _proper_name(ctx, t.label)} - {""}) < 2
                     and not {k.key, t.key} <= distinct
                     # a document told apart from others ("separate agreements with A and B") is no other
                     # parties' document told again
                     and (not {k.key, t.key} & distinct or k.parties == t.parties)), None)
        # "a reciprocal access agreement (RAA)" and then "the RAA deal": the acronym of a name told before
        spelled = next((i for i, k in enumerate(kept) if t.key.startswith("new:") and set(k.parties) & set(t.parties)
                        and _acronym_of(ctx, k, t)), None)
        twin = spelled if spelled is not None else twin
        if twin is None:
            kept.append(t)
            continue
        k = kept[twin]
        named = k if len(k.label) >= len(t.label) or spelled is not None else t
        if spelled is None and bool(_proper_name(ctx, k.label)) != bool(_proper_name(ctx, t.label)):
            named = k if _proper_name(ctx, k.label) else t  # "the Arequipa Declaration" over "a declaration on X"
        elif spelled is None and _head_word(ctx, k.label).startswith("+") and \
                bool(re.search(r"\d", k.label)) != bool(re.search(r"\d", t.label)):
            named = k if re.search(r"\d", k.label) else t  # "27 documents" over "a number of documents"
        kept[twin] = replace(k, label=named.label, label_en=named.label_en, evidence=k.evidence + t.evidence,
                             parties=_companies_for_states(ctx, set(k.parties) | set(t.parties)),
                             signed_on=k.signed_on or t.signed_on, status=k.status or t.status)
    return sorted(kept, key=lambda t: t.key)


def _acronym_of(ctx: ArticleContext, full: Treaty, short: Treaty) -> bool:
    """Whether the short label writes the full one's name as its acronym ("RAA deal" for the "reciprocal access
    agreement", "ДВСП" for "договор о всеобъемлющем стратегическом партнёрстве"), with or without its small words."""
    small = ctx.doc.lexicon.words("treaty_label_trailing_words") | ctx.doc.lexicon.words("treaty_topic_preps")
    acronyms: set[str] = set()
    for label in (full.label, full.label_en or ""):
        words = re.findall(r"[^\W\d_]+", label)
        acronyms |= {"".join(w[0] for w in words).lower(),
                     "".join(w[0] for w in words if w.lower() not in small).lower()}
    letters = [w for w in re.findall(r"[^\W\d_]+", short.label) if len(w) >= 2 and sum(c.isupper() for c in w) >= 2]
    return any(w.lower() in acronyms for w in letters)


def _dated_list(ctx: ArticleContext, s) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """Documents listed by their days ("the trilateral agreements ... of Nov. 9, 2020, Jan. 11, 2021 and Nov. 26,
    2021", "заявлений от 9 ноября 2020 года и 11 января 2021 года"): one treaty per day, the sentence's states as
    parties; no signing verb is needed, each day names a document already made."""
    doc = ctx.doc
    for word in doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last):
        if not _plural(ctx, word.start, word.end):
            continue
        days = [t for t in find_times(doc, word.end, s.last, ctx.ref) if isinstance(t.when, PartialDate)
                and t.when.day and (ctx.ref is None or t.when.first_day() <= ctx.ref)]
        parties = _between(ctx, word.end, s.last) or _parties(ctx, s)
        if len(days) < 2 or len(parties) < 2:
            continue
        opening = _modifiers_before(ctx, s, word.start)
        own = doc.span_text(opening, word.end)
        english = english_name(ctx, opening, word.end, singular=True)
        if english is None:  # an English article's own words: one of them
            own = " ".join(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in own.split())
        out = []
        for day in days:
            label = f"{own} {day.when.iso()}"  # type: ignore[union-attr]
            label_en = f"{english} of {day.when.iso()}" if english else None  # type: ignore[union-attr]
            key = _new_key(parties, label)
            out.append(Treaty(key=key, label=label if english else f"{own} of {day.when.iso()}",  # type: ignore[union-attr]
                              parties=parties, evidence=(ctx.evidence(s, "treaties"),),
                              signed_on=day.when, label_en=label_en))  # type: ignore[arg-type]
        return out
    return []


def _occasion_before(ctx: ArticleContext, s, opening: int,  # type: ignore[no-untyped-def]
                     signing: list) -> tuple[int, int] | None:  # type: ignore[type-arg]
    """The visit told before a batch of documents and its signing verb ("Во время государственного визита X в Y
    между двумя странами было подписано 19 документов", "During X's visit to Y, 19 documents were signed"): its
    tokens from the occasion's word to the first break, "between" or signing verb; None where there is none."""
    doc = ctx.doc
    limit = min([opening] + [m.start for m in signing if m.start >= s.first])
    visits = doc.lexicon.phrases("visit_nouns")
    between = doc.lexicon.words("between_words")
    for o in doc.lexicon.phrases("treaty_label_stop_phrases").matches(doc.lemmas, None, s.first, limit):
        if not any(v.start - o.end <= 2 for v in visits.matches(doc.lemmas, None, o.end, min(limit, o.end + 3))):
            continue
        end = next((j for j in range(o.end + 1, limit) if _breaks_before(doc, j) or doc.tokens[j].norm in between),
                   limit)
        return o.start, end
    return None


def _occasion_after(ctx: ArticleContext, s, end: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The occasion told right after a batch of documents, a time between them allowed ("signed a number of
    agreements in 2021 as part of a meeting of the commission", "подписали 12 документов в рамках заседания
    комиссии"): its tokens from the occasion's words to the first break or the end of the sentence."""
    doc = ctx.doc
    times = {j for t in find_times(doc, end, s.last, ctx.ref) for j in range(t.first, t.last)}
    for o in doc.lexicon.phrases("treaty_label_stop_phrases").matches(doc.lemmas, None, end, s.last):
        trailing = doc.lexicon.words("treaty_label_trailing_words")  # "in 2021": the preposition of a time
        if any(j not in times and doc.tokens[j].norm not in trailing for j in range(end, o.start)) or \
                any(_breaks_before(doc, j) for j in range(end, o.end)):
            return None
        last = min(next((j for j in range(o.end + 1, s.last) if _breaks_before(doc, j)), s.last), o.end + 12)
        told = [j for j in range(o.end, last) if doc.tokens[j].norm not in doc.lexicon.words("determiners")]
        if len(told) < 3 and not ctx.in_range(o.end, last):
            return None  # "during the visit": an occasion that names nothing adds nothing to the name
        return o.start, last
    return None


def _breaks_before(doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    """A comma, semicolon, colon or bracket between token k - 1 and token k: a document's name ends there."""
    gap = doc.article.text[doc.tokens[k - 1].end:doc.tokens[k].start]
    return any(ch in gap for ch in ",;:()")


def _new_key(parties: list[str] | tuple[str, ...], name: str) -> str:
    """The key of a document Entente has no entry for: its parties and a digest of its name."""
    return "new:" + "-".join(parties) + "-" + digest(name.lower(), size=8)


def _recalled_with_years(ctx: ArticleContext, s) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """Documents recalled with their years in brackets ("на основе Договоров о стратегическом партнерстве (2004 год)
    и о союзнических отношениях (2005 год)", "the Treaty on Friendship (2001)"): one treaty per bracketed year,
    signed that year, the sentence's states as parties; no signing verb is needed, the year names a document made."""
    doc = ctx.doc
    text = doc.article.text
    year_words = doc.lexicon.lemmas_of("year_words")
    years: list[tuple[int, int, int]] = []  # (first token of the year, first token after its bracket, year)
    for j in range(s.first + 1, s.last):
        if not _year_like(doc.tokens[j].text) or text[doc.tokens[j - 1].end:doc.tokens[j].start].strip() != "(":
            continue
        k = j + 1
        while k < s.last and k <= j + 2 and doc.lemmas[k] & year_words and ")" not in \
                text[doc.tokens[k - 1].end:doc.tokens[k].start]:
            k += 1  # "(2004 год)", "(2005 г.)", "(2001 року)"
        closing = text[doc.tokens[k - 1].end:doc.tokens[k].start if k < len(doc.tokens) else None]
        if ")" in closing and (ctx.ref is None or int(doc.tokens[j].text) <= ctx.ref.year):
            years.append((j, k, int(doc.tokens[j].text)))
    if not years:
        return []
    topic_like = doc.lexicon.lemmas_of("treaty_topic_like_words")  # "о стратегическом партнерстве": a subject
    words = [w for i, w in enumerate(doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first,
                                                                               years[0][0]))
             if i == 0 or not doc.lemmas[w.end - 1] & topic_like]
    parties = _parties(ctx, s)
    if not words or len(parties) < 2:
        return []
    word = words[-1]
    topic = doc.lexicon.words("treaty_topic_preps")
    coordination = doc.lexicon.words("coordination_words")
    determiners = doc.lexicon.words("determiners")
    all_words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    out: list[Treaty] = []
    first = word.end
    for j, after, year in years:
        if not first < j <= first + 8 or any(_breaks_before(doc, k) for k in range(first + 1, j)):
            break
        skip = frozenset(range(word.end, first))
        own = " ".join(doc.span_text(a, b) for a, b in _stretches(word.start, j, set(skip)))
        label = re.sub(r"[«»\"“”„]", "", own).strip(" ,.;:")
        label_en = english_name(ctx, word.start, j, skip=skip, singular=True)
        key = _new_key(parties, f"{label} {year}")
        out.append(Treaty(key=key, label=label, parties=parties, evidence=(ctx.evidence(s, "treaties"),),
                          signed_on=PartialDate(year), label_en=label_en))
        first = after  # "... (2004 год) и о союзнических отношениях (2005 год)": the next name goes on the word
        while first < s.last and doc.tokens[first].norm in coordination | determiners:
            first += 1
        again = [w for w in all_words if w.start == first]
        if again:
            word, first = again[0], again[0].end  # "(2004) and the Treaty on Allied Relations (2005)"
        elif first >= s.last or doc.tokens[first].norm not in topic:
            break
    return out


def _years_before_names(ctx: ArticleContext, s) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """Documents recalled by a year written before their capitalised name ("the 2004 Treaty on Strategic Partnership
    and the 2005 Treaty on Allied Relations"): one treaty each, signed that year, the sentence's states as parties."""
    doc = ctx.doc
    parties = _parties(ctx, s)
    if len(parties) < 2:
        return []
    coordination = doc.lexicon.words("coordination_words")
    determiners = doc.lexicon.words("determiners")
    words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    out: list[Treaty] = []
    for w in words:
        year = _year_before(ctx, w.start)
        if year is None or not doc.tokens[w.start].text[:1].isupper() or ctx.ref is not None and year > ctx.ref.year \
                or not _year_like(doc.tokens[w.start - 1].text):
            continue
        end = w.end
        while end < min(s.last, w.end + 8) and not _breaks_before(doc, end):
            if doc.tokens[end].norm in coordination and end + 1 < s.last and \
                    (doc.tokens[end + 1].norm in determiners or _year_like(doc.tokens[end + 1].text)):
                break  # "... and the 2005 Treaty on ...": the next document
            end += 1
        label = doc.span_text(w.start, end)
        key = _new_key(parties, f"{label} {year}")
        out.append(Treaty(key=key, label=label, parties=parties, evidence=(ctx.evidence(s, "treaties"),),
                          signed_on=PartialDate(year)))
    return out


def _years_after_names(ctx: ArticleContext, s) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """Documents recalled by a capitalised name and the year after it ("the implementation of the Belém do Pará
    Declaration of 2023", "Декларации Белен-ду-Пара 2023 года"): one treaty each, signed that year; its parties are
    the sentence's states, else the states of the people the article is about ("both nations"). The year's opener
    (`treaty_year_after_openers`: "of") or, without one, a year word after it ("2023 года") marks the year as the
    document's."""
    doc = ctx.doc
    openers = doc.lexicon.words("treaty_year_after_openers")
    year_words = doc.lexicon.lemmas_of("year_words")
    particles = doc.lexicon.words("name_particles") | openers
    out: list[Treaty] = []
    for w in doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last):
        if not doc.tokens[w.start].text[:1].isupper() or w.start == s.first and w.end - w.start == 1:
            continue  # a capitalised name, not a sentence's first word
        year_at = None
        for end in range(w.end, min(s.last - 1, w.end + 8)):
            if _breaks_before(doc, end):
                break
            at = end + 1 if openers else end
            if openers and doc.tokens[end].norm not in openers or at >= s.last or \
                    not _year_like(doc.tokens[at].text):
                continue
            if not openers and not (at + 1 < s.last and doc.lemmas[at + 1] & year_words):
                continue
            year_at = end
            break
        if year_at is None:
            continue
        year = int(doc.tokens[year_at + 1 if openers else year_at].text)
        if ctx.ref is not None and year > ctx.ref.year:
            continue
        start = w.start
        while start - 1 > s.first and (doc.tokens[start - 1].text[:1].isupper() or
                                       doc.tokens[start - 1].norm in particles and
                                       doc.tokens[start - 2].text[:1].isupper()):
            start -= 1  # "the Belém do Pará Declaration": the capitalised words before the treaty word
        if any(_breaks_before(doc, j) for j in range(start + 1, year_at)):
            continue
        parties = list(_parties(ctx, s))
        for person in ctx.top_people()[:4]:
            state = ctx.state_of(person)
            if len(parties) < 2 and state and state not in parties:
                parties.append(state)
        if len(parties) < 2:
            continue
        label = re.sub(r"[«»\"“”„]", "", doc.span_text(start, year_at)).strip(" ,.;:")
        key = _new_key(sorted(parties), f"{label} {year}")
        out.append(Treaty(key=key, label=label, parties=tuple(sorted(parties)), evidence=(ctx.evidence(s, "treaties"),),
                          signed_on=PartialDate(year), label_en=english_name(ctx, start, year_at, singular=True)))
    return out


def _joined_states_names(ctx: ArticleContext, s) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """Documents an English text names by their states joined with hyphens: a capitalised name ("the Pakistan-Sri
    Lanka Free Trade Agreement (FTA)", "the India-UAE Vision Statement") or a joint statement told by its
    states' adjectives ("the joint Egyptian-American-Qatari statement"). One treaty each, those states its
    parties, whether the text tells it signed now or recalls it. Not a lower-case word without "joint" ("the
    US-China trade deal"), a meeting ("Russia-Ukraine talks") or states not joined by hyphens."""
    doc = ctx.doc
    text, tokens = doc.article.text, doc.tokens
    joint = doc.lexicon.lemmas_of("treaty_joint_words")
    joint_nouns = doc.lexicon.lemmas_of("treaty_joint_nouns")
    words = [(w.start, w.end) for w in doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)]
    words += [(k, k + 1) for k in range(s.first, s.last) if doc.lemmas[k] & joint_nouns]
    table = _state_surfaces(ctx.gaz)
    out: list[Treaty] = []
    relations = doc.lexicon.lemmas_of("treaty_relation_words")
    for start, end in sorted(set(words)):
        if _plural(ctx, start, end) or any(doc.lemmas[k] & relations for k in range(start, end)):
            continue  # (not "the India-Italy Strategic Partnership": a relation between states, no document)
        # the hyphenated words before the name's capitalised words ("Pakistan-Sri Lanka | Free Trade | Agreement")
        parties, opened = [], start
        for j in range(start, max(s.first, start - 5) - 1, -1):
            if j < start and not tokens[j].text[:1].isupper():
                break
            # the compound may begin words earlier ("Pakistan-Sri | Lanka", "Papua New | Guinea-Australia"): the
            # farthest beginning that reads as states joined by hyphens, so that the longest state name wins
            for opened in range(max(s.first, j - 4), j + 1):
                if any(text[tokens[k - 1].end:tokens[k].start] != " " or not tokens[k].text[:1].isalpha()
                       for k in range(opened + 1, j + 1)) or not tokens[opened].text[:1].isupper():
                    continue
                written = text[tokens[opened].start:tokens[j].end]
                if "-" not in written:
                    continue
                found = [table.get(p.strip()) for p in re.split(r"[-–]", written)]
                if len(found) >= 2 and all(found) and len(set(found)) == len(found):
                    parties = found
                    break
            if parties:
                break
        if not parties:
            continue
        joint_before = opened > s.first and bool(doc.lemmas[opened - 1] & joint)
        if not (tokens[start].text[:1].isupper() and not doc.lemmas[start] & joint_nouns or joint_before):
            continue
        if _apposed_to_a_name(ctx, s, opened, words):
            continue  # "the Pukpuk Treaty, the Papua New Guinea-Australia Mutual Defence Treaty": one treaty, named
        label = doc.span_text(opened - 1 if joint_before else opened, end)
        states = tuple(sorted(str(p) for p in parties))
        out.append(Treaty(key=_new_key(states, label), label=label, parties=states,
                          evidence=(ctx.evidence(s, "treaties"),), signed_on=_signed(ctx, s), status=_status(ctx, s)))
    return out


def _apposed_to_a_name(ctx: ArticleContext, s, opened: int, words: list[tuple[int, int]]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the name opening at `opened` stands after a comma right behind another capitalised treaty name (an
    apposition: "the Pukpuk Treaty, the Papua New Guinea-Australia Mutual Defence Treaty"), which names the same
    document first."""
    doc = ctx.doc
    j = opened - 1 if opened - 1 > s.first and doc.tokens[opened - 1].norm in doc.lexicon.words("determiners") \
        else opened
    if j <= s.first or doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start].strip() != ",":
        return False
    return any(end == j and doc.tokens[end - 1].text[:1].isupper() for _, end in words)


@lru_cache(maxsize=8)
def _state_surfaces(gaz: Gazetteer) -> dict[str, str]:
    """Each state's English name, aliases and adjectives as written ("Sri Lanka", "Qatari") -> the state, built once
    per gazetteer (not per article)."""
    table: dict[str, str] = {}
    for k, e in gaz.entries.items():
        if e.get("type") != "Country":
            continue
        for w in [e.get("name", {}).get("en", "")] + e.get("aliases", {}).get("en", []) \
                + e.get("adjectives", {}).get("en", []):
            if w:
                table.setdefault(w, k)
    return table


def _listed_documents(ctx: ArticleContext, s, batch: Treaty) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"Було підписано чотири документи:" and then a list, one document a line: each listed document is a
    treaty of the batch's parties (the batch itself is told by them)."""
    doc = ctx.doc
    head = _head_of(ctx, s)
    if not _ends_with_colon(ctx, s) or not (_plural(ctx, *head) or number_at(doc, head[0] - 1) is not None):
        return []
    return _list_items(ctx, s, batch.parties, batch.signed_on)


def _also_signed(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence opens by telling one more signing ("Також підписано ...", "Also signed was ...")."""
    doc = ctx.doc
    also = doc.lexicon.words("also_words")
    return s.first < s.last and doc.tokens[s.first].norm in also  # not "Сторони також підписали договір" retold


def _founded(ctx: ArticleContext, s, first: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the actor named from `first` is what a relative clause tells a document founded ("the agreement that
    launched ASEAN", `treaty_founding_verbs` after a clause opener, at most three words before)."""
    doc = ctx.doc
    founding = doc.lexicon.lemmas_of("treaty_founding_verbs")
    openers = doc.lexicon.lemmas_of("clause_openers")
    return any(doc.lemmas[j] & founding and doc.lemmas[j - 1] & openers
               for j in range(max(s.first + 1, first - 3), first))


def _founding_named(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether a treaty word of the sentence is named by what it founded ("the agreement that launched ASEAN"): a
    document of its own, not another agreement of the same parties told again."""
    doc = ctx.doc
    founding = doc.lexicon.lemmas_of("treaty_founding_verbs")
    openers = doc.lexicon.lemmas_of("clause_openers")
    words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    return any(w.end + 1 < s.last and doc.lemmas[w.end] & openers and doc.lemmas[w.end + 1] & founding
               for w in words)


def _like_kind(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether a treaty word of the sentence is told as one like a document told before, not that document
    (`treaty_like_words`: "similar agreements were signed by ...", "подобные соглашения", "подібні угоди")."""
    doc = ctx.doc
    like = doc.lexicon.lemmas_of("treaty_like_words")
    words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    return any(doc.lemmas[j] & like for w in words for j in range(max(s.first, w.start - 2), w.start))


def _ends_with_colon(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    after = doc.article.text[doc.tokens[s.last - 1].end:doc.tokens[s.last - 1].end + 3] if s.last else ""
    return after.lstrip().startswith(":")


def _list_items(ctx: ArticleContext, s, parties: tuple[str, ...],  # type: ignore[no-untyped-def]
                signed_on: PartialDate | None) -> list[Treaty]:
    """The documents listed one a line after sentence `s` ("- межправительственное соглашение о ...;"), each a
    treaty of `parties`; the list ends at the first line that opens with no document."""
    doc = ctx.doc
    out: list[Treaty] = []
    for item in doc.sentences[s.index + 1:s.index + 13]:
        if out and "\n" not in doc.article.text[doc.sentences[item.index - 1].end:item.start]:
            # "— Меморандум о ... . Документ предусматривает создание центра;": the line goes on about its document
            topic = _topic_after_verb(ctx, item, item.first)
            english = english_name(ctx, *topic) if topic is not None else None
            if english and out[-1].label_en:
                out[-1] = replace(out[-1], label_en=f"{out[-1].label_en} on {english[:1].lower() + english[1:]}")
            continue
        # a bullet or a number may open the line ("- ", "1)"), an adjective the name ("межправительственное")
        determiners = doc.lexicon.words("determiners")
        first = next((j for j in range(item.first, item.last) if doc.tokens[j].text[:1].isalpha()
                      and doc.tokens[j].norm not in determiners), item.last)
        head = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, first, min(item.last, first + 3))
        if not head or _modifiers_before(ctx, item, head[0].start) > first:
            break
        treaty = _generic_treaty(ctx, item, force=True, parties_told=parties, in_list=True)
        if treaty is None:
            continue
        out.append(replace(treaty, signed_on=treaty.signed_on or signed_on))
    return out


def _topic_after_verb(ctx: ArticleContext, item, again: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The words after a topic verb right after the document word at `again` ("Документ предусматривает создание
    центра", "The agreements cover energy and trade"), to the clause's end; None without one."""
    doc = ctx.doc
    if not doc.lexicon.compiled.treaty_words.matches(doc.lemmas, None, again, min(item.last, again + 1)) and \
            doc.tokens[again].norm not in doc.lexicon.words("treaty_pronouns"):
        return None
    verbs = doc.lexicon.phrases("treaty_topic_verbs").matches(doc.lemmas, None, again + 1, min(item.last, again + 3))
    if not verbs:
        return None
    first = last = verbs[0].end
    while last < min(item.last, first + 15) and \
            not any(ch in doc.article.text[doc.tokens[last - 1].end:doc.tokens[last].start] for ch in ";:()"):
        last += 1
    return (first, last) if last > first else None


def _signed_list(ctx: ArticleContext, s, found: dict[str, Treaty]) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"Також були підписані:", "Also signed were:" and then the documents, one a line: a signing told without a
    document word opens a list. The parties are the sentence's states, else those of the document told last
    within the two sentences before, else the states of the leaders the article names most."""
    doc = ctx.doc
    if not _ends_with_colon(ctx, s) or not doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, s.first,
                                                                                        s.last):
        return []
    parties = _parties(ctx, s)
    if len(parties) < 2:
        window = doc.sentences[max(0, s.index - 2)].start
        told = [t for t in found.values() if len(t.parties) >= 2 and window <= t.evidence[-1].start < s.start]
        parties = max(told, key=lambda t: (t.evidence[-1].start, t.key)).parties if told else ()
    if len(parties) < 2:
        parties = tuple(sorted({st for p in ctx.top_people()[:2] for st in [ctx.state_of(p)] if st}))
    if len(parties) < 2:
        return []
    # a signing the article tells without a day took place in the month of its report, as for one document
    when = _signed(ctx, s) or (PartialDate(ctx.ref.year, ctx.ref.month) if ctx.ref else None)
    return _list_items(ctx, s, parties, when)


def _included_list(ctx: ArticleContext, s, found: dict[str, Treaty]) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"Other agreements included an MoU on X; an agreement with Y; and cooperation on Z", "Другие соглашения
    включали меморандум о X; соглашение о Y": a plural document word as the subject of an including verb
    (`treaty_include_verbs`) opens a list of documents, told apart by semicolons, each a treaty. The parties are the
    sentence's states, else those of the document told last within the two sentences before, else the states of
    the leaders the article names most."""
    doc = ctx.doc
    text = doc.article.text
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(doc.lang)
    include = doc.lexicon.lemmas_of("treaty_include_verbs")
    treaty_words = doc.lexicon.compiled.treaty_words
    # ("Другие соглашения включали": the verb's plural tells the subject's, where the noun's case is ambiguous)
    words = [w for w in treaty_words.longest(doc.lemmas, None, s.first, min(s.last, s.first + 5))
             if w.end < s.last and doc.lemmas[w.end] & include and (
                 _plural(ctx, w.start, w.end) or isinstance(lem, PymorphyLemmatizer)
                 and lem.is_plural_only(doc.tokens[w.end].norm))]
    if not words:
        return []
    start = words[0].end + 1
    cuts = [j for j in range(start + 1, s.last) if ";" in text[doc.tokens[j - 1].end:doc.tokens[j].start]]
    if not cuts or not treaty_words.matches(doc.lemmas, None, start, min(cuts[0], start + 3)):
        return []  # "Past agreements included clauses on water; on energy": the first item names no document
    parties = _parties(ctx, s)
    told = [t for t in found.values() if len(t.parties) >= 2
            and doc.sentences[max(0, s.index - 2)].start <= t.evidence[-1].start < s.start]
    last_told = max(told, key=lambda t: (t.evidence[-1].start, t.key)) if told else None
    if len(parties) < 2 and last_told is not None:
        parties = last_told.parties
    if len(parties) < 2:
        parties = tuple(sorted({st for p in ctx.top_people()[:2] for st in [ctx.state_of(p)] if st}))
    if len(parties) < 2:
        return []
    coordination = doc.lexicon.words("coordination_words")
    determiners = doc.lexicon.words("determiners")
    out = []
    for first, end in zip([start] + cuts, cuts + [s.last]):
        while first < end and (doc.tokens[first].norm in coordination or doc.tokens[first].norm in determiners):
            first += 1  # "; and cooperation on ...", "an MoU on ..."
        # the list ends where a sentence glued to it begins ("... diseases.Trump arrived")
        glued = next((j for j in range(first + 1, end) if not text[doc.tokens[j - 1].end:doc.tokens[j].start]
                      and text[doc.tokens[j - 1].end - 1:doc.tokens[j - 1].end] == "." ), end)
        end = glued
        if end - first < 2:
            return []
        label = doc.span_text(first, end).strip(" ,.;:")
        out.append(Treaty(key=_new_key(parties, label), label=label, parties=parties,
                          evidence=(ctx.evidence(s, "treaties"),),
                          signed_on=last_told.signed_on if last_told is not None else None))
    return out if len(out) >= 2 else []


def _explained_documents(ctx: ArticleContext, s, batch: Treaty) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"Підписали низку документів. Ідеться про угоду X та меморандум Y", "signed several documents. They include
    an agreement on X and a memorandum on Y": the documents the next sentence names right after a phrase that
    explains the batch (lexicon treaty_batch_explainers) are the treaties of the batch's parties."""
    doc = ctx.doc
    if s.index + 1 >= len(doc.sentences) or not _plural(ctx, *_head_of(ctx, s)):
        return []
    item = doc.sentences[s.index + 1]
    opener = [m for m in doc.lexicon.phrases("treaty_batch_explainers").matches(
        doc.lemmas, None, item.first, min(item.last, item.first + 5)) if m.start <= item.first + 1]
    # "One of these is a protocol on X", "Одним из них стал меморандум о X", "Зокрема, угоду про X": one member
    # named, the others not; the batch stays a treaty of its own beside it
    member = [m for m in doc.lexicon.phrases("treaty_batch_member_openers").matches(
        doc.lemmas, None, item.first, min(item.last, item.first + 7)) if m.start <= item.first + 1]
    members_only = not opener
    opener = opener or member
    if not opener:
        return []
    end = max(m.end for m in opener)
    words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, end, item.last)
    if not words or words[0].start - end > 3 or (not (members_only and words[0].start == end) and
                                                 "," in doc.article.text[doc.tokens[end - 1].end:
                                                                         doc.tokens[words[0].start].start]):
        return []  # "Ідеться про те, що угоду ... готували": a clause, not the batch's documents
    first = _generic_treaty(ctx, item, force=True, parties_told=batch.parties)
    if first is None:
        return []
    out = [first] + _coordinated(ctx, item, first, force=True)
    if all(_bare_kind(ctx, item, t) for t in out):
        return []  # "В их число вошли соглашения и протоколы": the kinds of the batch's documents, no document named
    kept = [batch] if members_only else []
    return kept + [replace(t, parties=t.parties or batch.parties, signed_on=t.signed_on or batch.signed_on)
                   for t in out]


def _bare_kind(ctx: ArticleContext, s, treaty: Treaty) -> bool:  # type: ignore[no-untyped-def]
    """Whether a treaty told in sentence `s` is only a document word ("соглашения", "memoranda"), no topic or name
    beside it."""
    doc = ctx.doc
    return any(doc.span_text(w.start, w.end).lower() == treaty.label.lower()
               for w in doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last))


def _topic_list(ctx: ArticleContext, s, batch: Treaty) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"signed Memoranda of Understanding on X; Y; and Z", "подписали меморандумы о X; о Y": a plural document word
    whose subjects are listed with semicolons names one document per subject, each of the batch's parties."""
    doc = ctx.doc
    text = doc.article.text
    topic = doc.lexicon.words("treaty_topic_preps")
    words = [w for w in doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
             if _plural(ctx, w.start, w.end) and w.end < s.last and doc.tokens[w.end].norm in topic]
    if not words or len(batch.parties) < 2:
        return []
    word = words[0]
    stops = [m.start for m in doc.lexicon.phrases("treaty_label_stop_phrases").matches(doc.lemmas, None, word.end,
                                                                                         s.last)]
    last = min([s.last] + [j for j in stops if j > word.end + 1])
    items: list[tuple[int, int]] = [(word.end + 1, word.end + 1)]
    for j in range(word.end + 2, last + 1):
        gap = text[doc.tokens[j - 1].end:doc.tokens[j].start] if j < len(doc.tokens) else ""
        if j == last or ";" in gap:
            items[-1] = (items[-1][0], j)
            if j < last:
                items.append((j, j))
    if len(items) < 2:
        return []
    coordination = doc.lexicon.words("coordination_words")
    singulars = doc.lexicon.get("treaty_word_singulars", {})
    head = [doc.tokens[j].text if doc.tokens[j].norm not in singulars else
            doc.tokens[j].text[:1] + singulars[doc.tokens[j].norm][1:] for j in range(word.start, word.end)]
    if doc.lang == "en" and head[-1] == doc.tokens[word.end - 1].text and head[-1].endswith("s") and \
            not head[-1].endswith("ss"):
        head[-1] = head[-1][:-1]  # "agreements on": one agreement on each
    prep = doc.tokens[word.end].text
    kind_en = english_name(ctx, word.start, word.end, singular=True)
    out = []
    for first, end in items:
        while first < end and (doc.tokens[first].norm in coordination or doc.tokens[first].norm in topic):
            first += 1  # "; and Cooperation in ...", "; о ..."
        trailing = doc.lexicon.words("treaty_label_trailing_words")
        while end - 1 > first and doc.tokens[end - 1].norm in trailing:
            end -= 1
        if end - first < 1:
            return []
        subject = re.sub(r"[«»\"“”„]", "", doc.span_text(first, end)).strip(" ,.;:")
        label = f"{' '.join(head)} {prep} {subject}"
        topic_en = english_name(ctx, first, end) if kind_en else None
        label_en = f"{kind_en} on {topic_en[:1].lower() + topic_en[1:]}" if kind_en and topic_en else None
        key = _new_key(batch.parties, label)
        out.append(Treaty(key=key, label=label, parties=batch.parties, evidence=(ctx.evidence(s, "treaties"),),
                          signed_on=batch.signed_on, status=batch.status, label_en=label_en))
    return out


def _head_of(ctx: ArticleContext, s) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The last treaty word of a sentence (the batch's "документи")."""
    words = ctx.doc.lexicon.compiled.treaty_words.longest(ctx.doc.lemmas, None, s.first, s.last)
    return (words[-1].start, words[-1].end) if words else (s.first, s.first + 1)


def _stretches(first: int, last: int, skip: set[int]) -> list[tuple[int, int]]:
    """The runs of tokens in [first, last) outside `skip`."""
    runs: list[tuple[int, int]] = []
    for j in range(first, last):
        if j in skip:
            continue
        if runs and runs[-1][1] == j:
            runs[-1] = (runs[-1][0], j + 1)
        else:
            runs.append((j, j + 1))
    return runs


def _between_hole(ctx: ArticleContext, index: int, last: int) -> set[int]:
    """The tokens of "between A and B" inside a name, when the name goes on with what it is about
    ("Меморандум про взаєморозуміння між Кабміном України та урядом Індії щодо ..."); empty otherwise."""
    doc = ctx.doc
    between = doc.lexicon.lemmas_of("between_words")
    topic = doc.lexicon.words("treaty_topic_preps")
    opener = next((j for j in range(index, min(last, index + 3)) if doc.lemmas[j] & between), None)
    if opener is None:
        return set()
    for j in range(opener + 2, min(last, opener + 20)):
        if _breaks_before(doc, j):
            return set()
        if doc.tokens[j].norm in topic:
            return set(range(opener, j)) if ctx.in_range(opener, j) else set()
    return set()


def _bracketed_acronym(ctx: ArticleContext, index: int, last: int) -> set[int]:
    """The token at `index` when it is an acronym alone in brackets ("(MoU)", "(ДВСП)"), else nothing."""
    doc = ctx.doc
    if index >= last or index == 0:
        return set()
    text = doc.article.text
    token = doc.tokens[index]
    after = text[token.end:doc.tokens[index + 1].start] if index + 1 < len(doc.tokens) else text[token.end:]
    letters = [c for c in token.text if c.isalpha()]
    acronym = len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and letters[0].isupper()
    opened = text[doc.tokens[index - 1].end:token.start].strip() == "("
    return {index} if acronym and opened and after.strip().startswith(")") else set()


def _enumeration_goes_on(ctx: ArticleContext, index: int, end: int) -> int | None:
    """Where the "and" is that closes the list of short items the words after a comma go on with ("energy, trade and
    technology"): a comma inside a name, not the name's end; None where they are no such list."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    if any(m.start <= index + 1 for m in doc.lexicon.compiled.treaty_words.matches(doc.lemmas, None, index,
                                                                                     min(end, index + 3))):
        return None  # ", memoranda on tourism and ...": the next document of a list, not a field of this one
    mentions = {j for m in ctx.in_range(index, end) for j in range(m.first, m.last)}
    openers = doc.lexicon.lemmas_of("clause_openers") | doc.lexicon.lemmas_of("relative_pronouns")
    # "health, education, financial management, agriculture, tourism, and culture": items of one or two words
    # each, parted by commas, the last after "and"
    item = 0  # words of the item read so far
    for j in range(index, min(end, index + 16)):
        if j in mentions or doc.lemmas[j] & openers:
            return None  # ", under which PLL and its affiliates": a clause, no list
        gap = doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start] if j > index else ""
        if gap.strip() == ",":
            if any(m.start == j for m in doc.lexicon.compiled.treaty_words.matches(doc.lemmas, None, j,
                                                                                   min(end, j + 3))):
                return None
            item = 0
        elif j > index and _breaks_before(doc, j):
            return None
        if doc.tokens[j].norm in coordination:
            ok = j > index and j + 1 < end and (j + 1) not in mentions and not _breaks_before(doc, j + 1)
            return j if ok else None
        item += 1
        if item > 2:
            return None
    return None


def _each_partner(ctx: ArticleContext, s, treaty: Treaty) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"Вашингтон підписує двосторонню угоду з обома країнами": one bilateral treaty with each of the two
    states named before; the subject state is the other party of each."""
    doc = ctx.doc
    each = doc.lexicon.phrases("treaty_each_partner").matches(doc.lemmas, None, s.first, s.last)
    if not each:
        return []
    subject = [p for p in _parties(ctx, s, before=each[0].start) if ctx.gaz.country_of(p)]
    if not subject:
        # the signer not named as a state ("Він додав, що ... підписує"): the side of the person who says it
        people = [m for m in ctx.mentions if m.type == "Person" and m.first < each[0].start]
        state = ctx.state_of(people[-1].actor) if people else None
        subject = [state] if state else []
    if len(subject) != 1:
        return []
    partners: list[str] = []
    for m in sorted((m for m in ctx.mentions if m.last <= s.first), key=lambda m: -m.first):
        state = ctx.gaz.country_of(m.actor) if m.type != "Person" else None
        if state and state not in subject and state not in partners:
            partners.append(state)
        if len(partners) == 2:
            break
    if len(partners) != 2:
        return []
    out = []
    for partner in sorted(partners):
        parties = tuple(sorted((subject[0], partner)))
        key = _new_key(parties, treaty.label)
        out.append(replace(treaty, key=key, parties=parties))
    return out


def _separate_partners(ctx: ArticleContext, s, treaty: Treaty) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"США підписали окремі угоди з Вірменією та Азербайджаном про ...", "signed separate agreements with Armenia
    and Azerbaijan on ...": one treaty with each state listed after "with"; the one state named before signs each.
    The name is the document word and what it is about, the partners left out."""
    doc = ctx.doc
    separate = doc.lexicon.phrases("treaty_separate_words").matches(doc.lemmas, None, s.first, s.last)
    words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    word = next((w for w in words for m in separate if 0 <= w.start - m.end <= 1), None)
    if word is None:
        return []
    with_words = doc.lexicon.words("with_words")
    opener = word.end if word.end < s.last and doc.tokens[word.end].norm in with_words else None
    if opener is None:
        return []
    coordination = doc.lexicon.words("coordination_words")
    partners: list[str] = []
    j = opener + 1
    for m in ctx.in_range(opener + 1, s.last):
        state = ctx.gaz.country_of(m.actor) if m.type == "Country" else None
        if m.first != j or state is None or _breaks_before(doc, m.first) and partners:
            break
        partners.append(state)
        j = m.last + 1 if m.last < s.last and doc.tokens[m.last].norm in coordination else -1
    subject = [p for p in _parties(ctx, s, before=word.start) if ctx.gaz.country_of(p)]
    if len(partners) < 2 or len(subject) != 1 or subject[0] in partners:
        return []
    topic = next((m.last for m in ctx.in_range(opener + 1, s.last) if ctx.gaz.country_of(m.actor) == partners[-1]),
                 None)
    topics = doc.lexicon.words("treaty_topic_preps")
    end = topic
    if topic is not None and topic < s.last and doc.tokens[topic].norm in topics:
        # "... and lifted limits", "і зняли обмеження": a verb after "and" begins another act
        coordination_verb = next((k for k in range(topic + 1, min(s.last, topic + 16)) if doc.tokens[k].norm in
                                  coordination and k + 1 < s.last and (_another_act(ctx, k + 1, s.last) or
                                                                       doc.lang == "en" and not doc.capitalised[k + 1]
                                                                       and doc.tokens[k + 1].norm.endswith("ed"))),
                                 None)
        end = coordination_verb or next((k for k in range(topic + 1, min(s.last, topic + 16))
                                         if any(ch in doc.article.text[doc.tokens[k - 1].end:doc.tokens[k].start]
                                                for ch in ";:()")), min(s.last, topic + 16))
    skip = frozenset(range(word.end, topic or word.end))
    label = re.sub(r"[«»\"“”„]", "", " ".join(doc.span_text(a, b) for a, b in _stretches(word.start, end or word.end,
                                                                                          set(skip)))).strip(" ,.;:")
    label_en = english_name(ctx, word.start, end or word.end, plural_at=None, skip=skip, singular=True)
    out = []
    for partner in sorted(partners):
        parties = tuple(sorted((subject[0], partner)))
        out.append(replace(treaty, key=_new_key(parties, label), label=label, label_en=label_en, parties=parties))
    return out


def _same_parties_or_day(ctx: ArticleContext, one: Treaty, other: Treaty) -> bool:
    """Whether two documents of one kind are one: the same parties, or a shared party and the same signing
    month ("Газпром подписал с GNPC контракт" and "подписанного в сентябре контракта с компанией Ганы GNPC"),
    or a shared company when neither tells its month."""
    if one.signed_on and other.signed_on and one.signed_on.day and other.signed_on.day and \
            one.signed_on != other.signed_on:
        return False  # signed on two days: two documents
    shared = set(one.parties) & set(other.parties)
    return one.parties == other.parties or bool(shared) and one.signed_on == other.signed_on and (
        one.signed_on is not None or any(_company(ctx, p) for p in shared)) or \
        len(one.parties) >= 2 and _as_states(ctx, one.parties) == _as_states(ctx, other.parties)


def _as_states(ctx: ArticleContext, parties: tuple[str, ...]) -> set[str]:
    """The parties with each company put as its state: "Tellurian and Petronet LNG signed an MoU" and "the MoU was
    signed" told of India and the United States are one document."""
    return {(ctx.company_state(p) if _company(ctx, p) else ctx.gaz.country_of(p) or p) for p in parties}


def _parties_named(ctx: ArticleContext, treaty: Treaty) -> bool:
    """Whether the sentences a treaty is told in name each of its parties (or a company or city of it), rather
    than the parties coming from the leaders the article names most."""
    named: set[str] = set()
    for e in treaty.evidence:
        for m in ctx.mentions:
            if e.start <= ctx.doc.tokens[m.first].start < e.end:
                named |= {m.actor, ctx.gaz.country_of(m.actor) or m.actor}
    return all(p in named for p in treaty.parties)


def _signers_states(ctx: ArticleContext, s) -> set[str]:  # type: ignore[no-untyped-def]
    """The states of the people named before a signing verb of the sentence ("Путин и Ким подписали договор")."""
    signed = ctx.doc.lexicon.compiled.treaty_signed.matches(ctx.doc.lemmas, None, s.first, s.last)
    if not signed:
        return set()
    return {state for m in ctx.in_range(s.first, signed[0].start) if m.type == "Person"
            for state in [ctx.state_of(m.actor)] if state}


def _names_its_company(ctx: ArticleContext, s, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether a state in the possessive stands right before a company of its own ("China's Sinopec", "Poland’s
    Orlen"): the state only says where the company is from."""
    doc = ctx.doc
    company = next((x for x in ctx.in_range(m.last, min(s.last, m.last + 3)) if x.first >= m.last), None)
    if company is None or company.type != "Organization" or \
            ctx.company_state(company.actor) != ctx.gaz.country_of(m.actor):
        return False
    told = doc.article.text[doc.tokens[m.first].start:doc.tokens[company.first].start].rstrip()
    return told.endswith(("'s", "’s"))


def _origin_of_goods(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the state at `index` is where goods come from: "from" (in Russian and Ukrainian a "з", "из" with a
    genitive, not "з Польщею") right after a commodity word ("газ зі США", "LNG from the United States")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    j = index - 1
    if j > s.first and doc.tokens[j].norm in doc.lexicon.words("determiners"):
        j -= 1
    if j <= s.first or doc.tokens[j].norm not in doc.lexicon.words("from_preps"):
        return False
    if not any(m.end == j for m in doc.lexicon.compiled.commodities.matches(doc.lemmas, None, max(s.first, j - 4), j)):
        return False
    lem = lemmatizer(doc.lang)
    return not isinstance(lem, PymorphyLemmatizer) or lem.part_and_case(doc.tokens[index].norm)[1] == "gent"


def _head_word(ctx: ArticleContext, label: str) -> str:
    """The kind of document a label names, its abbreviation spelled out ("MoU" is a memorandum): its first document
    word ("совместные заявления" and "заявления" are both statements), else the word it opens with."""
    from ..text.morph import lemmatizer

    if not label:
        return ""
    told = [w.strip(",.;:()«»\"“”") for w in label.split()]
    words = [w.lower() for w in told]
    kinds = ctx.doc.lexicon.lemmas_of("treaty_words")
    lem = lemmatizer(ctx.doc.lang)
    table = name_words(ctx.doc.lang)
    first = words[0]
    # "a number of important documents", "27 documents", "ряд договоров": a count opens a batch, whatever words of
    # its kind follow
    counts = [c.split() for c in ctx.doc.lexicon.get("treaty_batch_counts", [])]
    determiners = ctx.doc.lexicon.words("determiners")
    opened = counted = 0
    while opened < len(words) and (words[opened].isdigit() or words[opened] in determiners or any(
            words[opened:opened + len(c)] == c for c in counts)):
        told_count = next((len(c) for c in counts if words[opened:opened + len(c)] == c), 0)
        counted += bool(told_count) or words[opened].isdigit()
        opened += told_count or 1
    for n, word in enumerate(words[opened:opened + 3]):
        lemmas = lem.lemmas(word)
        if lemmas & kinds:
            first = min(lemmas & kinds)
            break
        if not (counted or table.matches([lemmas], None, 0, 1) or n == 0 and told[opened][:1].isupper()):
            # only the words of a name's kind ("совместные", "міжурядова") or a proper name ("Arequipa Declaration")
            # stand before its document word
            break
    kind = str(ctx.doc.lexicon.get("treaty_word_abbreviations", {}).get(first, first))[:5]
    return "+" + kind if counted and first != words[0] else kind  # a counted batch is one of batches only


def _proper_name(ctx: ArticleContext, label: str) -> str:
    """The capitalised word a label opens with when it is neither a document word nor a word of a name's kind
    ("Arequipa" of "Arequipa Declaration"; not "Joint" of "Joint Statement"), else ""."""
    from ..text.morph import lemmatizer

    told = label.split()[:1]
    word = told[0].strip(",.;:()«»\"“”") if told else ""
    if not word[:1].isupper():
        return ""
    lemmas = lemmatizer(ctx.doc.lang).lemmas(word.lower())
    if lemmas & ctx.doc.lexicon.lemmas_of("treaty_words") or name_words(ctx.doc.lang).matches([lemmas], None, 0, 1) \
            or word.lower() in ctx.doc.lexicon.words("determiners"):
        return ""
    return word.lower()


def _company(ctx: ArticleContext, key: str) -> bool:
    return ctx.company_state(key) is not None


def _companies_for_states(ctx: ArticleContext, parties: set[str]) -> tuple[str, ...]:
    """The parties, without a state whose company is already one of them (the company signed for it)."""
    companies = {ctx.company_state(p) for p in parties if ctx.gaz.country_of(p) is None}
    kept = tuple(sorted(p for p in parties if p not in companies))
    return kept if len(kept) >= 2 else tuple(sorted(parties))


def _states_for_companies(ctx: ArticleContext, s, parties: list[str], first: int,  # type: ignore[no-untyped-def]
                          last: int) -> list[str]:
    """A company signing an agreement with a foreign state signs for its own state ("Росатом и министр энергетики
    Узбекистана подписали соглашение": Russia and Uzbekistan), though a contract stays the company's; an
    intergovernmental agreement is the states' ("Rosatom is building in Hungary under an intergovernmental
    agreement": Russia and Hungary)."""
    doc = ctx.doc
    states = [p for p in parties if ctx.gaz.country_of(p)]
    companies = [p for p in parties if _company(ctx, p)]
    level = bool(doc.lexicon.phrases("treaty_state_level_words").matches(doc.lemmas, None, first, last))
    commercial = bool(doc.lexicon.phrases("treaty_commercial_words").matches(doc.lemmas, None, first, last))
    if not companies or not (states or level) or commercial and not level and len(companies) == 1:
        return parties  # "контракт, который Газпром и Узбекистан подписали": a company's contract stays its own
    own = {ctx.company_state(p) for p in companies}
    if not level and (set(states) <= own or len(companies) >= 2):
        # "контракт с компанией Ганы GNPC": the state is named for its company, which signed; "Нафтогаз і Orlen
        # підписали контракт на постачання газу зі США": a contract between companies is theirs
        kept = [p for p in parties if p not in states]
        return kept if len(kept) >= 2 else parties
    out = list(dict.fromkeys(ctx.company_state(p) if p in companies else p for p in parties))
    if level and len(out) < 2:
        # the other state: where the work is done ("in Hungary"), else the other state of the leaders named
        out += [st for m in ctx.in_range(s.first, s.last) if m.type == "Country"
                for st in [ctx.gaz.country_of(m.actor)] if st and st not in out]
        out += [st for p in ctx.top_people() for st in [ctx.state_of(p)] if st and st not in out][:max(0, 2 - len(out))]
    return out if len(out) >= 2 else parties


def _described(ctx: ArticleContext, treaty: Treaty) -> Treaty:
    """An agreement the lexicon does not know gets an English name that says whose it is ("Estonia–Ukraine
    memorandum of understanding on ...", "Gazprom–GNPC contract for supply"), unless its words name them all."""
    if not treaty.key.startswith("new:") or len(treaty.parties) < 2:
        return treaty
    names = [ctx.gaz.actor(p).label_en if ctx.gaz.actor(p) else  # type: ignore[union-attr]
             ctx.new_actors[p].label_en if p in ctx.new_actors else p.removeprefix("new:").replace("-", " ").title()
             for p in treaty.parties]
    own = treaty.label_en or treaty.label
    if all(n.lower() in own.lower() for n in names):
        return treaty
    if treaty.label_en and own[:1].isupper() and own[1:2].islower():
        own = own[:1].lower() + own[1:]  # "Memorandum of ..." opened a sentence, not a name
    return replace(treaty, label_en=f"{'–'.join(names)} {own}")


def _signed_word(words, signed, ctx: ArticleContext | None = None):  # type: ignore[no-untyped-def]
    """The treaty word a signing verb takes ("... based on cultural partnership, he said they had signed a joint
    declaration"): the first one right after a verb; else one a verb with its partner follows ("the 27-year deal
    Qatar struck with CNPC"); else the first of the sentence."""
    after = [w for w in words if any(0 <= w.start - m.end <= 6 for m in signed)]
    if after:
        return after[0]
    if ctx is not None:
        with_words = ctx.doc.lexicon.words("with_words")
        tokens = ctx.doc.tokens
        partnered = [w for w in words if any(0 <= m.start - w.end <= 4 and m.end < len(tokens)
                                             and tokens[m.end].norm in with_words for m in signed)]
        if partnered:
            return partnered[0]
    return words[0]


def _exchanges(ctx: ArticleContext, s, words,  # type: ignore[no-untyped-def]
               key: str = "treaty_exchanged_words") -> list[tuple[PhraseMatch[str], int]]:
    """Each verb of exchanging (`treaty_exchanged_words`) whose object is a treaty word, with that word's start: "India
    and Sri Lanka exchanged seven MoUs", "стороны обменялись соглашениями" (only a count, the words of its kind and
    determiners between them); not "exchanged views on the agreement", nor "exchanged the agreements" (the ones
    told before, `treaty_told_before_determiners`)."""
    doc = ctx.doc
    determiners = doc.lexicon.words("determiners")
    told_before = doc.lexicon.lemmas_of("treaty_told_before_determiners")
    found = []
    ongoing = doc.lexicon.words("treaty_ongoing_auxiliaries")
    for m in doc.lexicon.phrases(key).matches(doc.lemmas, None, s.first, s.last):
        if m.start > s.first and doc.tokens[m.start - 1].norm in ongoing:
            continue  # "are finalising an agreement": the work goes on
        for w in words:
            if not 0 <= w.start - m.end <= 6:
                continue
            start = _batch_start(ctx, s, w.start)
            start = min(start, _modifiers_before(ctx, s, w.start)) if start is not None \
                else _modifiers_before(ctx, s, w.start)
            start = max(start, m.end)  # "the two sides exchanged seven MoUs": a count before the verb counts signers
            if all(doc.tokens[j].norm in determiners and not doc.lemmas[j] & told_before for j in range(m.end, start)) \
                    and not (start > s.first and doc.lemmas[start - 1] & told_before):
                found.append((m, w.start))
                break
    return found


def _intent_follows(ctx: ArticleContext, index: int, last: int) -> bool:
    """Whether an infinitive follows the treaty word ("договоренность продолжить", "домовленість провести"), or a
    clause of what was agreed ("достигнута договоренность, что визит состоится", "домовленість про те, що"): an
    understanding, no document."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    for m in doc.lexicon.phrases("treaty_content_clause_openers").matches(doc.lemmas, None, index,
                                                                         min(last, index + 4)):
        # "угоду, що передбачає": a verb right after "що" makes it a relative pronoun, the document's own clause
        if m.start == index and not (m.end < last and isinstance(lem, PymorphyLemmatizer)
                                     and lem.part_and_case(doc.tokens[m.end].norm)[0] == "VERB"):
            return True
    return index < last and isinstance(lem, PymorphyLemmatizer) and lem.is_infinitive(doc.tokens[index].norm)


def _predicated(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the treaty word at `index` is what a pronoun is said to be ("it was a milestone accord", "це
    історична угода", `treaty_predicate_openers`): a document told before, named again."""
    doc = ctx.doc
    determiners = doc.lexicon.words("determiners")
    j = _modifiers_before(ctx, s, index)
    while j - 1 >= s.first and doc.tokens[j - 1].norm in determiners:
        j -= 1
    for opener in doc.lexicon.get("treaty_predicate_openers", []):
        words = opener.split()
        if j - len(words) >= s.first and [t.norm for t in doc.tokens[j - len(words):j]] == words:
            return True
    return False


def _proposed_after_signing(ctx: ArticleContext, signed, word) -> bool:  # type: ignore[no-untyped-def]
    """Whether a proposing verb (`treaty_proposed_words`) stands between the last signing word before the treaty word
    and it, with no signing word after it: the document is offered, not made ("announced that she proposed a
    deal"; not "signed the deal Mexico had proposed")."""
    doc = ctx.doc
    before = [m for m in signed if m.end <= word.start]
    if not before or any(m.start >= word.end for m in signed):
        return False
    verb = max(before, key=lambda m: m.end)
    proposed = doc.lexicon.lemmas_of("treaty_proposed_words")
    determiners = doc.lexicon.words("determiners")
    # "signed the proposed deal", "подписали предложенное соглашение": a participle before the noun is no offer
    return any(doc.lemmas[j] & proposed and doc.tokens[j - 1].norm not in determiners and not _participle(ctx, j)
               for j in range(verb.end, word.start))


def _name_words(treaty: Treaty) -> list[str]:
    """The words of a treaty's name, in English where the article's own words have an English name
    ("документ безпосередньо перед пресконференцією" is a bare "Document")."""
    return (treaty.label_en or treaty.label).split()


def _genitive_of_noun(ctx: ArticleContext, index: int) -> bool:
    """"меморандум про участь Туреччини у відбудові": a state in the genitive after a noun belongs to the name."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    tokens = ctx.doc.tokens
    return lem.part_and_case(tokens[index - 1].norm)[0] == "NOUN" and \
        lem.part_and_case(tokens[index].norm)[1] == "gent" and lem.can_be_genitive(tokens[index].norm)


def _after_adjective_of(ctx: ArticleContext, index: int) -> bool:
    """"соглашение ... российско-китайского": a state inside a compound is no subject (kept in the name)."""
    return "-" in ctx.doc.tokens[index - 1].text


def _same_kind(generic: Treaty, treaty: Treaty, known: dict[str, Any]) -> bool:
    """Whether a new agreement's head word is the kind of document the known one is ("договір" for a treaty
    known as "Договір про ..."), so that it retells it; a joint statement beside a treaty is another document."""
    data = known.get(treaty.key, {})
    head = generic.label.split()[0].lower()[:5] if generic.label else ""
    names = [n for ns in data.get("names", {}).values() for n in ns] + [treaty.label]
    return bool(head) and any(n.lower().startswith(head) or f" {head}" in n.lower() for n in names)


def _multilateral(ctx: ArticleContext, treaty: Treaty) -> bool:
    """Whether a label names a convention, which states sign one by one ("United Nations Convention against ...")."""
    from ..text.morph import lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    kinds = ctx.doc.lexicon.lemmas_of("treaty_multilateral_words")
    return any(lem.lemmas(w.lower().strip(",.;:«»\"")) & kinds for w in treaty.label.split())


def _vague(ctx: ArticleContext, treaty: Treaty) -> bool:
    """Whether a label names one document by a word that tells nothing of it ("спільний документ", "a joint
    document"): two words at most, the last a vague document word in the singular."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    words = treaty.label.split()
    if len(words) > 2 or not words:
        return False
    last = words[-1].lower().strip(",.;:«»\"")
    lem = lemmatizer(ctx.doc.lang)
    if not lem.lemmas(last) & ctx.doc.lexicon.lemmas_of("treaty_vague_words"):
        return False
    if isinstance(lem, PymorphyLemmatizer):
        return lem.part_and_case(last)[2] != "plur"  # type: ignore[attr-defined]
    return not last.endswith("s")


def _vague_batch(ctx: ArticleContext, treaty: Treaty) -> bool:
    """Whether a label is a vague document word in the plural, alone ("documents", "документи"): a batch signed."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    words = treaty.label.split()
    if len(words) != 1:
        return False
    last = words[0].lower().strip(",.;:«»\"")
    lem = lemmatizer(ctx.doc.lang)
    if not lem.lemmas(last) & ctx.doc.lexicon.lemmas_of("treaty_vague_words"):
        return False
    if isinstance(lem, PymorphyLemmatizer):
        return lem.part_and_case(last)[2] == "plur"  # type: ignore[attr-defined]
    return last.endswith("s")


def _fold_bare_mentions(ctx: ArticleContext, treaties: list[Treaty]) -> list[Treaty]:
    """A bare "Соглашение, подписанное в Стамбуле ..." is the agreement named nearest to it, told again. A batch
    ("signed documents") is the documents named right after it (in its sentence or the next: "a ceremony of signing
    documents. The leaders signed the Memorandum on ..."), else a batch of its own."""
    bare = [t for t in treaties if t.key.startswith("new:") and (len(_name_words(t)) == 1 or _vague(ctx, t))]
    named = [t for t in treaties if t not in bare]
    if not named:
        return [t for t in treaties if len(t.parties) >= 2]
    extra: dict[str, tuple] = {}  # type: ignore[type-arg]
    own: list[Treaty] = []
    for t in bare:
        start = min(e.start for e in t.evidence)
        candidates = named
        if _vague_batch(ctx, t):
            told = _sentence_at(ctx, start)
            candidates = [k for k in named if any(e.start > start and _sentence_at(ctx, e.start) <= told + 1
                                                  for e in k.evidence)]
            if not candidates:
                own.append(t)  # "Kazakhstan and Uzbekistan signed key documents": a batch no sentence explains
                continue
        antecedent = min(candidates, key=lambda k: (min(abs(e.start - start) + (0 if e.start < start else 1)
                                                        for e in k.evidence), k.key))
        if len(t.parties) >= 2 and not set(t.parties) <= set(antecedent.parties) and _parties_named(ctx, t):
            own.append(t)  # "CNPC signed an agreement" beside "a deal with Petrobangla": another document
            continue
        extra[antecedent.key] = extra.get(antecedent.key, ()) + t.evidence
    return [replace(t, evidence=t.evidence + extra.get(t.key, ())) for t in named] + own


def _sentence_at(ctx: ArticleContext, offset: int) -> int:
    """The index of the sentence a character offset of the article falls in."""
    doc = ctx.doc
    return max(0, bisect_right([doc.tokens[x.first].start for x in doc.sentences], offset) - 1)


def _best_known(ctx: ArticleContext, comp, s, match, known) -> str:  # type: ignore[no-untyped-def]
    """Where one name fits several known treaties, the one whose parties the article names."""
    candidates = sorted({m.payload for m in comp.treaty_names.matches(ctx.doc.lemmas, None, match.start, match.end)
                         if m.start == match.start and m.end == match.end})
    if len(candidates) <= 1:
        return str(match.payload)
    named = {ctx.gaz.country_of(m.actor) for m in ctx.mentions} | {ctx.state_of(m.actor) for m in ctx.mentions}
    for key in candidates:
        parties = {ctx.gaz.by_qid.get(q) for q in known[key]["parties"]}
        if parties <= named:
            return key
    return candidates[0]


def _mediated(ctx: ArticleContext, s) -> set[int]:  # type: ignore[no-untyped-def]
    """First tokens of the mediators a sentence names ("при посредничестве президента США Дональда Трампа",
    "brokered by the United States"): a mediator witnesses a document, it is no party to it."""
    doc = ctx.doc
    out: set[int] = set()
    for m in doc.lexicon.phrases("treaty_mediation_words").matches(doc.lemmas, None, s.first, s.last):
        for x in ctx.in_range(m.end, min(s.last, m.end + 6)):
            out.add(x.first)
    return out


def _outlets_cited(ctx: ArticleContext, s) -> set[int]:  # type: ignore[no-untyped-def]
    """First tokens of the organisations a sentence cites as the source of its news: right after an outlet's noun or a
    source cue ("state broadcaster Al Ekhbariya", "сообщает телеканал «Мир»", "according to Xinhua") or right before
    a reporting word (`outlet_cues_after`: "Kun.uz reported"). An outlet that tells of a signing signs nothing."""
    doc = ctx.doc
    cues = doc.lexicon.phrases("outlet_cues")
    nouns = doc.lexicon.lemmas_of("outlet_nouns")
    after = doc.lexicon.phrases("outlet_cues_after")
    determiners = doc.lexicon.words("determiners")
    out: set[int] = set()
    for m in ctx.in_range(s.first, s.last):
        if m.type != "Organization" or ctx.gaz.country_of(m.actor):
            continue
        j = m.first - 1
        while j > s.first and (doc.tokens[j].norm in determiners or not doc.tokens[j].text[:1].isalnum()):
            j -= 1  # «», quotes and articles between the cue and the name
        cited = j >= s.first and (bool(doc.lemmas[j] & nouns) or
                                  any(c.end == j + 1 for c in cues.matches(doc.lemmas, None, max(s.first, j - 3),
                                                                          j + 1)))
        k = m.last
        while k < s.last and not doc.tokens[k].text[:1].isalnum():
            k += 1
        if cited or k < s.last and any(c.start == k for c in after.matches(doc.lemmas, None, k, min(s.last, k + 2))):
            out.add(m.first)
    return out


def _batch_start(ctx: ArticleContext, s, index: int) -> int | None:  # type: ignore[no-untyped-def]
    """Where the count of a batch of documents begins: "some 40 (cooperation) agreements", "более 50 совместных
    документов", "пакет документов", "multiple deals"; None when the plural word has no count."""
    doc = ctx.doc
    first = max(s.first, index - 4)
    # "the two sides signed agreements": a count before the signing verb counts the signers, not the documents
    # ... though "12 signed documents", "15 подписанными документами" counts the documents: a count, then the
    # participle of signing right before the noun, is the documents' own
    first = max([first] + [m.end for m in doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, first, index)
                           if not (m.end == index and m.start > first and number_at(doc, m.start - 1) is not None
                                   and (doc.lang == "en" or _participle(ctx, m.start)))])
    # ... and no count stands before a verb of concluding or a comma ("on 25 February, finalised defence deals")
    first = max([first] + [m.end for m in doc.lexicon.phrases("treaty_concluded_words").matches(doc.lemmas, None,
                                                                                               first, index)]
                + [k for k in range(first + 1, index + 1) if _breaks_before(doc, k)])
    counts = [m.start for m in doc.lexicon.phrases("treaty_batch_counts").matches(doc.lemmas, None, first, index)]
    numbers = [j for j in range(first, index) if number_at(doc, j) is not None and not _year_like(doc.tokens[j].text)]
    starts = counts + numbers
    if not starts:
        return None
    start = min(starts)
    return min([start] + [m for m in counts if m < start])


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


def _adjectives_before(ctx: ArticleContext, s, index: int) -> int:  # type: ignore[no-untyped-def]
    """"мирный договор", "довгостроковий контракт", "30-летнего контракта": the adjectives (and a number joined to
    one by a hyphen) right before the treaty word open its name."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if not isinstance(lem, PymorphyLemmatizer):
        return index
    named = {j for m in ctx.mentions for j in range(m.first, m.last)}
    kinds = name_words(doc.lang)  # the adjectives a name is made of ("peace", "long-term"), not "важный"
    j = index
    while j - 1 >= s.first and index - j < 3 and j - 1 not in named and \
            not doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start].strip() and \
            lem.part_and_case(doc.tokens[j - 1].norm)[0] == "ADJF" and \
            kinds.matches(doc.lemmas, None, j - 1, j):  # type: ignore[attr-defined]
        j -= 1
    text = doc.article.text
    if j < index and j - 2 >= s.first and doc.tokens[j - 1].text == "-" and number_at(doc, j - 2) is not None \
            and not text[doc.tokens[j - 2].end:doc.tokens[j].start].strip("-"):
        j -= 2  # "30-летнего"
    return j


def _modifiers_before(ctx: ArticleContext, s, index: int) -> int:  # type: ignore[no-untyped-def]
    """In English the words that make a document's kind stand before it ("a peace agreement", "a 15-year LNG
    supply deal"): the label opens with them, after the article or the verb."""
    doc = ctx.doc
    if doc.lang != "en":
        return _adjectives_before(ctx, s, index)
    stops = doc.lexicon.words("determiners") | doc.lexicon.words("treaty_label_trailing_words") | \
        doc.lexicon.words("coordination_words") | doc.lexicon.words("treaty_label_stop_words") | \
        doc.lexicon.words("invitation_possessives")  # "extended their gas supply contract"
    signing = doc.lexicon.compiled.treaty_signed
    scales = frozenset(doc.lexicon.lemma_table("money_scale")) | frozenset(doc.lexicon.lemma_table("currency"))
    people = {j for m in ctx.mentions if m.type == "Person" for j in range(m.first, m.last)}
    j = index
    while j - 1 > s.first and index - j < 4:
        tok = doc.tokens[j - 1]
        gap = doc.article.text[tok.end:doc.tokens[j].start]
        if tok.text == "-" and not gap and j - 2 > s.first and not doc.article.text[doc.tokens[j - 2].end:tok.start]:
            j -= 2  # "15-year"
            continue
        if tok.norm in stops or tok.norm.endswith("'s") or j - 1 in people or any(ch in gap for ch in ",;:(") \
                or signing.matches(doc.lemmas, None, j - 1, j) or not tok.text[:1].isalnum() \
                or doc.lexicon.phrases("treaty_exchanged_words").matches(doc.lemmas, None, j - 1, j) \
                or doc.lexicon.phrases("treaty_concluded_words").matches(doc.lemmas, None, j - 1, j) \
                or doc.lemmas[j - 1] & doc.lexicon.lemmas_of("treaty_existing_words") \
                or doc.lexicon.compiled.treaty_status.matches(doc.lemmas, None, j - 1, j) \
                or number_at(doc, j - 1) is not None or doc.lemmas[j - 1] & scales:
            break
        j -= 1
    return j


def _parties(ctx: ArticleContext, s, skip: tuple[int, int] = (0, 0),  # type: ignore[no-untyped-def]
             before: int | None = None, placing: bool = False) -> tuple[str, ...]:
    """States and organisations the sentence names as acting (not places after "в", "in", nor mediators);
    `skip` is a stretch to leave out (the treaty's own name), `before` a token the parties must come before;
    `placing` keeps a state that only places its company ("China's Sinopec")."""
    out: list[str] = []
    topic = ctx.doc.lexicon.words("treaty_topic_preps")
    with_words = ctx.doc.lexicon.words("with_words")
    mediated = _mediated(ctx, s) | _outlets_cited(ctx, s)
    determiners = ctx.doc.lexicon.words("determiners")
    coordination = ctx.doc.lexicon.words("coordination_words")
    place_end = None  # where the last place named after "in", "to" ends
    founded: set[str] = set()
    for m in ctx.in_range(s.first, s.last if before is None else before):
        if m.first in mediated:
            continue
        if place_end is not None and m.type in ("City", "Country") and _coordinated_with(ctx, place_end, m.first,
                                                                                          coordination):
            place_end = m.last  # "a trip to Uzbekistan and Turkmenistan": each state coordinated is a place too
            continue
        partner = m.first > s.first and ctx.doc.tokens[m.first - 1].norm in with_words
        if m.type == "Country" and _origin_of_goods(ctx, s, m.first):
            continue  # "контракт на газ зі США", "a contract for LNG from the US": where the gas comes from
        if m.type == "Country" and not placing and _names_its_company(ctx, s, m):
            continue  # "a deal with China's Sinopec": the company signs, its state is told only to place it
        if skip[0] <= m.first < skip[1] and not partner and \
                any(ctx.doc.tokens[j].norm in topic for j in range(skip[0], m.first)):
            continue  # "меморандум по северо-востоку Сирии": what it is about, not who signed ("deal with Rosneft" is,
            # and so is "договор о партнерстве с Российской Федерацией")
        prev = ctx.doc.tokens[m.first - 1].norm if m.first > s.first else ""
        if prev in determiners and m.first - 1 > s.first:
            prev = ctx.doc.tokens[m.first - 2].norm  # "at the White House": a place, too
        if m.type == "Person" or ctx.in_dateline(s, m):
            continue
        if m.type == "Country" and prev in topic:
            continue  # "саммит по Сирии", "talks on Ukraine": what they are about
        if _founded(ctx, s, m.first) or m.actor in founded:
            founded.add(m.actor)  # (and its acronym in brackets after it)
            continue  # "the agreement that launched ASEAN": what the document founded signs nothing
        if m.type == "Organization" and m.first > s.first and \
                ctx.doc.lemmas[m.first - 1] & ctx.doc.lexicon.lemmas_of("summit_words"):
            continue  # "встречались на саммите ШОС": the summit's body is where they met, it signs nothing
        if m.type in ("City", "Country") and prev in ("в", "у", "во", "in", "at", "to", "into", "до", "на"):
            place_end = m.last
            continue  # "signed in Moscow", "вторгнення в Україну": a place, not a party
        own = m.actor if m.type == "Organization" and ctx.gaz.entries.get(m.actor, {}).get("kind") != "media" \
            and not _agency_of_state_before(ctx, m) and not (_in_a_persons_title(ctx, s, m)
                                                             and not _company(ctx, m.actor)) \
            else None  # the head of a party signs for his state, the head of a company for his company
        actor = ctx.gaz.country_of(m.actor) or ctx.gaz.state_of_body(m.actor) or own
        if m.type == "Organization" and actor and not ctx.gaz.country_of(m.actor):
            # "the Philippine Department of Defense", "Turkish Energy Ministry": a state's adjective heading a
            # ministry or department tells whose it is, whatever body of the same name the gazetteer knows
            actor = _state_adjective_heading(ctx, m) or actor
        if actor and actor not in out:
            out.append(actor)
    for state in _states_of_sides(ctx, s, s.last if before is None else before):
        if state not in out:
            out.append(state)  # "российская и узбекистанская делегации подписали": the delegations' states
    return tuple(sorted(out))


def _states_of_sides(ctx: ArticleContext, s, end: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The states whose adjectives qualify a side or a delegation ("российская и узбекистанская делегации",
    "українська та британська сторони", "the Russian and Uzbek delegations"): the sides act for their states."""
    doc = ctx.doc
    sides = doc.lexicon.lemmas_of("treaty_side_nouns")
    coordination = doc.lexicon.words("coordination_words")
    adjectives = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, doc.capitalised if doc.lang == "en" else None,
                                                       s.first, end)
    starts = {a.start: a for a in adjectives}
    out: list[str] = []
    for a in adjectives:
        j, group = a.end, [a]
        while j < end and (doc.tokens[j].norm in coordination or j in starts):
            if j in starts:
                group.append(starts[j])
                j = starts[j].end
            else:
                j += 1
        if j < end and doc.lemmas[j] & sides:
            out += [st for g in group for st in [ctx.gaz.country_of(g.payload.actor)] if st and st not in out]
    return out


def _in_a_persons_title(ctx: ArticleContext, s, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether an organisation is the body of a person's title, right before the name ("генсек ЦК Компартии
    Вьетнама То Лам", "General Secretary of the Communist Party of Vietnam To Lam"): the person signs for a
    state, the party he leads signs nothing."""
    end = m.last
    for x in ctx.in_range(m.last, min(s.last, m.last + 4)):
        if x.first != end:
            return False
        if x.type == "Person":
            return True
        if x.type != "Country":
            return False
        end = x.last  # "Компартии Вьетнама То Лам": the body's state between it and the name
    return False


def _state_adjective_heading(ctx: ArticleContext, m) -> str | None:  # type: ignore[no-untyped-def]
    """The state whose adjective opens an organisation's name or stands right before it, where the name is a state
    body's (`ministry_words`, `state_agency_heads`: "Philippine Department of National Defense", "the Indonesian
    Ministry of Defense"); None for any other organisation ("Chinese company Sinopec" is left to its own rules)."""
    doc = ctx.doc
    heads = doc.lexicon.words("state_agency_heads") | doc.lexicon.words("ministry_words")
    if not any(doc.tokens[j].norm in heads or doc.tokens[j].text in heads for j in range(m.first, m.last)):
        return None
    caps = doc.capitalised if doc.lang == "en" else None
    for a in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, caps, max(0, m.first - 3), min(m.last, m.first + 3)):
        if a.start == m.first or a.end == m.first:
            return ctx.gaz.country_of(a.payload.actor)
    return None


def _agency_of_state_before(ctx: ArticleContext, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether an organisation the gazetteer does not know is a state's agency named right after its state ("India's
    Central Drugs Standard Control Organisation": `state_agency_heads`): it signs for that state, which is the
    party."""
    doc = ctx.doc
    if not m.actor.startswith("new:") or doc.tokens[m.last - 1].text not in doc.lexicon.words("state_agency_heads"):
        return False
    return any(x.last == m.first and x.type == "Country" for x in ctx.in_range(max(0, m.first - 4), m.first))


def _partner_after(ctx: ArticleContext, s, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The states named "with" right after a treaty's name ("угода про асоціацію в торгівлі з Британією",
    "the association agreement with Britain"): its partners as the sentence tells them."""
    with_words = ctx.doc.lexicon.words("with_words")
    return {state for x in ctx.in_range(end, min(s.last, end + 6)) if x.type == "Country"
            and x.first > end and ctx.doc.tokens[x.first - 1].norm in with_words
            for state in [ctx.gaz.country_of(x.actor)] if state}


def _coordinated_with(ctx: ArticleContext, end: int, index: int, coordination: set[str]) -> bool:
    """Whether the token at `index` is joined to the word before `end` by a coordinating word or a comma alone
    ("Uzbekistan and Turkmenistan", "Узбекистан и Туркменистан", "Kenya, Uganda")."""
    doc = ctx.doc
    if index == end:
        return doc.article.text[doc.tokens[end - 1].end:doc.tokens[index].start].strip() == ","
    return index == end + 1 and doc.tokens[end].norm in coordination


def _generic_treaty(ctx: ArticleContext, s, force: bool = False, span: tuple[int, int] | None = None,  # type: ignore[no-untyped-def]
                    year: int | None = None, parties_told: tuple[str, ...] = (),
                    in_list: bool = False) -> Treaty | None:
    """An agreement the lexicon does not know: a treaty word with a signing verb ("подписали
    соглашение о ...", "signed a memorandum on ..."); named by its own words."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    look_alikes = {j for m in doc.lexicon.phrases("treaty_word_look_alikes").matches(doc.lemmas, None, s.first, s.last)
                   for j in range(m.start, m.end)}  # "according to" is no accord
    words = [w for w in comp.treaty_words.longest(doc.lemmas, None, s.first, s.last) if w.start not in look_alikes
             and not _verbal(ctx, s, w.start)]
    # "Memoranda of Understanding (MoU)": the acronym in brackets is the same document's word again
    words = [w for w in words if not any(o.end == w.start and _bracketed_acronym(ctx, w.start, s.last) for o in words)]
    if not words:  # most sentences name no document: nothing below can make one
        return None
    signed = comp.treaty_signed.matches(doc.lemmas, None, s.first, s.last)
    # "reached an agreement" (not "trade reached $188 billion"): reaching counts right before the treaty word
    nouns = doc.lexicon.words("treaty_reached_noun_after")  # "issues of bilateral partnership": a noun
    signed += [m for m in doc.lexicon.phrases("treaty_reached_words").matches(doc.lemmas, None, s.first, s.last)
               if any(0 <= w.start - m.end <= (5 if _participle(ctx, m.start) else 3) for w in words)
               and (m.end >= s.last or doc.tokens[m.end].norm not in nouns) and not _aim(ctx, s, m.start)
               and not _modal_before(ctx, s, m.start)]
    # "a joint statement issued by India and Japan": the document, then who put it out
    agents = doc.lexicon.words("passive_agent_words")
    signed += [m for m in doc.lexicon.phrases("treaty_reached_words").matches(doc.lemmas, None, s.first, s.last)
               if any(m.start == w.end for w in words) and m.end < s.last and doc.tokens[m.end].norm in agents]
    # "he had agreed a new three-year gas supply contract": an English "agreed" whose object is the document
    determiners = doc.lexicon.words("determiners")
    signed += [m for m in doc.lexicon.phrases("treaty_agreed_object_words").matches(doc.lemmas, None, s.first, s.last)
               if m.end < s.last and doc.tokens[m.end].norm in determiners
               and any(0 <= _modifiers_before(ctx, s, w.start) - m.end <= 3 for w in words)]
    # "exchanged seven MoUs", "обменялись 12 соглашениями": documents handed over at a signing ceremony
    exchanged = _exchanges(ctx, s, words)
    signed += [m for m, _ in exchanged]
    # "finalised the agreement", "forged a pact", "оформили соглашение": verbs of concluding that make a
    # document only of the object right after them (not "entered into talks on an agreement")
    signed += [m for m, _ in _exchanges(ctx, s, words, key="treaty_concluded_words")]
    # "helicopter deals worth $3 billion were also finalized", "соглашения были оформлены": the same verbs in the
    # passive, the documents before them
    signed += [m for m in doc.lexicon.phrases("treaty_concluded_words").matches(doc.lemmas, None, s.first, s.last)
               if _passive(ctx, s, m.start) and any(w.end <= m.start for w in words)]
    # "ратифицировал договор": a treaty made, though ratifying is no signing (it dates nothing)
    signing = list(signed)
    signed += doc.lexicon.phrases("treaty_ratified_words").matches(doc.lemmas, None, s.first, s.last)
    # "парафували мирну угоду", "initialled the peace treaty": the text agreed, not yet signed (no signing date)
    signed += [m for m in doc.lexicon.phrases("treaty_initialled_words").matches(doc.lemmas, None, s.first, s.last)
               if any(0 <= w.start - m.end <= 3 for w in words) or _verb_form(ctx, m.start)]
    # "extended the agreement on oil transit", "продлили соглашение": a document made before, now extended
    signed += [m for m in comp.treaty_status.matches(doc.lemmas, None, s.first, s.last)
               if m.payload == "extended" and any(0 <= w.start - m.end <= 3 for w in words)]
    # "suspended the agreement with Norway", "приостановила действие соглашения": a document made before, now
    # suspended (not "suspended talks on the agreement")
    held_in = doc.lexicon.lemmas_of("treaty_held_in_words") | doc.lexicon.lemmas_of("determiners")
    signed += [m for m in comp.treaty_status.matches(doc.lemmas, None, s.first, s.last)
               if m.payload == "suspended" and any(
                   0 <= w.start - m.end <= 3 and all(doc.lemmas[j] & held_in
                                                     for j in range(m.end, _modifiers_before(ctx, s, w.start)))
                   for w in words)]
    # "withdrew from its agreement with Japan", "вышла из соглашения с Японией", "violated the agreement": a document
    # made before, now left, broken or to be restored
    left = held_in | doc.lexicon.lemmas_of("treaty_left_preps")
    signed += [m for m in doc.lexicon.phrases("treaty_mentioned_only").matches(doc.lemmas, None, s.first, s.last)
               if any(0 <= w.start - m.end <= 3 and all(doc.lemmas[j] & left
                                                        for j in range(m.end, _modifiers_before(ctx, s, w.start)))
                      for w in words)]
    # "India and Japan said in a joint statement ...", "заявили в совместном заявлении": a joint document the states
    # named in the sentence put out (not one person's words "in a joint statement")
    told_in = [m for m in doc.lexicon.phrases("treaty_joint_told_in").matches(doc.lemmas, None, s.first, s.last)
               if any(m.start <= w.start < m.end for w in words)]
    signed += told_in
    # "the 30th anniversary of the Agreement on ...", "годовщина Договора": a document made long ago
    signed += [m for m in doc.lexicon.phrases("treaty_anniversary_words").matches(doc.lemmas, None, s.first, s.last)
               if any(0 <= w.start - m.end <= 3 for w in words)]
    # "the agreement between Georgia and China entered into force", "the 2019 agreement between Ukraine and Qatar":
    # a document made before, told with its parties; its year, where written before it, is its signing year
    existing = _existing_documents(ctx, s, words)
    signed += [m for m, _ in existing]
    if year is None and span is None:
        year = next((y for _, y in existing if y is not None), None)
    every_word = words  # the documents of the whole sentence, one of which may end this one's name
    if span is not None:
        words = [w for w in words if span[0] <= w.start < span[1]] or words
    if not words or not (signed or force):
        return None
    topic_like = doc.lexicon.lemmas_of("treaty_topic_like_words")
    # "підписали документи про енергетику та стратегічне партнерство": after another document word, a partnership
    # is what that document is about
    # "The partnership included the signing of memoranda on X", "Партнерство включало подписание меморандумов": a
    # partnership told before the signing of another document word is what the documents come under, not one
    objects = [o for o in words if not doc.lemmas[o.end - 1] & topic_like
               and any(0 <= _modifiers_before(ctx, s, o.start) - m.end <= 2 for m in signing)]
    words = [w for w in words if not (doc.lemmas[w.end - 1] & topic_like and (
        any(o.start < w.start for o in words) or any(w.end <= o.start for o in objects)))] or words
    singular = [w for w in words if not _plural(ctx, w.start, w.end)]
    batch = told_signed = passive_verb = None
    if not singular:
        # "signed some 40 cooperation agreements", "подписали пакет документов": one batch of documents
        batch = next((w for w in words if _batch_start(ctx, s, w.start) is not None), None)
        # "the two sides signed agreements on energy and defence": documents right after the signing verb
        topic = doc.lexicon.words("treaty_topic_preps") | doc.lexicon.words("with_words")
        # ... or on what they are worth or the fields they cover ("signed business deals worth $27 billion",
        # "the signing of agreements in 15 areas")
        batch = batch or next((w for w in words for m in signing if 0 <= w.start - m.end <= 1
                               and w.end < s.last and (doc.tokens[w.end].norm in topic
                                                       or _scope_follows(ctx, w.end, s.last))), None)
        # "the ministers inked trade documents", "attended the signing and exchange of documents on water", "после
        # переговоров были подписаны двусторонние документы": documents, a word that names no kind, as the signing's own
        # object are the batch signed on the occasion (not "the signed documents", "подписанные документы")
        batch = batch or next((w for w in words for m in signing if _signing_object(ctx, s, m, w)), None)
        # "документов, подписанных в ходе визита", "the documents signed during the visit": documents a participle
        # of signing right after them tells as signed
        occasions = {o.start for o in doc.lexicon.phrases("treaty_label_stop_phrases").matches(doc.lemmas, None,
                                                                                                s.first, s.last)}
        # "signed during the visit", "16 документов подписано по итогам визита", "the 14 documents signed at the end of
        # the meeting"; not "the agreements signed will allow ..." (told again)
        told_signed = next((w for w in words for m in signing if m.start == w.end and m.start < s.last and
                            (m.end in occasions or _batch_start(ctx, s, w.start) is not None) and
                            doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, m.start, m.end) and
                            (_participle(ctx, m.start) or _short_participle(ctx, m.start) or doc.lang == "en" and
                             doc.tokens[m.start].norm.endswith("ed"))), None)
        batch = batch or told_signed
        # "helicopter deals worth $3 billion were also finalized", "Deals ... were signed": documents, then the
        # passive verb that tells them signed
        passive = next(((w, m.start) for w in words for m in signing if _passive_subject(ctx, s, w, m.start, words)),
                       None)
        if batch is None and passive is not None:
            batch, passive_verb = passive
        # "the two sides exchanged MoUs": what is handed over is a batch of documents, counted or not
        batch = batch or next((w for w in words for _, obj in exchanged if obj == w.start), None)
        # "церемония подписания двусторонних документов", "a signing ceremony of bilateral documents": what is signed
        nouns = doc.lexicon.phrases("treaty_signing_ceremonies").matches(doc.lemmas, None, s.first, s.last)
        batch = batch or next((w for w in words for m in nouns if 0 <= w.start - m.end <= 1 and
                               _plural(ctx, w.start, w.end)), None)
        if batch is None and in_list:
            batch = words[0]  # "- протоколы о сотрудничестве в сферах ...": a line of a list is one entry
        elif batch is None or not signed:
            return None  # "the agreements" told in passing: no document of its own
    # "signed various Memoranda of Understanding and an Agreement": a counted batch right after the verb comes first
    # (not "four documents, including an agreement on ...": the agreement is the one named)
    counted = next((w for w in words if singular and w.start < singular[0].start and w not in singular
                    and any(0 <= w.start - m.end <= 6 for m in signed)
                    and "," not in doc.article.text[doc.tokens[w.end - 1].end:doc.tokens[singular[0].start].start]
                    and _batch_start(ctx, s, w.start) is not None), None) if batch is None else None
    batch = batch or counted
    word = _signed_word(singular, signed, ctx) if singular and counted is None else batch
    told_signed = told_signed if word is told_signed else None
    assert word is not None
    negating = doc.lexicon.phrases("treaty_negating_determiners")
    window = max(s.first, word.start - 5)
    if any(m.end >= word.start - 3 for m in negating.matches(doc.lemmas, None, window, word.start)):
        return None  # "No transit deal has been signed yet", "жодної угоди не підписали"
    absence = doc.lexicon.phrases("treaty_absence_words")
    clause_first = ctx.clause(s, word.start)[0]
    if absence.matches(doc.lemmas, None, max(clause_first, word.start - 8), word.start):
        return None  # "given the absence of a basic treaty between A and B", "відсутність договору"
    if _intent_follows(ctx, word.end, s.last):
        return None  # "достигнута договоренность продолжить контакты": an understanding to act, no document
    if _proposed_after_signing(ctx, signed, word):
        return None  # "announced that she pitched a bilateral deal", "оголосила, що запропонувала угоду": an offer
    if _predicated(ctx, s, word.start):
        return None  # "said it was a milestone accord", "это историческое соглашение": the document told before
    if span is not None and span[0] < word.start:
        word = type(word)(span[0], word.end, word.payload)  # the known name's own words open the label
    # a line of a list is one document's name, commas and all ("протоколы о сотрудничестве в сферах
    # строительства, труда, миграции;")
    end = min(s.last, max(word.end, span[1] if span else 0) + (25 if in_list else 12))
    # "Memorandum of Understanding between the Government of A and the Government of B on X": the parties
    # inside the name are told apart; the name goes on with what it is about
    hole = _between_hole(ctx, word.end, s.last)
    end = min(s.last, end + len(hole))
    bracketed: set[int] = set()
    signed_at = {m.start for m in signed}
    # the name ends where a place or a date begins ("... partnership in Beijing on Wednesday")
    signed_at |= {m.first - 1 for m in ctx.in_range(word.end, end) if m.type in ("City", "Country")
                  and doc.tokens[m.first - 1].norm in ("в", "у", "in", "at")}
    # ... but "a programme up to 2030", "программа до 2030 года": the end of its term is part of the name
    signed_at |= {t.first for t in find_times(doc, word.end, end, ctx.ref)
                  if doc.tokens[t.first - 1].norm not in ("to", "until", "до", "through")}
    # "Угоди про експорт зерна ... Україна та Росія підписали": a state named with no preposition is the subject
    governing = doc.lexicon.words("treaty_topic_preps") | doc.lexicon.words("between_words") | \
        doc.lexicon.words("with_words") | {"в", "во", "у", "in", "to", "до", "на", "of", "з", "із", "from"}
    listed = _between_list(ctx, word.end, end)  # "between Georgia and China": the second party is no subject
    # "Конвенцію ООН проти ...": the body right after a convention is the one that drafted it, part of its name
    drafter = word.end if doc.lemmas[word.end - 1] & doc.lexicon.lemmas_of("treaty_multilateral_words") else -1
    signed_at |= {m.first for m in ctx.in_range(word.end, end) if m.type in ("Country", "Organization")
                  and m.first != drafter
                  and doc.tokens[m.first - 1].norm not in governing and not _after_adjective_of(ctx, m.first)
                  and not _genitive_of_noun(ctx, m.first) and m.first not in listed and not _founded(ctx, s, m.first)}
    for j in range(word.end, end):
        gap = doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start]
        if j in hole or j - 1 in bracketed and gap.strip() == ")":
            continue
        if "(" in gap and _bracketed_acronym(ctx, j, s.last):
            # "a memorandum of understanding (MoU) for cooperation in ...": the acronym does not end the name
            bracketed.add(j)
            hole.add(j)
            end = min(s.last, end + 1)
            continue
        if gap.strip() == "," and in_list:
            continue
        closing = _enumeration_goes_on(ctx, j, s.last) if gap.strip() == "," else None
        if closing is not None:
            # "щодо співпраці в галузі енергетики, торгівлі та технологій": one list of fields, all of it in the name
            end = max(end, min(s.last, closing + 2))
            continue
        if any(ch in gap for ch in ",;:()") or j in signed_at:
            end = j
            break
    stop = doc.lexicon.lemmas_of("treaty_label_stop_words") | doc.lexicon.lemmas_of("clause_openers") | \
        frozenset(doc.lexicon.lemma_table("weekdays"))  # "signed the agreement Tuesday": no day is in a name
    # "угоду з обома країнами щодо ...": the partners told apart are no part of the name
    each = {j for m in doc.lexicon.phrases("treaty_each_partner").matches(doc.lemmas, None, word.end, end)
            if m.start <= word.end + 1 for j in range(m.start, m.end)}
    with_each = bool(each)
    each |= hole
    # "the agreement that launched the Andean Community": a clause of what the document founded is its name
    founding = doc.lexicon.lemmas_of("treaty_founding_verbs")
    end = next((j for j in range(word.end, end) if doc.lemmas[j] & stop and j not in each
                and not (j == word.end and j + 1 < end and doc.lemmas[j + 1] & founding)), end)
    # "чотири спільні документи під час поїздки ...", "during the visit": the occasion is no part of the name
    end = min([end] + [m.start for m in doc.lexicon.phrases("treaty_label_stop_phrases").matches(
        doc.lemmas, None, word.end, end) if m.start >= word.end])
    # "exchanged seven MoUs in the presence of the two leaders": who watched the signing is no part of the name
    end = min([end] + [m.start for m in doc.lexicon.phrases("treaty_label_witness_phrases").matches(
        doc.lemmas, None, word.end, end) if m.start >= word.end])
    # "угоду про X і програму Y": the second document's word ends the first one's name
    coordination = doc.lexicon.words("coordination_words") | doc.lexicon.words("also_words")
    determiners = doc.lexicon.words("determiners")
    starts = {w.start for w in every_word} | {w.start - 1 for w in every_word
                                               if doc.tokens[w.start - 1].norm in determiners}
    end = next((j for j in range(word.end, end) if doc.tokens[j].norm in coordination and j + 1 in starts
                and j not in each), end)
    # "signed ten agreements and attended the opening ceremony", "підписав угоду і відвідав": a verb after "and"
    # begins another act, no part of the name
    end = next((j for j in range(word.end, end - 1) if doc.tokens[j].norm in coordination and j not in each
                and _another_act(ctx, j + 1, end)), end)
    trailing = doc.lexicon.words("treaty_label_trailing_words")
    while end - 1 > word.start and doc.tokens[end - 1].norm in trailing:
        end -= 1  # "deal with Rosneft in (December)": the name does not end on a preposition
    if told_signed is not None:
        # "документов, подписанных в ходе визита Алиева в США": the batch is named by the signing that made it
        end = word.end + 1
        while end < min(s.last, word.end + 16) and not _breaks_before(doc, end):
            end += 1
    opening = word.start
    if batch is not None:
        start = _batch_start(ctx, s, word.start)  # the article's first word may be the count ("16 документов")
        # "підписала контрактні домовленості": the batch's own modifiers open its name
        opening = _adjectives_before(ctx, s, word.start) if start is None else start
    elif span is None:
        opening = _modifiers_before(ctx, s, word.start)  # "a 15-year LNG supply deal", "a peace agreement"
    text = " ".join(doc.span_text(a, b) for a, b in _stretches(opening, end, each))
    label = re.sub(r"[«»\"“”„]", "", text).strip(" ,.;:")
    anaphora = doc.lexicon.phrases("treaty_anaphora_words")
    if len(label.split()) == 1 and any(m.end >= word.start - 1 for m in anaphora.matches(
            doc.lemmas, None, max(s.first, word.start - 3), word.start)):
        return None  # "уклала такий документ", "signed such a document": the document told before
    several = word.start if batch is not None or _object_of_signing(ctx, signed, word.start) else None
    label_en = english_name(ctx, opening, end, plural_at=several, skip=frozenset(each))
    if batch is not None and told_signed is None and label_en:
        occasion = _occasion_before(ctx, s, opening, signing)
        if occasion is not None:
            # "Во время визита X в Y ... подписано 19 документов": a batch has no name but the occasion that made it
            told = english_name(ctx, *occasion)
            if told:
                label_en = f"{label_en} {told[:1].lower() + told[1:]}"
    occasion = _occasion_after(ctx, s, end) if batch is not None and told_signed is None else None
    if occasion is not None and doc.lang == "en":
        # "signed a number of agreements in 2021 as part of a meeting of the joint commission": the occasion names
        # the batch
        label = f"{label} {doc.span_text(*occasion)}"
    elif occasion is not None and label_en and english_name(ctx, *occasion):
        told = english_name(ctx, *occasion) or ""
        label_en = f"{label_en} {told[:1].lower() + told[1:]}"
    if end == word.end:
        # "економічна угода, яка спрощує доступ українських товарів на ринок ОАЕ", "Погоджені документи стосуються
        # медичної сфери ...": a name without its subject takes the subject the clause after it or the next
        # sentence tells (what users search by)
        clause = _subject_clause(ctx, s, end) if batch is None else None
        clause = clause or _subject_told_next(ctx, s, word)
        if clause is not None:
            topic = english_name(ctx, *clause)
            if topic:
                label_en = f"{label_en or label} on {topic[:1].lower() + topic[1:]}"
            elif doc.lang == "en" and clause[1] <= s.last:
                label = f"{label} {doc.span_text(end, clause[1]).lstrip(', ')}"  # ", which eases access to ..."
            elif doc.lang == "en":
                label = f"{label} on {doc.span_text(*clause)}"  # "The documents cover energy and trade"
    named_between = _between(ctx, word.end, end)
    # "signed a deal with Petrobangla and last month a contract was awarded to Technip": a later document's word
    # ends this one's parties
    later = min((w.start for w in words if w.start >= end), default=None)
    # "подписали мирную декларацию, предусматривающую ... коридор с Турцией": who a clause after the name tells of
    # signs nothing
    described = _describing_clause(ctx, s, end)
    later = described if later is None else min(later, described) if described is not None else later
    if passive_verb is not None:
        # "deals ... were finalized, in a sign of India's shift from Russia": the phrase after the passive verb's
        # comma tells of other states
        after = next((k for k in range(passive_verb + 1, s.last) if _breaks_before(doc, k)), None)
        later = after if later is None or after is not None and after < later else later
    stated = [p for p in _parties(ctx, s, skip=(word.end, end), before=later)]  # "меморандум по ...": a topic
    if signed:
        verb = min(m.start for m in signed)
        subjects = list(_parties(ctx, s, skip=(word.end, end), before=verb))
        if len(subjects) >= 2:
            # "India and Russia signed a contract ... despite US sanctions"; "... each with Turkey and the UN"
            with_words = doc.lexicon.words("with_words")
            opener = next((j for j in range(verb, s.last) if doc.tokens[j].norm in with_words), None)
            partners = [m.actor for m in ctx.in_range(opener, s.last) if opener is not None and
                        (ctx.gaz.country_of(m.actor) or m.type == "Organization")] if opener is not None else []
            stated = list(dict.fromkeys(subjects + [ctx.gaz.country_of(a) or a for a in partners]))
    # a line of a list of documents signed names what each is about ("протокол о вступлении Узбекистана в ВТО"):
    # its parties are the list's, unless the line names its own ("between A and B")
    parties = list(named_between or (parties_told if in_list and parties_told else stated))
    if told_in and len(told_in) == len(signed) and len(parties) < 2:
        return None  # "said PM Modi in a joint statement": the sentence names no two sides of it
    multilateral = bool(doc.lemmas[word.end - 1] & doc.lexicon.lemmas_of("treaty_multilateral_words"))
    if multilateral:
        # "Конвенція ООН проти кіберзлочинності", "the UN Convention against Corruption": the body that drafted a
        # convention is no party to it; each state that signs it is, one or many
        drafted = {m.actor for m in ctx.in_range(max(s.first, opening - 2), end) if m.type == "Organization"
                   and not ctx.gaz.country_of(m.actor) and not _company(ctx, m.actor)}
        parties = [p for p in parties if p not in drafted]
    if len(parties) < 2 and not multilateral:
        # "подписанных в ходе визита Алиева в Соединённые Штаты": the state the visit went to is the other side
        places = {"в", "во", "у", "to", "до"}
        for v in doc.lexicon.phrases("visit_nouns").matches(doc.lemmas, None, s.first, s.last):
            for m in ctx.in_range(v.end, min(s.last, v.end + 8)):
                state = ctx.gaz.country_of(m.actor) if m.type == "Country" else None
                before = m.first - 1
                if doc.tokens[before].norm in determiners and before > v.end:
                    before -= 1  # "visit to the United States"
                if state and doc.tokens[before].norm in places and state not in parties:
                    parties.append(state)
                    break
    if len(parties) < 2 and not multilateral:
        # "підписала контракт на постачання кукурудзи у Китай", "a deal to supply gas to China": the state the goods
        # go to is the other side
        supply = doc.lexicon.lemmas_of("treaty_supply_words")
        to_words = {"в", "во", "у", "до", "на", "to", "into"}
        goes = next((j for j in range(word.end, min(s.last, end + 4)) if doc.lemmas[j] & supply), None)
        for m in ctx.in_range(goes + 1, min(s.last, goes + 7)) if goes is not None else []:
            before = m.first - 1
            if doc.tokens[before].norm in determiners and before > goes + 1:
                before -= 1  # "to the United States"
            if any(_breaks_before(doc, k) for k in range(goes + 1, m.first + 1)):
                break  # "постачання кукурудзи, яку виростили у Польщі": a clause of its own
            state = ctx.gaz.country_of(m.actor) if m.type == "Country" else None
            if state and doc.tokens[before].norm in to_words:
                if state not in parties:
                    parties.append(state)
                break
    if len(parties) < 2 and not (multilateral and parties):
        # "за підсумками американсько-північнокорейського саміту сторони підписали угоду": the compound's states
        for _, state in sorted(compound_states(ctx, s)):
            if state not in parties:
                parties.append(state)
    if len(parties) < 2 and not (multilateral and parties):
        # "the Chinese and Pakistani foreign ministers signed ...": two states told by their adjectives
        for state in _paired_adjective_states(ctx, s):
            if state not in parties:
                parties.append(state)
    if len(parties) < 2:
        wanted = _leaders_counted(ctx, s) or 2  # "the three leaders adopted a joint statement"
        mediated = _mediated(ctx, s)
        # "He held talks with the president of Equatorial Guinea. And the countries signed ...": the people of the
        # sentence just before come before the people the article names most
        told = [m.actor for m in ctx.in_range(*_sentence_before(ctx, s)) if m.type == "Person"] \
            if not any(m.type == "Person" for m in ctx.in_range(s.first, s.last)) else []
        for person in [m.actor for m in ctx.in_range(s.first, s.last) if m.type == "Person"
                       and m.first not in mediated] + told + \
                ctx.top_people()[:wanted + 2]:  # a leader's spouse or minister beside him is of his state
            state = ctx.state_of(person)
            if state and state not in parties:
                parties.append(state)
            if len(parties) >= wanted:
                break
        if len(parties) < wanted and (_leaders_counted(ctx, s) or _states_sign(ctx, s, signing)):
            # "the nine agreements between the two countries": the states the article names most
            from collections import Counter

            named = Counter(st for m in ctx.mentions for st in [ctx.gaz.country_of(m.actor)]
                            if st and m.type == "Country")
            for state, _ in sorted(named.items(), key=lambda kv: (-kv[1], kv[0])):
                if len(parties) >= wanted:
                    break
                if state not in parties:
                    parties.append(state)
    if len(parties) < 2 and parties_told:
        parties = list(parties_told)  # a document listed under "four documents were signed by A and B:"
    parties = _states_for_companies(ctx, s, parties, opening, end)
    if len(parties) < 2 and len(label.split()) > 1 and not with_each and not (multilateral and parties):
        return None  # (a bare "the agreement" without parties may still be a known one told again)
    when = _signed(ctx, s) or (PartialDate(year) if year else None)
    if when is None and signing:
        when = _signed(ctx, s, signing)  # "met on Monday and agreed on a memorandum": the day it was agreed
    if when is None and signing and doc.lexicon.phrases("then_words").matches(doc.lemmas, None, s.first, s.last):
        # "Тоді в Києві президенти підписали угоду": the day told just before
        when = ctx.date_told_before(s, within=2, keep=lambda d: ctx.ref is None or d.first_day() <= ctx.ref)
    past = [t for t in find_times(doc, s.first, s.last, ctx.ref)
            # "план до 2030 года" names no signing day
            if ctx.ref is None or not isinstance(t.when, PartialDate) or t.when.first_day() <= ctx.ref]
    if when is None and signing and ctx.ref is not None and not past:
        when = PartialDate(ctx.ref.year, ctx.ref.month)
    from ..iris import digest, slug

    key = "new:" + "-".join(sorted(parties)) + "-" + slug(label, 30) + "-" + digest(label.lower(), size=8)
    return Treaty(key=key, label=label, parties=tuple(sorted(parties)), evidence=(ctx.evidence(s, "treaties"),),
                  signed_on=when, status=_status(ctx, s), label_en=label_en)


def _signing_object(ctx: ArticleContext, s, signing, word) -> bool:  # type: ignore[no-untyped-def]
    """Whether the plural vague document word (`treaty_vague_words`: "documents", "документы") is what the signing
    verb or noun at `signing` acts on: after it, with only its modifiers (adjectives, "cooperation") and the words of
    `treaty_object_links` ("and exchange of", "и") between, in the same clause; not the participle of a document
    told again ("the signed documents", "подписанные документы")."""
    doc = ctx.doc
    if not doc.lemmas[word.end - 1] & doc.lexicon.lemmas_of("treaty_vague_words") or \
            not signing.end <= word.start <= signing.end + 6 or not _plural(ctx, word.start, word.end):
        return False
    if doc.lang == "en":
        if signing.start > s.first and doc.tokens[signing.start - 1].norm in doc.lexicon.words("determiners") \
                and doc.tokens[signing.start].norm.endswith("ed"):
            return False  # "the signed documents"
        opening = _modifiers_before(ctx, s, word.start)
    else:
        if _participle(ctx, signing.start) and not _short_participle(ctx, signing.start):
            return False  # "подписанные документы"
        from ..text.morph import PymorphyLemmatizer, lemmatizer

        lem = lemmatizer(doc.lang)
        opening = word.start
        while opening > signing.end and isinstance(lem, PymorphyLemmatizer) and \
                lem.part_and_case(doc.tokens[opening - 1].norm)[0] == "ADJF":
            opening -= 1
    links = doc.lexicon.lemmas_of("treaty_object_links") | doc.lexicon.lemmas_of("coordination_words")
    return not any(_breaks_before(doc, k) for k in range(signing.end, word.start + 1)) and \
        all(j >= opening or doc.lemmas[j] & links or
            doc.tokens[j].norm in doc.lexicon.words("coordination_words") or
            (doc.lang != "en" and _participle(ctx, j)) for j in range(signing.end, word.start))


def _passive(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the verb at `index` is a past passive: an English participle in -ed after an auxiliary
    (`treaty_ongoing_auxiliaries`; one word of `also_words` or in -ly may stand between: "were also finalized"), a
    Russian or Ukrainian short participle ("оформлены", "підписано"); not "are finalising"."""
    doc = ctx.doc
    if doc.lang != "en":
        return _short_participle(ctx, index)
    if not doc.tokens[index].norm.endswith("ed"):
        return False
    before = index - 1
    if before > s.first and (doc.tokens[before].norm in doc.lexicon.words("also_words")
                             or doc.tokens[before].norm.endswith("ly")):
        before -= 1
    return before >= s.first and doc.tokens[before].norm in doc.lexicon.words("treaty_ongoing_auxiliaries")


def _passive_subject(ctx: ArticleContext, s, word, verb: int, words) -> bool:  # type: ignore[no-untyped-def]
    """Whether the treaty word is the subject of the passive signing verb at `verb` after it, in the same clause
    ("deals worth $3 billion were finalized"), with no other document's word, clause opener or break between (not
    "the deals that were signed", "the deals, which were signed")."""
    doc = ctx.doc
    if not word.end <= verb <= word.end + 10 or not _passive(ctx, s, verb):
        return False
    openers = doc.lexicon.lemmas_of("clause_openers")
    return not any(word.end <= o.start < verb for o in words) and \
        not any(doc.lemmas[j] & openers or _breaks_before(doc, j) for j in range(word.end, verb))


def _scope_follows(ctx: ArticleContext, index: int, last: int) -> bool:
    """Whether what documents are worth (`worth_words`: "worth $3 billion", "на сумму") or the fields they cover (an
    "in" with a word of `treaty_field_words` right after it or after a count: "in 15 areas", "в 12 сферах") begins at
    `index`; not "in Beijing"."""
    doc = ctx.doc
    if any(m.start == index for m in doc.lexicon.phrases("worth_words").matches(doc.lemmas, None, index,
                                                                                 min(last, index + 4))):
        return True
    fields = doc.lexicon.lemmas_of("treaty_field_words")
    if doc.tokens[index].norm not in ("in", "в", "во", "у"):
        return False
    # the field word ends the words that name the fields ("in the energy, mining, and defense sectors")
    for j in range(index + 1, min(last, index + 9)):
        if doc.lemmas[j] & fields:
            return True
        if j > index + 3 and any(ch in doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start] for ch in ";:()"):
            return False
    return False


def _paired_adjective_states(ctx: ArticleContext, s) -> list[str]:  # type: ignore[no-untyped-def]
    """The states of two adjectives joined by a word of coordination ("the Chinese and Pakistani foreign ministers",
    "Indian and Russian officials"): the two sides of the sentence, each told by its adjective, where a word of a side
    or a title follows them (`treaty_side_nouns`, the titles' words), not goods or anything else of theirs."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    adjectives = ctx.gaz.adjectives(doc.lang)

    def state_at(j: int) -> str | None:
        tok = doc.tokens[j]
        forms = frozenset({tok.text, tok.text.lower()}) if doc.lang == "en" else doc.lemmas[j]
        hits = adjectives.longest([forms], None, 0, 1)
        return ctx.gaz.country_of(hits[0].payload.actor) if hits else None

    sides = doc.lexicon.lemmas_of("treaty_side_nouns") | _role_words(doc)
    for j in range(s.first + 1, s.last - 2):
        if doc.tokens[j].norm in coordination and doc.lemmas[j + 2] & sides:  # not "Russian and Uzbek goods"
            pair = [state_at(j - 1), state_at(j + 1)]
            if all(pair) and pair[0] != pair[1]:
                return [p for p in pair if p]
    return []


def _sentence_before(ctx: ArticleContext, s) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The tokens of the sentence before `s` in the same paragraph ((0, 0) at a paragraph's start)."""
    if s.index == 0:
        return 0, 0
    before = ctx.doc.sentences[s.index - 1]
    if "\n" in ctx.doc.article.text[before.end:s.start]:
        return 0, 0
    return before.first, before.last


def _participle(ctx: ArticleContext, index: int) -> bool:
    """Whether the word is a participle ("погоджену за результатами візиту Спільну заяву": the words between it and
    its noun may be more than a verb's)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    # Ukrainian dictionaries tell "погоджений" as an adjective: an adjectival form agrees with its noun all the same
    return isinstance(lem, PymorphyLemmatizer) and lem.part_and_case(ctx.doc.tokens[index].norm)[0] in ("PRTF", "ADJF")


def _counted_batch_beside(ctx: ArticleContext, s, first: Treaty) -> list[Treaty]:  # type: ignore[no-untyped-def]
    """"Drawing attention to the 14 documents signed at the end of the meeting, Erdoğan singled out the trade
    agreement": a counted batch told as signed, beside the document the sentence is about, is a treaty too."""
    doc = ctx.doc
    signed = doc.lexicon.compiled.treaty_signed
    # "signed 11 documents, including a declaration on ...": the batch the named one belongs to, signed before it
    including = {m.start for m in doc.lexicon.phrases("treaty_batch_including").matches(doc.lemmas, None, s.first,
                                                                                        s.last)}
    for w in doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last):
        if w.end >= s.last or not _plural(ctx, w.start, w.end) or _batch_start(ctx, s, w.start) is None:
            continue
        signed_after = any(m.start == w.end for m in signed.matches(doc.lemmas, None, w.end, min(s.last, w.end + 2)))
        signed_before = any(w.start - m.end <= 4 for m in signed.matches(doc.lemmas, None, s.first, w.start))
        if not (signed_after or signed_before and including & {w.end, w.end + 1}):
            continue
        batch = _generic_treaty(ctx, s, span=(w.start, w.end))
        if batch is not None and batch.key != first.key:
            return [batch]
    return []


def _short_participle(ctx: ArticleContext, index: int) -> bool:
    """Whether the word is a short passive participle ("подписано") or the Ukrainian impersonal form in -но, -то
    ("підписано", which the Ukrainian dictionary tells as a verb)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[index].norm
    if not isinstance(lem, PymorphyLemmatizer):
        return False
    part = lem.part_and_case(norm)[0]
    return part == "PRTS" or ctx.doc.lang == "uk" and part == "VERB" and norm.endswith(("но", "то"))


def _verb_form(ctx: ArticleContext, index: int) -> bool:
    """Whether the word is a verb or participle ("initialled", "парафували"), not an adjective ("initial talks")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[index].norm
    if isinstance(lem, PymorphyLemmatizer):
        return lem.part_and_case(norm)[0] in ("VERB", "PRTF", "PRTS", "INFN", "GRND")
    return norm.endswith("ed")


def _another_act(ctx: ArticleContext, index: int, end: int) -> bool:
    """Whether the word after "and" is a finite verb (by morphology in Russian and Ukrainian; in English a past form
    in "-ed" before a determiner: "and opened a border post", not "and related issues")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        return lem.part_and_case(doc.tokens[index].norm)[0] == "VERB"
    return doc.tokens[index].norm.endswith("ed") and not doc.capitalised[index] and index + 1 < end and \
        doc.tokens[index + 1].norm in doc.lexicon.words("determiners")


def _existing_documents(ctx: ArticleContext, s, words) -> list[tuple[PhraseMatch[str], int | None]]:  # type: ignore[no-untyped-def]
    """(marker, year) for each treaty word told as a document already made, with the parties its name lists
    ("between A and B"): a year right before the word ("the 2019 agreement between ...") or a status word of
    being in force, expiring or expired later in its clause ("... entered into force", "... набула чинності"), or a
    word of its being in force before it ("the existing agreement between ...", "действующее соглашение между ...",
    `treaty_existing_words`). A compound adjective of states before the word tells its parties as well
    ("Российско-вьетнамское соглашение ... действует с 2009 года")."""
    doc = ctx.doc
    out: list[tuple[PhraseMatch[str], int | None]] = []
    existing = doc.lexicon.lemmas_of("treaty_existing_words")
    compounds = {int(at) for at, _ in compound_states(ctx, s)} if words else set()
    for w in words:
        if _plural(ctx, w.start, w.end):
            continue
        told = bool(_between(ctx, w.end, s.last) or _owner_and_partner(ctx, s, w))
        if not told and not any(w.start - 3 <= at < w.start for at in compounds):
            continue
        opening = _modifiers_before(ctx, s, w.start)
        if doc.lexicon.phrases("treaty_unmade_heads").matches(doc.lemmas, None, max(s.first, opening - 4), opening):
            continue  # "work on the treaty between Moscow and Tehran was suspended": a text still being made
        if told and any(doc.lemmas[j] & existing for j in range(max(s.first, opening - 2), w.start)):
            out.append((PhraseMatch(w.start - 1, w.start, "existing"), None))
            continue
        year = _year_before(ctx, w.start)
        if year is None and w.end + 1 < s.last and _year_like(doc.tokens[w.end].text) and \
                doc.lemmas[w.end + 1] & doc.lexicon.lemmas_of("year_words"):
            year = int(doc.tokens[w.end].text)  # "соглашение 2019 года между ...", "угода 2019 року між ..."
        if year is not None and (ctx.ref is None or year <= ctx.ref.year):
            out.append((PhraseMatch(w.start - 1, w.start, "existing"), year))
            continue
        _, last = ctx.clause(s, w.end)
        status = [m for m in doc.lexicon.compiled.treaty_status.matches(doc.lemmas, None, w.end, last)
                  if m.payload in ("in_force", "expired", "expiring", "extended", "suspended")]
        if status:
            out.append((PhraseMatch(status[0].start, status[0].end, "existing"), None))
    return out


def _owner_and_partner(ctx: ArticleContext, s, word) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """The two sides of a document told as one side's with the other ("Serbia's gas supply contract with Gazprom",
    "контракт Сербии с Газпромом"): (owner, partner), else None."""
    doc = ctx.doc
    with_words = doc.lexicon.words("with_words")
    starts = {m.first: m for m in ctx.in_range(s.first, s.last) if m.type != "Person"}
    if doc.lang == "en":
        first = _modifiers_before(ctx, s, word.start)
        owner = next((m for m in starts.values() if m.last == first and doc.tokens[m.last - 1].norm.endswith("'s")),
                     None)
        after = word.end
    else:
        owner = starts.get(word.end)
        after = owner.last if owner is not None else word.end
    if owner is None or after >= s.last or doc.tokens[after].norm not in with_words:
        return None
    partner = starts.get(after + 1)
    if partner is None:
        return None
    sides = [ctx.gaz.country_of(m.actor) or m.actor for m in (owner, partner)]
    return (sides[0], sides[1]) if sides[0] != sides[1] else None


def _object_of_signing(ctx: ArticleContext, signed, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the treaty word right after a signing verb may be its plural object ("подписали соглашения")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    tokens = ctx.doc.tokens
    return isinstance(lem, PymorphyLemmatizer) and any(m.end == index for m in signed) and \
        lem.part_and_case(tokens[index - 1].norm)[0] == "VERB" and lem.may_be_plural_object(tokens[index].norm)


def _coordinated(ctx: ArticleContext, s, first: Treaty,  # type: ignore[no-untyped-def]
                 skip: frozenset[int] | set[int] = frozenset(), force: bool = False) -> list[Treaty]:
    """Documents signed together ("угоду про X і програму культурної співпраці"): one treaty each (`force`: in a
    sentence without a signing verb that lists a batch told before)."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words") | doc.lexicon.words("also_words")
    out: list[Treaty] = []
    determiners = doc.lexicon.words("determiners")
    look_alikes = {j for m in doc.lexicon.phrases("treaty_word_look_alikes").matches(doc.lemmas, None, s.first, s.last)
                   for j in range(m.start, m.end)}  # ", according to RIA": no second document
    topic_like = doc.lexicon.lemmas_of("treaty_topic_like_words")
    every_word = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    for w in every_word:
        if w.start in skip or w.start in look_alikes or doc.lemmas[w.end - 1] & topic_like:
            continue  # "документи про енергетику та стратегічне партнерство": a topic, no second document
        before = w.start - 1 if w.start - 1 > s.first and doc.tokens[w.start - 1].norm not in determiners \
            else w.start - 2
        # "Меморандум про X; Декларацію про Y": a semicolon parts the items of a list as a comma does; in English
        # the gap is the one before the article ("on trade, a protocol on ...")
        opener = w.start if before == w.start - 1 else w.start - 1
        comma = opener > s.first and any(ch in doc.article.text[doc.tokens[opener - 1].end:doc.tokens[opener].start]
                                         for ch in ",;")
        if before >= s.first and (doc.tokens[before].norm in coordination or comma) and \
                doc.span_text(w.start, min(s.last, w.end + 3)) not in first.label and not _plural(ctx, w.start, w.end):
            other = _generic_treaty(ctx, s, force=force, span=(w.start, w.end),
                                    parties_told=first.parties if force else ())
            if other is not None and other.key != first.key:
                # "an agreement on X on March 3 and a memorandum on Y on March 4": a date of its own, told after its
                # name and before the next document's, is the day this one was signed
                upto = next((o.start for o in every_word if o.start > w.start), s.last)
                own = _date_between(ctx, w.end, upto)
                out.append(replace(other, parties=other.parties or first.parties,
                                   signed_on=own or other.signed_on))
    return out


def _date_between(ctx: ArticleContext, start: int, end: int) -> PartialDate | None:
    """The first date told between tokens `start` and `end`, none after the article's date."""
    for t in find_times(ctx.doc, start, end, ctx.ref):
        if isinstance(t.when, PartialDate) and start <= t.first < end and \
                (ctx.ref is None or t.when.first_day() <= ctx.ref):
            return t.when
    return None


def _describing_clause(ctx: ArticleContext, s, end: int) -> int | None:  # type: ignore[no-untyped-def]
    """Where a clause that describes the document begins after its name: a comma and then a relative pronoun or a
    participle (", предусматривающую ...", ", яка ...", ", which ..."); None without one."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    relative = doc.lexicon.lemmas_of("relative_pronouns")
    for j in range(max(end, s.first + 1), s.last):
        if "," not in doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start]:
            continue
        if doc.lemmas[j] & relative or isinstance(lem, PymorphyLemmatizer) and \
                lem.part_and_case(doc.tokens[j].norm)[0] == "PRTF":
            signing = doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, j, min(s.last, j + 3))
            if any(m.start == j or m.start == j + 1 and doc.lemmas[j] & relative for m in signing):
                return None  # ", подписанное Россией и Китаем, ...", ", которое подписали ...": who signed it
            return j
        return None  # the first comma after the name opens some other clause
    return None


def _subject_clause(ctx: ArticleContext, s, end: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The words of a relative clause right after a document's name (", яка спрощує доступ ... на ринок ОАЕ",
    ", which eases access to ..."), from the word after its verb to the clause's end; None without one."""
    doc = ctx.doc
    if end >= s.last or "," not in doc.article.text[doc.tokens[end - 1].end:doc.tokens[end].start] or \
            not doc.lemmas[end] & (doc.lexicon.lemmas_of("relative_pronouns") |
                                   doc.lexicon.lemmas_of("treaty_relative_words")):  # "угоди, що дасть ..."
        return None
    last = end + 1
    while last < min(s.last, end + 16) and not _breaks_before(doc, last):
        last += 1
    return (end + 1, last) if last - end >= 3 else None


def _subject_told_next(ctx: ArticleContext, s, word) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The words after a topic verb in one of the next three sentences that opens on the same document word
    ("Погоджені документи стосуються медичної сфери і культури", "The agreements cover energy and trade"); None
    without one."""
    doc = ctx.doc
    kind = doc.lemmas[word.end - 1]
    topic_verbs = doc.lexicon.phrases("treaty_topic_verbs")
    pronouns = doc.lexicon.words("treaty_pronouns")
    for item in doc.sentences[s.index + 1:s.index + 4]:
        again = next((j for j in range(item.first, min(item.last, item.first + 3)) if doc.lemmas[j] & kind), None)
        if again is None and item.index == s.index + 1 and doc.tokens[item.first].norm in pronouns:
            again = item.first  # "Вони стосуються медицини ...": the documents just told
        verbs = topic_verbs.matches(doc.lemmas, None, again + 1, min(item.last, again + 3)) if again is not None else []
        if verbs:
            break
    else:
        return None
    first = verbs[0].end
    last = first
    while last < min(item.last, first + 15) and \
            not any(ch in doc.article.text[doc.tokens[last - 1].end:doc.tokens[last].start] for ch in ";:()"):
        last += 1
    return (first, last) if last > first else None


def _states_sign(ctx: ArticleContext, s, signing) -> bool:  # type: ignore[no-untyped-def]
    """Whether the signers are told as "the countries", "сторони", "страны" right before the signing verb: the
    states the article names most."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    nouns = doc.lexicon.lemmas_of("treaty_signer_nouns")
    lem = lemmatizer(doc.lang)
    for m in signing:
        for j in range(max(s.first, m.start - 3), m.start):
            if not doc.lemmas[j] & nouns:
                continue
            norm = doc.tokens[j].norm
            if not isinstance(lem, PymorphyLemmatizer):
                if norm.endswith("s"):
                    return True
            elif lem.may_be_plural_object(norm) and lem.part_and_case(doc.tokens[m.start].norm)[2] == "plur":
                return True  # "страны подписали", not "президент страны подписал"
    return False


def _leaders_counted(ctx: ArticleContext, s) -> int | None:  # type: ignore[no-untyped-def]
    """How many leaders the sentence counts ("the three leaders", "главы трёх государств")."""
    doc = ctx.doc
    leaders = doc.lexicon.lemmas_of("leader_words")
    both = doc.lexicon.words("treaty_both_words")  # "both countries", "обе страны", "обидві країни": two
    for j in range(s.first, s.last - 1):
        n = 2 if doc.tokens[j].norm in both else number_at(doc, j)
        if n and 2 <= n <= 8 and any(doc.lemmas[k] & leaders for k in range(j + 1, min(s.last, j + 3))):
            return int(n)
    return None


def _between(ctx: ArticleContext, first: int, last: int) -> tuple[str, ...]:
    """Parties the name itself lists ("Угода між «Нафтогазом» та «Газпромом»", "between China and Kazakhstan")."""
    doc = ctx.doc
    between = doc.lexicon.lemmas_of("between_words")
    opener = next((j for j in range(first, last) if doc.lemmas[j] & between), None)
    if opener is None:
        return ()
    # "between the foreign ministries of A and B", "между министерствами иностранных дел A и B": the sides' bodies
    # come first, their states after them
    sides = doc.lexicon.lemmas_of("treaty_side_nouns")
    base = next((j + 1 for j in range(opener + 1, min(last, opener + 4)) if doc.lemmas[j] & sides), opener + 1)
    actors: list[str] = []
    for m in ctx.in_range(opener + 1, min(len(doc.tokens), last + 4)):
        actor = ctx.gaz.country_of(m.actor) or ctx.gaz.state_of_body(m.actor) or \
            (m.actor if m.type == "Organization" else None)  # a ministry signs for its state
        if m.first > base + 4 * len(actors) + 2:
            break
        if m.first >= last and any(_breaks_before(doc, k) for k in range(max(last, opener + 2), m.first + 1)):
            break  # "... между Арменией и Азербайджаном, совместное заявление в ОБСЕ": another phrase's
        if actor and actor not in actors:
            actors.append(actor)
    return tuple(sorted(actors)) if len(actors) >= 2 else ()


def _between_list(ctx: ArticleContext, first: int, last: int) -> set[int]:
    """The first tokens of the parties a "between A and B" in [first, last) lists after the first one (a
    coordination word right before each), where it lists two or more."""
    doc = ctx.doc
    between = doc.lexicon.lemmas_of("between_words")
    coordination = doc.lexicon.words("coordination_words")
    opener = next((j for j in range(first, last) if doc.lemmas[j] & between), None)
    if opener is None or len(_between(ctx, opener, last)) < 2:
        return set()
    return {m.first for m in ctx.in_range(opener + 1, last) if m.first > opener + 1
            and doc.tokens[m.first - 1].norm in coordination}


def _year_before(ctx: ArticleContext, index: int) -> int | None:
    """A year written just before a treaty's name ("the 2002 Treaty of ...")."""
    for j in (index - 1, index - 2):
        if j >= 0:
            text = ctx.doc.tokens[j].text
            if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
                return int(text)
    return None


def _signing_denied(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """"не підписавши угоду про надра", "left without signing": a signing that did not happen."""
    doc = ctx.doc
    negation = {"не", "not", "never", "ні", "without", "без"}
    return any(any(doc.tokens[j].norm in negation for j in range(max(s.first, m.start - 2), m.start))
               for m in doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, s.first, s.last))


def _modal_before(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a modal word (`treaty_modal_words`, the irrealis words) stands just before the verb at `index` ("we
    can reach a deal", "могут достичь соглашения"): a document hoped for, not one made."""
    doc = ctx.doc
    window = max(s.first, index - 2)
    modal = doc.lexicon.phrases("treaty_modal_words").matches(doc.lemmas, None, window, index)
    irrealis = [x for x in doc.lexicon.compiled.irrealis.matches(doc.lemmas, None, window, index)
                if x.start == s.first or not doc.capitalised[x.start]]
    return bool(modal or irrealis)


def _aim(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the verb at `index` is an aim, an infinitive (in English after its marker, `treaty_aim_markers`:
    "efforts to reach an agreement", "agreed to reach a deal"), not a success (`treaty_aim_successes`: "managed to
    reach a deal")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    before = index - 1
    successes = doc.lexicon.lemmas_of("treaty_aim_successes")
    lem = lemmatizer(doc.lang)
    if doc.lang != "en" and isinstance(lem, PymorphyLemmatizer):
        # "договорились достичь партнёрства", "чтобы достичь соглашения", "прагнуть досягти угоди": the infinitive is
        # the aim (not "удалось достичь соглашения", "змогли досягти угоди")
        return lem.is_infinitive(doc.tokens[index].norm) and \
            not any(doc.lemmas[j] & successes for j in range(max(s.first, index - 2), index))
    return before > s.first and doc.tokens[before].norm in doc.lexicon.words("treaty_aim_markers") \
        and not doc.lemmas[before - 1] & doc.lexicon.lemmas_of("treaty_aim_successes")


def _signing_negated(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    negation = {"не", "not", "never", "ні"}
    irrealis = doc.lexicon.compiled.irrealis
    lem = lemmatizer(doc.lang)
    planned = doc.lexicon.phrases("treaty_planned_words")
    # "documents to be signed today", "будет подписан", "будуть підписані": a passive signing still to come (word forms:
    # the lemma "быть" is the past "был" too)
    future_passive = [p.split() for p in doc.lexicon.get("treaty_future_passive", [])]
    if ctx.yes_no_question(s):
        return True  # "Did the two sides sign the deal?", "Подписали ли стороны соглашение?": asked, not told
    blocked = doc.lexicon.phrases("treaty_signing_blocked_words")
    signing_nouns = doc.lexicon.lemmas_of("treaty_signing_nouns")
    agreed_to = doc.lexicon.phrases("treaty_agreed_to_words")
    topic = doc.lexicon.words("treaty_topic_preps")
    words = doc.lexicon.compiled.treaty_words.longest(doc.lemmas, None, s.first, s.last)
    exchanged = [m for key in ("treaty_exchanged_words", "treaty_concluded_words")
                 for m, _ in _exchanges(ctx, s, words, key=key)] if words else []
    for m in [*doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, s.first, s.last), *exchanged]:
        if blocked.matches(doc.lemmas, None, max(s.first, m.start - 4), m.start):
            return True  # "refused to sign", "postponed the signing", "отказались подписать", "спростували підписання"
        if any(p.end == m.start or p.end == m.start - 1 and doc.tokens[p.end].norm in topic
               for p in agreed_to.matches(doc.lemmas, None, max(s.first, m.start - 3), m.start)):
            return True  # "договорились подписать", "домовилися про підписання": a signing agreed on, still to come
        if doc.lemmas[m.start] & signing_nouns and blocked.matches(doc.lemmas, None, m.end, min(s.last, m.end + 12)):
            return True  # "the signing of the agreement was postponed", "подписание соглашения перенесено"
        if doc.lemmas[m.start] & signing_nouns and any(
                not any(_breaks_before(doc, k) for k in range(m.end, p.start + 1))
                for p in planned.matches(doc.lemmas, None, m.end, min(s.last, m.end + 8))):
            return True  # "підписання документів не планується", "the signing of documents is expected next week"
        if any(doc.tokens[j].norm in negation for j in range(max(s.first, m.start - 3), m.start)):
            return True
        if _signing_purpose(ctx, s, m.start) and not any(
                o.start < m.start for o in doc.lexicon.compiled.treaty_signed.matches(doc.lemmas, None, s.first,
                                                                                       s.last)):
            return True  # "is in Paris to sign", "прибув для підписання", "приехал, чтобы подписать": still to come
        if any([t.norm for t in doc.tokens[j - len(aux):j]] == aux for aux in future_passive
               for j in (m.start, m.start - 1) if j - len(aux) >= s.first):
            return True  # (one adverb may stand between: "to be formally signed", "будет официально подписан")
        if _intent_between(ctx, s, m.end, words):
            return True  # "announced plans to negotiate a trade agreement", "объявили о планах начать переговоры о
            # соглашении": what is announced is an intention or talks, not the document
        if any(p.end >= m.start - 3 for p in planned.matches(doc.lemmas, None, max(s.first, m.start - 6), m.start)):
            return True  # "are set to sign", "are also expected to witness the signing", "должны подписать"
        if isinstance(lem, PymorphyLemmatizer) and lem.is_future_verb(doc.tokens[m.start].norm):
            return True  # "подпишут соглашение", "підпишуть угоду": a signing to come, as "will sign"
        if doc.lemmas[m.start] & signing_nouns and _future_verb_before(ctx, s, m.start):
            return True  # "приведёт к подписанию договора", "will lead to the signing": the verb's tense is its
        if any(x.start == s.first or not doc.capitalised[x.start]  # "Ли Цян подписал" is a name, not "ли"
               for x in irrealis.matches(doc.lemmas, None, max(s.first, m.start - 3), m.start)):
            return True  # "соглашение может быть подписано", "a deal could be signed next week"
    return False


def _signing_purpose(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the signing word at `index` is the purpose of a trip or a stay (`treaty_signing_purpose_words` right
    before it: "is in Paris to sign", "arrived in order to sign", "перебуває у Парижі для підписання", "прибыл,
    чтобы подписать"), not a success ("managed to sign", `treaty_aim_successes`). In English only the bare
    infinitive counts ("to sign", not "to signing")."""
    doc = ctx.doc
    purpose = [p for p in doc.lexicon.phrases("treaty_signing_purpose_words").matches(
        doc.lemmas, None, max(s.first, index - 3), index) if p.end == index]
    if not purpose:
        return False
    if doc.lang == "en" and doc.tokens[index].norm not in doc.lexicon.lemmas_of("treaty_signing_verbs_bare"):
        return False
    successes = doc.lexicon.lemmas_of("treaty_aim_successes")
    agreed = doc.lexicon.phrases("treaty_agreed_to_words")
    first = min(p.start for p in purpose)
    if doc.lang == "en" and first > s.first and doc.tokens[first - 1].norm in doc.lexicon.words("copula_words"):
        return False  # "we are to sign a declaration today": a signing set for the day, told as the others
    return not any(doc.lemmas[j] & successes for j in range(max(s.first, first - 2), first)) and \
        not agreed.matches(doc.lemmas, None, max(s.first, first - 3), first + 1)


def _intent_between(ctx: ArticleContext, s, start: int, words) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word of intention or of talks still going on (`treaty_intent_words`, `treaty_unmade_heads`:
    "plans to negotiate", "intention to start talks on", "намерение", "плани розпочати переговори щодо") stands
    right after a signing word ending at `start` (within four words) and before the first treaty word after it in
    the same clause."""
    doc = ctx.doc
    intents = [m for key in ("treaty_intent_words", "treaty_unmade_heads")
               for m in doc.lexicon.phrases(key).matches(doc.lemmas, None, start, min(s.last, start + 6))
               if m.start < start + 4]
    # a word of intention that is itself a treaty word ("signed a plan of action", "подписали план консультаций")
    # is the document only when nothing follows it as a verb's object ("планы начать переговоры о соглашении")
    intents = [i for i in intents if not any(i.start <= w.start < i.end for w in words)
               or doc.lexicon.phrases("treaty_intent_words").matches(doc.lemmas, None, i.end, min(s.last, i.end + 3))
               or doc.lexicon.phrases("treaty_unmade_heads").matches(doc.lemmas, None, i.end, min(s.last, i.end + 3))]
    after = [w for w in words if w.start >= start and not any(i.start <= w.start < i.end for i in intents)]
    if not after:
        return False
    first = min(w.start for w in after)
    if first - start > 20 or any(_breaks_before(doc, j) for j in range(start + 1, first + 1)):
        return False
    return any(i.end <= first for i in intents)


def _future_verb_before(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb in the future (a future auxiliary, `future_aux`, or a verb every reading of which is future:
    "приведёт", "призведе") governs the noun at `index` from at most four words before it in the same clause
    ("приведёт к подписанию", "will lead to the signing"; not "привело к подписанию")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    aux = doc.lexicon.words("future_aux")
    for j in range(index - 1, max(s.first, index - 4) - 1, -1):
        if _breaks_before(doc, j + 1):
            return False
        norm = doc.tokens[j].norm
        if norm in aux or isinstance(lem, PymorphyLemmatizer) and lem.is_surely_future_verb(norm):
            return True
    return False


def _verbal(ctx: ArticleContext, s, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the treaty word at `start` is told as unwritten (`treaty_verbal_words`: "a verbal agreement", "устная
    договорённость", "усна домовленість"), an understanding, or as a text still to sign (`treaty_draft_nouns`: "agreed
    the draft agreement", "согласовали текст соглашения", "схвалили проєкт угоди"): no document signed."""
    doc = ctx.doc
    verbal = doc.lexicon.lemmas_of("treaty_verbal_words") | doc.lexicon.lemmas_of("treaty_draft_nouns")
    return any(doc.lemmas[j] & verbal for j in range(max(s.first, start - 2), start))


def _plural(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether the treaty word is in the plural ("agreements", "соглашения", "угоди"); a phrase is as its
    head word ("лист про наміри" is one letter, "joint statement" one statement)."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    head = ctx.doc.lexicon.lemmas_of("treaty_words")
    token = ctx.doc.tokens[end - 1] if ctx.doc.lemmas[end - 1] & head or end - start == 1 else ctx.doc.tokens[start]
    lem = lemmatizer(ctx.doc.lang)
    if isinstance(lem, PymorphyLemmatizer):
        # "четыре новых документа": after two, three or four the noun stands in the genitive singular
        counted = any(2 <= (number_at(ctx.doc, j) or 0) <= 4 for j in range(max(0, start - 2), start)) and \
            lem.part_and_case(token.norm)[1] == "gent"
        return counted or lem.is_plural_only(token.norm)
    if token.norm in ctx.doc.lexicon.get("treaty_word_singulars", {}):
        return True  # "memoranda"
    return token.norm.endswith("s") and not token.norm.endswith("ss")


def _signed(ctx: ArticleContext, s, verbs=None) -> PartialDate | None:  # type: ignore[no-untyped-def]
    """An explicit signing date, or one derived from an anniversary ("25 лет со дня подписания"); `verbs` are the
    words the date is told nearest to (by default the sentence's signing verbs)."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    signed = verbs if verbs is not None else comp.treaty_signed.matches(doc.lemmas, None, s.first, s.last)
    if not signed:
        return None
    markers = doc.lexicon.phrases("anniversary_markers")
    anniversary = _anniversary_years(ctx, s) if markers.matches(doc.lemmas, None, s.first, s.last) else None
    times = [t for t in find_times(doc, s.first, s.last, ctx.ref) if isinstance(t.when, PartialDate)]
    anchor = signed[0].start
    times.sort(key=lambda t: (abs(t.first - anchor) + (0 if t.first >= anchor else 2), t.first))
    if anniversary is not None and ctx.ref is not None:
        month = next((t.when.month for t in times if t.when.month), None)  # type: ignore[union-attr]
        year = ctx.ref.year - anniversary
        return PartialDate(year, month)
    for t in times:
        if ctx.ref is None or t.when.first_day() <= (ctx.ref or date.max):  # type: ignore[union-attr]
            return t.when  # type: ignore[return-value]
    return None


def _anniversary_years(ctx: ArticleContext, s) -> int | None:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    words = doc.lexicon.lemmas_of("anniversary_words")
    for i in range(s.first, s.last - 1):
        n = number_at(doc, i)
        if n and 1 <= n <= 200 and doc.lemmas[i + 1] & words and not doc.tokens[i].text.startswith(("19", "20")) \
                or (n and 1 <= n <= 200 and len(doc.tokens[i].text) <= 3 and doc.lemmas[i + 1] & words):
            return int(n)
    return None


def _status(ctx: ArticleContext, s) -> str | None:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    found = doc.lexicon.compiled.treaty_status.longest(doc.lemmas, None, s.first, s.last)
    if not found:
        return None
    # "expires" and "expired" share a lemma: the status whose list holds the very word the text writes wins
    surface = doc.span_text(found[0].start, found[0].end).lower()
    exact = [status for status, words in doc.lexicon.get("treaty_status", {}).items() if surface in words]
    return exact[0] if len(exact) == 1 else str(found[0].payload)
