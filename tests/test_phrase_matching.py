"""The phrase matcher (kg/text/phrases.py): phrases found in any inflected form, word for word and in order; a
document's index (a lemma trie walked once per document) answers what the plain scan of each range answers."""
from __future__ import annotations

import pytest

from kg.text.morph import lemmatizer
from kg.text.phrases import INDEX_FROM_TOKENS, PhraseMatch, PhraseSet, phrase_set
from kg.text.tokens import tokenize


def _lemmas(lang: str, text: str) -> tuple[list[frozenset[str]], list[bool]]:
    lem = lemmatizer(lang)
    tokens = tokenize(text)
    return [lem.lemmas(t.norm) for t in tokens], [t.text[:1].isupper() for t in tokens]


def _words(lang: str, text: str, m: PhraseMatch) -> str:  # type: ignore[type-arg]
    return " ".join(t.text for t in tokenize(text)[m.start:m.end])


@pytest.mark.parametrize(("lang", "word"), [("ru", "разговор"), ("uk", "розмова"), ("en", "call")])
def test_longest_takes_the_preferred_payload_of_one_span(lang: str, word: str) -> None:
    ps = phrase_set(lang, [(word, "generic"), (word, "phone")], {"phone": 0, "generic": 1})
    lemmas, _ = _lemmas(lang, word)
    assert [m.payload for m in ps.longest(lemmas)] == ["phone"]
    assert [m.payload for m in ps.longest(lemmas * INDEX_FROM_TOKENS)] == ["phone"] * INDEX_FROM_TOKENS


# (language, phrase, text, the words matched; none for a near miss)
FOUND = [
    ("ru", "телефонный разговор", "Лидеры провели телефонный разговор.", ["телефонный разговор"]),
    ("ru", "телефонный разговор", "После телефонного разговора лидеры ...", ["телефонного разговора"]),
    ("ru", "телефонный разговор", "Телефонные переговоры прошли вчера.", []),  # another noun
    ("ru", "телефонный разговор", "Разговор был телефонный.", []),  # the words out of order
    ("uk", "телефонна розмова", "Відбулася телефонна розмова президентів.", ["телефонна розмова"]),
    ("uk", "телефонна розмова", "Під час телефонної розмови лідери ...", ["телефонної розмови"]),
    ("uk", "телефонна розмова", "Телефонна лінія і розмова ...", []),  # a word between
    ("en", "phone call", "The leaders held a phone call.", ["phone call"]),
    ("en", "phone call", "After two phone calls they agreed.", ["phone calls"]),
    ("en", "phone call", "The phone was never called.", []),
    ("en", "foreign ministry", "the Foreign Ministry said", ["Foreign Ministry"]),
    ("en", "foreign ministry", "a foreign policy ministry", []),
]


@pytest.mark.parametrize(("lang", "phrase", "text", "expected"), FOUND, ids=[f"{r[0]}-{r[2][:24]}" for r in FOUND])
def test_phrase_is_found_in_any_inflected_form_word_for_word(lang: str, phrase: str, text: str,
                                                             expected: list[str]) -> None:
    ps = phrase_set(lang, [(phrase, "hit")])
    lemmas, _ = _lemmas(lang, text)
    assert [_words(lang, text, m) for m in ps.matches(lemmas)] == expected


# (language, phrases, text, the longest non-overlapping matches)
LONGEST = [
    ("en", ["ministry", "foreign ministry", "foreign ministry spokesperson"],
     "the foreign ministry spokesperson said the ministry", ["foreign ministry spokesperson", "ministry"]),
    ("en", ["foreign minister", "minister"], "the foreign ministers met", ["foreign ministers"]),
    ("ru", ["министерство", "министерство иностранных дел"], "министерства иностранных дел России",
     ["министерства иностранных дел"]),
    ("ru", ["министерство", "министерство иностранных дел"], "министерства внутренних дел", ["министерства"]),
    ("uk", ["міністр", "міністр закордонних справ"], "міністра закордонних справ України",
     ["міністра закордонних справ"]),
    ("uk", ["міністр", "міністр закордонних справ"], "міністра юстиції та закордонних справ", ["міністра"]),
]


@pytest.mark.parametrize(("lang", "phrases", "text", "expected"), LONGEST, ids=[f"{r[0]}-{r[2][:24]}" for r in LONGEST])
def test_longest_prefers_the_longest_phrase_then_the_earliest(lang: str, phrases: list[str], text: str,
                                                              expected: list[str]) -> None:
    ps = phrase_set(lang, [(p, p) for p in phrases])
    lemmas, _ = _lemmas(lang, text)
    assert [_words(lang, text, m) for m in ps.longest(lemmas)] == expected


# (language, name, text, whether the capitalised name matches): a case-sensitive phrase needs its capitals
CAPITALS = [
    ("en", "White House", "a statement from the White House on Monday", True),
    ("en", "White House", "a small white house on the hill", False),
    ("en", "White House", "a small White house on the hill", False),  # every capital of the name counts
    ("ru", "Белый дом", "заявили в Белом доме в понедельник", True),
    ("ru", "Белый дом", "построили белый дом у реки", False),
    ("uk", "Білий дім", "заявили в Білому домі в понеділок", True),
    ("uk", "Білий дім", "побудували білий дім біля річки", False),
]


@pytest.mark.parametrize(("lang", "name", "text", "found"), CAPITALS, ids=[f"{r[0]}-{r[2][:24]}" for r in CAPITALS])
def test_case_sensitive_phrase_matches_only_where_written_with_capitals(lang: str, name: str, text: str,
                                                                        found: bool) -> None:
    ps: PhraseSet[str] = PhraseSet(lang)
    ps.add(name, "place", case_sensitive=True)
    lemmas, capitals = _lemmas(lang, text)
    long_lemmas, long_capitals = lemmas * INDEX_FROM_TOKENS, capitals * INDEX_FROM_TOKENS  # indexed as well
    assert bool(ps.matches(lemmas, capitals)) is found
    assert bool(ps.matches(long_lemmas, long_capitals)) is found
    assert ps.matches(lemmas, None), "without capitals to check, the words alone decide"


def _long_document(lang: str) -> tuple[list[frozenset[str]], list[bool]]:
    texts = {
        "en": "The Ministry of Foreign Affairs of Russia and the Foreign Ministry of China said that the foreign "
              "ministers held a phone call; the ministry of foreign trade and the ministry did not. Foreign "
              "Minister Wang Yi and foreign minister Lavrov spoke by phone, a call of the Ministry of Foreign "
              "Affairs of the Russian Federation.",
        "ru": "Министерство иностранных дел России и МИД Китая сообщили, что министры иностранных дел провели "
              "телефонный разговор; министерство внешней торговли и министерство нет. Министр иностранных дел "
              "Ван И и министр Лавров поговорили по телефону, сообщило министерство иностранных дел Российской "
              "Федерации.",
        "uk": "Міністерство закордонних справ України та МЗС Китаю повідомили, що міністри закордонних справ "
              "провели телефонну розмову; міністерство зовнішньої торгівлі і міністерство ні. Міністр "
              "закордонних справ Ван І та міністр Лавров поговорили телефоном, повідомило міністерство "
              "закордонних справ Російської Федерації.",
    }
    lemmas, capitals = _lemmas(lang, texts[lang])
    assert len(lemmas) >= INDEX_FROM_TOKENS, "the document must be long enough to be indexed"
    return lemmas, capitals


# phrases sharing their first words, as the gazetteer's ministries do: the trie must keep every branch apart
SHARED_PREFIXES = {
    "en": ["Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of China",
           "Ministry of Foreign Affairs of the Russian Federation", "Ministry of Foreign Trade", "ministry",
           "Foreign Ministry of China", "foreign minister", "phone call", "call", "Russian Federation"],
    "ru": ["Министерство иностранных дел России", "Министерство иностранных дел Китая",
           "Министерство иностранных дел Российской Федерации", "министерство внешней торговли", "министерство",
           "МИД Китая", "министр иностранных дел", "телефонный разговор", "разговор", "Российская Федерация"],
    "uk": ["Міністерство закордонних справ України", "Міністерство закордонних справ Китаю",
           "Міністерство закордонних справ Російської Федерації", "міністерство зовнішньої торгівлі",
           "міністерство", "МЗС Китаю", "міністр закордонних справ", "телефонна розмова", "розмова",
           "Російська Федерація"],
}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
@pytest.mark.parametrize("case_sensitive", [False, True])
def test_indexed_answers_equal_the_plain_scan_of_every_range(lang: str, case_sensitive: bool) -> None:
    ps: PhraseSet[str] = PhraseSet(lang, {"ministry": 0, "call": 1})
    for phrase in SHARED_PREFIXES[lang]:
        ps.add(phrase, phrase.lower().split()[0] if len(phrase.split()) == 1 else phrase, case_sensitive)
        if len(phrase.split()) == 1:  # one span, two payloads: the preference, not the payload's name, decides
            ps.add(phrase, "a " + phrase, case_sensitive)
    lemmas, capitals = _long_document(lang)
    assert ps.matches(lemmas), "the document must hold some of the phrases"
    for capitalised in (None, capitals):
        for start in range(0, len(lemmas) + 1, 3):
            for end in range(start, len(lemmas) + 1, 5):
                assert ps.matches(lemmas, capitalised, start, end) == ps._matches(lemmas, capitalised, start, end)
                assert [m.exact for m in ps.matches(lemmas, capitalised, start, end)] == \
                    [m.exact for m in ps._matches(lemmas, capitalised, start, end)]
                assert ps.longest(lemmas, capitalised, start, end) == ps._longest(lemmas, capitalised, start, end)


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_phrase_added_after_a_question_is_found_by_the_next_one(lang: str) -> None:
    lemmas, _ = _long_document(lang)
    ps: PhraseSet[str] = PhraseSet(lang)
    ps.add(SHARED_PREFIXES[lang][7], "call")  # the phone-call phrase
    before = ps.matches(lemmas)
    ps.add(SHARED_PREFIXES[lang][4], "ministry")
    after = ps.matches(lemmas)
    assert len(after) > len(before)
    assert after == ps._matches(lemmas, None, 0, len(lemmas))


def test_one_document_asked_with_and_without_capitals_gets_each_answer() -> None:
    lemmas, capitals = _long_document("en")
    ps: PhraseSet[str] = PhraseSet("en")
    ps.add("White House", "place", case_sensitive=True)
    ps.add("Foreign Minister", "minister", case_sensitive=True)
    plain = ps._matches(lemmas, None, 0, len(lemmas))
    written = ps._matches(lemmas, capitals, 0, len(lemmas))
    assert len(written) < len(plain), "the lower-case 'foreign minister' must not match with capitals"
    for _ in range(2):  # in turn, as the extractors ask
        assert ps.matches(lemmas, None) == plain
        assert ps.matches(lemmas, capitals) == written


def test_phrase_matcher_is_still_importable_from_the_lexicon() -> None:
    from kg import lexicon
    from kg.text import phrases

    assert lexicon.PhraseSet is phrases.PhraseSet and lexicon.PhraseMatch is phrases.PhraseMatch


# (name, text, words of the name matched by a dictionary form): a name the dictionary does not inflect matches
# by its crude stem ("Тяньцзине" -> тяньцзин), and the match says so (exact 0), indexed or not
EXACT = [
    ("Тяньцзинь", "саммит в Тяньцзинь", 1),
    ("Тяньцзинь", "саммит в Тяньцзине", 0),
    ("Тяньцзинь", "саммит в Тяньцзиньске", None),  # another word that begins with the name
]


@pytest.mark.parametrize(("name", "text", "exact"), EXACT, ids=[r[1] for r in EXACT])
def test_match_counts_the_words_matched_by_a_dictionary_form(name: str, text: str, exact: int | None) -> None:
    from kg.lexicon import load_lexicon
    from kg.text.morph import stems

    endings = tuple(load_lexicon("ru")["case_endings"])
    ps: PhraseSet[str] = PhraseSet("ru", case_endings=endings)
    ps.add(name, "city", case_sensitive=True)
    lemmas, capitals = _lemmas("ru", text)
    tokens = tokenize(text)
    lemmas = [forms | stems(t.norm, endings) if cap else forms for forms, t, cap in zip(lemmas, tokens, capitals)]
    for words, caps in ((lemmas, capitals), (lemmas * INDEX_FROM_TOKENS, capitals * INDEX_FROM_TOKENS)):
        found = ps.matches(words, caps)
        assert [m.exact for m in found] == ([exact] * (len(words) // len(lemmas)) if exact is not None else [])
