"""Kinds of invitation that real news tells beyond "X invited Y to visit Z", in Russian, Ukrainian and English:
to an event rather than a country (a summit, a forum, a parade, an inauguration, a conference, a jubilee); a visit
held or planned at the invitation of someone; an invitation conveyed by a minister, an envoy or a letter, or issued
by a state; participation confirmed, declined or expected; an invitation renewed, returned or recalled, for an
occasion or a time; two invitations in one sentence; an invitation told in a quote. And the near misses that give
none: the hypothetical, the invitation to the press, to questions, to dialogue in general, to join a body or an
initiative, the summit hosted or attended in the past."""
from __future__ import annotations

import pytest
from helpers import facts

PUTIN, XI, MODI, LULA = "vladimir-putin", "xi-jinping", "narendra-modi", "luiz-inacio-lula-da-silva"
ZELENSKYY, MACRON, ERDOGAN = "volodymyr-zelenskyy", "emmanuel-macron", "recep-tayyip-erdogan"
TOKAYEV, LUKASHENKO = "kassym-jomart-tokayev", "alexander-lukashenko"

# (lang, text, inviter, guest, destination)
EVENTS = [
    ("en", "Vladimir Putin invited Narendra Modi to the BRICS summit in Kazan.", PUTIN, MODI, "kazan"),
    ("en", "Xi Jinping invited Vladimir Putin to attend the Belt and Road Forum in Beijing in October.",
     XI, PUTIN, "beijing"),
    ("en", "Putin invited Xi Jinping to the Victory Day parade in Moscow.", PUTIN, XI, "moscow"),
    ("en", "Lula has invited Modi to the jubilee celebrations in Brasilia next year.", LULA, MODI, "brasilia"),
    ("en", "Narendra Modi was invited by Lula to the G20 summit in Rio de Janeiro.", LULA, MODI, "rio-de-janeiro"),
    ("ru", "Путин пригласил Си Цзиньпина на парад Победы в Москве.", PUTIN, XI, "moscow"),
    ("ru", "Владимир Путин пригласил Нарендру Моди на саммит БРИКС в Казани.", PUTIN, MODI, "kazan"),
    ("ru", "Си Цзиньпин пригласил Путина принять участие в форуме «Один пояс, один путь» в Пекине.",
     XI, PUTIN, "beijing"),
    ("ru", "Президента Бразилии пригласили на торжества по случаю 80-летия Победы в Москве.", None, LULA, "moscow"),
    ("ru", "Эрдоган пригласил Путина на открытие конференции в Стамбуле.", ERDOGAN, PUTIN, "istanbul"),
    ("ru", "Путин пригласил Моди на инаугурацию в Москву.", PUTIN, MODI, "moscow"),
    ("uk", "Зеленський запросив Ердогана на саміт миру у Швейцарії.", ZELENSKYY, ERDOGAN, "switzerland"),
    ("uk", "Путін запросив Сі Цзіньпіна на парад Перемоги в Москві.", PUTIN, XI, "moscow"),
    ("uk", "Макрон запросив Зеленського на форум в Парижі.", MACRON, ZELENSKYY, "paris"),
    ("uk", "Зеленського запросили на святкування ювілею в Одесі.", None, ZELENSKYY, "odesa"),
    # a state in the event's name is not where it is held
    ("en", "Zelenskyy invited Erdogan to take part in the Ukraine Recovery Conference in Rome.",
     ZELENSKYY, ERDOGAN, "rome"),
    ("uk", "Зеленський запросив Моді взяти участь у Конференції з відновлення України в Римі.",
     ZELENSKYY, MODI, "rome"),
    ("ru", "Зеленский пригласил Моди принять участие в Конференции по восстановлению Украины в Риме.",
     ZELENSKYY, MODI, "rome"),
    ("en", "Putin invited Modi to the Russia–India summit in Moscow.", PUTIN, MODI, "moscow"),
    # the event's place in a clause of its own
    ("en", "Putin invited Xi Jinping to attend the SCO summit, which will be held in Astana in July.",
     PUTIN, XI, "astana"),
    ("ru", "Путин пригласил Си Цзиньпина на саммит ШОС, который пройдет в Астане в июле.", PUTIN, XI, "astana"),
    ("uk", "Зеленський запросив Ердогана на саміт, який відбудеться в Києві.", ZELENSKYY, ERDOGAN, "kyiv"),
    # an organisation invites; the one whose inauguration it is is no guest
    ("en", "NATO invited Zelenskyy to the summit in Vilnius.", "nato", ZELENSKYY, "vilnius"),
    ("ru", "НАТО пригласило Зеленского на саммит в Вильнюсе.", "nato", ZELENSKYY, "vilnius"),
    ("uk", "Європейський Союз запросив Моді на саміт у Брюсселі.", "eu", MODI, "brussels"),
    ("uk", "Зеленського запросили на інавгурацію президента Польщі.", None, ZELENSKYY, "poland"),
    ("en", "Duda invited Zelenskyy to the inauguration of the Polish president in Warsaw.",
     "andrzej-duda", ZELENSKYY, "warsaw"),
    # the guest in the dative or after the event, told by a title
    ("ru", "Путин пригласил на саммит БРИКС в Казани президента Бразилии.", PUTIN, LULA, "kazan"),
    ("en", "The Indian prime minister has been invited to the BRICS summit in Kazan.", None, MODI, "kazan"),
    ("ru", "Премьер-министр Индии приглашен на саммит БРИКС в Казани.", None, MODI, "kazan"),
    ("uk", "Прем'єр-міністра Індії запрошено на саміт БРІКС у Казані.", None, MODI, "kazan"),
    # no place told: the inviter's state
    ("en", "Putin invited Lula to the Victory Day celebrations.", PUTIN, LULA, "russia"),
    ("ru", "Путин пригласил Лулу на празднование Дня Победы.", PUTIN, LULA, "russia"),
    ("uk", "Мілей запросив Зеленського на свою інавгурацію.", "javier-milei", ZELENSKYY, "argentina"),
]

# at the invitation of: the visit held, under way or to come; (lang, text, inviter, guest, destination)
AT_THE_INVITATION = [
    ("en", "Vladimir Putin arrived in Beijing at Xi Jinping's invitation.", XI, PUTIN, "beijing"),
    ("en", "Vladimir Putin is in China on a state visit at the invitation of Xi Jinping.", XI, PUTIN, "china"),
    ("en", "In response to an invitation from Xi Jinping, Vladimir Putin paid a state visit to China.",
     XI, PUTIN, "china"),
    ("en", "Following an invitation from Xi Jinping, Vladimir Putin will travel to China.", XI, PUTIN, "china"),
    ("en", "Upon the invitation of President Xi Jinping, Vladimir Putin paid a state visit to China.",
     XI, PUTIN, "china"),
    ("en", "Vladimir Putin arrived in China on Monday. The state visit takes place at the invitation of Xi Jinping.",
     XI, PUTIN, "china"),
    ("en", "Vladimir Putin arrived in China on Monday. The visit is at Xi Jinping's invitation.", XI, PUTIN, "china"),
    ("ru", "Путин находится в Китае с государственным визитом по приглашению Си Цзиньпина.", XI, PUTIN, "china"),
    ("ru", "Путин прибыл в Пекин по приглашению Си Цзиньпина.", XI, PUTIN, "beijing"),
    ("ru", "В ответ на приглашение Си Цзиньпина Путин посетил Китай.", XI, PUTIN, "china"),
    ("ru", "По приглашению китайской стороны Путин посетит Китай.", "china", PUTIN, "china"),
    ("ru", "Путин прибыл в Китай в понедельник. Визит проходит по приглашению Си Цзиньпина.", XI, PUTIN, "china"),
    ("uk", "Зеленський перебуває у Франції з візитом на запрошення Макрона.", MACRON, ZELENSKYY, "france"),
    ("uk", "За запрошенням Макрона Зеленський прибув до Парижа.", MACRON, ZELENSKYY, "paris"),
    ("uk", "У відповідь на запрошення Макрона Зеленський відвідав Францію.", MACRON, ZELENSKYY, "france"),
    ("uk", "Зеленський прибув до Франції в понеділок. Візит відбувається на запрошення Макрона.",
     MACRON, ZELENSKYY, "france"),
    # the host told by his title and state, before the guest's name; the place right after "visit"
    ("en", "On the invitation of the Kazakh president, Putin will pay a state visit to Kazakhstan.",
     TOKAYEV, PUTIN, "kazakhstan"),
    ("ru", "По приглашению Президента Казахстана Владимир Путин прибудет в Астану.", TOKAYEV, PUTIN, "astana"),
    ("uk", "На запрошення президента Туреччини Зеленський відвідає Анкару.", ERDOGAN, ZELENSKYY, "ankara"),
    ("en", "Zelenskyy will visit Ankara at the invitation of his Turkish counterpart.", ERDOGAN, ZELENSKYY, "ankara"),
    ("en", "Zelenskyy will visit Turkey at the invitation of the Turkish government.", "turkey", ZELENSKYY, "turkey"),
    ("ru", "Зеленский посетит Турцию по приглашению правительства Турции.", "turkey", ZELENSKYY, "turkey"),
]

# conveyed by someone else, or issued by a state: (lang, text, inviter, guest, destination)
CONVEYED = [
    ("en", "Wang Yi handed over Xi Jinping's invitation to Vladimir Putin to visit China.", XI, PUTIN, "china"),
    ("en", "Sergey Lavrov passed on to Xi Jinping an invitation from Vladimir Putin to visit Russia.",
     PUTIN, XI, "russia"),
    ("en", "Vladimir Putin received a letter from Xi Jinping inviting him to visit China.", XI, PUTIN, "china"),
    ("en", "The Chinese government invited Vladimir Putin to visit China.", "china", PUTIN, "china"),
    ("en", "The United States sent Zelenskyy an official invitation to visit Washington.",
     "united-states", ZELENSKYY, "washington"),
    ("ru", "Лавров передал Си Цзиньпину приглашение Путина посетить Россию.", PUTIN, XI, "russia"),
    ("ru", "Ван И вручил Путину приглашение Си Цзиньпина посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Си Цзиньпин направил Путину письмо с приглашением посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Правительство Китая пригласило Путина посетить Пекин.", "china", PUTIN, "beijing"),
    ("ru", "Китайская сторона пригласила Путина посетить Китай.", "china", PUTIN, "china"),
    ("uk", "Сибіга передав Ван Ї запрошення Зеленського відвідати Україну.", ZELENSKYY, "wang-yi", "ukraine"),
    ("uk", "Макрон надіслав Зеленському листа із запрошенням відвідати Францію.", MACRON, ZELENSKYY, "france"),
    ("uk", "Сполучені Штати надіслали Зеленському офіційне запрошення відвідати Вашингтон.",
     "united-states", ZELENSKYY, "washington"),
    ("uk", "Французька сторона запросила Зеленського відвідати Францію.", "france", ZELENSKYY, "france"),
    # handed on: the author in the genitive, the guest in the dative, whatever the order, with or without a subject
    ("uk", "Лулі передали запрошення Путіна відвідати Москву.", PUTIN, LULA, "moscow"),
    ("ru", "Луле передали приглашение Путина посетить Москву.", PUTIN, LULA, "moscow"),
    ("ru", "Лавров передал приглашение Путина Си Цзиньпину посетить Россию.", PUTIN, XI, "russia"),
    ("ru", "Си Цзиньпин передал приглашение Путину посетить Китай.", XI, PUTIN, "china"),
    ("ru", "Лавров передал Си Цзиньпину приглашение президента России посетить Россию.", PUTIN, XI, "russia"),
    ("en", "The Russian ambassador handed over to Lula an invitation from Putin to attend the parade in Moscow.",
     PUTIN, LULA, "moscow"),
    ("en", "Putin's invitation to visit Russia was delivered to Modi by Lavrov.", PUTIN, MODI, "russia"),
    # sent to the one in the dative, nobody said to send it
    ("ru", "Путину направлено приглашение на саммит G20 в Йоханнесбурге.", None, PUTIN, "johannesburg"),
    ("uk", "Зеленському надіслано запрошення на саміт НАТО у Вашингтоні.", None, ZELENSKYY, "washington"),
    ("en", "Xi Jinping received an invitation to the G20 summit in Johannesburg.", None, XI, "johannesburg"),
    # the passive participle: the agent in the instrumental, then the guest
    ("ru", "Приглашенный Путиным Моди примет участие в саммите в Казани.", PUTIN, MODI, "kazan"),
    ("uk", "Запрошений Путіним Моді візьме участь у саміті в Казані.", PUTIN, MODI, "kazan"),
    ("en", "Modi, invited by Putin, will attend the summit in Kazan.", PUTIN, MODI, "kazan"),
    ("ru", "Приглашенный на саммит Моди прибыл в Казань.", None, MODI, "kazan"),
    # received from the one after "from", "от", "від"
    ("ru", "Моди получил от Путина приглашение на саммит БРИКС в Казани.", PUTIN, MODI, "kazan"),
    ("uk", "Моді отримав від Путіна запрошення на саміт БРІКС у Казані.", PUTIN, MODI, "kazan"),
    ("en", "Modi received an invitation from Putin to attend the BRICS summit in Kazan.", PUTIN, MODI, "kazan"),
    # the one of the genitive bound for a state not his own is the guest, not the author
    ("uk", "Зеленський ще раз підтвердив запрошення Лукашенка до України.", ZELENSKYY, LUKASHENKO, "ukraine"),
    ("ru", "Зеленский подтвердил приглашение Лукашенко посетить Украину.", ZELENSKYY, LUKASHENKO, "ukraine"),
]

# participation confirmed, declined, expected: (lang, text, inviter, guest, destination, accepted)
ANSWERED = [
    ("en", "Narendra Modi confirmed he would attend the BRICS summit in Kazan.", None, MODI, "kazan", True),
    ("en", "Lula declined Putin's invitation to attend the Victory Day parade in Moscow.", PUTIN, LULA, "moscow",
     False),
    ("en", "Lula accepted Putin's invitation to the Victory Day celebrations in Moscow.", PUTIN, LULA, "moscow",
     True),
    ("en", "Xi Jinping is expected at the G20 summit in Rio de Janeiro.", None, XI, "rio-de-janeiro", True),
    ("ru", "Моди подтвердил участие в саммите БРИКС в Казани.", None, MODI, "kazan", True),
    ("ru", "Лула отклонил приглашение Путина на парад Победы в Москве.", PUTIN, LULA, "moscow", False),
    ("ru", "Лула принял приглашение Путина на парад Победы в Москве.", PUTIN, LULA, "moscow", True),
    ("ru", "Си Цзиньпин ожидается на саммите G20 в Рио-де-Жанейро.", None, XI, "rio-de-janeiro", True),
    ("uk", "Моді підтвердив участь у саміті БРІКС у Казані.", None, MODI, "kazan", True),
    ("uk", "Лула відхилив запрошення Путіна на парад Перемоги в Москві.", PUTIN, LULA, "moscow", False),
    ("uk", "Сі Цзіньпін прийняв запрошення Путіна на парад Перемоги в Москві.", PUTIN, XI, "moscow", True),
    ("uk", "Сі Цзіньпіна очікують на саміті G20 у Ріо-де-Жанейро.", None, XI, "rio-de-janeiro", True),
    # a trip to an event in a city that is no capital
    ("en", "Narendra Modi will travel to Kazan for the BRICS summit.", None, MODI, "kazan", True),
    ("ru", "Нарендра Моди отправится в Казань на саммит БРИКС.", None, MODI, "kazan", True),
    # an intention told, or welcomed by the host
    ("ru", "Лула заявил о намерении посетить празднование Дня Победы в Москве.", None, LULA, "moscow", None),
    ("ru", "Си Цзиньпин приветствовал намерение Путина принять участие в саммите ШОС в Циндао.",
     XI, PUTIN, "qingdao", None),
    ("en", "Xi welcomed Putin's intention to attend the SCO summit in Qingdao.", XI, PUTIN, "qingdao", None),
    ("uk", "Моді має намір взяти участь у саміті БРІКС у Казані.", None, MODI, "kazan", None),
    ("en", "Modi intends to attend the BRICS summit in Kazan.", None, MODI, "kazan", None),
    # the event's place in a clause of its own, a word for a city before it
    ("ru", "Си Цзиньпин приветствовал намерение Путина принять участие в саммите ШОС, который пройдёт в городе "
           "Циндао в июне.", XI, PUTIN, "qingdao", None),
    ("en", "Modi will attend the SCO summit, which will be held in Qingdao in June.", None, MODI, "qingdao", True),
    ("uk", "Моді візьме участь у саміті, який відбудеться в Казані.", None, MODI, "kazan", True),
    ("ru", "Моди примет участие в саммите в Казани, сообщили в МИД Индии.", None, MODI, "kazan", True),
    ("en", "China awaits Putin's visit in May.", "china", PUTIN, "china", None),
    # a visit confirmed: the host state invites where its leader is not named
    ("en", "Xi Jinping confirmed his visit to Moscow in May.", "russia", XI, "moscow", True),
    ("ru", "Си Цзиньпин подтвердил свой визит в Москву в мае.", "russia", XI, "moscow", True),
    ("uk", "Сі Цзіньпін підтвердив свій візит до Москви у травні.", "russia", XI, "moscow", True),
    ("ru", "Песков подтвердил визит Си Цзиньпина в Москву.", "russia", XI, "moscow", True),
    # turned down
    ("en", "Modi turned down an invitation to the parade in Moscow.", None, MODI, "moscow", False),
    ("ru", "Моди отказался от приглашения на парад в Москве.", None, MODI, "moscow", False),
    ("uk", "Зеленський відмовився від запрошення на саміт у Мінську.", None, ZELENSKYY, "minsk", False),
]

# renewed, returned, recalled, for a time: (lang, text, inviter, guest, destination)
RENEWED = [
    ("en", "Putin reaffirmed his invitation to Xi Jinping to visit Russia.", PUTIN, XI, "russia"),
    ("en", "Putin reminded Xi Jinping of his invitation to visit Russia.", PUTIN, XI, "russia"),
    ("en", "Xi Jinping reiterated the invitation to Putin to visit China at a convenient time.", XI, PUTIN, "china"),
    ("en", "Putin, in turn, invited Xi Jinping to visit Russia next year.", PUTIN, XI, "russia"),
    ("ru", "Путин напомнил Си Цзиньпину о приглашении посетить Россию.", PUTIN, XI, "russia"),
    ("ru", "Путин подтвердил ранее направленное приглашение Си Цзиньпину посетить Россию в удобное для него время.",
     PUTIN, XI, "russia"),
    ("ru", "Путин в свою очередь пригласил Си Цзиньпина посетить Россию в следующем году.", PUTIN, XI, "russia"),
    ("ru", "Путин повторил приглашение Си Цзиньпину посетить Россию.", PUTIN, XI, "russia"),
    ("uk", "Зеленський нагадав Ердогану про запрошення відвідати Україну.", ZELENSKYY, ERDOGAN, "ukraine"),
    ("uk", "Зеленський поновив запрошення Моді відвідати Україну у зручний час.", ZELENSKYY, MODI, "ukraine"),
    ("uk", "Макрон, своєю чергою, запросив Зеленського відвідати Францію наступного року.",
     MACRON, ZELENSKYY, "france"),
    ("uk", "Зеленський ще раз підтвердив запрошення Моді відвідати Україну.", ZELENSKYY, MODI, "ukraine"),
]

# several invitations in one sentence, or one in a quote: (lang, text, {(inviter, guest, destination)})
SEVERAL = [
    ("en", "Putin invited Xi Jinping and Narendra Modi to the BRICS summit in Kazan.",
     {(PUTIN, XI, "kazan"), (PUTIN, MODI, "kazan")}),
    ("ru", "Путин пригласил Си Цзиньпина и Нарендру Моди на саммит БРИКС в Казани.",
     {(PUTIN, XI, "kazan"), (PUTIN, MODI, "kazan")}),
    ("uk", "Зеленський запросив Моді та Лулу відвідати Україну.",
     {(ZELENSKYY, MODI, "ukraine"), (ZELENSKYY, LULA, "ukraine")}),
    ("en", "\u201cI have invited President Xi to visit Russia,\u201d Putin said.", {(PUTIN, XI, "russia")}),
    ("en", "\u201cWe look forward to welcoming President Lula in Moscow in May,\u201d Putin said.",
     {(PUTIN, LULA, "moscow")}),
    ("ru", "«Я пригласил председателя Си Цзиньпина посетить Россию», — сказал Путин.", {(PUTIN, XI, "russia")}),
    ("uk", "«Я запросив прем'єра Моді відвідати Україну», — сказав Зеленський.", {(ZELENSKYY, MODI, "ukraine")}),
    ("ru", "«Мы ждем президента Лулу в Москве в мае», — заявил Путин.", {(PUTIN, LULA, "moscow")}),
    ("uk", "«Ми чекаємо президента Лулу в Москві в травні», — заявив Путін.", {(PUTIN, LULA, "moscow")}),
    ("en", "“We are waiting for President Lula in Moscow,” Putin said.", {(PUTIN, LULA, "moscow")}),
    # invitations exchanged: each invites the other to his state
    ("en", "Putin and Xi exchanged invitations to visit each other's countries.",
     {(PUTIN, XI, "russia"), (XI, PUTIN, "china")}),
    ("ru", "Путин и Си Цзиньпин обменялись приглашениями посетить свои страны.",
     {(PUTIN, XI, "russia"), (XI, PUTIN, "china")}),
    ("uk", "Путін і Сі Цзіньпін обмінялися запрошеннями.", {(PUTIN, XI, "russia"), (XI, PUTIN, "china")}),
    # several guests of one invitation or one host
    ("en", "Putin extended invitations to Xi and Modi to attend the summit in Kazan.",
     {(PUTIN, XI, "kazan"), (PUTIN, MODI, "kazan")}),
    ("ru", "Путин направил приглашения Си Цзиньпину и Моди посетить Казань.",
     {(PUTIN, XI, "kazan"), (PUTIN, MODI, "kazan")}),
    ("uk", "Туреччина готова прийняти Зеленського та Путіна в Стамбулі.",
     {("turkey", ZELENSKYY, "istanbul"), ("turkey", PUTIN, "istanbul")}),
    ("en", "Turkey is ready to host Zelenskyy and Putin in Istanbul.",
     {("turkey", ZELENSKYY, "istanbul"), ("turkey", PUTIN, "istanbul")}),
    # the guests of an event named after it
    ("en", "The summit in Kazan will be attended by Narendra Modi and Xi Jinping.",
     {(None, MODI, "kazan"), (None, XI, "kazan")}),
    ("ru", "В саммите в Казани примут участие Нарендра Моди и Си Цзиньпин.",
     {(None, MODI, "kazan"), (None, XI, "kazan")}),
    ("uk", "У саміті в Казані візьмуть участь Нарендра Моді та Сі Цзіньпін.",
     {(None, MODI, "kazan"), (None, XI, "kazan")}),
    # the host's state or capital awaits the guest at an event
    ("en", "Brazil is expecting Putin at the G20 summit in Rio de Janeiro.", {("brazil", PUTIN, "rio-de-janeiro")}),
    ("ru", "В Кремле ждут Моди на саммите в Казани.", {("russia", MODI, "kazan")}),
]

NEAR_MISSES = [
    # the hypothetical
    ("en", "If invited, Narendra Modi would attend the summit in Kazan."),
    ("en", "Putin could be invited to the G20 summit in Rio de Janeiro."),
    ("ru", "Путин может быть приглашен на саммит G20 в Рио-де-Жанейро."),
    ("ru", "Если Моди пригласят, он приедет на саммит в Казань."),
    ("uk", "Якщо Зеленського запросять, він поїде на саміт у Казань."),
    ("uk", "Путіна можуть запросити на саміт G20 у Ріо-де-Жанейро."),
    # the press, questions
    ("en", "Putin invited journalists to the press conference in Moscow."),
    ("en", "Xi Jinping invited questions from reporters in Beijing."),
    ("ru", "Путин пригласил журналистов на пресс-конференцию в Москве."),
    ("uk", "Зеленський запросив журналістів на брифінг у Києві."),
    # dialogue or talks in general, with no place
    ("en", "Xi Jinping invited Russia and Ukraine to dialogue."),
    ("ru", "Путин пригласил Киев к переговорам."),
    ("uk", "Зеленський запросив Росію до діалогу."),
    # to join a body or an initiative
    ("en", "NATO invited Finland to join the alliance."),
    ("en", "Zelenskyy invited Indonesia to join the Grain from Ukraine initiative."),
    ("ru", "Путин пригласил Индонезию присоединиться к БРИКС."),
    ("uk", "Зеленський запросив Індонезію приєднатися до ініціативи Grain from Ukraine."),
    # investors, companies to an event
    ("en", "Putin invited foreign investors to the Eastern Economic Forum in Vladivostok."),
    ("ru", "Путин пригласил иностранных инвесторов на Восточный экономический форум во Владивостоке."),
    # the summit hosted, or attended in the past
    ("en", "Putin will host the BRICS summit in Kazan."),
    ("en", "Narendra Modi attended the BRICS summit in Kazan last year."),
    ("ru", "Моди принял участие в саммите БРИКС в Казани в прошлом году."),
    ("uk", "Моді взяв участь у саміті БРІКС у Казані минулого року."),
    ("ru", "Путин примет саммит БРИКС в Казани."),
    # a part in an event at home, denied, past, or in talks with no place
    ("en", "Vladimir Putin will take part in the BRICS summit in Kazan."),
    ("ru", "Путин примет участие в саммите БРИКС в Казани."),
    ("uk", "Путін візьме участь у саміті БРІКС у Казані."),
    ("en", "Narendra Modi will not attend the BRICS summit in Kazan."),
    ("ru", "Моди не подтвердил участие в саммите БРИКС в Казани."),
    ("uk", "Моді не підтвердив участь у саміті БРІКС у Казані."),
    ("ru", "Лула принимал участие в саммите в Казани."),
    ("en", "Narendra Modi will take part in the talks."),
    # "the visit" told of a host's own people, or a letter with no invitation
    ("en", "Wang Yi spoke to reporters in Beijing on Monday. The state visit takes place at the invitation of Xi "
           "Jinping."),
    ("ru", "Ван И выступил в Пекине в понедельник. Визит проходит по приглашению Си Цзиньпина."),
    ("en", "Vladimir Putin received a letter from Xi Jinping."),
    ("en", "The Chinese government invited foreign companies to invest in China."),
    # a visit confirmed as made
    ("en", "Xi Jinping confirmed that his visit to Moscow last year was useful."),
    ("ru", "Моди не сможет принять участие в саммите в Казани."),
    ("en", "Modi won't attend the summit in Kazan, the ministry said."),
    ("en", "Lula declined to attend the summit in Kazan."),
    ("en", "Xi Jinping invited the parties to show restraint."),
    # awaiting something else, or a meeting foreseen
    ("en", "We are waiting for the results of the talks in Moscow, Putin said."),
    ("ru", "Мы ждем результатов переговоров в Москве, заявил Путин."),
    ("en", "Putin is expected to meet Xi Jinping at the summit in Kazan."),
    ("en", "Analysts expect inflation to ease in Moscow."),
    ("en", "Russia expects talks with China next week."),
    # an invitation sent with nobody named to get it
    ("ru", "Путин направил приглашение на саммит в Казани."),
    # the guests of an event at home, or one held before
    ("ru", "В саммите в Казани примут участие Владимир Путин и Сергей Лавров."),
    ("uk", "У саміті в Казані взяли участь Нарендра Моді та Сі Цзіньпін."),
    ("en", "The summit in Kazan was attended by Narendra Modi and Xi Jinping."),
    # waiting for an answer, not for a guest
    ("en", "Zelenskyy is waiting for Putin's answer on the talks."),
    ("en", "Kyiv is waiting for Trump's decision on the weapons."),
    ("en", "We are waiting for President Trump to decide, Zelenskyy said."),
    ("en", "Modi may attend the summit in Kazan by video link."),
    # awaiting a person's act, not his visit
    ("en", "Kyiv awaits Trump's decision on the weapons."),
    ("en", "Zelenskyy said he was counting on Trump's support."),
    ("ru", "Зеленский рассчитывает на поддержку Трампа."),
    ("uk", "Київ чекає на рішення Трампа щодо зброї."),
    # a part in an event under a condition, or not ruled out
    ("en", "Modi will attend the summit in Kazan, if his schedule allows."),
    ("en", "Modi would attend the BRICS summit in Kazan only if the border dispute were settled."),
    ("ru", "Моди примет участие в саммите в Казани, если позволит график."),
    ("uk", "Моді візьме участь у саміті в Казані, якщо дозволить графік."),
    ("en", "The Kremlin did not rule out that Modi will attend the summit in Kazan."),
    ("ru", "В Кремле не исключили, что Моди примет участие в саммите в Казани."),
    # a part in an event by video link: no trip
    ("en", "Lula will take part in the BRICS summit in Kazan via video link."),
    ("ru", "Лула примет участие в саммите БРИКС в Казани по видеосвязи."),
    ("uk", "Лула візьме участь у саміті БРІКС у Казані в режимі відеоконференції."),
    # invitations exchanged by people not named, or denied
    ("en", "The two ministers exchanged invitations."),
    ("ru", "Путин и Си Цзиньпин не обменивались приглашениями."),
    # an intention denied, or at home
    ("ru", "Лула не заявлял о намерении посетить парад в Москве."),
    ("ru", "Путин намерен принять участие в саммите в Казани."),
    # a trip to an event at home
    ("en", "Vladimir Putin will travel to Sochi for the forum."),
    # a meal at talks already held
    ("en", "Putin invited Xi Jinping to dinner after the talks in Moscow."),
    ("ru", "Путин пригласил Си Цзиньпина на ужин после переговоров в Москве."),
    ("uk", "Зеленський запросив Макрона на вечерю після переговорів у Києві."),
    # a part in an event denied, supposed, past, or by video
    ("en", "If Putin attends the summit in Rio de Janeiro, he may be arrested."),
    ("uk", "Зеленський не поїде на саміт у Казань."),
    ("ru", "Путин не примет участия в саммите G20 в Рио-де-Жанейро."),
    ("uk", "Путін не візьме участі в саміті G20 у Ріо-де-Жанейро."),
    ("en", "Putin will not attend the G20 summit in Rio de Janeiro."),
    ("en", "Putin attended the G20 summit in Rio de Janeiro in person last year."),
    ("ru", "Путин присутствовал на параде в Минске."),
    ("uk", "Зеленський взяв участь у саміті в Римі."),
    ("ru", "Лула может принять участие в саммите в Казани по видеосвязи."),
    ("en", "Modi will address the summit in Kazan by video link."),
    # dialogue and talks in general
    ("en", "Lula thanked Putin for the invitation to dialogue."),
    ("ru", "Путин пригласил Зеленского к диалогу."),
    ("uk", "Сі Цзіньпін запросив сторони до переговорів."),
    ("en", "Xi Jinping invited Vladimir Putin to join the talks by video link."),
    ("uk", "Зеленський запросив журналістів поставити запитання."),
]


def _triples(lang: str, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(i.inviter, i.invitee, i.destination) for i in facts(text, lang).invitations]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination"), EVENTS)
def test_an_invitation_to_an_event_goes_to_the_place_of_the_event(lang: str, text: str, inviter: str | None,
                                                                  guest: str, destination: str) -> None:
    assert _triples(lang, text) == [(inviter, guest, destination)]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination"), AT_THE_INVITATION)
def test_a_visit_at_the_invitation_of_a_host_is_his_invitation(lang: str, text: str, inviter: str | None,
                                                               guest: str, destination: str) -> None:
    assert _triples(lang, text) == [(inviter, guest, destination)]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination"), CONVEYED)
def test_an_invitation_conveyed_or_issued_by_a_state_names_its_author(lang: str, text: str, inviter: str | None,
                                                                      guest: str, destination: str) -> None:
    assert _triples(lang, text) == [(inviter, guest, destination)]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination", "accepted"), ANSWERED)
def test_participation_confirmed_declined_or_expected_is_the_answer(lang: str, text: str, inviter: str | None,
                                                                    guest: str, destination: str,
                                                                    accepted: bool | None) -> None:
    assert [(i.inviter, i.invitee, i.destination, i.accepted) for i in facts(text, lang).invitations] == \
        [(inviter, guest, destination, accepted)]


@pytest.mark.parametrize(("lang", "text", "inviter", "guest", "destination"), RENEWED)
def test_an_invitation_renewed_returned_or_recalled_is_the_same_kind(lang: str, text: str, inviter: str | None,
                                                                     guest: str, destination: str) -> None:
    assert _triples(lang, text) == [(inviter, guest, destination)]


@pytest.mark.parametrize(("lang", "text", "expected"), SEVERAL)
def test_each_invitation_of_a_sentence_or_a_quote_is_told(lang: str, text: str,
                                                          expected: set[tuple[str, str, str]]) -> None:
    assert set(_triples(lang, text)) == expected


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_a_hypothesis_the_press_dialogue_membership_or_a_past_summit_gives_no_invitation(lang: str,
                                                                                        text: str) -> None:
    assert not facts(text, lang).invitations
