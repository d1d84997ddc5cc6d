"""Invitation wordings: the many ways outlets tell who invited whom where, in ru, uk and en, with near misses.

The sentences are invented; they cover general news wording (verbs, nouns, passive, thanks, acceptance, "at the
invitation of", a state or side as the inviter), not any one article's phrasing.
"""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts

REF = date(2026, 2, 3)

# (lang, text, inviter, invitee, destination, accepted); None for inviter/destination means "not checked"
WORDINGS = [
    # en: verbs
    ("en", "Modi invited Putin to visit India next year.", "narendra-modi", "vladimir-putin", "india", None),
    ("en", "Erdogan invited Putin to attend the summit in Istanbul.", "recep-tayyip-erdogan", "vladimir-putin",
     "istanbul", None),
    ("en", "Lula invited Xi Jinping to take part in the summit in Brazil.", "luiz-inacio-lula-da-silva",
     "xi-jinping", "brazil", None),
    ("en", "Macron invited Modi to the forum in Paris.", "emmanuel-macron", "narendra-modi", "paris", None),
    ("en", "Putin asked Modi to attend the summit in Moscow.", "vladimir-putin", "narendra-modi", "moscow", None),
    ("en", "Xi Jinping proposed that Lula visit China in the spring.", "xi-jinping", "luiz-inacio-lula-da-silva",
     "china", None),
    # en: nouns
    ("en", "Erdogan extended an invitation to Putin to visit Turkey.", "recep-tayyip-erdogan", "vladimir-putin",
     "turkey", None),
    ("en", "Macron conveyed an invitation to Modi to visit France.", "emmanuel-macron", "narendra-modi", "france",
     None),
    ("en", "Lukashenko handed over an invitation to Putin to visit Minsk.", "alexander-lukashenko", "vladimir-putin",
     "minsk", None),
    ("en", "Modi reiterated his invitation to Putin to visit India.", "narendra-modi", "vladimir-putin", "india",
     None),
    # en: thanks, acceptance, passive, "at the invitation of"
    ("en", "Modi thanked Putin for the invitation to visit Russia.", "vladimir-putin", "narendra-modi", "russia",
     None),
    ("en", "Putin accepted Modi's invitation to visit India.", "narendra-modi", "vladimir-putin", "india", True),
    ("en", "Putin declined Erdogan's invitation to visit Turkey.", "recep-tayyip-erdogan", "vladimir-putin",
     "turkey", False),
    ("en", "Modi turned down Xi Jinping's invitation to visit China.", "xi-jinping", "narendra-modi", "china",
     False),
    ("en", "Lula received an invitation from Xi Jinping to visit China.", "xi-jinping", "luiz-inacio-lula-da-silva",
     "china", None),
    ("en", "Tokayev has been invited to visit China.", None, "kassym-jomart-tokayev", "china", None),
    ("en", "Tokayev is expected in Beijing at the invitation of Xi Jinping.", "xi-jinping",
     "kassym-jomart-tokayev", "beijing", None),
    ("en", "Modi will visit Russia at the invitation of Putin.", "vladimir-putin", "narendra-modi", "russia", None),
    # en: a state invites
    ("en", "China invited Lula to visit Beijing.", "china", "luiz-inacio-lula-da-silva", "beijing", None),
    ("en", "Putin asked Modi to come to Moscow in May.", "vladimir-putin", "narendra-modi", "moscow", None),
    ("en", "Putin was invited by Modi to visit India.", "narendra-modi", "vladimir-putin", "india", None),
    ("en", "Invited by Xi Jinping, Tokayev will visit Beijing.", "xi-jinping", "kassym-jomart-tokayev", "beijing",
     None),
    ("en", "Putin handed Modi an invitation to visit Moscow.", "vladimir-putin", "narendra-modi", "moscow", None),
    ("en", "Modi sent Putin an invitation to visit India.", "narendra-modi", "vladimir-putin", "india", None),
    ("en", "Xi Jinping accepted an invitation from Lula to visit Brazil.", "luiz-inacio-lula-da-silva",
     "xi-jinping", "brazil", True),
    ("en", "Lula said he had invited Xi Jinping to visit Brazil.", "luiz-inacio-lula-da-silva", "xi-jinping",
     "brazil", None),
    ("en", "Tokayev arrived in Beijing on an invitation from Xi Jinping.", "xi-jinping", "kassym-jomart-tokayev",
     "beijing", None),
    ("en", "The Chinese side invited Lukashenko to visit Beijing.", "china", "alexander-lukashenko", "beijing", None),
    ("en", "Xi Jinping said China welcomes Lula to visit.", "xi-jinping", "luiz-inacio-lula-da-silva", "china", None),
    # ru
    ("ru", "Моди пригласил Путина посетить Индию.", "narendra-modi", "vladimir-putin", "india", None),
    ("ru", "Эрдоган пригласил Путина принять участие в саммите в Стамбуле.", "recep-tayyip-erdogan",
     "vladimir-putin", "istanbul", None),
    ("ru", "Макрон пригласил Моди на форум в Париже.", "emmanuel-macron", "narendra-modi", "paris", None),
    ("ru", "Си Цзиньпин предложил Лукашенко посетить Китай.", "xi-jinping", "alexander-lukashenko", "china", None),
    ("ru", "Лукашенко передал Путину приглашение посетить Минск.", "alexander-lukashenko", "vladimir-putin",
     "minsk", None),
    ("ru", "Эрдоган направил Путину приглашение посетить Турцию.", "recep-tayyip-erdogan", "vladimir-putin",
     "turkey", None),
    ("ru", "Моди вручил Путину приглашение посетить Индию.", "narendra-modi", "vladimir-putin", "india", None),
    ("ru", "Моди поблагодарил Путина за приглашение посетить Россию.", "vladimir-putin", "narendra-modi",
     "russia", None),
    ("ru", "Путин принял приглашение Моди посетить Индию.", "narendra-modi", "vladimir-putin", "india", True),
    ("ru", "Путин отклонил приглашение Эрдогана посетить Турцию.", "recep-tayyip-erdogan", "vladimir-putin",
     "turkey", False),
    ("ru", "Токаев получил приглашение Си Цзиньпина посетить Китай.", "xi-jinping", "kassym-jomart-tokayev",
     "china", None),
    ("ru", "Токаев приглашен посетить Китай.", None, "kassym-jomart-tokayev", "china", None),
    ("ru", "Токаев посетит Китай по приглашению Си Цзиньпина.", "xi-jinping", "kassym-jomart-tokayev", "china",
     None),
    ("ru", "Китай пригласил Лукашенко посетить Пекин.", "china", "alexander-lukashenko", "beijing", None),
    ("ru", "Лукашенко попросил Путина приехать в Минск.", "alexander-lukashenko", "vladimir-putin", "minsk", None),
    ("ru", "Лукашенко озвучил приглашение Путину посетить Минск.", "alexander-lukashenko", "vladimir-putin",
     "minsk", None),
    ("ru", "Путина пригласили посетить Индию.", None, "vladimir-putin", "india", None),
    ("ru", "Путин позвал Моди в Москву.", "vladimir-putin", "narendra-modi", "moscow", None),
    ("ru", "Токаев прибыл в Пекин по приглашению Си Цзиньпина.", "xi-jinping", "kassym-jomart-tokayev", "beijing",
     None),
    ("ru", "Моди выразил благодарность Путину за приглашение посетить Россию.", "vladimir-putin", "narendra-modi",
     "russia", None),
    ("ru", "Китайская сторона пригласила Лукашенко посетить Пекин.", "china", "alexander-lukashenko", "beijing",
     None),
    ("ru", "Путин пригласил Моди принять участие в саммите в Москве.", "vladimir-putin", "narendra-modi", "moscow",
     None),
    ("ru", "Путин согласился посетить Индию.", None, "vladimir-putin", "india", True),
    # uk
    ("uk", "Моді запросив Путіна відвідати Індію.", "narendra-modi", "vladimir-putin", "india", None),
    ("uk", "Ердоган запросив Путіна взяти участь у саміті в Стамбулі.", "recep-tayyip-erdogan", "vladimir-putin",
     "istanbul", None),
    ("uk", "Макрон запросив Моді на форум у Парижі.", "emmanuel-macron", "narendra-modi", "paris", None),
    ("uk", "Сі Цзіньпін запропонував Лукашенку відвідати Китай.", "xi-jinping", "alexander-lukashenko", "china",
     None),
    ("uk", "Лукашенко передав Путіну запрошення відвідати Мінськ.", "alexander-lukashenko", "vladimir-putin",
     "minsk", None),
    ("uk", "Моді подякував Путіну за запрошення відвідати Росію.", "vladimir-putin", "narendra-modi", "russia",
     None),
    ("uk", "Путін прийняв запрошення Моді відвідати Індію.", "narendra-modi", "vladimir-putin", "india", True),
    ("uk", "Путін відхилив запрошення Ердогана відвідати Туреччину.", "recep-tayyip-erdogan", "vladimir-putin",
     "turkey", False),
    ("uk", "Токаєв отримав запрошення від Сі Цзіньпіна відвідати Китай.", "xi-jinping", "kassym-jomart-tokayev",
     "china", None),
    ("uk", "Токаєв відвідає Китай на запрошення Сі Цзіньпіна.", "xi-jinping", "kassym-jomart-tokayev", "china",
     None),
    ("uk", "Українська сторона запросила Макрона відвідати Київ.", "ukraine", "emmanuel-macron", "kyiv", None),
    ("uk", "Лукашенко попросив Путіна приїхати до Мінська.", "alexander-lukashenko", "vladimir-putin", "minsk",
     None),
    ("uk", "Моді озвучив запрошення Зеленському відвідати Індію.", "narendra-modi", "volodymyr-zelenskyy", "india",
     None),
    ("uk", "Путіна запросили відвідати Індію.", None, "vladimir-putin", "india", None),
    ("uk", "Моді направив Путіну запрошення відвідати Індію.", "narendra-modi", "vladimir-putin", "india", None),
    ("uk", "Ердоган вручив Путіну запрошення відвідати Туреччину.", "recep-tayyip-erdogan", "vladimir-putin",
     "turkey", None),
    ("uk", "Токаєв прибув до Пекіна на запрошення Сі Цзіньпіна.", "xi-jinping", "kassym-jomart-tokayev", "beijing",
     None),
    ("uk", "Моді висловив вдячність Путіну за запрошення відвідати Росію.", "vladimir-putin", "narendra-modi",
     "russia", None),
    ("uk", "Китайська сторона запросила Лукашенка відвідати Пекін.", "china", "alexander-lukashenko", "beijing",
     None),
    ("uk", "Путін запросив Моді прийняти участь у саміті в Москві.", "vladimir-putin", "narendra-modi", "moscow",
     None),
    ("uk", "Путін погодився відвідати Індію.", None, "vladimir-putin", "india", True),
    ("uk", "Путін запросив Моді до Росії.", "vladimir-putin", "narendra-modi", "russia", None),
]


@pytest.mark.parametrize("lang,text,inviter,invitee,destination,accepted", WORDINGS)
def test_invitation_wording_names_inviter_invitee_destination(lang, text, inviter, invitee, destination, accepted):
    found = facts(text, lang, REF).invitations
    assert len(found) == 1, found
    inv = found[0]
    assert inv.invitee.startswith(invitee)
    if inviter:
        assert inv.inviter == inviter
    if destination:
        assert inv.destination == destination
    assert inv.accepted == accepted


NEAR_MISSES = [
    ("en", "Putin invited journalists to a press conference in Moscow."),
    ("en", "The ministry invited comments on the draft law."),
    ("en", "Modi and Putin plan to meet in New Delhi next month."),
    ("en", "Modi welcomed the invitation of Russian companies to invest in India."),
    ("en", "Xi Jinping invited Lula to join the initiative."),
    ("ru", "Путин пригласил журналистов на пресс-конференцию в Москве."),
    ("ru", "Китай призвал к диалогу и направил приглашение к диалогу."),
    ("ru", "Моди и Путин планируют встретиться в Нью-Дели."),
    ("ru", "Си Цзиньпин пригласил Казахстан присоединиться к инициативе."),
    ("uk", "Путін запросив журналістів на пресконференцію в Москві."),
    ("uk", "Моді та Путін планують зустрітися в Нью-Делі."),
    ("uk", "Сі Цзіньпін запросив Казахстан долучитися до ініціативи."),
    ("en", "Modi declined to comment."),
    ("en", "Putin asked Modi about the talks in Moscow."),
    ("en", "Xi Jinping proposed that the two sides sign a trade deal."),
    ("en", "Xi Jinping invited Modi to dialogue."),
    ("en", "Putin invited reporters to ask questions."),
    ("en", "Putin asked Modi to come to the negotiating table."),
    ("en", "Putin welcomed Modi to the Kremlin."),
    ("ru", "Путин пригласил Моди к диалогу."),
    ("ru", "Моди предложил Путину провести переговоры."),
    ("ru", "Лукашенко предложил Путину подписать соглашение."),
    ("ru", "Путин отклонил предложение обсудить поправки после визита."),
    ("ru", "Путин принял участие в саммите в Индии."),
    ("uk", "Зеленський запросив Моді до діалогу."),
    ("uk", "Моді запропонував Путіну провести переговори."),
    ("uk", "Моді відхилив поправки після візиту."),
    ("uk", "Путін взяв участь у саміті в Індії."),
]


@pytest.mark.parametrize("lang,text", NEAR_MISSES)
def test_invitation_near_miss_gives_no_invitation(lang, text):
    assert facts(text, lang, REF).invitations == ()
