"""Two invitations told in one sentence: each clause that opens with "and", "а", "і" and a verb of its own after an
inviting word tells its own invitation, with its own roles; a pronoun right after a joined clause's verb is the other
person of the clause before. One invitation told twice ("invited him and extended an invitation") stays one."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import invitations_and_acceptance

REF = date(2026, 2, 3)


PUTIN, XI, MODI = "vladimir-putin", "xi-jinping", "narendra-modi"
ZELENSKYY, WANG = "volodymyr-zelenskyy", "wang-yi"


@pytest.mark.parametrize("lang,text,expected", [
    # a clause with a subject of its own: its subject invites
    ("ru", "Путин пригласил Си посетить Россию, а Си пригласил Путина в Китай.",
     {(PUTIN, XI, "russia", None), (XI, PUTIN, "china", None)}),
    ("uk", "Путін запросив Сі відвідати Росію, а Сі запросив Путіна до Китаю.",
     {(PUTIN, XI, "russia", None), (XI, PUTIN, "china", None)}),
    ("en", "Putin invited Xi to visit Russia, and Xi invited Putin to China.",
     {(PUTIN, XI, "russia", None), (XI, PUTIN, "china", None)}),
    # a clause joined with no subject: the first clause's subject accepts the other's invitation
    ("ru", "Моди пригласил Путина посетить Индию и принял приглашение Путина посетить Россию.",
     {(MODI, PUTIN, "india", None), (PUTIN, MODI, "russia", True)}),
    ("uk", "Моді запросив Путіна відвідати Індію і прийняв запрошення Путіна відвідати Росію.",
     {(MODI, PUTIN, "india", None), (PUTIN, MODI, "russia", True)}),
    ("en", "Modi invited Putin to visit India and accepted Putin's invitation to visit Russia.",
     {(MODI, PUTIN, "india", None), (PUTIN, MODI, "russia", True)}),
])
def test_each_clause_tells_its_own_invitation(lang, text, expected):
    assert invitations_and_acceptance(text, lang, REF) == expected


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зеленський запросив Ван І відвідати Україну і подякував йому за запрошення до Китаю."),
    ("ru", "Зеленский пригласил Ван И посетить Украину и поблагодарил его за приглашение в Китай."),
    ("en", "Zelensky invited Wang Yi to visit Ukraine and thanked him for the invitation to China."),
])
def test_a_pronoun_after_the_joined_verb_is_the_other_person_of_the_first_clause(lang, text):
    assert invitations_and_acceptance(text, lang, REF) == {(ZELENSKYY, WANG, "ukraine", None),
                                                           (WANG, ZELENSKYY, "china", None)}


@pytest.mark.parametrize("lang,text,expected", [
    # near misses: one invitation told with two inviting words stays one
    ("en", "Modi invited Putin to India and extended an invitation to visit the country next year.",
     {(MODI, PUTIN, "india")}),
    ("ru", "Моди пригласил Путина в Индию и передал ему приглашение посетить страну в следующем году.",
     {(MODI, PUTIN, "india")}),
    ("uk", "Моді запросив Путіна до Індії і передав йому запрошення відвідати країну наступного року.",
     {(MODI, PUTIN, "india")}),
    # no verb of its own after "and": one clause, two guests
    ("en", "Putin invited Xi and Modi to visit Russia.", {(PUTIN, XI, "russia"), (PUTIN, MODI, "russia")}),
    ("ru", "Путин пригласил Си и Моди посетить Россию.", {(PUTIN, XI, "russia"), (PUTIN, MODI, "russia")}),
    ("uk", "Путін запросив Сі і Моді відвідати Росію.", {(PUTIN, XI, "russia"), (PUTIN, MODI, "russia")}),
])
def test_one_invitation_told_twice_or_to_two_guests_is_not_split(lang, text, expected):
    assert {(i, g, d) for i, g, d, _ in invitations_and_acceptance(text, lang, REF)} == expected


SYBIHA = "andrii-sybiha"


@pytest.mark.parametrize("lang,text,expected", [
    # the first clause's subject told by a title only: still the one who invited there
    ("uk", "Повідомляється, що міністр закордонних справ України запросив Ван І відвідати Україну і подякував йому за "
           "запрошення до Китаю.", {(SYBIHA, WANG, "ukraine", None), (WANG, SYBIHA, "china", None)}),
    ("ru", "Сообщается, что министр иностранных дел Украины пригласил Ван И посетить Украину и поблагодарил его за "
           "приглашение в Китай.", {(SYBIHA, WANG, "ukraine", None), (WANG, SYBIHA, "china", None)}),
    ("en", "The Ukrainian foreign minister invited Wang Yi to visit Ukraine and thanked him for the invitation to "
           "China.", {(SYBIHA, WANG, "ukraine", None), (WANG, SYBIHA, "china", None)}),
    # the first clause accepts: its subject is the guest there and the host in the joined clause
    ("uk", "Ван І прийняв запрошення Сибіги відвідати Україну і запросив його до Китаю.",
     {(SYBIHA, WANG, "ukraine", True), (WANG, SYBIHA, "china", None)}),
    ("ru", "Ван И принял приглашение Сибиги посетить Украину и пригласил его в Китай.",
     {(SYBIHA, WANG, "ukraine", True), (WANG, SYBIHA, "china", None)}),
    ("en", "Wang Yi accepted Sybiha's invitation to visit Ukraine and invited him to China.",
     {(SYBIHA, WANG, "ukraine", True), (WANG, SYBIHA, "china", None)}),
])
def test_the_joined_clause_takes_the_first_clauses_subject_by_its_role(lang, text, expected):
    assert invitations_and_acceptance(text, lang, REF) == expected
