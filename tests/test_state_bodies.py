"""State bodies as actors: a word for the body (ministry, central or national bank, national assembly, security
council) with its state named by an adjective before it, a genitive or "of X" after it, or "X's" before it gives
one node per real body, named in English as "Ministry of Defence of Romania", whatever the language or case.
Without a state there is no node; a minister is a person, not the ministry; a government or parliament only
described by its state ("the Polish government") is no named body. Sentences are invented; each table has near
misses that must not change."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, facts

from kg.gazetteer import load_gazetteer

D = date(2025, 5, 1)

BODIES = [
    # (language, text, actors that must be found, actors that must not)
    # ministries: adjective before the word for the body
    ("ru", "Об этом сообщило румынское Министерство обороны.", {"mod-romania"}, set()),
    ("uk", "Про це заявило польське міністерство фінансів.", {"mof-poland"}, set()),
    ("en", "The Hungarian Energy Ministry confirmed the deliveries.", {"energy-ministry-hungary"}, set()),
    ("en", "The Brazilian finance ministry said on Monday the deal stood.", {"mof-brazil"}, set()),
    # the state after it, in any case ("Министерством экономики Казахстана")
    ("ru", "Соглашение подписано Министерством экономики Казахстана и партнёрами.", {"economy-ministry-kazakhstan"},
     set()),
    ("ru", "Представитель Минобороны Китая заявил о манёврах.", {"mod-china"}, set()),
    ("uk", "Угоду схвалило Міністерство енергетики Азербайджану.", {"energy-ministry-azerbaijan"}, set()),
    ("uk", "У Міноборони Литви повідомили про навчання.", {"mod-lithuania"}, set()),
    ("en", "The Ministry of Defence of Estonia published the figures.", {"mod-estonia"}, set()),
    ("en", "Officials at the Ministry of Trade of Indonesia welcomed the talks.", {"trade-ministry-indonesia"},
     set()),
    # "X's" before it
    ("en", "Serbia's defence ministry denied the report.", {"mod-serbia"}, set()),
    # the body of the state the gazetteer lists on its own: the same node as its own entry
    ("ru", "Российское Министерство обороны опубликовало заявление.", {"mod-russia"}, set()),
    ("en", "Kazakhstan's foreign ministry summoned the envoy.", {"mfa-kazakhstan"}, set()),
    # central banks, governments, parliaments, security councils
    ("ru", "Центробанк Армении сохранил ставку.", {"central-bank-armenia"}, set()),
    ("en", "Turkey's central bank raised its key rate.", {"central-bank-turkey"}, set()),
    ("uk", "Центральний банк Грузії підвищив ставку.", {"central-bank-georgia"}, set()),
    ("ru", "Банк России сохранил ключевую ставку.", {"central-bank-russia"}, set()),
    ("en", "The Chinese central bank cut its rate.", {"pboc"}, {"central-bank-china"}),
    ("uk", "Резервний банк Індії знизив ставку.", {"reserve-bank-india"}, set()),
    ("uk", "Нацбанк підвищив облікову ставку, повідомив НБУ.", {"national-bank-ukraine"}, set()),
    ("ru", "Сейм Польши одобрил закон.", {"sejm-poland"}, set()),
    ("en", "The National Assembly of Serbia ratified the agreement.", {"national-assembly-serbia"}, set()),
    ("uk", "Про це заявив голова Національних зборів Вірменії.", {"national-assembly-armenia"}, set()),
    ("ru", "Совет безопасности Армении собрался на заседание.", {"security-council-armenia"}, set()),
    ("uk", "Рада безпеки Казахстану провела засідання.", {"security-council-kazakhstan"}, set()),
    # the body of a state that has its own entry keeps that entry
    ("ru", "Правительство Украины утвердило план.", {"cabinet-ukraine"}, {"government-ukraine"}),
    ("en", "Ukraine's Verkhovna Rada voted for the law.", {"verkhovna-rada"}, set()),
    ("en", "The Russian Security Council met on Friday.", {"security-council-russia"}, {"unsc"}),
    # near misses: no state named, a minister rather than the ministry, several ministries, the UN's council
    ("en", "The ministry said the talks would go on.", set(), {"mod-", "mfa-", "mof-"}),
    ("ru", "В министерстве обороны отказались от комментариев.", set(), {"mod-"}),
    ("ru", "Министр обороны Румынии прибыл в Киев.", set(), {"mod-romania"}),
    ("uk", "Міністр фінансів Польщі виступив на форумі.", set(), {"mof-poland"}),
    ("en", "The Estonian defence minister met his counterparts.", set(), {"mod-estonia"}),
    ("en", "Russian and Chinese defence ministries held talks.", set(), {"mod-russia", "mod-china"}),
    # a longer name that goes on after the field is another body ("Ministry of Trade and Integration")
    ("en", "Kazakhstan's Ministry of Trade and Integration said exports grew.", {"kazakhstan"}, {"trade-ministry-"}),
    ("ru", "Узбекское Министерство экономики и финансов сообщило о росте.", set(), {"economy-ministry-"}),
    ("ru", "Российское Минобороны и Генштаб опровергли сообщения.", {"mod-russia"}, set()),
    ("en", "The Ministry of Defence of Estonia and the Foreign Ministry of Latvia agreed.",
     {"mod-estonia", "mfa-latvia"}, set()),
    ("en", "The UN Security Council met on Friday.", {"unsc"}, {"security-council-"}),
    ("ru", "Совет Безопасности ООН провёл заседание.", {"unsc"}, {"security-council-"}),
    # an exchange-rate widget names no bank; the bank in a sentence does
    ("uk", "• НБУ:USD 41,55\n• НБУ:EUR 43,25\nЛідери зустрілися в Києві.", {"kyiv"}, {"national-bank-ukraine"}),
    ("uk", "НБУ підвищив облікову ставку до 15,5%.", {"national-bank-ukraine"}, set()),
    ("en", "Government bonds fell in Poland.", set(), {"government-"}),
    # a government or parliament described by its state is the state's, not a named body
    ("en", "The Polish government approved the plan.", set(), {"government-", "parliament-"}),
    ("ru", "Правительство Сербии одобрило проект.", set(), {"government-", "parliament-"}),
    ("uk", "Уряд Словаччини схвалив угоду.", set(), {"government-", "parliament-"}),
    ("en", "The Georgian parliament approved the bill.", set(), {"government-", "parliament-"}),
    ("ru", "Парламент Молдавии ратифицировал соглашение.", set(), {"government-", "parliament-"}),
]


def _found(lang: str, text: str) -> set[str]:
    return actors(facts(text, lang, D))


@pytest.mark.parametrize("lang,text,present,absent", BODIES)
def test_a_state_body_is_named_by_its_word_and_its_state(lang, text, present, absent):
    found = _found(lang, text)
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k == a or (a.endswith("-") and k.startswith(a))}, found


SAME_BODY = [
    # one node whatever the language and case
    [("ru", "Министерство обороны Сербии выступило с заявлением."),
     ("uk", "Міністерство оборони Сербії виступило із заявою."),
     ("en", "Serbia's Defence Ministry issued a statement."),
     ("en", "The Serbian Ministry of Defense issued a statement.")],
    [("ru", "Об этом говорится в сообщении Центрального банка Турции."),
     ("uk", "Про це йдеться у повідомленні Центробанку Туреччини."),
     ("en", "The Central Bank of Turkey said so in a statement.")],
]


@pytest.mark.parametrize("wordings", SAME_BODY)
def test_one_body_is_one_node_in_every_language(wordings):
    keys = [{k for k in _found(lang, text) if "-" in k and gaz_type(k) == "Organization"} for lang, text in wordings]
    assert all(k == keys[0] and len(k) == 1 for k in keys), keys


def gaz_type(key: str) -> str | None:
    actor = load_gazetteer().actor(key)
    return actor.type if actor else None


ENGLISH_NAMES = [
    ("mod-romania", "Ministry of Defence of Romania"),
    ("mof-poland", "Ministry of Finance of Poland"),
    ("economy-ministry-kazakhstan", "Ministry of Economy of Kazakhstan"),
    ("energy-ministry-hungary", "Ministry of Energy of Hungary"),
    ("trade-ministry-indonesia", "Ministry of Trade of Indonesia"),
    ("central-bank-turkey", "Central Bank of Turkey"),
    ("national-assembly-serbia", "National Assembly of Serbia"),
    ("security-council-armenia", "Security Council of Armenia"),
    ("mfa-romania", "Ministry of Foreign Affairs of Romania"),
]


@pytest.mark.parametrize("key,label", ENGLISH_NAMES)
def test_a_state_body_is_named_in_english_after_its_state(key, label):
    actor = load_gazetteer().actor(key)
    assert actor is not None and actor.label_en == label and actor.qid is None



MINISTERS = [
    # (language, text, actors that must be found, actors that must not): a minister the gazetteer does not know,
    # named after his title, is a person; the ministry in his title is no mention of the ministry
    ("en", "Minister of Energy of Azerbaijan Kamran Huseynli signed the memorandum.", {"new:kamran-huseynli"}, set()),
    ("en", "Serbian Finance Minister Marko Petrovic arrived in Vienna.", {"new:marko-petrovic"}, {"mof-serbia"}),
    ("en", "Minister for Finance Ahmed Khalid briefed reporters in Islamabad.", {"new:ahmed-khalid"}, set()),
    ("ru", "Министр экономики Казахстана Айдар Бекенов провёл брифинг.", {"new:aydar-bekenov"}, set()),
    ("ru", "Соглашение подписал министр торговли Индонезии Будиман Сантосо.", {"new:budiman-santoso"}, set()),
    ("uk", "Угоду підписав міністр енергетики Тарас Коваль.", {"new:taras-koval"}, set()),
    ("uk", "Міністр фінансів Польщі Анджей Ковальський виступив на форумі.", {"new:andzhei-kovalskyi"}, set()),
    # a deputy is named too, as himself
    ("en", "Deputy Energy Minister of Uzbekistan Azim Rakhimov attended.", {"new:azim-rakhimov"}, set()),
    # and the counterpart of a minister is a minister, not the other state's leader
    ("en", "Serbian Finance Minister Marko Petrovic met his Hungarian counterpart in Budapest.", {"hungary"},
     {"viktor-orban", "tamas-sulyok"}),
    # the gazetteer's minister by the article's date, whatever the title's wording
    ("ru", "Министр финансов России заявил о дефиците бюджета.", {"anton-siluanov", "russia"}, set()),
    ("en", "The US Treasury Secretary said the tariffs would stay.", {"scott-bessent", "united-states"},
     {"us-treasury"}),
    ("en", "The energy secretary of the United States visited Warsaw.", {"chris-wright"}, set()),
    ("en", "Russian Finance Minister Anton Siluanov met his Chinese counterpart.", {"anton-siluanov", "china"},
     {"xi-jinping"}),
    # near misses: a former minister is not the minister; the Treasury itself is no secretary
    ("ru", "Бывший министр энергетики России выступил на форуме.", {"russia"}, {"alexander-novak"}),
    ("en", "The US Treasury said the tariffs would stay.", {"us-treasury"}, {"scott-bessent"}),
    # near misses: the title alone, with no name, is no one
    ("en", "The energy minister of Azerbaijan will attend.", set(), {"new:"}),
    ("ru", "Министр финансов Сербии выступит завтра.", set(), {"new:"}),
    ("en", "Finance Minister Says Budget Will Grow.", set(), {"new:"}),
    ("ru", "Министр финансов выступит завтра в Москве.", {"moscow"}, {"new:"}),
]


@pytest.mark.parametrize("lang,text,present,absent", MINISTERS)
def test_a_minister_outside_the_gazetteer_is_named_after_his_title(lang, text, present, absent):
    found = _found(lang, text)
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k == a or (a.endswith(":") and k.startswith(a))}, found


OUTLETS = [
    # (language, text, actors that must be found, actors that must not): an outlet the gazetteer lacks, named after
    # a word for an outlet as the source of the news, is an organisation
    ("uk", "Про це повідомляє агенція «Укрпрес», посилаючись на джерела.", {"new:ukrpres"}, set()),
    ("en", "The talks went well, the newspaper Kathimerini reported on Monday.", {"new:kathimerini"}, set()),
    ("en", "According to the Turkish news agency Ihlas, the talks went well.", {"new:ihlas"}, set()),
    ("ru", "Как сообщил телеканал «Хабар 24», переговоры прошли.", {"new:khabar-24"}, set()),
    # near misses: the word alone, and a photo credit, name no outlet
    ("en", "The agency said the talks went well.", set(), {"new:"}),
    ("ru", "Фото: агентство «Москва»\nПереговоры прошли в Кремле.", set(), {"new:", "moscow"}),
]


@pytest.mark.parametrize("lang,text,present,absent", OUTLETS)
def test_an_outlet_outside_the_gazetteer_is_named_after_a_word_for_an_outlet(lang, text, present, absent):
    found = _found(lang, text)
    assert present <= found, (present - found, found)
    assert not {k for k in found for a in absent if k == a or (a.endswith(":") and k.startswith(a))}, found
