"""Cyrillic -> Latin transliteration for labels of actors that are not in the gazetteer."""
from __future__ import annotations

_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "",
}

_UK = {"г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i", "х": "kh", "ю": "iu", "я": "ia"}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def name_to_latin(word: str, lang: str) -> str:
    """A Cyrillic name in the national romanisation: Ukrainian (KMU 2010) or Russian (BGN-like)."""
    lower = word.lower().replace("’", "'").replace("ʼ", "'")
    out = []
    for i, ch in enumerate(lower):
        if lang == "uk":
            latin = _UK_INITIAL.get(ch) if i == 0 else None
            latin = latin if latin is not None else _UK.get(ch, _TABLE.get(ch, ch))
        else:
            latin = _TABLE.get(ch, ch)
            if ch == "и" and lower[i + 1:] == "й":
                latin = ""  # "Дмитрий" -> Dmitry
            if ch == "я" and i > 0 and lower[i - 1] == "и" and i == len(lower) - 1:
                latin = "a"  # "Мусалия", "Ксения": -ia, as English labels write it (Musalia, Ksenia)
            if ch == "е" and (i == 0 or lower[i - 1] in "аеёиоуыэюяьъ"):
                latin = "ye"
            if ch == "є" and i > 0 and lower[i - 1] not in "аеєиіїоуюяь'":
                latin = "e"  # a Russian name in Ukrainian spelling ("Пєсков"): the Russian "е"
            if ch == "і" and lower[i + 1:] == "й":
                latin = ""  # a Russian name in Ukrainian spelling ("Юрій"): as "Юрий", Yury
        out.append(latin)
    result = "".join(out)
    return result[:1].upper() + result[1:]


def to_latin(text: str) -> str:
    """Cyrillic letters in Latin ones, the capital kept (Chinese names: `kg.lexicon.chinese_name_in_pinyin`)."""
    result = "".join(_TABLE.get(ch, ch) for ch in text.lower())
    return result[:1].upper() + result[1:] if text[:1].isupper() else result


# Letters that romanisations of one Arabic (or Korean, Persian...) name swap between them: "Nahyan",
# "Нахайян", "Нагаян"; "Mohamed", "Мухаммад"; "Thani", "Тани"; "Zayed", "Заїд".
_SKELETON_DIGRAPHS = (("kh", "h"), ("gh", "h"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ts", "c"), ("g", "h"),
                      ("q", "k"), ("x", "ks"))
_SKELETON_VOWELS = frozenset("aeiouyjw'’ʼ-")


def without_diacritics(text: str) -> str:
    """The text with its letters' accents dropped ("Erdoğan" -> "Erdogan", "Nicolás" -> "Nicolas")."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def name_skeleton(word: str) -> str:
    """A name word's consonants in Latin letters, with the letters romanisations disagree on levelled: vowels,
    й/y/w, soft signs and doubled letters dropped, kh/gh/g = h, th = t, a final h dropped ("Abdullah",
    "Абдалла" -> bdl). Two spellings of one name word have one skeleton; unrelated names rarely do."""
    latin = without_diacritics(to_latin(word.lower().replace("ё", "е")))
    for pair, single in _SKELETON_DIGRAPHS:
        latin = latin.replace(pair, single)
    consonants = [ch for ch in latin if ch.isalpha() and ch not in _SKELETON_VOWELS]
    out = "".join(ch for i, ch in enumerate(consonants) if i == 0 or ch != consonants[i - 1])
    return out[:-1] if out.endswith("h") and len(out) > 2 else out
