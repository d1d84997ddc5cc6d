"""The many ways outlets tell one invitation, in Russian, Ukrainian and English: the verb or the noun, active or
passive, extended, conveyed, renewed, accepted, declined, thanked for, "at the invitation of", a visit agreed or
announced, an invitation to a summit; the actor as a name, a title, a state or a capital, a pronoun, the fact
inside a clause, two facts in one sentence. And the near misses that must give none: the plan told in the past,
the denial, the question, the invitation withdrawn, the invitation to do something else."""
from __future__ import annotations

import pytest
from helpers import facts

PUTIN, XI, MODI, LULA = "vladimir-putin", "xi-jinping", "narendra-modi", "luiz-inacio-lula-da-silva"
ZELENSKYY, MACRON = "volodymyr-zelenskyy", "emmanuel-macron"

# (lang, text, inviter, guest, destination)
WORDINGS = [
    # the verb, active, the host as a name, a title, a state, a capital
    ("en", "Chinese President Xi Jinping invited Vladimir Putin to visit Beijing.", XI, PUTIN, "beijing"),
    ("en", "The Chinese president invited Vladimir Putin to visit China.", XI, PUTIN, "china"),
    ("en", "China invited Russian President Vladimir Putin to visit Beijing next year.", "china", PUTIN, "beijing"),
    ("en", "Beijing invited Russian President Vladimir Putin to visit China.", "china", PUTIN, "china"),
    ("ru", "Председатель КНР Си Цзиньпин пригласил Владимира Путина посетить Пекин.", XI, PUTIN, "beijing"),
    ("ru", "Председатель КНР пригласил российского президента посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Китай пригласил президента России Владимира Путина посетить Пекин.", "china", PUTIN, "beijing"),
    ("ru", "Пекин пригласил Владимира Путина посетить Китай.", "china", PUTIN, "china"),
    ("uk", "Голова КНР Сі Цзіньпін запросив Володимира Путіна відвідати Пекін.", XI, PUTIN, "beijing"),
    ("uk", "Китай запросив президента Росії Володимира Путіна відвідати Пекін.", "china", PUTIN, "beijing"),
    ("uk", "Париж запросив Володимира Зеленського відвідати Францію.", "france", ZELENSKYY, "france"),
    # the passive, with and without the host
    ("en", "Vladimir Putin was invited by Xi Jinping to pay a state visit to China.", XI, PUTIN, "china"),
    ("en", "Russian President Vladimir Putin has been invited to visit China, officials said.", None, PUTIN, "china"),
    ("ru", "Президент России Владимир Путин был приглашен Си Цзиньпином посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Владимир Путин приглашен посетить Китай.", None, PUTIN, "china"),
    ("uk", "Президент України Володимир Зеленський був запрошений Еммануелем Макроном відвідати Францію.",
     MACRON, ZELENSKYY, "france"),
    ("uk", "Володимира Зеленського запрошено відвідати Францію.", None, ZELENSKYY, "france"),
    # the noun: extended, sent, conveyed, renewed, confirmed, held
    ("en", "Xi Jinping extended an invitation to Vladimir Putin to visit China.", XI, PUTIN, "china"),
    ("en", "Wang Yi conveyed Xi Jinping's invitation to Vladimir Putin to visit China.", XI, PUTIN, "china"),
    ("en", "Xi Jinping renewed his invitation to Vladimir Putin to visit China.", XI, PUTIN, "china"),
    ("en", "Putin has an invitation from Xi Jinping to visit China.", XI, PUTIN, "china"),
    ("ru", "Си Цзиньпин направил Владимиру Путину приглашение посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Си Цзиньпин вновь пригласил Владимира Путина посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Си Цзиньпин подтвердил приглашение Владимиру Путину посетить Китай.", XI, PUTIN, "china"),
    ("uk", "Еммануель Макрон надіслав Володимиру Зеленському запрошення відвідати Францію.",
     MACRON, ZELENSKYY, "france"),
    ("uk", "Міністр передав Володимиру Зеленському запрошення Еммануеля Макрона відвідати Францію.",
     MACRON, ZELENSKYY, "france"),
    ("uk", "Еммануель Макрон знову запросив Володимира Зеленського відвідати Францію.", MACRON, ZELENSKYY, "france"),
    # thanked for
    ("en", "Vladimir Putin thanked Xi Jinping for the invitation to visit China.", XI, PUTIN, "china"),
    ("ru", "Владимир Путин поблагодарил Си Цзиньпина за приглашение посетить Китай.", XI, PUTIN, "china"),
    ("uk", "Володимир Зеленський подякував Еммануелю Макрону за запрошення відвідати Францію.",
     MACRON, ZELENSKYY, "france"),
    # at the invitation of, before or after the visit
    ("en", "Vladimir Putin will visit China at the invitation of Xi Jinping.", XI, PUTIN, "china"),
    ("en", "At the invitation of Chinese President Xi Jinping, Russian President Vladimir Putin will pay a state "
           "visit to China from May 7 to 9.", XI, PUTIN, "china"),
    ("ru", "По приглашению Председателя КНР Си Цзиньпина Владимир Путин посетит Китай с государственным визитом.",
     XI, PUTIN, "china"),
    ("ru", "Владимир Путин посетит Китай по приглашению Си Цзиньпина.", XI, PUTIN, "china"),
    ("uk", "На запрошення Еммануеля Макрона Володимир Зеленський відвідає Францію.", MACRON, ZELENSKYY, "france"),
    # inside a reported clause
    ("en", "The Kremlin said that Xi Jinping had invited Vladimir Putin to visit China.", XI, PUTIN, "china"),
    ("ru", "В Кремле сообщили, что Си Цзиньпин пригласил Владимира Путина посетить Китай.", XI, PUTIN, "china"),
    ("uk", "В Офісі президента повідомили, що Еммануель Макрон запросив Володимира Зеленського відвідати Францію.",
     MACRON, ZELENSKYY, "france"),
    # inside a relative clause: the one it tells of invites, or is invited
    ("en", "Xi Jinping, who last year invited Putin to visit China, said the talks were productive.", XI, PUTIN,
     "china"),
    ("ru", "Си Цзиньпин, который пригласил Путина посетить Китай, заявил, что переговоры были продуктивными.",
     XI, PUTIN, "china"),
    ("ru", "Путин, которого пригласил Си Цзиньпин, посетит Китай.", XI, PUTIN, "china"),
    ("uk", "Макрон, який запросив Зеленського відвідати Францію, заявив, що переговори були продуктивними.",
     MACRON, ZELENSKYY, "france"),
    ("uk", "Зеленський, якого запросив Макрон, відвідає Францію.", MACRON, ZELENSKYY, "france"),
    # to a summit
    ("en", "Brazilian President Luiz Inacio Lula da Silva invited Narendra Modi to the BRICS summit in Rio de "
           "Janeiro.", LULA, MODI, "rio-de-janeiro"),
    ("en", "Narendra Modi has been invited to attend the G7 summit in Canada.", None, MODI, "canada"),
    ("ru", "Лула да Силва пригласил Нарендру Моди на саммит БРИКС в Рио-де-Жанейро.", LULA, MODI, "rio-de-janeiro"),
    ("uk", "Зеленського запросили на саміт G7 у Канаді.", None, ZELENSKYY, "canada"),
    # one of a group invited
    ("en", "Narendra Modi is one of the leaders invited to the BRICS summit in Brazil.", None, MODI, "brazil"),
    ("en", "Putin was among those invited by Xi Jinping to the summit in China.", XI, PUTIN, "china"),
    ("ru", "Нарендра Моди входит в число лидеров, приглашенных на саммит БРИКС в Бразилии.", None, MODI, "brazil"),
    ("uk", "Зеленський серед лідерів, запрошених на саміт G7 у Канаді.", None, ZELENSKYY, "canada"),
    ("en", "Xi Jinping, among others, invited Russian President Vladimir Putin to visit China.", XI, PUTIN, "china"),
    # a visit agreed or announced: the host's leader named in the sentence invites, else the host state
    ("en", "Vladimir Putin and Xi Jinping agreed that Putin will visit China in May.", XI, PUTIN, "china"),
    ("en", "The Kremlin announced that Vladimir Putin will visit China in May.", "china", PUTIN, "china"),
    ("en", "Vladimir Putin will travel to China next week.", "china", PUTIN, "china"),
    ("ru", "Владимир Путин и Си Цзиньпин договорились, что Путин посетит Китай в мае.", XI, PUTIN, "china"),
    ("ru", "В Кремле объявили, что Владимир Путин посетит Китай в мае.", "china", PUTIN, "china"),
    ("ru", "Ожидается, что Владимир Путин посетит Китай в мае.", "china", PUTIN, "china"),
    ("uk", "Зеленський і Макрон домовилися, що Зеленський відвідає Францію у травні.", MACRON, ZELENSKYY, "france"),
    ("uk", "В Офісі президента оголосили, що Володимир Зеленський відвідає Францію у травні.",
     "france", ZELENSKYY, "france"),
    # a visit to come, whatever the tense and aspect: the guest travels, heads, goes
    ("en", "Vladimir Putin is going to visit China in May.", "china", PUTIN, "china"),
    ("en", "Vladimir Putin will be visiting China in May.", "china", PUTIN, "china"),
    ("en", "Vladimir Putin is to pay a state visit to China in May.", "china", PUTIN, "china"),
    ("en", "Vladimir Putin will head to China next week.", "china", PUTIN, "china"),
    ("en", "Vladimir Putin will make his first visit to China in May.", "china", PUTIN, "china"),
    ("en", "Vladimir Putin will make a trip to China in May.", "china", PUTIN, "china"),
    ("ru", "Владимир Путин отправится в Китай в мае.", "china", PUTIN, "china"),
    ("ru", "Владимир Путин поедет в Китай в мае.", "china", PUTIN, "china"),
    ("ru", "Владимир Путин совершит поездку в Китай в мае.", "china", PUTIN, "china"),
    ("uk", "Володимир Зеленський вирушить до Франції у травні.", "france", ZELENSKYY, "france"),
    ("uk", "Володимир Зеленський поїде до Франції у травні.", "france", ZELENSKYY, "france"),
    ("uk", "Володимир Зеленський здійснить поїздку до Франції у травні.", "france", ZELENSKYY, "france"),
    # the host awaits the guest
    ("en", "Xi Jinping said he looked forward to welcoming Vladimir Putin in Beijing.", XI, PUTIN, "beijing"),
]

# (lang, text, inviter, guest, destination, accepted)
ANSWERS = [
    ("en", "Vladimir Putin accepted Xi Jinping's invitation to visit China.", XI, PUTIN, "china", True),
    ("en", "Vladimir Putin declined Xi Jinping's invitation to visit China.", XI, PUTIN, "china", False),
    ("en", "Vladimir Putin gladly accepted the invitation to visit China.", None, PUTIN, "china", True),
    ("ru", "Владимир Путин принял приглашение Си Цзиньпина посетить Китай.", XI, PUTIN, "china", True),
    ("ru", "Владимир Путин отклонил приглашение Си Цзиньпина посетить Китай.", XI, PUTIN, "china", False),
    ("uk", "Володимир Зеленський прийняв запрошення Еммануеля Макрона відвідати Францію.",
     MACRON, ZELENSKYY, "france", True),
    ("uk", "Володимир Зеленський відхилив запрошення Еммануеля Макрона відвідати Францію.",
     MACRON, ZELENSKYY, "france", False),
    # the answer in the passive: the one after "by" answers
    ("en", "The invitation of Xi Jinping to visit China was accepted by Vladimir Putin.", XI, PUTIN, "china", True),
    ("en", "Xi Jinping's invitation to visit China was declined by Vladimir Putin.", XI, PUTIN, "china", False),
    # accepting said otherwise: took up, responded to, agreed with the answer, made use of
    ("en", "Putin took up the invitation to visit China.", None, PUTIN, "china", True),
    ("en", "Putin responded positively to Xi's invitation to visit China.", XI, PUTIN, "china", True),
    ("ru", "Путин ответил согласием на приглашение посетить Китай.", None, PUTIN, "china", True),
    ("ru", "Путин откликнулся на приглашение Си Цзиньпина посетить Китай.", XI, PUTIN, "china", True),
    ("ru", "Путин воспользовался приглашением посетить Китай.", None, PUTIN, "china", True),
    ("uk", "Зеленський відгукнувся на запрошення Макрона відвідати Францію.", MACRON, ZELENSKYY, "france", True),
    ("uk", "Зеленський скористався запрошенням Макрона відвідати Францію.", MACRON, ZELENSKYY, "france", True),
]

# a pronoun subject: the subject of the sentence before answers; (lang, text, guest, destination, accepted)
PRONOUN_ANSWERS = [
    ("en", "Vladimir Putin met Xi Jinping in Moscow. He accepted an invitation to visit China.", PUTIN, "china", True),
    ("en", "Vladimir Putin met Xi Jinping in Moscow. He declined an invitation to visit China.", PUTIN, "china",
     False),
    ("ru", "Путин встретился с Си Цзиньпином в Москве. Он принял приглашение посетить Китай.", PUTIN, "china", True),
    ("uk", "Зеленський зустрівся з Макроном у Києві. Він прийняв запрошення відвідати Францію.",
     ZELENSKYY, "france", True),
]

# a pronoun subject thanking the host: (lang, text, inviter, guest, destination)
PRONOUN_THANKS = [
    ("en", "Vladimir Putin met Xi Jinping in Moscow. He thanked Xi for the invitation to visit China.", XI, PUTIN,
     "china"),
    ("en", "Vladimir Putin met Xi Jinping in Moscow. He thanked him for the invitation to visit China.", None, PUTIN,
     "china"),
    ("ru", "Путин встретился с Си Цзиньпином в Москве. Он поблагодарил Си Цзиньпина за приглашение посетить Китай.",
     XI, PUTIN, "china"),
    ("uk", "Зеленський зустрівся з Макроном у Києві. Він подякував Макрону за запрошення відвідати Францію.",
     MACRON, ZELENSKYY, "france"),
]

TWO_IN_ONE = [
    ("en", "Xi Jinping invited Vladimir Putin to visit China, and Putin invited Xi to visit Russia."),
    ("ru", "Си Цзиньпин пригласил Путина посетить Китай, а Путин пригласил Си посетить Россию."),
]

NEAR_MISSES = [
    # the plan told in the past, called off
    ("en", "Vladimir Putin had planned to visit China in May but the trip was postponed."),
    ("ru", "Владимир Путин планировал посетить Китай в мае, но визит отложили."),
    ("uk", "Володимир Зеленський планував відвідати Францію у травні, але візит відклали."),
    # the denial
    ("en", "Vladimir Putin was not invited to the G7 summit."),
    ("en", "The Kremlin denied that Vladimir Putin had been invited to visit China."),
    ("ru", "Владимира Путина не пригласили на саммит G7."),
    ("ru", "В Кремле опровергли, что Владимира Путина пригласили посетить Китай."),
    ("uk", "Зеленського не запросили на саміт G7."),
    ("uk", "В Офісі президента спростували, що Зеленського запросили відвідати Францію."),
    # the invitation withdrawn
    ("en", "Xi Jinping withdrew the invitation to Vladimir Putin."),
    ("ru", "Си Цзиньпин отозвал приглашение Владимиру Путину посетить Китай."),
    ("uk", "Макрон відкликав запрошення Зеленському відвідати Францію."),
    # the question
    ("en", "Will Xi Jinping invite Vladimir Putin to visit China?"),
    ("en", "Will Vladimir Putin visit China in May?"),
    ("ru", "Пригласит ли Си Цзиньпин Владимира Путина посетить Китай?"),
    ("ru", "Посетит ли Владимир Путин Китай в мае?"),
    ("uk", "Чи запросить Макрон Зеленського відвідати Францію?"),
    ("en", "Is Vladimir Putin going to visit China?"),
    ("ru", "Отправится ли Владимир Путин в Китай?"),
    # the trip made, or at home
    ("en", "Vladimir Putin arrived in Beijing on Monday."),
    ("en", "Vladimir Putin will arrive in Moscow on Monday."),
    ("en", "Vladimir Putin is not going to visit China."),
    ("ru", "Владимир Путин отправился в Китай."),
    ("ru", "Владимир Путин поедет в Сочи в мае."),
    ("en", "Vladimir Putin will make his first visit to Sochi in May."),
    ("uk", "Володимир Зеленський вирушив до Франції."),
    # the plan first told, then changed
    ("en", "It was initially reported that Vladimir Putin would travel to China in May."),
    ("ru", "Изначально сообщалось, что Владимир Путин отправится в Китай в мае."),
    ("uk", "Початково повідомлялося, що Володимир Зеленський відвідає Францію у травні."),
    # the condition
    ("en", "Vladimir Putin would visit China if invited."),
    # another topic: no trip
    ("en", "Xi Jinping invited foreign companies to invest in China."),
    ("en", "Xi Jinping invited journalists to ask questions."),
    ("ru", "Си Цзиньпин пригласил иностранные компании инвестировать в Китай."),
    ("uk", "Макрон запросив іноземні компанії інвестувати у Францію."),
    ("en", "Putin took up the issue with Xi in China."),
    ("ru", "Путин ответил согласием на предложение Си Цзиньпина провести переговоры в Китае."),
    ("ru", "Путин воспользовался возможностью посетить Китай."),
    # a visit made, not to come
    ("en", "Vladimir Putin visited China in May."),
    ("ru", "Владимир Путин посетил Китай в мае."),
    ("uk", "Володимир Зеленський відвідав Францію у травні."),
]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination"), WORDINGS)
def test_each_wording_gives_the_invitation(lang: str, text: str, inviter: str | None, guest: str,
                                           destination: str) -> None:
    assert [(i.inviter, i.invitee, i.destination) for i in facts(text, lang).invitations] == \
        [(inviter, guest, destination)]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination", "accepted"), ANSWERS)
def test_an_invitation_accepted_or_declined_says_so(lang: str, text: str, inviter: str | None, guest: str,
                                                    destination: str, accepted: bool) -> None:
    assert [(i.inviter, i.invitee, i.destination, i.accepted) for i in facts(text, lang).invitations] == \
        [(inviter, guest, destination, accepted)]


@pytest.mark.parametrize(("lang", "text", "guest", "destination", "accepted"), PRONOUN_ANSWERS)
def test_he_who_answers_is_the_subject_of_the_sentence_before(lang: str, text: str, guest: str, destination: str,
                                                              accepted: bool) -> None:
    assert [(i.invitee, i.destination, i.accepted) for i in facts(text, lang).invitations] == \
        [(guest, destination, accepted)]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination"), PRONOUN_THANKS)
def test_he_who_thanks_for_an_invitation_is_the_subject_of_the_sentence_before(lang: str, text: str,
                                                                              inviter: str | None, guest: str,
                                                                              destination: str) -> None:
    assert [(i.inviter, i.invitee, i.destination) for i in facts(text, lang).invitations] == \
        [(inviter, guest, destination)]


@pytest.mark.parametrize(("lang", "text"), TWO_IN_ONE)
def test_two_invitations_in_one_sentence_are_both_told(lang: str, text: str) -> None:
    assert {(i.inviter, i.invitee, i.destination) for i in facts(text, lang).invitations} == \
        {(XI, PUTIN, "china"), (PUTIN, XI, "russia")}


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_a_plan_past_a_denial_a_question_or_another_aim_gives_no_invitation(lang: str, text: str) -> None:
    assert not facts(text, lang).invitations
