"""Invitations: who invited whom, where, for what occasion and when; accepted or not.

Active ("пригласил X посетить Y"), received ("получил приглашение"), accepted ("прийняв
запрошення") and implicit ("ждут с государственным визитом") forms are read alike.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Actor, Invitation, Period
from ..text.dates import find_times
from ..text.morph import PymorphyLemmatizer, lemmatizer
from .actors import TokenMention
from .context import LEADER_ROLES, ArticleContext

_NO_ACTOR = Actor(key="", type="", label_en="")
REQUEST = "invitation_request_verbs"  # "asked X to attend", "предложил X посетить": an invitation when a trip follows
ROLE_OF_KIND = {"invite": "active", "give": "active", "invitation_noun": "noun", "received": "received",
                "accept": "received", "decline": "received", "expect_visit": "expect", "by_invitation": "by",
                REQUEST: "active"}
PRIORITY = ["invite", "give", "by_invitation", "accept", "received", "expect_visit", "decline", "invitation_noun",
            REQUEST]


def extract_invitations(ctx: ArticleContext) -> list[Invitation]:
    doc = ctx.doc
    comp = doc.lexicon.compiled
    found: list[Invitation] = []
    for sentence in doc.sentences:
        triggers = comp.invitation.longest(doc.lemmas, None, sentence.first, sentence.last)
        triggers += [t for t in doc.lexicon.phrases(REQUEST).longest(doc.lemmas, None, sentence.first, sentence.last)
                     if _request_to_come(ctx, sentence, t.end)]
        exchanged = _exchanged(ctx, sentence)
        if exchanged:  # "Putin and Xi exchanged invitations to visit": each invites the other to his state
            found.extend(exchanged)
            continue
        hosted = _hosted_visit(ctx, sentence) or ([] if triggers else _hosted_guest(ctx, sentence))
        if hosted:  # "Biden will host Ruto for a state visit": the leader named as host invites, never his state
            found.extend(hosted)
            continue
        if not triggers:
            agreed = _agreed_visit(ctx, sentence) or _upcoming_visit(ctx, sentence) or _visit_under_way(ctx, sentence)
            if agreed is not None:
                found.append(agreed)
                # "will visit Vietnam, Laos and Cambodia": one trip, a visit to each state listed
                # each leg is hosted by its own state: the first leg's host invites to none of the others
                found.extend(replace(agreed, destination=place, inviter=agreed.inviter if agreed.inviter is None or
                                     ctx.state_of(agreed.inviter) == _place_state(ctx, place)
                                     else _host_leader(ctx, place, agreed.invitee, sentence))
                             for place in _places_listed_after(ctx, sentence, agreed.destination, agreed.invitee))
            else:
                # "Modi will attend the summit in Kazan"; "the next consultations are to be held in Kyiv"
                found.extend(_attendance_to_come(ctx, sentence) or _next_meeting_announced(ctx, sentence))
            continue
        mark = len(found)
        sentence_triggers = triggers
        told_before: list = []  # type: ignore[type-arg]
        for s, clause_triggers, joined in _clauses_told(ctx, sentence, triggers):
            triggers = clause_triggers
            if joined:  # "... and thanked him for the invitation to China": the subject and object of the first clause
                found.extend(_joined_clause(ctx, s, clause_triggers, told_before, found[mark:]))
                continue
            told_before = clause_triggers
            kinds = {t.payload for t in triggers}
            trigger = min(triggers, key=lambda t: (PRIORITY.index(t.payload), t.start))
            rounds = _hosted_round(ctx, s, triggers)
            if rounds is not None:
                found.extend(rounds)  # "Turkey is ready to host the next round of talks": each party is invited
                continue
            if kinds == {"accept"} and trigger.end - trigger.start <= 2 and not _invitation_or_visit_word(ctx, s):
                continue  # "Armenia has accepted the document", "ответил согласием на предложение": no visit
            if "decline" in kinds and trigger.payload == "decline" and trigger.end - trigger.start == 1 and \
                    "invitation_noun" not in kinds:
                continue  # "declined to comment", "отклонил поправки": declining is no invitation without one
            if trigger.payload != "expect_visit" and _questioned_or_denied(ctx, s, trigger.start):
                continue  # "did not say whether Beijing would extend an invitation", "не пригласил"
            if trigger.payload != "expect_visit" and any(_invited_to_another_act(ctx, s, t) for t in triggers
                                                         if t is trigger or t.payload == "invitation_noun"):
                # "accepted China's invitation to upgrade the partnership", "приглашение присоединиться": no trip
                continue
            first, last = ctx.clause(s, trigger.start)
            mentions = [m for m in ctx.in_range(first, last) if m.type in ("Person", "Country", "City")]
            before = [m for m in mentions if m.last <= trigger.start]
            after = [m for m in mentions if m.first >= trigger.end]
            inviter = invitee = None
            pronoun_guest = False  # "invited him": the guest is a person named before the sentence
            kind = ROLE_OF_KIND[trigger.payload]
            also: list[str] = []
            co_hosts: list[str] = []
            celebrated: list[TokenMention] = []
            if kind == "active" and doc.tokens[trigger.start].norm in doc.lexicon.words("invited_passive_forms"):
                # "Сі Цзіньпіна запрошено до Москви", "Си Цзиньпин приглашён": the guest is named first
                kind = "received"
            if kind == "active" and _among_invited(ctx, s, trigger.start):
                kind = "received"  # "Modi is among the leaders invited to the summit", "в числе приглашённых"
            group = _group_invited(ctx, trigger.end, s.last) if kind == "active" else None
            if group is not None:
                # "invited the leaders of CIS countries — Armenia, Azerbaijan, ...": the group is the guest
                inviter = _agent(ctx, before)
                if inviter is None or group == inviter:
                    continue
                found.append(Invitation(invitee=group, inviter=inviter, destination=ctx.state_of(inviter),
                                        occasion=_occasion(ctx, s, trigger.end), time_frame=None, accepted=None,
                                        evidence=(ctx.evidence(s, "invitations"),)))
                continue
            if kind == "active" and trigger.payload == "invite" and trigger.end - trigger.start > 1 and \
                    not _hosts_a_summit(ctx, trigger.end, s.last):
                continue  # "offered to host direct talks between Putin and Zelensky": mediation, no invitation
            if kind == "active":
                # "Putin met Xi and invited ...", "She recalled that the visit by X ... and extended": a verb joined to
                # the sentence's first shares its subject
                # "Сибіга повідомив, що українська сторона запросила ...": a state's side right before the verb is
                # its subject, not the person who tells of it
                inviter = _coordinated_subject(ctx, s, trigger.start) or \
                    _state_side(ctx, max(first, trigger.start - 3), trigger.start) or _agent(ctx, before) or \
                    _state_side(ctx, first, trigger.start)
                if inviter is None and not before and first > s.first and \
                        _said_between(ctx, s.first, first) is not None:
                    # "Лукашенко сообщил, что пригласил Путина": the subject left out is the one who says it
                    speakers = [m for m in ctx.in_range(s.first, first) if m.type == "Person"]
                    inviter = speakers[-1].actor if speakers else None
                relative = _relative_antecedent(ctx, first, trigger.start) if first > s.first else None
                if inviter is None and not before and relative is not None and relative[1]:
                    inviter = relative[0]  # "Xi, who invited Putin ...", "Макрон, який запросив ..."
                # "запросили на інавгурацію президента Польщі": the one whose inauguration it is is no guest
                celebrated = [m for m in after if m.type == "Person" and _celebrated(ctx, m)]
                invitee = _first_actor(ctx, [m for m in after if m not in celebrated])
                author = _genitive_author(ctx, after, trigger.end, None) if trigger.payload == "give" else None
                if author is not None:
                    # "передали Луле приглашение Путина", "передал приглашение Путина Си Цзиньпину": the one of the
                    # genitive wrote it, the one it is handed to (after him, or a dative before) is the guest
                    handed = [m.actor for m in after if m.type == "Person" and m.actor != author] or \
                        [m.actor for m in before if m.type == "Person" and _dative(ctx, m)]
                    inviter, invitee = author, (handed[0] if handed else None)
                elif trigger.payload == "give" and invitee is None and inviter is not None:
                    # "Путину направлено приглашение на саммит": the one it is sent to, in the dative, is the guest
                    handed = [m for m in before if m.type == "Person" and m.actor == inviter and _dative(ctx, m)]
                    others = [m.actor for m in before if m.type == "Person" and m.actor != inviter]
                    if handed:
                        inviter, invitee = (others[-1] if others else None), handed[0].actor
                if relative is not None and not relative[1] and relative[0] not in (inviter, invitee):
                    # "Путин, которого пригласил Си", "Putin, whom Xi invited": the one told of is the guest
                    inviter, invitee = (invitee, relative[0]) if inviter is None else (inviter, relative[0])
                if invitee is None and not _counterpart_after(ctx, trigger.end, s.last):
                    # "запросила американських високопосадовців", "invited the Chinese delegation": a state's people
                    # unnamed stand for their state
                    invitee = _state_group(ctx, trigger.end, s.last, besides=inviter)
                addressee = _dative_addressee(ctx, before, trigger.end, s.last) if invitee is None else None
                if addressee is not None:
                    # "Макрон направил Пашиняну послание и пригласил посетить Париж": the guest left out after the
                    # verb is the one the sender addressed before, in the dative
                    inviter, invitee = addressee
                if invitee is None and inviter is not None and _impersonal_invited(ctx, before, trigger.start):
                    # "Путина пригласили посетить Индию", "Путіна запросили": the one named is the guest, no host said
                    invitee, inviter = inviter, None
                if invitee is None and _both_sides_after(ctx, trigger.end, s.last):
                    # "invited the two leaders to Brussels": the two people named last before
                    pair = _last_named_pair(ctx, s.first, inviter)
                    invitee, also = (pair[0], pair[1:]) if pair else (None, [])
                elif invitee is not None:
                    # "пригласил Алиева и Пашиняна", "invited Serbian President Vucic and Slovak Prime Minister Fico"
                    also = _coordinated_people(ctx, after, invitee, listed=True)
                if invitee is None and _counterpart_after(ctx, trigger.end, s.last):
                    pronoun_guest = True  # "пригласил африканского коллегу": the counterpart named before
                elif invitee is None:
                    # "invited the prime minister to ...": the one named before with that title
                    invitee = _bare_title_holder(ctx, s, trigger.end, inviter)
                if _object_pronoun(ctx, trigger.end, s.last):
                    # "Modi spoke with Putin ... and invited him": the subject invites the other person named
                    people = [m for m in before if m.type == "Person" and not ctx.reports_rather_than_meets(m)]
                    pronoun_guest = not after or after[0].first > trigger.end + 1
                    said = _said_between(ctx, s.first, trigger.start)
                    sender = people[-1] if people and people[-1].last == trigger.start and people[-1].first > 0 and \
                        doc.tokens[people[-1].first - 1].norm in doc.lexicon.words("invitation_sender_preps") else None
                    recipients = _plural_recipients(ctx, people, trigger.end)
                    if recipients:
                        # "sent letters to Trump and Xi inviting them", "направил Си и Моди письма, пригласив их": each
                        # addressee of the letters is a guest, the one who sent them (named before) the host
                        subjects = [m for m in people if m.last <= recipients[0].first]
                        invitee = recipients[0].actor
                        inviter = subjects[-1].actor if subjects else _named_before(ctx, s, besides=invitee)
                        also = [m.actor for m in recipients[1:]]
                        pronoun_guest = False
                    elif sender is not None and len(people) > 1:
                        # "Putin received a letter from Xi inviting him": the sender invites the one who received it
                        inviter = sender.actor
                        invitee = next((m.actor for m in people if m.actor != inviter), None)
                    elif said is not None:
                        # "Lukashenko said Putin had invited him to Moscow": the one who says it is the guest
                        hosts = [m for m in ctx.in_range(said, trigger.start) if m.type == "Person"]
                        guests = [m for m in ctx.in_range(s.first, said) if m.type == "Person"]
                        if hosts and guests and hosts[-1].actor != guests[-1].actor:
                            inviter, invitee = hosts[-1].actor, guests[-1].actor
                    elif people and _pronoun_before(ctx, people[-1].last, trigger.start):
                        # "У розмові з Орбаном він запросив його": the one named is the guest, "він" the subject of the
                        # sentences before
                        invitee = people[-1].actor
                        told = [p for p in _antecedent_people(ctx, s) if p != invitee]
                        inviter = told[0] if told else _named_before(ctx, s, besides=invitee)
                        pronoun_guest = False
                    elif people and _quoted_first_person(ctx, s, people[0].first, trigger.end, people[-1].actor):
                        # "«Я мав розмову з Орбаном і запросив його», – написав Зеленський": "I" is the one quoted
                        invitee = people[-1].actor
                        inviter = _quoted_first_person(ctx, s, people[0].first, trigger.end, invitee)
                        pronoun_guest = False
                    elif people:
                        inviter = people[0].actor
                        others = [m.actor for m in people if m.actor != inviter]
                        invitee = others[-1] if others else invitee
            elif kind == "by":  # "на запрошення Ван І", "at the invitation of X": the subject is the guest
                # "по приглашению китайской стороны": a state's side right after the words is the host
                inviter = _state_side(ctx, trigger.end, min(s.last, trigger.end + 3)) or _first_actor(ctx, after) or \
                    _state_after(ctx, after)
                titled = _titled_host(ctx, s, trigger.end)
                if titled is not None and titled != inviter:
                    # "По приглашению Президента Казахстана Владимир Путин прибудет", "On the invitation of the Kazakh
                    # president, Putin will ...": the holder of the title told right after invites the one named next
                    inviter = titled
                # "прибыл в Египет по приглашению ...": the place arrived at is no guest
                # "passed on to Xi an invitation from Putin": a person after "to" is the one it is handed to
                invitee = _agent(ctx, [m for m in before if m.type == "Person" or not _after_locative(ctx, m.first)],
                                 people_first=True)
                if inviter is not None:
                    # "по приглашению президента США Трампа и президента Египта ас-Сиси": each of them invited
                    co_hosts = _co_hosts(ctx, after, inviter)
                if invitee is None and inviter is not None:
                    # "По приглашению Си Цзиньпина Токаев совершит визит": the guest named after the fronted host
                    guests = [m for m in after if m.type == "Person" and m.actor != inviter and m.actor not in co_hosts]
                    invitee = guests[0].actor if guests else None
            elif kind == "noun" and _addressed(ctx, after, trigger.end):
                # "renewed his invitation to Putin to visit", "an invitation for Xi to attend": the subject invites
                invitee = _addressed(ctx, after, trigger.end)
                also = _coordinated_people(ctx, after, invitee) if invitee else []  # "invitations to Xi and Modi"
                # "передав Блінкену запрошення для Байдена": the one it was handed to (a dative) only carries it
                inviter = _coordinated_subject(ctx, s, _giving_verb(ctx, first, trigger.start)) or \
                    _agent(ctx, _without_carrier(ctx, before), people_first=True)
            elif kind == "noun" and _addressee_and_sender(ctx, after, trigger.end) is not None:
                # "показав запрошення Трампу від Чарльза": the one right after the noun gets it, "від" names who sent it
                invitee, inviter = _addressee_and_sender(ctx, after, trigger.end)  # type: ignore[misc]
                if inviter is None and _given(ctx, first, trigger.start):
                    inviter = _agent(ctx, before)  # "Лукашенко озвучил приглашение Путину": the subject gives it
            elif kind == "noun" and _double_object(ctx, before, trigger.start) is not None:
                # "Putin handed Modi an invitation", "Modi sent Putin an invitation": the one right after the giving
                # verb gets it, the subject gives it
                invitee, inviter = _double_object(ctx, before, trigger.start)  # type: ignore[misc]
                inviter = _genitive_author(ctx, after, trigger.end, invitee) or inviter
            elif kind == "noun" and _recipient_before(ctx, before, after, trigger.end) is not None:
                # "белорусский лидер передал украинскому коллеге приглашение": the dative gets it, the subject gives it
                invitee, inviter = _recipient_before(ctx, before, after, trigger.end)  # type: ignore[misc]
                inviter = _genitive_author(ctx, after, trigger.end, invitee) or inviter
            elif kind == "noun" and _genitive_guest(ctx, s, after, trigger.end) is not None:
                # "запрошення президента України Зеленського відвідати США": the one of the genitive is to travel to a
                # state not his own, so he is the guest; who invites him is not said here
                invitee = _genitive_guest(ctx, s, after, trigger.end)
            elif kind in ("received", "noun"):
                # "Lula spoke with Putin and rejects an invitation": the one spoken with is no subject
                # "Моди получил от Путина приглашение": the one after "от", "від", "from" before the noun sent it
                senders = [m for m in before if m.type == "Person" and m.first > 0 and
                           doc.tokens[m.first - 1].norm in doc.lexicon.words("invitation_sender_preps")]
                invitee = _agent(ctx, [m for m in _without_companions(ctx, before) if m not in senders],
                                 people_first=True)
                inviter = _from_whom(ctx, after, trigger.end) or (senders[-1].actor if senders else None)
                named_after = [m for m in after if m.type == "Person"]
                author = next((m for m in named_after if m.actor == inviter), None)
                if kind == "noun" and invitee is None and author is not None:
                    # "an invitation by Sheikh Nawaf to King Salman to visit Kuwait", "приглашение от Путина для Моди":
                    # the one it is addressed to, right after the one who gives it
                    later = [m for m in named_after if m.first >= author.last]
                    invitee = _addressed(ctx, later, author.last) or next(
                        (m.actor for m in later[:1] if m.first - author.last <= 2 and _dative(ctx, m)
                         and not _BREAK.search(doc.article.text[doc.tokens[author.last - 1].end:
                                                                doc.tokens[m.first].start])), None)
                    # "a letter from the Amir Sheikh Nawaf to King Salman ... an invitation by the Amir to the King":
                    # a title alone is the one named with it before
                    inviter = _holder_named_before(ctx, author) or inviter
                    guest = next((m for m in later if m.actor == invitee), None)
                    invitee = (_holder_named_before(ctx, guest) if guest else None) or invitee
                if kind == "received" and invitee is None and len(named_after) > 1 and \
                        named_after[0].first == trigger.end and _instrumental(ctx, named_after[0]):
                    # "Приглашенный Путиным Моди примет участие", "Запрошений Путіним Моді": the agent, then the guest
                    inviter, invitee = named_after[0].actor, named_after[1].actor
                elif kind == "received" and invitee is None and named_after and \
                        not [m for m in before if m.type == "Person"] and \
                        doc.tokens[trigger.start].norm in doc.lexicon.words("invited_passive_forms"):
                    # "Приглашенный на саммит Моди прибыл в Казань"; "В Москву приглашены Си и Моди", "До Києва
                    # запрошені ...": the passive's subject told after it is the guest, and each one listed with him
                    invitee = named_after[0].actor
                    inviter = None if inviter == invitee else inviter
                    also = _coordinated_people(ctx, named_after, invitee, listed=True)
                if kind == "received" and invitee is not None and not also:
                    also = _coordinated_before(ctx, before, invitee)  # "Aliyev and Pashinyan were invited"
                agents = [m for m in after if m.type == "Person" and m.first == trigger.end + 1]
                if trigger.payload in ("accept", "decline") and agents and \
                        doc.tokens[trigger.end].norm in doc.lexicon.words("invitation_passive_agents"):
                    # "Xi's invitation ... was accepted by Putin": the one after "by" answers, the one before invited
                    inviter, invitee, also = invitee, agents[0].actor, []
            elif kind == "expect":
                told = " ".join(doc.tokens[j].norm for j in range(trigger.start, trigger.end))
                if told in doc.lexicon.words("invitation_expect_needs_place") and not any(
                        _place_told(ctx, m) for m in ctx.in_range(trigger.end, last)):
                    continue  # "is waiting for Putin's answer": a guest is awaited somewhere, "in Moscow"
                if _expected_to_meet(ctx, trigger.end, s.last):
                    continue  # "he is expected to meet Xi": a meeting foreseen, not a guest awaited
                if _greeting(ctx, s, trigger.start):
                    continue  # "рад видеть старого друга", "glad to see you": a greeting at a meeting, no invitation
                if _awaits_an_event(ctx, trigger.end, s.last):
                    continue  # "ждем предстоящего саммита": an event awaited, not a guest
                owner = next((m for m in ctx.in_range(trigger.end, s.last) if m.type == "Person"), None)
                if owner is not None and owner.first == trigger.end and doc.tokens[owner.last - 1].norm.endswith("'s") \
                        and not comp.visit.matches(doc.lemmas, None, owner.last, min(s.last, owner.last + 3)):
                    continue  # "awaits Trump's decision", "counting on Trump's support": his act, not his visit
                if _awaits_something_else(ctx, trigger.start, trigger.end, s.last):
                    continue  # "розраховуємо на підтримку", "чекаю на можливість розвинути", "is expected to ease"
                guest_named = _pronoun_guest(ctx, s, trigger.start, trigger.end)
                if guest_named is not None:
                    # "he looks forward to welcoming him", "Look forward to seeing him in India": the guest is the one
                    # named before, the host the one who says it
                    invitee, inviter = guest_named
                    after = [m for m in ctx.in_range(trigger.end, s.last) if m.type in ("Country", "City")]
                    if invitee is None or inviter is None:
                        continue
                # "В Кремле рассчитывают, что глава Азербайджана посетит Россию": the guest may be past the comma
                after = after if guest_named is not None else \
                    [m for m in ctx.in_range(trigger.end, s.last) if m.type in ("Person", "Country", "City")]
                # "за словами президента, Україна розраховує на ...", "according to Peskov": the source is no guest
                people = [m for m in after + before if m.type == "Person" and not _cited_source(ctx, m)]
                hosts = [m for m in before if m.type in ("Country", "City") and ctx.gaz.country_of(m.actor)]
                if guest_named is not None:
                    pass
                elif not people or not (comp.visit.matches(doc.lemmas, None, s.first, s.last) or
                                      [m for m in after if m.type in ("Country", "City")] or
                                      trigger.end - trigger.start > 1 or hosts):
                    continue
                else:
                    invitee = people[0].actor
                    # "готова прийняти Зеленського та Путіна": each guest awaited
                    also = _coordinated_people(ctx, [m for m in after if m.first >= people[0].first], invitee)
                    speakers = [m for m in ctx.in_range(s.first, trigger.start) if m.type == "Person"
                                and m.actor != invitee and ctx.is_participant_person(m.actor)]  # an aide only reports
                    host = ctx.gaz.country_of(hosts[-1].actor) if hosts else None
                    # "Li said Beijing would be glad to welcome ...": the host's own speaker invites
                    own = [m for m in speakers if host is None or ctx.state_of(m.actor) == host]
                    # "South Africa looks forward to hosting Trump ..., Ramaphosa said": the host's speaker after
                    # the quote
                    quoted = _quoted_speaker(ctx, s, trigger.end, besides=invitee) if not own and host else None
                    if own:
                        inviter = own[0].actor
                    elif quoted is not None and ctx.state_of(quoted) == host:
                        inviter = quoted
                    elif host:
                        inviter = host
            if kind == "expect" and invitee is not None and \
                    _speaker_travels(ctx, s, trigger.start, trigger.end, invitee):
                continue  # "Modi hoped to see Putin in Moscow": the speaker goes to the guest's country, no invitation
            thanks = _thanks(ctx, s, first, trigger.start, trigger.end) if kind in ("noun", "received", "by") or \
                kind == "active" and _thanked_for_inviting(ctx, s, trigger.start) else None
            if thanks is not None:
                # "Modi thanked Putin for the invitation to visit Russia": the one thanked invited the one thanking
                invitee, inviter = thanks
                if invitee is None:
                    continue
            if invitee is None and kind == "by":
                invitee = _office_holder(ctx, s, trigger.start)  # "Глава государства прибыл ... по приглашению"
            if inviter is None and kind in ("active", "noun", "expect"):
                # "the Prime Minister also reiterated his invitation to ...": the person of that office named before
                inviter = _office_holder(ctx, s, trigger.start, besides=invitee)
                if inviter is None and _first_person_before(ctx, first, trigger.start):
                    inviter = _quoted_speaker(ctx, s, trigger.end, besides=invitee)  # "«Я ... жду", — отметил он"
                    if inviter is None and kind == "expect":
                        # "«Я чекаю ... привітати колегу в Києві», — підсумував він": "він" is the one told of before
                        inviter = _named_before(ctx, s, besides=invitee)
                if inviter == invitee:
                    inviter = None
            if inviter is None and kind == "active" and _first_person_before(ctx, first, trigger.start):
                # "«Я запросив ...», - сказав Зеленський"
                inviter = _quoted_speaker(ctx, s, trigger.end, besides=invitee)
            if inviter is None and kind == "active" and _pronoun_before(ctx, first, trigger.start):
                if pronoun_guest and invitee is None:
                    # "Zelensky met Fico. He invited him to Kyiv": the subject of the sentence before invites its object
                    told = _antecedent_people(ctx, s)
                    inviter = told[0] if len(told) >= 2 else None
                else:
                    inviter = _named_before(ctx, s, besides=invitee)  # "he extended an invitation to Modi"
            if pronoun_guest and invitee is None and inviter is not None:
                # "Xi spoke with Lula. Xi invited him to visit China", "Орбан провёл переговоры с Токаевым. Премьер
                # пригласил его": the other person of the nearest sentence before that names people
                others = [p for p in _antecedent_people(ctx, s) if p != inviter and ctx.state_of(p) != inviter]
                plural = trigger.end < s.last and \
                    doc.tokens[trigger.end].norm in doc.lexicon.words("plural_object_pronouns")
                # "sent letters to 20 leaders inviting them": "them" stands for no one person named before
                invitee = others[0] if others and not (plural and len(others) < 2) else None
            if invitee is None and kind == "received" and first > s.first:
                # "Зеленский заявил, что принял приглашение Эрдогана": the one who says it accepted it
                said = [m for m in ctx.in_range(s.first, first) if m.type == "Person" and m.actor != inviter
                        and ctx.is_participant_person(m.actor)]
                invitee = said[-1].actor if said and _said_between(ctx, s.first, first) else None
            if invitee is None and kind == "received" and not [m for m in before if m.type == "Person"] and \
                    _pronoun_before(ctx, max(first, trigger.start - 3), trigger.start):
                # "Putin met Xi in Moscow. He accepted an invitation to visit China", "Он принял приглашение": the
                # pronoun stands for the subject of the sentence before
                told = _antecedent_people(ctx, s)
                invitee = told[0] if told else None
            if inviter is None and kind == "active" and invitee is not None:
                # "NATO invited Zelensky to the summit", "ЕС пригласил": an organisation as the subject invites
                bodies = [m for m in ctx.in_range(first, trigger.start) if m.type == "Organization"
                          and ctx.gaz.entries.get(m.actor, {}).get("kind") != "media"]  # not "как сообщает ТАСС"
                if bodies and not any(m.first > bodies[-1].first for m in before):
                    inviter = bodies[-1].actor
            possessive = _possessive_inviter(ctx, trigger.start) or (
                _own_invitation(ctx, s, trigger.start, invitee)
                if kind in ("noun", "received") and inviter is None else None)
            if possessive and kind in ("noun", "received"):  # "at Putin's invitation"
                inviter = possessive
                if invitee == inviter:
                    others = [m.actor for m in before + after if m.type == "Person" and m.actor != inviter]
                    invitee = others[0] if others else None
            visit_place = None
            if invitee is None and inviter is not None and kind in ("by", "noun"):
                # "The state visit takes place at the invitation of Xi", "Визит проходит по приглашению Си": the visit
                # told of is the one of the guest named in the sentences before
                invitee, visit_place = _visit_guest_before(ctx, s, first, trigger.start, inviter)
                if invitee is None and kind == "noun" and not ctx.in_range(first, trigger.start) and not [
                        m for m in after if m.type == "Person" and m.actor != inviter] and \
                        _sent_from(ctx, after, inviter):
                    # "Scholz held talks with Duda in Warsaw. The invitation came from the Polish side", "Приглашение
                    # поступило от польской стороны": the invitation of the meeting told before
                    invitee, visit_place = _visit_guest_before(ctx, s, first, trigger.start, inviter, visit=False)
            if invitee is None and inviter is not None and kind == "by" and _pronoun_before(ctx, first, last):
                # "Sybiha arrived in Poland. In Warsaw, at the invitation of Sikorski, he will address the envoys",
                # "на запрошення колеги він виступить": the subject pronoun is the guest named in the sentence before
                invitee = _guest_of_pronoun(ctx, s, first, last, inviter)
            if invitee is None and found and ("accept" in kinds or _accepted_later(ctx, s, trigger.end)):
                # "The invitation was accepted": the invitation told before, now accepted
                last = found[-1]
                found[-1] = Invitation(invitee=last.invitee, inviter=last.inviter, destination=last.destination,
                                       occasion=last.occasion, time_frame=last.time_frame, accepted=True,
                                       evidence=last.evidence + (ctx.evidence(s, "invitations"),))
                continue
            if invitee is None and kind in ("noun", "received"):
                # "Аналогичное приглашение получил Токаев", "the same invitation went to Tokayev": the one named after
                # the noun gets it, whoever the subject guessed
                named = [m.actor for m in after if m.type == "Person"]
                if named and _same_as_before(ctx, s, trigger.start, named[0], found) is not None:
                    invitee = named[0]
                    inviter = None if inviter in named else inviter
            if invitee is None or invitee == inviter:
                continue
            if inviter is not None and ctx.gaz.country_of(invitee) == invitee and ctx.state_of(inviter) == invitee:
                # "the U.S. president ... would be glad to see (Putin) in the White House": nobody invites his own state
                continue
            destination = _destination(ctx, after, invitee, inviter)
            celebrated = celebrated or [m for m in after if m.type == "Person" and m.actor != invitee
                                        and _celebrated(ctx, m)]
            if destination is None and celebrated:
                destination = ctx.state_of(celebrated[0].actor)  # "to the inauguration of the Polish president"
            if kind == "by":
                # "arrived in Egypt at the invitation of US President Trump": the place arrived at, not a title's state
                # "will visit Ankara at the invitation of his Turkish counterpart": the place right after a trip verb
                trips = doc.lexicon.lemmas_of("invitation_trip_verbs")
                arrived = [m for m in ctx.in_range(s.first, trigger.start) if m.type in ("Country", "City")
                           and (_after_locative(ctx, m.first) or m.first > 0 and doc.lemmas[m.first - 1] & trips)]
                # "(photo: at the airport in Jakarta) ... wrapping up a state visit to Indonesia at the invitation of":
                # the place the visit word names is the trip's
                visit_ends = {v.end for v in comp.visit.matches(doc.lemmas, None, s.first, trigger.start)}
                named = [m for m in arrived if m.first - 1 in visit_ends or m.first - 2 in visit_ends]
                destination = _destination(ctx, named, invitee, None) or _destination(ctx, arrived, invitee, None) \
                    or destination
            # "Ramaphosa has concluded a state visit to China. The state visit took place in Beijing at the invitation
            # of Xi": the place told with the visit before
            destination = visit_place or destination
            if destination is None:
                # "invited him, to visit Jakarta next year": a later clause names the trip's place only where it tells
                # of a visit; "предложив, чтобы Индия не оставалась единственным пунктом" is about another trip
                visits = [v.start for v in comp.visit.matches(doc.lemmas, None, trigger.start, s.last)
                          + comp.summit.matches(doc.lemmas, None, trigger.start, s.last)]
                rest = [m for m in ctx.in_range(last, s.last) if m.type in ("Country", "City")
                        and any(v < m.first for v in visits)]
                destination = _destination(ctx, rest, invitee, inviter)
            if inviter is not None and ctx.gaz.country_of(inviter) == inviter and inviter == ctx.state_of(invitee):
                inviter = None  # "Ruto expressed gratitude for the invitation": his own state invites him nowhere
            if destination is None and kind in ("received", "by", "noun"):
                # "прибыл в Казань, приняв приглашение": the place the guest came to
                earlier = [m for m in ctx.in_range(s.first, trigger.start) if m.type in ("Country", "City")
                           and _after_locative(ctx, m.first)]
                destination = _destination(ctx, earlier, invitee, None)
            to_summit = kind == "active" and thanks is None and \
                bool(comp.summit.matches(doc.lemmas, None, trigger.end, min(last, trigger.end + 8)))
            if destination is None and inviter is not None:
                destination = ctx.state_of(inviter)
                # "invited him to visit the Russian capital", "до української столиці": the host's capital by its word
                destination = _adjective_capital(ctx, trigger.end, last, destination) or destination
                # "Brazil will host COP30 in Belém, and Lula is counting on Xi": the host's city named in the sentence
                cities = [m.actor for m in ctx.in_range(s.first, s.last)
                          if m.type == "City" and _after_locative(ctx, m.first)
                          # "В Анкаре рассчитывают": the capital speaks for the state
                          and not ctx.gaz.country_of(m.actor)
                          and (ctx.gaz.actor(m.actor) and ctx.gaz.actor(m.actor).country == destination)]  # type: ignore[union-attr]
                if destination is not None and len(set(cities)) == 1:
                    destination = cities[0]
                # "зустрінуться в Сочі на запрошення путіна ... путін запросив Пашиняна і Алієва до участі у саміті":
                # the city the same host invited to before, in his own state
                told = _city_invited_to(ctx, s, inviter, destination) if destination is not None else set()
                if len(told) == 1:
                    destination = told.pop()
                elif to_summit and destination == ctx.state_of(inviter):
                    # a summit whose place is not told is not held where the host's state says: "запросив Орбана на
                    # Глобальний саміт миру" (in Switzerland)
                    destination = None
            if destination is not None and destination == ctx.state_of(invitee):
                destination = ctx.state_of(inviter) if inviter else None
            if inviter is None and kind in ("noun", "received", "by"):
                inviter = _title_from(ctx, s, trigger.end, destination)
                if inviter == invitee:
                    inviter = None
            frame = _time_frame(ctx, trigger.start, s.last)
            accepted = True if "accept" in kinds or _accepted_later(ctx, s, trigger.end) else (
                False if "decline" in kinds else None)
            if kind in ("active", "noun") and not accepted and _day_it_was_given(ctx, frame):
                frame = None  # "extended the invitation during a meeting on Tuesday": the day it was given
            if accepted is not None and inviter is None and destination is not None:
                # "agreed to visit China": China's leader hosts; "declined an invitation to visit Russia": Russia's
                # leader gave the invitation all the same
                inviter = _host_leader(ctx, destination, invitee, s)
            elif kind == "received" and inviter is None and destination is not None:
                # "Mirziyoyev was invited to the summit in Miami", "получил приглашение посетить Китай", no one said to
                # invite: the host state's head told of nearby (not a minister, who may speak for his state's side)
                host = _host_leader(ctx, destination, invitee, s)
                inviter = host if host and {r.role for r in ctx.gaz.roles_of(host, ctx.ref)} & LEADER_ROLES else None
            same = _same_as_before(ctx, s, trigger.start, invitee, found) \
                if inviter is None and destination is None and kind in ("noun", "received") else None
            if same is not None:
                # "Trump invited Mirziyoyev to the G20 summit in Miami. A similar invitation went to Tokayev",
                # "Аналогичное приглашение получил Токаев": the host, place and time of the invitation told before
                inviter, destination = same.inviter, same.destination
                frame = frame or same.time_frame
            for guest in [invitee] + [a for a in also if a != inviter]:
                for host in [inviter] + [h for h in co_hosts if h not in (inviter, guest)]:
                    found.append(Invitation(invitee=guest, inviter=host,
                                            destination=destination, occasion=_occasion(ctx, s, trigger.end),
                                            time_frame=frame, accepted=accepted,
                                            evidence=(ctx.evidence(s, "invitations"),)))
        if len(found) == mark and {t.payload for t in sentence_triggers} == {"expect_visit"}:
            # "Xi Jinping is expected at the G20 summit in Rio": no guest awaited by a host, a part in an event abroad
            found.extend(_attendance_to_come(ctx, sentence))
    return _dedupe(ctx, found)


def _city_invited_to(ctx: ArticleContext, s, inviter: str, state: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The cities of the host's state named in earlier sentences that tell of his invitation ("Лідери зустрінуться
    в Сочі на запрошення Путіна")."""
    doc = ctx.doc
    out: set[str] = set()
    for earlier in doc.sentences[:s.index]:
        if not doc.lexicon.compiled.invitation.matches(doc.lemmas, None, earlier.first, earlier.last):
            continue
        named = ctx.in_range(earlier.first, earlier.last)
        if not any(m.actor == inviter for m in named):
            continue
        out |= {m.actor for m in named if m.type == "City" and _after_locative(ctx, m.first)
                and (ctx.gaz.actor(m.actor) or _NO_ACTOR).country == state}
    return out


def _addressee_and_sender(ctx: ArticleContext, after: list[TokenMention],
                          index: int) -> tuple[str, str | None] | None:
    """(guest, host) for "запрошення Трампу від Чарльза", "приглашение Путину от Си": a person right after the
    invitation noun and another after "от", "від", "from"."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    people = [m for m in after if m.type == "Person"]
    if not people or people[0].first - index > 1:
        return None
    senders = [m for m in people[1:] if m.actor != people[0].actor and
               {ctx.doc.tokens[j].norm for j in range(max(index, m.first - 2), m.first)} & {"от", "від", "from"}]
    if senders:
        return people[0].actor, senders[0].actor
    lem = lemmatizer(ctx.doc.lang)
    # "запрошення Трампу", "приглашение президенту России": a dative (the name's, or the title's that heads it) names
    # who gets it; who sent it is not said
    if isinstance(lem, PymorphyLemmatizer) and any(lem.part_and_case(ctx.doc.tokens[j].norm)[1] == "datv"
                                                   for j in {people[0].first, people[0].last - 1}):
        return people[0].actor, None
    return None


def _coordinated_before(ctx: ArticleContext, before: list[TokenMention], last: str) -> list[str]:
    """Other guests listed before the last one ("Алиев и Пашинян были приглашены", "A, B and C were invited")."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    people = [m for m in before if m.type == "Person"]
    out: list[str] = []
    for a, b in reversed(list(zip(people, people[1:]))):
        if b.actor != last and b.actor not in out:
            break
        gap = doc.article.text[doc.tokens[a.last - 1].end:doc.tokens[b.first].start].strip()
        words = [doc.tokens[j].norm for j in range(a.last, b.first)]
        if a.actor != last and a.actor not in out and (gap == "," or len(words) == 1 and words[0] in coordination):
            out.append(a.actor)
        else:
            break
    return out


def _hosted_round(ctx: ArticleContext, s, triggers) -> list[Invitation] | None:  # type: ignore[no-untyped-def]
    """"Erdogan said Turkey is ready to host the next round of talks between Russia and Ukraine", "Туреччина готова
    прийняти наступний раунд переговорів у тристоронньому форматі": a round of talks already under way, offered a
    venue, invites each of its parties (the states named after it; for a "trilateral" round not named there, the
    states of the sentences before) to the host state, from the one who says it (else the host state). An offer to
    host talks not yet agreed ("offered to host talks between Putin and Zelensky") names no round: mediation.
    None where no round is offered a venue; no invitation where the offer is denied ("is not ready to host")."""
    doc = ctx.doc
    rounds = doc.lexicon.lemmas_of("invitation_talks_rounds")
    hosting = doc.lexicon.lemmas_of("invitation_host_verbs") | doc.lexicon.lemmas_of("invitation_round_verbs")
    offered = False
    for t in triggers:
        if t.payload not in ("expect_visit", "invite"):
            continue
        if not any(doc.lemmas[j] & hosting for j in range(t.start, t.end)):
            continue
        at = next((j for j in range(t.end, min(s.last, t.end + 4)) if doc.lemmas[j] & rounds), None)
        if at is None:
            continue
        offered = True
        if _questioned_or_denied(ctx, s, t.start):
            continue
        first, last = ctx.clause(s, t.start)
        hosts = [m for m in ctx.in_range(first, t.start) if m.type in ("Country", "City")
                 and ctx.gaz.country_of(m.actor) and not _after_locative(ctx, m.first)]
        speakers = [m for m in ctx.in_range(s.first, t.start) if m.type == "Person"
                    and ctx.is_participant_person(m.actor)]
        host = ctx.gaz.country_of(hosts[-1].actor) if hosts else (
            ctx.state_of(speakers[-1].actor) if speakers else None)
        if host is None:
            continue
        inviter = speakers[-1].actor if speakers and ctx.state_of(speakers[-1].actor) in (host, None) else host
        parties = _states_named(ctx, at + 1, s.last, besides=host)
        formats = doc.lexicon.lemma_table("invitation_multiparty_words")
        count = next((formats[lemma] for j in range(at - 3, s.last) for lemma in doc.lemmas[j] if lemma in formats),
                     None)
        if len(parties) < 2 and count:
            # "a round in the trilateral format": the states of the sentences before, where they are that many
            for earlier in reversed(doc.sentences[max(0, s.index - 3):s.index]):
                parties = list(dict.fromkeys(parties + _states_named(ctx, earlier.first, earlier.last, besides=host)))
            if len(parties) != count:
                continue
        if len(parties) < 2:
            continue
        frame = _time_frame(ctx, t.end, s.last)
        talks = next((j + 1 for j in range(at + 1, min(last, at + 4)) if doc.lemmas[j] & doc.lexicon.lemmas_of(
            "invitation_talks_words")), at + 1)
        occasion = doc.span_text(at - 1 if at > t.end else at, talks)
        return [Invitation(invitee=party, inviter=inviter, destination=host, occasion=occasion, time_frame=frame,
                           accepted=None, evidence=(ctx.evidence(s, "invitations"),)) for party in parties]
    return [] if offered else None


def _next_meeting_announced(ctx: ArticleContext, s) -> list[Invitation]:  # type: ignore[no-untyped-def]
    """"Наступні консультації мають відбутися наступного року у Києві", "the next round of talks will be held in
    Warsaw", "следующая встреча должна пройти в Минске": the next meeting of two sides (`invitation_next_words`
    before one of `invitation_next_meetings`) announced (a future verb or `invitation_planned_words`) for a place
    named in the sentence is an invitation of the other side by the host, the state the place lies in. The sides are
    those the sentence names, else those of the nearest of the three sentences before that names another than the
    host: its people where it names them (a person of the host's state invites), else its states. None where the
    sentence denies it or names no place."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    nexts = doc.lexicon.lemmas_of("invitation_next_words")
    meeting = next((m for m in doc.lexicon.phrases("invitation_next_meetings").longest(doc.lemmas, None, s.first,
                                                                                      s.last)
                    if any(doc.lemmas[j] & nexts for j in range(max(s.first, m.start - 2), m.start))), None)
    if meeting is None or doc.lexicon.compiled.negation.matches(doc.lemmas, None, s.first, s.last):
        return []
    planned = bool(doc.lexicon.phrases("invitation_planned_words").matches(doc.lemmas, None, s.first, s.last)) or \
        isinstance(lem, PymorphyLemmatizer) and any(lem.is_future_verb(doc.tokens[j].norm)
                                                    for j in range(s.first, s.last))
    places = [m for m in ctx.in_range(meeting.end, s.last) if m.type in ("City", "Country")
              and _after_locative(ctx, m.first)]
    if not planned or not places:
        return []
    place = places[0].actor
    host = ctx.gaz.country_of(place) or (ctx.gaz.actor(place) or _NO_ACTOR).country or None
    if host is None:
        return []
    guests: list[str] = []
    inviter: str = host
    parties = _states_named(ctx, s.first, s.last, besides=host)
    if parties:
        guests = parties
    else:
        for earlier in reversed(doc.sentences[max(0, s.index - 3):s.index]):
            named = [m for m in ctx.in_range(earlier.first, earlier.last) if m.type == "Person"
                     and ctx.is_participant_person(m.actor) and ctx.state_of(m.actor)]
            people = list(dict.fromkeys(m.actor for m in named if ctx.state_of(m.actor) != host))
            hosts = [m.actor for m in named if ctx.state_of(m.actor) == host]
            states = _states_named(ctx, earlier.first, earlier.last, besides=host)
            if people or states:
                guests = people or states
                inviter = hosts[0] if people and hosts else host
                break
    if not guests:
        return []
    frame = _time_frame(ctx, meeting.end, s.last)
    start = next(j for j in range(max(s.first, meeting.start - 2), meeting.start) if doc.lemmas[j] & nexts)
    occasion = doc.span_text(start, meeting.end)
    return [Invitation(invitee=guest, inviter=inviter, destination=place, occasion=occasion, time_frame=frame,
                       accepted=None, evidence=(ctx.evidence(s, "invitations"),)) for guest in guests]


def _states_named(ctx: ArticleContext, first: int, last: int, besides: str | None) -> list[str]:
    """The states named in [first, last) in order (a capital or a person standing for theirs), without `besides`."""
    out: list[str] = []
    for m in ctx.in_range(first, last):
        if m.type == "City" and _after_locative(ctx, m.first):
            continue  # "talks in Abu Dhabi": where they met, no party
        state = ctx.state_of(m.actor) if m.type == "Person" else ctx.gaz.country_of(m.actor)
        if state is None and m.type == "Organization" and ctx.gaz.entries.get(m.actor, {}).get("kind") != "media":
            state = m.actor  # "talks between Israel and Hamas"
        if state and state != besides and state not in out:
            out.append(state)
    return out


def _without_carrier(ctx: ArticleContext, before: list[TokenMention]) -> list[TokenMention]:
    """The mentions before an invitation noun without the last person where that one stands in the dative after
    another person ("Зеленський передав Блінкену запрошення для Байдена": Blinken carries it)."""
    lem = lemmatizer(ctx.doc.lang)
    people = [m for m in before if m.type == "Person"]
    if len(people) < 2 or not isinstance(lem, PymorphyLemmatizer) or \
            lem.part_and_case(ctx.doc.tokens[people[-1].last - 1].norm)[1] != "datv":
        return before
    return [m for m in before if m is not people[-1]]


def _counterpart_after(ctx: ArticleContext, index: int, last: int) -> bool:
    """Whether a counterpart word ("коллегу", "колегу", "counterpart") right after `index` (an adjective or
    possessive between) names nobody by itself."""
    doc = ctx.doc
    found = [m for m in doc.lexicon.compiled.counterpart.matches(doc.lemmas, None, index, min(last, index + 4))
             if m.start - index <= 2]
    if not found or ctx.in_range(index, found[0].end):
        return False
    # "его коллегу", "його колегу": another's colleague (one's own is "своего коллегу"); "his counterpart" is his own
    return doc.lang == "en" or not any(doc.tokens[j].norm in doc.lexicon.words("object_pronouns")
                                       for j in range(index, found[0].start))


def _holder_named_before(ctx: ArticleContext, m: TokenMention) -> str | None:
    """The person a title alone stands for ("the Amir", "the King"): the last one named right after the same title
    earlier in the article ("the Amir Sheikh Nawaf", "King Salman"), not whoever holds it today; None for a name."""
    if m.via != "title":
        return None
    doc = ctx.doc
    width = m.last - m.first
    named = [x for x in ctx.in_range(0, m.first) if x.type == "Person" and x.via != "title"]
    holders = [x.actor for x in named  # "Эмир Кувейта шейх Наваф", then "от эмира": the title in any case
               if any(all(doc.lemmas[j + k] & doc.lemmas[m.first + k] for k in range(width))
                      for j in range(max(0, x.first - 3 - width), x.first - width + 1))]
    return holders[-1] if holders else None


def _bare_title_holder(ctx: ArticleContext, s, index: int, inviter: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The person a title with no name and no state of its own stands for, as the object at `index` ("invited the
    prime minister to ...", "пригласил премьер-министра принять участие"): the last one named before the sentence
    right after the same title ("with Singapore's Prime Minister Wong", "с премьер-министром Сингапура Вонгом")."""
    doc = ctx.doc
    last = s.last
    start = index + 1 if index < last and doc.tokens[index].norm in doc.lexicon.words("determiners") else index
    roles = [r for r in doc.lexicon.compiled.roles.longest(doc.lemmas, None, start, min(last, start + 4))
             if r.start == start]
    if not roles:
        return None
    end = roles[0].end
    # "the prime minister of India", "премьер-министра Индии Моди": a state or a name after it is a title of its own
    if ctx.in_range(start, min(last, end + 3)) or end < last and doc.capitalised[end]:
        return None
    titled = [r.end for r in doc.lexicon.compiled.roles.longest(doc.lemmas, None, 0, s.first)
              if r.payload == roles[0].payload]
    holders = [m.actor for m in ctx.in_range(0, s.first) if m.type == "Person" and m.actor != inviter
               and any(0 <= m.first - e <= 4 for e in titled)]
    return holders[-1] if holders else None


def _object_pronoun(ctx: ArticleContext, index: int, last: int) -> bool:
    """Whether the word at `index` is an object pronoun ("him", "его", "його") and not a possessive before a noun
    ("пригласил его коллегу")."""
    doc = ctx.doc
    if index < last and doc.tokens[index].norm in doc.lexicon.words("demonstrative_object_pronouns"):
        return _demonstrative_object(ctx, index, last)
    if index >= last or doc.tokens[index].norm not in \
            doc.lexicon.words("object_pronouns") | doc.lexicon.words("request_object_pronouns"):
        return False
    lem = lemmatizer(doc.lang)
    if index + 1 < last and isinstance(lem, PymorphyLemmatizer) and \
            not any(m.first == index + 1 for m in ctx.mentions):
        part, case, _ = lem.part_and_case(doc.tokens[index + 1].norm)
        return not (part in ("NOUN", "ADJF") and case == "accs")  # "его коллегу" (accusative only: "його до")
    return True


def _plural_recipients(ctx: ArticleContext, people: list[TokenMention], index: int) -> list[TokenMention]:
    """The people a plural object pronoun ("them", "их", "їх") at `index` stands for: two or more persons told right
    before it as the addressees of what was sent ("to X and Y", a dative "Си и Моди"), with nothing but their titles,
    joiners and a time between them."""
    doc = ctx.doc
    if doc.tokens[index].norm not in doc.lexicon.words("plural_object_pronouns") or len(people) < 2:
        return []
    preps = doc.lexicon.words("invitation_addressee_preps") | doc.lexicon.words("to_preps")
    listed: list[TokenMention] = []
    for m in reversed(people):
        if listed and m.last < listed[0].first - 6:
            break
        listed.insert(0, m)
    # the first of them follows "to" (with "the leaders of ..., including" between) or is a dative
    if doc.lang == "en":
        to = [j for j in range(max(0, listed[0].first - 20), listed[-1].first) if doc.tokens[j].norm in preps
              and not any(m.first <= j < m.last for m in listed)]
        if not to:
            return []
        listed = [m for m in listed if m.first > to[-1]]
    else:
        listed = [m for m in listed if _dative(ctx, m)]
    return listed if len(listed) >= 2 else []


def _dative_addressee(ctx: ArticleContext, before: list[TokenMention], index: int,
                      last: int) -> tuple[str, str] | None:
    """(sender, guest) where an inviting verb is followed right away by the trip's infinitive, with no guest named
    after it ("... направил Пашиняну послание и пригласил посетить Париж", "надіслав Пашиняну листа і запросив
    відвідати"): the person in the dative named last before the verb is the guest, the first person named the sender.
    None in English, and where no two people are named before or the last is no dative."""
    doc = ctx.doc
    if doc.lang == "en" or index >= last or not doc.lemmas[index] & doc.lexicon.lemmas_of("invitation_trip_verbs"):
        return None
    people = [m for m in before if m.type == "Person"]
    if len(people) < 2 or not _dative(ctx, people[-1]):
        return None
    senders = [m for m in people[:-1] if m.actor != people[-1].actor]  # the subject, named first
    return (senders[0].actor, people[-1].actor) if senders else None


def _demonstrative_object(ctx: ArticleContext, index: int, last: int) -> bool:
    """Whether a demonstrative at `index` stands for the person named before ("пригласил того посетить Россию",
    "запросив того до Києва"): a trip verb or a preposition follows it; "того же", "того, кто", "того лидера" point
    elsewhere."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    if index + 1 >= last or not isinstance(lem, PymorphyLemmatizer) or any(m.first == index + 1 for m in ctx.mentions):
        return False
    if doc.lemmas[index + 1] & doc.lexicon.lemmas_of("invitation_trip_verbs") or \
            doc.tokens[index + 1].norm in doc.lexicon.words("invitation_aim_preps"):
        return True
    part, _, _ = lem.part_and_case(doc.tokens[index + 1].norm)
    return part in ("INFN", "PREP")


def _sent_from(ctx: ArticleContext, after: list[TokenMention], inviter: str) -> bool:
    """Whether the inviter is told as the one an invitation comes from: a state's side ("from the Polish side", "от
    польской стороны"), or one named right after "from", "от", "від" (not the subject of "получил")."""
    doc = ctx.doc
    if ctx.gaz.country_of(inviter) == inviter:
        return True
    return any(m.actor == inviter and any(doc.tokens[j].norm in ("from", "от", "від")
                                          for j in range(max(0, m.first - 3), m.first)) for m in after)


def _visit_guest_before(ctx: ArticleContext, s, first: int, index: int,  # type: ignore[no-untyped-def]
                        inviter: str, visit: bool = True) -> tuple[str | None, str | None]:
    """(guest, place) of a visit that is the subject of an invitation phrase at `index` ("The state visit takes place
    at the invitation of Xi", "This week's visit is at Lula's invitation", "Визит проходит по приглашению"): a visit
    word before it in its clause, nobody else named there; the guest is the first person of the nearest of the two
    sentences before who is neither the host nor of his state, the place the first one that sentence names after a
    locative outside the guest's state ("concluded a state visit to China"). (None, None) otherwise ("at the
    invitation of Xi" alone, "During the visit, Xi invited"). With `visit` False no visit word is needed ("The
    invitation came from the Polish side": the noun itself is the subject)."""
    doc = ctx.doc
    if any(m.type == "Person" and m.actor != inviter for m in ctx.in_range(first, index)) or \
            visit and not doc.lexicon.compiled.visit.matches(doc.lemmas, None, first, index):
        return None, None
    host = ctx.state_of(inviter) or inviter
    for earlier in reversed(doc.sentences[max(0, s.index - 2):s.index]):
        told = [m for m in ctx.in_range(earlier.first, earlier.last)]
        people = [m.actor for m in told if m.type == "Person" and ctx.is_participant_person(m.actor)
                  and not ctx.reports_rather_than_meets(m)]
        if not people:
            continue
        # a person of no known state may be the host's own ("Kaczynski", a newcomer to the gazetteer)
        guests = [p for p in people if p != inviter and ctx.state_of(p) not in (host, host if visit else None)]
        if not guests:
            return None, None
        places = [m.actor for m in told if m.type in ("Country", "City") and _after_locative(ctx, m.first)
                  and ctx.state_of(m.actor) != ctx.state_of(guests[0])]
        return guests[0], (places[0] if places else None)
    return None, None


def _guest_of_pronoun(ctx: ArticleContext, s, first: int, last: int,  # type: ignore[no-untyped-def]
                   inviter: str) -> str | None:
    """The guest a subject pronoun of an "at the invitation of X" clause stands for: nobody else named in the
    clause, the first person of the nearest sentence before who is neither the host nor of his state."""
    if any(m.type == "Person" and m.actor != inviter for m in ctx.in_range(first, last)):
        return None
    host = ctx.state_of(inviter) or inviter
    guests = [p for p in _antecedent_people(ctx, s) if p != inviter and ctx.state_of(p) != host]
    return guests[0] if guests else None


def _same_as_before(ctx: ArticleContext, s, index: int, guest: str,  # type: ignore[no-untyped-def]
                    found: list[Invitation]) -> Invitation | None:
    """The invitation told before that one at `index` repeats for another guest: a word of sameness right before
    the invitation's noun ("a similar invitation", "the same invitation", "аналогичное приглашение", "такое же
    приглашение", "таке саме запрошення", `invitation_same_words`), the last invitation found of another guest."""
    doc = ctx.doc
    words = doc.lexicon.lemmas_of("invitation_same_words")
    if not any(doc.lemmas[j] & words for j in range(max(s.first, index - 3), index)):
        return None
    earlier = [i for i in found if i.invitee != guest and (i.inviter is not None or i.destination is not None)]
    return earlier[-1] if earlier else None


def _antecedent_people(ctx: ArticleContext, s) -> list[str]:  # type: ignore[no-untyped-def]
    """The people (not aides) of the nearest of the two sentences before `s` that names any, in the order named:
    the first is its subject, the others its objects."""
    doc = ctx.doc
    for earlier in reversed(doc.sentences[max(0, s.index - 2):s.index]):
        people = [m.actor for m in ctx.in_range(earlier.first, earlier.last) if m.type == "Person"
                  and ctx.is_participant_person(m.actor) and not ctx.reports_rather_than_meets(m)]
        if people:
            return list(dict.fromkeys(people))
    return []


def _first_person_before(ctx: ArticleContext, first: int, index: int) -> bool:
    """Whether the speaker talks of himself just before `index`: "Я", "I", or a verb in the first person at or
    before it ("Чекаю нагоди привітати", "Жду").
    """
    words = ctx.doc.lexicon.words("first_person_pronouns")
    if any(ctx.doc.tokens[j].norm in words for j in range(max(first, index - 3), index)):
        return True
    lem = lemmatizer(ctx.doc.lang)
    return isinstance(lem, PymorphyLemmatizer) and index < len(ctx.doc.tokens) and \
        lem.is_first_person(ctx.doc.tokens[index].norm)


def _cited_source(ctx: ArticleContext, mention: TokenMention) -> bool:
    """Whether the mention is named as the source of what is told ("за словами президента", "according to Peskov",
    `reported_by_words`)."""
    doc = ctx.doc
    return any(m.end >= mention.first - 2 for m in doc.lexicon.phrases("reported_by_words").matches(
        doc.lemmas, None, max(0, mention.first - 5), mention.first))


def _quoted_first_person(ctx: ArticleContext, s, before: int, index: int,  # type: ignore[no-untyped-def]
                         besides: str | None) -> str | None:
    """The one a quote is attributed to after `index` when the quote says "I" before `before` ("«Я мав розмову з
    Орбаном і запросив його», – написав Зеленський"); None when it does not."""
    words = ctx.doc.lexicon.words("first_person_pronouns")
    if not any(ctx.doc.tokens[j].norm in words for j in range(s.first, before)):
        return None
    speaker = _quoted_speaker(ctx, s, index, besides=besides)
    text = ctx.doc.article.text
    opened = s.start
    for nxt in ctx.doc.sentences[s.index + 1:s.index + 3]:
        if speaker is not None:
            break
        quote = text[opened:nxt.start]
        if quote.count("\"") % 2 == 0 and quote.count("«") <= quote.count("»"):
            break  # the quote closed: the next sentence speaks of another
        # "«Я ... запросив його. Позиція Угорщини важлива», – написав Зеленський": the quote goes on past the sentence
        speaker = _quoted_speaker(ctx, nxt, nxt.first, besides=besides)
    return speaker


def _quoted_speaker(ctx: ArticleContext, s, index: int, besides: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The person a quote is attributed to after it ("..., - сказав Зеленський", "..., Zelensky said", "...,
    – написав Зеленський": a post quoted is attributed by writing, `quote_writing_verbs`)."""
    doc = ctx.doc
    verbs = doc.lexicon.lemmas_of("reporting_verbs") | doc.lexicon.lemmas_of("quote_writing_verbs")
    for m in ctx.in_range(index, s.last):
        if m.type != "Person" or m.actor == besides:
            continue
        near = list(range(max(index, m.first - 2), m.first)) + list(range(m.last, min(s.last, m.last + 2)))
        if any(doc.lemmas[j] & verbs for j in near):
            return m.actor
    return None


def _hosts_a_summit(ctx: ArticleContext, index: int, last: int) -> bool:
    """Whether "offered to host", "предложил провести" takes a summit ("the next summit"), not talks between others."""
    doc = ctx.doc
    between = doc.lexicon.lemmas_of("between_words")
    return bool(doc.lexicon.compiled.summit.matches(doc.lemmas, None, index, min(last, index + 4))) and \
        not any(doc.lemmas[j] & between for j in range(index, last))


def _said_between(ctx: ArticleContext, first: int, index: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after a reporting verb ("said", "заявил") that stands between a person and `index`, or None."""
    doc = ctx.doc
    verbs = doc.lexicon.lemmas_of("reporting_verbs")
    people = [m for m in ctx.in_range(first, index) if m.type == "Person"]
    for j in range(index - 1, first, -1):
        if doc.lemmas[j] & verbs and any(m.last <= j for m in people):
            return j + 1
    return None


def _pronoun_guest(ctx: ArticleContext, s, start: int, end: int) -> tuple[str | None, str | None] | None:  # type: ignore[no-untyped-def]
    """(guest, host) when an awaiting phrase takes a pronoun ("looks forward to welcoming him", "рад будет видеть
    его"): the guest is the last person named before it, the host the one said to await him (a subject pronoun
    before the phrase stands for the person named before the sentence); None without such a pronoun."""
    doc = ctx.doc
    if end >= s.last or doc.tokens[end].norm not in \
            doc.lexicon.words("object_pronouns") | doc.lexicon.words("second_person_object_pronouns"):
        return None
    named = [m for m in ctx.in_range(s.first, start) if m.type == "Person" and ctx.is_participant_person(m.actor)]
    # "«I will be glad to welcome you in Kazan», Putin said": "you" is the one he addresses, named before
    second = doc.tokens[end].norm in doc.lexicon.words("second_person_object_pronouns")
    if not second and _pronoun_before(ctx, max(s.first, start - 2), start):
        # "He told Zelensky that he looks forward to welcoming him": the one told is the guest, "he" the one
        # named before the sentence
        guest = named[-1].actor if named else _named_before(ctx, s, besides=None)
        return guest, _named_before(ctx, s, besides=guest)
    # "Моди заявил, что ждет его в Индии", "Look forward to seeing him, Jaishankar said": the speaker hosts the
    # one named before
    speakers = [m.actor for m in ctx.in_range(s.first, s.last) if m.type == "Person"
                and ctx.is_participant_person(m.actor)]
    host = speakers[0] if speakers else None
    return _named_before(ctx, s, besides=host), host


def _group_invited(ctx: ArticleContext, index: int, last: int) -> str | None:
    """An organisation whose leaders are invited, right after the verb: "invited the leaders of CIS countries",
    "пригласил лидеров стран СНГ", "запросив лідерів країн СНД"."""
    doc = ctx.doc
    leaders = doc.lexicon.lemmas_of("leader_words")
    if not any(doc.lemmas[j] & leaders for j in range(index, min(last, index + 2))):
        return None
    for m in ctx.in_range(index, min(last, index + 6)):
        if m.type == "Person" or ctx.gaz.country_of(m.actor):
            return None  # "invited the leaders of Armenia and Azerbaijan": the states' leaders, named
        if m.type == "Organization" and ctx.gaz.entries.get(m.actor, {}).get("kind") != "media":
            return m.actor
    return None


def _invitation_or_visit_word(ctx: ArticleContext, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence speaks of an invitation or a visit at all."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    return any(t.payload == "invitation_noun" or t.end - t.start > 1
               for t in comp.invitation.matches(doc.lemmas, None, s.first, s.last)) or \
        bool(comp.visit.matches(doc.lemmas, None, s.first, s.last))


def _future_said(ctx: ArticleContext, index: int, back: int = 3) -> bool:
    """A future or conditional word just before `index` (or at it): "будет рад", "Буду радий", "would be glad"."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    markers = doc.lexicon.words("future_markers") | doc.lexicon.words("future_aux")
    for j in range(max(0, index - back), index + 1):
        if doc.tokens[j].norm in markers:
            return True
        if isinstance(lem, PymorphyLemmatizer) and lem.is_future_verb(doc.tokens[j].norm):
            return True
    return False


def _greeting(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """"Рад видеть старого друга", "glad to see you": a greeting phrase with no future or conditional."""
    doc = ctx.doc
    greetings = doc.lexicon.phrases("invitation_greetings").matches(doc.lemmas, None, index, s.last)
    return any(g.start == index for g in greetings) and not _future_said(ctx, index)


def _awaits_an_event(ctx: ArticleContext, index: int, last: int) -> bool:
    """A summit or forum awaited right after "ждем", "look forward to" (no visit word between)."""
    doc = ctx.doc
    end = min(last, index + 4)
    summits = doc.lexicon.compiled.summit.matches(doc.lemmas, None, index, end)
    visits = doc.lexicon.compiled.visit.matches(doc.lemmas, None, index, end)
    # "looks forward to hosting Trump at the G20 summit": a guest named before the summit is awaited, not the event
    guests = [m for m in ctx.in_range(index, end) if m.type == "Person" and summits and m.first < summits[0].start]
    # "будем рады приветствовать Вас на саммите", "look forward to seeing him at the summit": a pronoun guest too
    pronouns = doc.lexicon.words("object_pronouns") | doc.lexicon.words("second_person_object_pronouns")
    pronoun = summits and any(doc.tokens[j].norm in pronouns for j in range(index, summits[0].start))
    return bool(summits) and not visits and not guests and not pronoun


def _thanks(ctx: ArticleContext, s, first: int, index: int,  # type: ignore[no-untyped-def]
            end: int | None = None) -> tuple[str | None, str | None] | None:
    """(guest, host) when a thanks word stands before the invitation word: "X thanked Y for the invitation",
    "X поблагодарил Y за приглашение"; None when nobody is thanked for it. Thanks for accepting or honouring an
    invitation ("thanked Y for honouring her invitation", "поблагодарил Y за то, что тот принял приглашение") go the
    other way: the one thanked came as the guest of the one thanking."""
    doc = ctx.doc
    # "X thanked Y for the invitation"; a thanks far before it ("grateful for the honour ...", Modi said, referring to
    # ... his invitation) is for something else
    thanks = [m for m in doc.lexicon.phrases("invitation_thanks").matches(doc.lemmas, None, s.first, index)
              if index - m.end <= 8]
    if not thanks:
        return None
    word = thanks[-1]
    people = [m for m in ctx.in_range(s.first, s.last) if m.type in ("Person", "Country")]
    thanked = [m for m in people if word.end <= m.first < index and m.type == "Person"]
    # a state before the thanks stands for its thanking people, not a place named there ("coming to Lima, to Peru")
    thanker = [m for m in people if m.last <= word.start and m.type == "Person"] or \
        [m for m in people if m.last <= word.start and not _after_locative(ctx, m.first)]
    latter = [m for m in doc.lexicon.phrases("latter_words").matches(doc.lemmas, None, s.first, word.start)
              if word.start - m.end <= 1]
    if not thanker and latter:
        # "Последний поблагодарил за приглашение", "The latter thanked him for the invitation": the last person
        # named before is the guest, the one named before him the host
        guest_named = _named_before(ctx, s, besides=None)
        earlier = sorted((m for m in ctx.mentions if m.last <= s.first and m.type == "Person"), key=lambda m: -m.first)
        host_named = next((m.actor for m in earlier if m.actor != guest_named and ctx.is_participant_person(m.actor)),
                          None)
        return (guest_named, host_named) if guest_named is not None else None
    pronoun_guest = None
    if not thanker and _pronoun_before(ctx, max(s.first, word.start - 2), word.start):
        # "Putin met Xi. He thanked Xi for the invitation": the pronoun stands for the subject of the sentence before
        besides = thanked[0].actor if thanked else None
        told = [p for p in _antecedent_people(ctx, s) if p != besides]
        pronoun_guest = told[0] if told else _named_before(ctx, s, besides=besides)
    if not thanker and pronoun_guest is None:
        # "Expressing gratitude for the invitation, Darchiashvili stressed ...": the subject after the phrase
        thanker = [m for m in people if m.first > index and m.type == "Person"][:1]
    guest = pronoun_guest or (ctx.state_of(thanker[-1].actor) if thanker and thanker[-1].type == "Country" else (
        thanker[-1].actor if thanker else None))
    # "thanked the Cambodian host", "поблагодарил казахстанскую сторону", "thanked Kazakhstan": the state hosts
    host = thanked[0].actor if thanked else _state_side(ctx, word.end, index) or next(
        (ctx.gaz.country_of(m.actor) for m in people if word.end <= m.first < index and m.type == "Country"
         and ctx.gaz.country_of(m.actor)), None)
    if host is None and guest is not None and thanker and not thanker[-1].last <= word.start:
        # nobody thanked by name: the host is the one of another state the guest was told of before
        host = next((m.actor for m in sorted((m for m in ctx.mentions if m.last <= s.first and m.type == "Person"),
                                             key=lambda m: -m.first)
                     if m.actor != guest and ctx.is_participant_person(m.actor)
                     and ctx.state_of(m.actor) not in (None, ctx.state_of(guest))), None)
    if guest is not None and guest == host:
        return None
    accepting = doc.lexicon.lemmas_of("invitation_thanks_for_accepting")
    if host is not None and any(doc.lemmas[j] & accepting for j in range(word.end, end or index)):
        return host, guest
    return guest, host


def _thanked_for_inviting(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the inviting verb at `index` tells what someone is thanked for: a thanks word before it, then a word
    of reason ("thanked the host for inviting", "поблагодарил Токаева за то, что тот пригласил"), and no coordination
    between the reason and the verb ("thanked him for the support and invited him": a thanks, then an invitation)."""
    doc = ctx.doc
    thanks = [m for m in doc.lexicon.phrases("invitation_thanks").matches(doc.lemmas, None, s.first, index)
              if index - m.end <= 8]
    if not thanks:
        return False
    reasons = doc.lexicon.words("invitation_thanks_reasons")
    at = next((j for j in range(index - 1, thanks[-1].end - 1, -1) if doc.tokens[j].norm in reasons), None)
    coordination = doc.lexicon.words("coordination_words")
    return at is not None and not any(doc.tokens[j].norm in coordination for j in range(at + 1, index))


def _pronoun_before(ctx: ArticleContext, first: int, index: int) -> bool:
    pronouns = ctx.doc.lexicon.words("pronouns")
    return any(ctx.doc.tokens[j].norm in pronouns for j in range(first, index))


def _named_before(ctx: ArticleContext, s, besides: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The person a pronoun stands for: the last one named before the sentence (not the guest)."""
    for m in sorted((m for m in ctx.mentions if m.last <= s.first and m.type == "Person"), key=lambda m: -m.first):
        if m.actor != besides and ctx.is_participant_person(m.actor):
            return m.actor
    return None


def _hosted_visit(ctx: ArticleContext, s) -> list[Invitation]:  # type: ignore[no-untyped-def]
    """"X will host Y for a state visit", "Си Цзиньпин примет Путина с государственным визитом", "прийме ... з
    офіційним візитом": a host verb (`invitation_host_verbs`) with a guest after it and a kind of visit
    (`visit_kinds`) further in its clause. The host is the person before the verb (his state only where no person
    is named), each guest listed after it is invited, to the place the visit is said to go to, else the host's
    state."""
    doc = ctx.doc
    comp = doc.lexicon.compiled
    kinds = comp.visit_kinds.longest(doc.lemmas, None, s.first, s.last)
    if not kinds:
        return []
    verbs = doc.lexicon.lemmas_of("invitation_host_verbs")
    # "принял приглашение Си Цзиньпина совершить государственный визит": a verb of another phrase, no host
    phrased = {j for t in comp.invitation.matches(doc.lemmas, None, s.first, s.last) for j in range(t.start, t.end)}
    lem = lemmatizer(doc.lang)
    for k in range(s.first, kinds[0].start):
        if not doc.lemmas[k] & verbs or k in phrased or _questioned_or_denied(ctx, s, k):
            continue
        if isinstance(lem, PymorphyLemmatizer) and lem.is_past_verb(doc.tokens[k].norm) or \
                doc.tokens[k].norm in doc.lexicon.words("invitation_host_verbs_past"):
            continue  # "Мирзиёев принял Токаева, прибывшего с государственным визитом": the visit is being held
        first, last = ctx.clause(s, k)
        kind = next((m for m in kinds if k < m.start < last), None)
        if kind is None:
            continue
        mentions = [m for m in ctx.in_range(first, last) if m.type in ("Person", "Country", "City")]
        before = [m for m in mentions if m.last <= k]
        after = [m for m in mentions if k < m.first < kind.start]
        host = _first_coordinated(ctx, before) or _agent(ctx, before)
        guest = _first_actor(ctx, after)
        if host is None or guest is None or host == guest or \
                [m for m in after if m.type == "Person"][0].first - k > 4:
            continue
        destination = _destination(ctx, [m for m in mentions if m.first >= kind.end], guest, host) \
            or ctx.state_of(host)
        frame = _time_frame(ctx, k, s.last)
        guests = [guest] + [g for g in _coordinated_people(ctx, after, guest, titled=True) if g != host]
        return [Invitation(invitee=g, inviter=host, destination=destination, occasion=str(kind.payload),
                           time_frame=frame, accepted=True,  # type: ignore[arg-type]
                           evidence=(ctx.evidence(s, "invitations"),)) for g in guests]
    return []


def _first_coordinated(ctx: ArticleContext, before: list[TokenMention]) -> str | None:
    """The first of the people coordinated last before a verb, where a title may follow the coordination ("Joe
    Biden and First Lady Jill Biden will host", "Путин и его супруга Людмила"): hosts named together invite as the
    first named; None where the last person stands alone."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    people = [m for m in before if m.type == "Person"]
    first = None
    for a, b in reversed(list(zip(people, people[1:]))):
        words = [doc.tokens[j].norm for j in range(a.last, b.first)]
        if not words or words[0] not in coordination or len(words) > 4 or a.actor == b.actor or \
                any(not doc.tokens[j].text.isalpha() for j in range(a.last, b.first)):
            break
        first = a.actor
    return first


def _time_frame(ctx: ArticleContext, start: int, last: int) -> Period | None:
    """The first time told from token `start` to `last`, looking ahead ("next year", "in May"), as a period (a day
    is a period of one day): when an invitation or an agreed visit is for."""
    times = find_times(ctx.doc, start, last, ctx.ref, ahead=True)
    if not times:
        return None
    when = times[0].when
    return when if isinstance(when, Period) else Period(when, when)  # type: ignore[arg-type]


def _hosted_guest(ctx: ArticleContext, s) -> list[Invitation]:  # type: ignore[no-untyped-def]
    """"Xi will host Putin in Beijing next week", "Си Цзиньпин примет Путина в Пекине": a host verb told in the future
    (`invitation_host_verbs_bare`) with a person of another state right after it is a visit agreed, the host
    inviting, to the place named after the guest, else the host's state. Not in the past or present ("hosted",
    "принимает": a meeting), nor with no person received ("will host a summit")."""
    doc = ctx.doc
    verbs = doc.lexicon.lemmas_of("invitation_host_verbs_bare")
    for k in range(s.first, s.last):
        if not doc.lemmas[k] & verbs or _questioned_or_denied(ctx, s, k) or not _future_said(ctx, k, 2):
            continue
        first, last = ctx.clause(s, k)
        mentions = [m for m in ctx.in_range(first, last) if m.type in ("Person", "Country", "City")]
        host = _agent(ctx, [m for m in mentions if m.last <= k])
        guests = [m for m in mentions if m.type == "Person" and k < m.first <= k + 4]
        if host is None or not guests or guests[0].actor == host \
                or ctx.state_of(guests[0].actor) in (None, ctx.state_of(host)):
            continue
        places = [m for m in mentions if m.first >= guests[0].last and m.type in ("City", "Country")
                  and _after_locative(ctx, m.first)]
        destination = places[0].actor if places else ctx.state_of(host)
        if destination is None:
            continue
        frame = _time_frame(ctx, k, s.last)
        return [Invitation(invitee=guests[0].actor, inviter=host, destination=destination, occasion=None,
                           time_frame=frame, accepted=True,  # type: ignore[arg-type]
                           evidence=(ctx.evidence(s, "invitations"),))]
    return []


def _visit_under_way(ctx: ArticleContext, s) -> Invitation | None:  # type: ignore[no-untyped-def]
    """"During the official visit that da Silva will carry out until Thursday", "визит, который Лула совершит до
    четверга": a kind of visit (`visit_kinds`) the one person named beside it is about to make (a future verb or
    word near it) is an invitation its host's leader gave and the guest accepted; the place is the one named after
    the visit, else the article's dateline, else the state of the other leader the article names. A visit under
    way ("находящийся в Китае с государственным визитом") is told as the meeting it holds, not as an invitation."""
    doc = ctx.doc
    kinds = doc.lexicon.compiled.visit_kinds.longest(doc.lemmas, None, s.first, s.last)
    for kind in kinds:
        lo, hi = max(s.first, kind.start - 6), min(s.last, kind.end + 7)
        if _questioned_or_denied(ctx, s, kind.start):
            continue
        if not _future_said(ctx, hi - 1, hi - 1 - lo):
            continue
        if any(doc.tokens[j].norm in doc.lexicon.words("visit_ongoing_words")
               for j in range(max(s.first, kind.start - 2), kind.start)):
            continue  # "Guebuza's current state visit to China will enhance ties": a visit under way
        people = [m for m in ctx.in_range(lo, hi) if m.type == "Person" and ctx.is_participant_person(m.actor)]
        # "Darchiashvili, who is paying an official visit to Armenia, met Mirzoyan": the one before the visit
        before = [m.actor for m in people if m.last <= kind.start]
        after = list(dict.fromkeys(m.actor for m in people if m.first >= kind.end))
        guest = before[-1] if before else after[0] if len(after) == 1 else None
        if guest is None:
            continue
        places = [m for m in ctx.in_range(kind.end, hi) if m.type in ("Country", "City")
                  and _after_locative(ctx, m.first) and ctx.gaz.country_of(m.actor) != ctx.state_of(guest)]
        opening = [m for m in ctx.mentions if m.first < 3 and m.type in ("City", "Country")
                   and (ctx.gaz.country_of(m.actor) or ctx.gaz.actor(m.actor) and ctx.gaz.actor(m.actor).country)
                   not in (None, ctx.state_of(guest))]  # "BOGOTA, April 18 (...) —": the dateline
        if places:
            destination: str | None = places[0].actor
        elif opening:
            destination = ctx.gaz.country_of(opening[0].actor) or ctx.gaz.actor(opening[0].actor).country  # type: ignore[union-attr]
        else:
            others = [p for p in ctx.top_people() if p != guest and ctx.state_of(p) not in (None, ctx.state_of(guest))]
            destination = ctx.state_of(others[0]) if others else None
        if destination is None:
            continue
        return Invitation(invitee=guest, inviter=_host_leader(ctx, destination, guest, s), destination=destination,
                          occasion=str(kind.payload), time_frame=None, accepted=True,
                          evidence=(ctx.evidence(s, "invitations"),))
    return None


def _places_listed_after(ctx: ArticleContext, s, place: str | None, guest: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The places listed after the first mention of `place` in the sentence ("Vietnam, Laos and Cambodia", "Вьетнам,
    Лаос и Камбоджу"), none in the guest's own state; a state that only qualifies the place before ("Hong Kong ... of
    the People's Republic of China") is passed over."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words") | {","}
    # "and the Kingdom of Cambodia": a state's form before its name
    fillers = coordination | doc.lexicon.words("determiners") | doc.lexicon.words("state_form_nouns") | \
        doc.lexicon.words("office_noun_links")
    places = [m for m in ctx.in_range(s.first, s.last) if m.type in ("Country", "City")]
    at = next((i for i, m in enumerate(places) if m.actor == place), None)
    if place is None or at is None:
        return []
    out: list[str] = []
    a = places[at]
    for b in places[at + 1:]:
        between = [doc.tokens[j].norm for j in range(a.last, b.first)]
        gap = doc.article.text[doc.tokens[a.last - 1].end:doc.tokens[b.first].start].strip()
        listed = "," in gap or bool(coordination & set(between))
        if _within(ctx, a.actor, b.actor) and not listed and not _BREAK.search(gap):
            a = b  # "Hong Kong SAR of the People's Republic of China": the state the place lies in
            continue
        # "Brunei Darussalam, Malaysia": the rest of a place's long name is capitalised
        if not listed or not all(doc.tokens[j].norm in fillers or doc.capitalised[j] and doc.tokens[j].text.isalpha()
                                 for j in range(a.last, b.first)):
            break
        if b.actor not in out and b.actor != place and _place_state(ctx, b.actor) not in (None, ctx.state_of(guest)):
            out.append(b.actor)
        a = b
    return out


def _host_leader(ctx: ArticleContext, destination: str, guest: str | None, s) -> str | None:  # type: ignore[no-untyped-def]
    """The leader of the host state the article names: "he would visit China" is hosted by Xi. A leader's visit is
    hosted by a leader: a minister the article names ("talks with Vietnam's foreign minister ... the President's
    visit to Vietnam") is no host of it."""
    state = _place_state(ctx, destination) or destination  # "Qingdao": the state a city is in
    leader = guest is not None and bool({r.role for r in ctx.gaz.roles_of(guest, ctx.ref)} & LEADER_ROLES)
    for person in ctx.top_people():
        if person != guest and ctx.state_of(person) == state and (
                not leader or {r.role for r in ctx.gaz.roles_of(person, ctx.ref)} & LEADER_ROLES):
            # "AMLO will visit Chile", and paragraphs later "he backed Chile's President Boric": a leader the
            # article names once, far from the visit and not in its lead, takes no part in it; the state hosts
            told = {ctx.doc.sentence_of_token(m.first).index for m in ctx.mentions if m.actor == person}
            return person if len(told) > 1 or any(s.index - 2 <= i <= s.index + 1 or i < 3 for i in told) else None
    return None


def _agreed_visit(ctx: ArticleContext, s) -> Invitation | None:  # type: ignore[no-untyped-def]
    """"He would visit China early next year", "Путин посетит Китай", "agreed to visit": a visit agreed, i.e.
    an invitation accepted, with the host state's leader as the host."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    for m in doc.lexicon.phrases("visit_agreed").matches(doc.lemmas, None, s.first, s.last):
        if doc.lexicon.get("visit_agreed_needs_future") and not (
                isinstance(lem, PymorphyLemmatizer) and lem.is_future_verb(doc.tokens[m.start].norm)):
            continue  # "посетить" after "пригласил" or "планирует": not a visit agreed
        if _questioned_or_denied(ctx, s, m.start):
            continue  # "whether he would visit", "не посетит"
        first, last = ctx.clause(s, m.start)
        before = [x for x in ctx.in_range(first, m.start) if x.type == "Person" and ctx.is_participant_person(x.actor)]
        fronted = [x for x in ctx.in_range(first, m.start) if x.type in ("Country", "City")]
        after = [x for x in ctx.in_range(m.end, min(last, m.end + 3)) if x.type == "Person"
                 and ctx.is_participant_person(x.actor)]
        if not before and fronted and after and isinstance(lem, PymorphyLemmatizer):
            # "що в серпні Туреччину відвідає Володимир Путін": the place told first, the guest after the verb
            guest, destination = after[0].actor, fronted[-1].actor
            if _place_state(ctx, destination) in (None, ctx.state_of(guest)):
                continue
            frame = _time_frame(ctx, first, s.last)
            return Invitation(invitee=guest, inviter=_host_leader(ctx, destination, guest, s), destination=destination,
                              occasion=None, time_frame=frame, accepted=True,  # type: ignore[arg-type]
                              evidence=(ctx.evidence(s, "invitations"),))
        if not before and not _pronoun_before(ctx, first, m.start):
            # "Путин заявил, что посетит Китай": the subject left out is the one who said it
            before = [x for x in ctx.in_range(s.first, first) if x.type == "Person"
                      and ctx.is_participant_person(x.actor)]
        if before:
            guest = before[-1].actor
        elif _pronoun_before(ctx, first, m.start):
            guest = _named_before(ctx, s, besides=None)
        else:
            continue
        if guest is None:
            continue
        places = [x for x in ctx.in_range(m.end, min(last, m.end + 4)) if x.type in ("Country", "City")]
        if places and (_after_locative(ctx, places[0].first) or places[0].first == m.end):
            destination = places[0].actor
        else:
            # "chose Indonesia as the first country he would visit", "первой страной, которую он посетит": the place
            # named before a destination noun the visit verb's clause tells of
            destination = _destination_antecedent(ctx, s, m.start)
            if destination is None:
                continue
        if _place_state(ctx, destination) in (None, ctx.state_of(guest)):
            continue  # a trip at home is no visit abroad
        frame = _time_frame(ctx, m.end, s.last)
        host = _host_leader(ctx, destination, guest, s) or ctx.gaz.country_of(destination)  # else the host state
        return Invitation(invitee=guest, inviter=host, destination=destination,
                          occasion=None, time_frame=frame, accepted=True, evidence=(ctx.evidence(s, "invitations"),))
    return None


def _destination_antecedent(ctx: ArticleContext, s, index: int) -> str | None:  # type: ignore[no-untyped-def]
    """The place a destination noun right before a visit verb stands for ("Indonesia as the first country he would
    visit", "Индонезию первой страной, которую он посетит"): the place named at most four words before the noun."""
    doc = ctx.doc
    nouns = doc.lexicon.lemmas_of("visit_destination_nouns")
    wheres = doc.lexicon.words("relative_place_adverbs")
    for j in range(index - 1, max(s.first, index - 4) - 1, -1):
        if doc.tokens[j].norm in wheres:
            return None  # "a country where he would visit relatives": the verb has an object of its own
        if doc.lemmas[j] & nouns:
            places = [x for x in ctx.in_range(max(s.first, j - 4), j) if x.type in ("Country", "City")]
            return places[-1].actor if places else None
    return None


def _upcoming_visit(ctx: ArticleContext, s) -> Invitation | None:  # type: ignore[no-untyped-def]
    """"Preparations for Pashinyan's forthcoming visit to Russia", "предстоящий визит Токаева в Китай": a visit in
    preparation is an invitation the host's leader gave and the guest accepted."""
    doc = ctx.doc
    lem = lemmatizer(doc.lang)
    fillers = doc.lexicon.words("visit_guest_fillers")
    for m in doc.lexicon.phrases("visit_upcoming").matches(doc.lemmas, None, s.first, s.last) + \
            _visit_in_preparation(ctx, s):
        if _questioned_or_denied(ctx, s, m.start):
            continue
        if isinstance(lem, PymorphyLemmatizer) and lem.part_and_case(doc.tokens[m.start].norm)[0] == "VERB":
            continue  # "Силва запланировал поездку в Китай": the guest's own plan, not a visit agreed with the host
        # "Pashinyan's forthcoming visit", "визит Токаева", "a visit by Modi", "the visit of President Lula"
        guest_at = m.end + 1 if m.end < s.last and doc.tokens[m.end].norm in fillers else m.end
        named_at = _past_title(ctx, guest_at, s.last)  # "визита Президента Украины Владимира Зеленского"
        styles = doc.lexicon.lemmas_of("person_courtesy_styles")
        for _ in range(2):  # titles in a row: "визита президента ОАЭ шейха ...", "of President His Highness ..."
            styled = _past_modifiers(ctx, named_at, s.last)
            if styled < s.last and doc.lemmas[styled] & styles:
                named_at = styled + 1
            named_at = _past_title(ctx, named_at, s.last)
        people = [x for x in ctx.in_range(max(s.first, m.start - 4), min(s.last, max(m.end, named_at) + 8))
                  if x.type == "Person" and (x.last == m.start or x.first in (guest_at, named_at))]
        guest = people[0].actor if len(people) == 1 else _possessor(ctx, s, m.start) if not people else None
        if guest is None:
            continue
        # the place is looked for after the guest's name, however long the titles before it ("the visit of
        # President Sheikh Mohammed bin Zayed to the United States")
        named_end = max(m.end, people[0].last if len(people) == 1 else m.end)
        places = [x for x in ctx.in_range(m.end, min(s.last, max(m.end + 8, named_end + 5)))
                  if x.type in ("Country", "City") and _after_locative(ctx, x.first)]
        if not places or _place_state(ctx, places[0].actor) in (None, ctx.state_of(guest)):
            continue
        destination = places[0].actor
        frame = _time_frame(ctx, m.end, s.last)
        if _frame_past(ctx, frame):
            continue  # "confirmed that his visit to Moscow last year was useful": a visit made, not to come
        # the host state's leader where the article names one, else the host state itself
        host = _host_leader(ctx, destination, guest, s) or ctx.gaz.country_of(destination)
        return Invitation(invitee=guest, inviter=host, destination=destination,
                          occasion=None, time_frame=frame, accepted=True, evidence=(ctx.evidence(s, "invitations"),))
    return None


def _attendance_to_come(ctx: ArticleContext, s) -> list[Invitation]:  # type: ignore[no-untyped-def]
    """"Modi will attend the BRICS summit in Kazan", "Моди подтвердил участие в саммите в Казани", "Сі Цзіньпіна
    очікують на саміті в Ріо", "В саммите в Казани примут участие Моди и Си": a guest's part in an event abroad,
    confirmed, expected or to come, is an invitation taken up (the host state's leader where the article names one),
    one for each guest named after the words where none is named before them. Not a part taken in the past ("принял
    участие"), denied or supposed ("if invited, he would attend"), nor an event in the guest's own state."""
    doc = ctx.doc
    events = doc.lexicon.lemmas_of("invitation_event_words")
    told = doc.lexicon.phrases("invitation_attendance_told").matches(doc.lemmas, None, s.first, s.last)
    to_come = [m for m in doc.lexicon.phrases("invitation_attendance_to_come").matches(doc.lemmas, None, s.first,
                                                                                        s.last)
               if _future_said(ctx, m.start, back=2)]
    # "заявил о намерении посетить", "приветствовал намерение Путина принять участие", "має намір взяти участь": an
    # intention told, the guest right after its word or before it
    intents = {}
    every = doc.lexicon.phrases("invitation_attendance_to_come").matches(doc.lemmas, None, s.first, s.last)
    for i in doc.lexicon.phrases("invitation_attendance_intent").matches(doc.lemmas, None, s.first, s.last):
        went = next((x for x in every if i.end <= x.start <= i.end + 4), None)
        if went is not None:
            intents[went.start] = i
    to_come += [x for x in every if x.start in intents and x not in to_come]
    if doc.lexicon.phrases("invitation_condition_words").matches(doc.lemmas, None, s.first, s.last):
        return []  # "will attend the summit, if his schedule allows": a condition
    if any(t.payload == "video" for t in doc.lexicon.compiled.meeting.matches(doc.lemmas, None, s.first, s.last)):
        return []  # "will take part in the summit in Kazan by video link": no trip
    for m in told + to_come:
        # "Modi intends to attend": an intention, not yet an answer
        intent = intents.get(m.start) or (m if doc.tokens[m.start].norm in doc.lexicon.words("invitation_intent_words")
                                          else None)
        if _questioned_or_denied(ctx, s, m.start if intent is None else intent.start):
            continue
        first, last = ctx.clause(s, m.start if intent is None else intent.start)
        event = next((j for j in range(m.end, min(last, m.end + 6)) if doc.lemmas[j] & events), None)
        span = (event, last) if event is not None else (None, None)
        people = [x.actor for x in ctx.in_range(first, m.start) if x.type == "Person"][-1:]
        if not people:
            # "В саммите в Казани примут участие Моди и Си", "will be attended by Modi and Xi": the guests after
            named = [x for x in ctx.in_range(m.end, last) if x.type == "Person"]
            people = [named[0].actor] + _coordinated_people(ctx, named, named[0].actor) if named else []
            fronted = next((j for j in range(m.start - 1, max(first, m.start - 6) - 1, -1) if doc.lemmas[j] & events),
                           None)
            span = (event, last) if event is not None else (fronted, m.start) if fronted is not None else span
        if span[0] is None or not people:
            continue
        places = [x for x in ctx.in_range(span[0], span[1]) if _place_told(ctx, x)]
        relative = doc.lexicon.lemmas_of("invitation_relative_subjects")
        if not places and span[1] == last and last < s.last and doc.lemmas[last] & relative:
            # "в саммите ШОС, который пройдёт в городе Циндао": the event's place in the clause told of it
            places = [x for x in ctx.in_range(last, ctx.clause(s, last)[1]) if _place_told(ctx, x)]
        state = _place_state(ctx, places[0].actor) if places else None
        out = [Invitation(invitee=guest, inviter=_host_leader(ctx, places[0].actor, guest, s),
                          destination=places[0].actor, occasion=_occasion(ctx, s, m.start),
                          time_frame=_time_frame(ctx, m.end, s.last), accepted=True if intent is None else None,
                          evidence=(ctx.evidence(s, "invitations"),))
               for guest in people if state not in (None, ctx.state_of(guest))]
        if out:
            return out
    return []


def _place_told(ctx: ArticleContext, x: TokenMention) -> bool:
    """A country or city told as a place: after a locative ("in Kazan"), a word for a city between ("в городе
    Циндао", `invitation_place_kind_nouns`)."""
    doc = ctx.doc
    return x.type in ("Country", "City") and (_after_locative(ctx, x.first) or x.first > 1 and bool(
        doc.lemmas[x.first - 1] & doc.lexicon.lemmas_of("invitation_place_kind_nouns"))
        and _after_locative(ctx, x.first - 1))


def _exchanged(ctx: ArticleContext, s) -> list[Invitation]:  # type: ignore[no-untyped-def]
    """"Putin and Xi exchanged invitations to visit each other's countries", "обменялись приглашениями": the two
    leaders of two states named before the words, each inviting the other to his own state; none for fewer or more,
    or where it is denied."""
    doc = ctx.doc
    for m in doc.lexicon.phrases("invitation_exchange").matches(doc.lemmas, None, s.first, s.last):
        if _questioned_or_denied(ctx, s, m.start):
            continue
        first, _ = ctx.clause(s, m.start)
        people = list(dict.fromkeys(x.actor for x in ctx.in_range(first, m.start) if x.type == "Person"))
        states = [ctx.state_of(p) for p in people]
        if len(people) != 2 or None in states or states[0] == states[1]:
            continue
        frame = _time_frame(ctx, m.end, s.last)
        return [Invitation(invitee=guest, inviter=host, destination=ctx.state_of(host), time_frame=frame,
                           evidence=(ctx.evidence(s, "invitations"),))
                for host, guest in (people, people[::-1])]
    return []


def _frame_past(ctx: ArticleContext, frame: Period | None) -> bool:
    """Whether a time frame ended before the article's month ("last year", "в прошлом году")."""
    if frame is None or frame.end is None or ctx.ref is None or frame.end.year is None:
        return False
    return (frame.end.year, frame.end.month or 12) < (ctx.ref.year, ctx.ref.month)


def _visit_in_preparation(ctx: ArticleContext, s) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The visit nouns a preparation or an agreement is told of in their clause ("a visit by Putin to India is being
    prepared", "готовится визит", "идет подготовка к визиту", "agreed on a visit", "домовилися про візит"); none
    where the clause denies it ("no visit is being prepared", "подготовка к визиту не ведется")."""
    doc = ctx.doc
    markers = doc.lexicon.phrases("visit_preparation_words")
    out = []
    for m in doc.lexicon.phrases("visit_nouns").matches(doc.lemmas, None, s.first, s.last):
        first, last = ctx.clause(s, m.start)
        near = [x for x in markers.matches(doc.lemmas, None, max(first, m.start - 8), min(last, m.end + 7))
                if x.end <= m.start or x.start >= m.end]
        if not near or doc.lexicon.compiled.negation.matches(doc.lemmas, None, first, last):
            continue
        out.append(m)
    return out


def _possessor(ctx: ArticleContext, s, index: int) -> str | None:  # type: ignore[no-untyped-def]
    """The person "his visit", "его визит", "її візит" stands for (the possessive before the visit noun, a
    modifier or two between): the last person named before it in the sentence, else before the sentence."""
    doc = ctx.doc
    words = doc.lexicon.words("visit_guest_possessives")
    at = next((j for j in range(index - 1, max(s.first, index - 3) - 1, -1) if doc.tokens[j].norm in words), None)
    if at is None:
        return None
    told = [m.actor for m in ctx.in_range(s.first, at) if m.type == "Person" and ctx.is_participant_person(m.actor)]
    return told[-1] if told else _named_before(ctx, s, besides=None)


def _possessive_inviter(ctx: ArticleContext, index: int) -> str | None:
    for m in ctx.mentions:
        if m.last == index and m.type == "Person" and ctx.doc.tokens[m.last - 1].norm.endswith("'s"):
            return m.actor
    return None


def _among_invited(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the inviting word at `index` names a group the one told of belongs to: "is among the leaders invited",
    "one of those invited", "входит в число лидеров, приглашённых", "серед запрошених": the one named before is a
    guest, not the host."""
    doc = ctx.doc
    if [m for m in ctx.in_range(index + 1, min(s.last, index + 6)) if m.type == "Person"
            and all(doc.capitalised[j] for j in range(index + 1, m.first))]:
        return False  # "Xi, among others, invited (President) Putin": the inviting verb takes its guest
    return any(0 <= index - m.end <= 3 for m in doc.lexicon.phrases("invitation_among_words").matches(
        doc.lemmas, None, s.first, index))


def _relative_antecedent(ctx: ArticleContext, first: int, index: int) -> tuple[str, bool] | None:
    """(the one a relative clause opening at `first` tells of, whether the relative word is the verb's subject):
    "Xi, who invited Putin", "Си Цзиньпин, который пригласил", "Макрон, який запросив" (subject); "Putin, whom Xi
    invited", "Путин, которого пригласил Си" (object). None unless the relative word opens the clause a few words
    before the verb with nobody named between."""
    doc = ctx.doc
    subject = doc.tokens[first].norm in doc.lexicon.words("invitation_relative_subjects")
    if index - first > 4 or not subject and doc.tokens[first].norm not in doc.lexicon.words(
            "invitation_relative_objects"):
        return None
    if subject and [m for m in ctx.in_range(first, index) if m.type in ("Person", "Country", "City")]:
        return None  # "Xi, who Putin said invited ...": somebody else is the subject
    named = [m for m in ctx.in_range(max(0, first - 6), first) if m.last == first and m.type in ("Person", "Country")]
    if not named:
        return None
    actor = named[-1].actor if named[-1].type == "Person" else ctx.gaz.country_of(named[-1].actor)
    return (actor, subject) if actor else None


def _questioned_or_denied(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """A blocker shortly before the word ("not", "whether", "denied that", "withdrew the invitation"), a modal right
    before it ("could be invited", "может быть приглашен"), or a
    sentence that asks rather than tells ("Will Xi invite Putin to visit China?", "Пригласит ли ...?")."""
    doc = ctx.doc
    if ctx.yes_no_question(s):
        return True
    words = doc.lexicon.lemmas_of("invitation_blockers")
    modals = doc.lexicon.lemmas_of("invitation_modal_words")  # "Путин может быть приглашен", "could be invited"
    # a blocker's letters within a name are no blocker: "Ли Чжэ Мён пригласил ..." is no "пригласил ли"
    named = {j for m in ctx.in_range(max(s.first, index - 6), index) for j in range(m.first, m.last)}
    return any(doc.lemmas[j] & words and (j == s.first or not doc.capitalised[j]) and j not in named
               for j in range(max(s.first, index - 6), index)) or \
        any(doc.lemmas[j] & modals for j in range(max(s.first, index - 2), index))


def _last_named_pair(ctx: ArticleContext, index: int, besides: str | None) -> list[str]:
    people: list[str] = []
    for m in sorted((m for m in ctx.mentions if m.last <= index and m.type == "Person"), key=lambda m: -m.first):
        if m.actor != besides and m.actor not in people and ctx.is_participant_person(m.actor):
            people.append(m.actor)
        if len(people) == 2:
            break
    return sorted(people) if len(people) == 2 else [p for p in ctx.top_people() if p != besides][:2]


def _both_sides_after(ctx: ArticleContext, index: int, last: int) -> bool:
    """"invited the two leaders", "пригласил обоих лидеров" right after the verb."""
    doc = ctx.doc
    return any(m.start - index <= 1 for m in doc.lexicon.compiled.both_sides.matches(doc.lemmas, None, index,
                                                                                      min(last, index + 5)))


def _coordinated_people(ctx: ArticleContext, after: list[TokenMention], first: str,
                        titled: bool = False, listed: bool = False) -> list[str]:
    """Other guests listed with the first one ("Алиева и Пашиняна", "Aliyev and Pashinyan"); with `titled`, also
    after a title of capitalised words ("William Ruto and First Lady Rachel Ruto"); with `listed`, also after a
    title of role words and states ("Си Цзиньпин, президент Сербии Вучич и премьер Словакии Фицо")."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words") | {","}
    people = [m for m in after if m.type == "Person"]
    out: list[str] = []
    for a, b in zip(people, people[1:]):
        between = [doc.tokens[j].norm for j in range(a.last, b.first)]
        gap = doc.article.text[doc.tokens[a.last - 1].end:doc.tokens[b.first].start].strip()
        title = titled and len(between) <= 4 and bool(between) and between[0] in coordination and \
            all(doc.capitalised[j] and doc.tokens[j].text.isalpha() for j in range(a.last + 1, b.first))
        if listed and not title and between and (between[0] in coordination or gap.startswith(",")):
            # the comma is no token where the tokenizer drops it: the title starts right after the first one
            title = _only_a_title(ctx, a.last + 1 if between[0] in coordination else a.last, b.first) and not (
                b.last < len(doc.tokens) and doc.lemmas[b.last] & doc.lexicon.lemmas_of("reporting_verbs"))
        if (a.actor == first or a.actor in out) and b.actor != first and b.actor not in out and \
                (len(between) == 1 and between[0] in coordination or gap == "," or title):
            out.append(b.actor)
    return out


def _only_a_title(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are a title and nothing else: role words ("президент", "Prime
    Minister"), the states or bodies they hold it for, capitalised words, determiners ("president of Serbia")."""
    doc = ctx.doc
    if not 0 < end - start <= 8:
        return False
    taken = {j for m in ctx.in_range(start, end) if m.type in ("Country", "Organization", "City")
             for j in range(m.first, m.last)}
    for r in doc.lexicon.compiled.roles.longest(doc.lemmas, None, start, end):
        taken.update(range(r.start, r.end))
    links = doc.lexicon.words("office_noun_links") | doc.lexicon.words("determiners")
    text, tokens = doc.article.text, doc.tokens
    if _BREAK.search(text[tokens[start].start:tokens[end - 1].end]):
        return False  # "Xi, Putin said, ...": a comma or dash inside ends the list
    return any(j in taken for j in range(start, end)) and all(
        j in taken or tokens[j].norm in links or doc.capitalised[j] and tokens[j].text.isalpha()
        for j in range(start, end))


def _addressed(ctx: ArticleContext, after: list[TokenMention], index: int) -> str | None:
    """The guest an invitation is addressed to: "invitation to (President) Putin", "invitation for Xi"."""
    preps = ctx.doc.lexicon.words("invitation_addressee_preps")
    if index >= len(ctx.doc.tokens) or ctx.doc.tokens[index].norm not in preps:
        return None
    people = [m for m in after if m.type == "Person" and m.first - index <= 3]
    return people[0].actor if people else None


def _expected_to_meet(ctx: ArticleContext, index: int, last: int) -> bool:
    """A meeting word (not a visit word) right after "is expected", "ожидается"."""
    doc = ctx.doc
    visit = doc.lexicon.compiled.visit
    hosting = doc.lexicon.lemmas_of("invitation_host_verbs")  # "ждет возможности принять Путина": a guest hosted
    pronouns = doc.lexicon.words("object_pronouns") | doc.lexicon.words("second_person_object_pronouns")
    for m in doc.lexicon.compiled.meeting.matches(doc.lemmas, None, index, min(last, index + 3)):
        # "ждут Моди на саммите", "будем рады приветствовать Вас на саммите": a guest awaited at a summit
        if not visit.matches(doc.lemmas, None, m.start, m.end) and not doc.lemmas[m.start] & hosting and \
                not any(x.type == "Person" for x in ctx.in_range(index, m.start)) and \
                not any(doc.tokens[j].norm in pronouns for j in range(index, m.start)):
            return True  # not "ждут Моди на саммите": a guest awaited at a summit
    return False


def _accepted_later(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """"..., and the Chinese leader accepted": an acceptance word later in the same sentence; not an idiom whose
    object makes it no acceptance ("принять участие", "взяти участь", "принять решение")."""
    words = ctx.doc.lexicon.lemmas_of("accept_verbs")
    idioms = ctx.doc.lexicon.lemmas_of("accept_idiom_objects")
    return any(ctx.doc.lemmas[i] & words and not (i + 1 < s.last and ctx.doc.lemmas[i + 1] & idioms)
               for i in range(index, s.last))


def _request_to_come(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a request verb ("asked", "proposed that", "предложил", "запропонував") right before `index` asks a
    person to come: the person follows it (after "that", "чтобы") and a trip verb or visit word follows the person
    ("asked Modi to attend", "предложил Лукашенко посетить Китай"); "предложил Моди провести переговоры" asks
    no trip."""
    doc = ctx.doc
    fillers = doc.lexicon.words("invitation_request_fillers")
    trips = doc.lexicon.lemmas_of("invitation_trip_verbs")
    j = index
    while j < s.last and doc.tokens[j].norm in fillers:
        j += 1
    j = _past_title(ctx, _past_modifiers(ctx, j, s.last), s.last)
    people = [m for m in ctx.in_range(j, s.last) if m.first == j and m.type == "Person"]
    if not people and not (j < s.last and doc.tokens[j].norm in doc.lexicon.words("request_object_pronouns")):
        return False
    if people and doc.tokens[index - 1].norm in doc.lexicon.words("invitation_welcome_verbs") and \
            re.search(r"['’]s$", doc.tokens[people[0].last - 1].text):
        return False  # "welcomed Blinken's visit": the visit itself is welcomed, nobody is asked to come
    j = people[0].last if people else j + 1  # "запропонував йому відвідати", "offered him to visit"
    while j < s.last and doc.tokens[j].norm in fillers:
        j += 1
    if j < s.last and doc.lemmas[j] & doc.lexicon.lemmas_of("invitation_hold_verbs"):
        # "запропонував Зеленському провести в Аргентині саміт", "proposed to Lula holding a summit in Bogotá": a
        # summit offered in a place named is a trip there
        end = min(s.last, j + 8)
        host = _agent(ctx, [m for m in ctx.in_range(s.first, index) if m.type in ("Person", "Country", "City")])
        state = ctx.state_of(host) if host else None
        return bool(doc.lexicon.compiled.summit.matches(doc.lemmas, None, j + 1, end)) and state is not None and \
            any(ctx.gaz.country_of(m.actor) == state or m.actor == state for m in ctx.in_range(j + 1, end)
                if m.type in ("Country", "City") and _after_locative(ctx, m.first))  # not "саміт Аргентини з ..."
    if j >= s.last or not (doc.lemmas[j] & trips or doc.lexicon.compiled.visit.matches(doc.lemmas, None, j, j + 1)):
        return False
    # "asked Putin to come to the negotiating table", "попросил прийти к соглашению": a figure of speech, no trip
    goals = doc.lexicon.lemmas_of("invitation_figurative_goals")
    return not any(doc.lemmas[k] & goals for k in range(j + 1, min(s.last, j + 5)))


def _past_title(ctx: ArticleContext, index: int, last: int) -> int:
    """Where the name starts after a title and its state that are no mention of their own ("Президенту України
    Володимиру Зеленському", "визита Президента Украины Владимира Зеленского"): `index` where a person is named
    there or no title stands there."""
    doc = ctx.doc
    title = [t for t in doc.lexicon.compiled.roles.longest(doc.lemmas, None, index, last) if t.start == index]
    if not title or [m for m in ctx.in_range(index, last) if m.first == index and m.type == "Person"]:
        return index
    j = title[0].end
    state = [m for m in ctx.in_range(j, last) if m.first == j and m.type == "Country"]
    return state[0].last if state else j


def _past_modifiers(ctx: ArticleContext, index: int, last: int) -> int:
    """The first word at or after `index` that is no modifier of a person named by a title: a determiner or
    possessive ("the", "his", "своему", "своєму") or a state's adjective ("российскому лидеру", "the Qatari emir",
    "українському лідерові"); a word where a mention starts ends the run ("индийскому коллеге" is one mention)."""
    doc = ctx.doc
    modifiers = doc.lexicon.lemmas_of("person_title_modifiers")
    adjectives = {h.start: h.end for h in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, None, index, last)}
    starts = {m.first for m in ctx.in_range(index, last)}
    j = index
    while j < last and j not in starts:
        if doc.lemmas[j] & modifiers:
            j += 1
        elif j in adjectives:
            j = adjectives[j]
        else:
            break
    return j


def _state_side(ctx: ArticleContext, first: int, index: int) -> str | None:
    """The state of "the Ukrainian side", "китайская сторона", "українська сторона" right before `index` (a state's
    adjective and a side noun stand for the state)."""
    doc = ctx.doc
    sides = doc.lexicon.lemmas_of("invitation_side_nouns")
    found = None
    for m in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, None, first, index):
        if m.end < index and doc.lemmas[m.end] & sides:
            found = ctx.gaz.country_of(m.payload.actor) or m.payload.actor
    return found


def _state_group(ctx: ArticleContext, index: int, last: int, besides: str | None = None) -> str | None:
    """The state of "American officials", "китайську делегацію", "украинскую сторону" right after `index` (a
    determiner and one more word may stand between): a state's adjective before a noun of its people
    (`invitation_group_nouns`), nobody named."""
    doc = ctx.doc
    groups = doc.lexicon.lemmas_of("invitation_group_nouns")
    for m in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, None, index, min(last, index + 3)):
        if m.start - index > 1 or ctx.in_range(index, min(last, m.end + 2)):
            continue
        if any(doc.lemmas[j] & groups for j in range(m.end, min(last, m.end + 2))):
            state = ctx.gaz.country_of(m.payload.actor) or m.payload.actor
            return state if state != besides else None
    return None


def _state_after(ctx: ArticleContext, after: list[TokenMention]) -> str | None:
    for m in after[:1]:
        return ctx.gaz.country_of(m.actor)
    return None


def _agent(ctx: ArticleContext, before: list[TokenMention], people_first: bool = False) -> str | None:
    """The subject: the nearest person before the verb, else the nearest state; a capital that is no place of
    the action ("Анкара пригласила", "Beijing has invited", not "в Анкаре") stands for its state."""
    people = [m for m in before if m.type == "Person"]
    if people:
        return people[-1].actor
    states = [m for m in before if m.type == "Country" or
              m.type == "City" and ctx.gaz.country_of(m.actor) and not _after_locative(ctx, m.first)]
    return (ctx.gaz.country_of(states[-1].actor) or states[-1].actor) if states else None


def _first_actor(ctx: ArticleContext, after: list[TokenMention]) -> str | None:
    for m in after:
        if m.type == "Person":
            return m.actor
    return None


def _from_whom(ctx: ArticleContext, after: list[TokenMention], index: int) -> str | None:
    """"приглашение от X", "invitation from X", or a genitive right after the noun ("запрошення Ван І")."""
    for m in after[:1]:
        before = {ctx.doc.tokens[j].norm for j in range(max(index, m.first - 2), m.first)}
        if before & {"от", "від", "from", "of", "by"} or m.first - index <= 1 and m.type == "Person":
            return m.actor
    # "получил приглашение посетить Россию ещё в январе от президента Владимира Путина": "от" further on
    for m in after:
        before = {ctx.doc.tokens[j].norm for j in range(max(index, m.first - 3), m.first)}
        if m.type == "Person" and before & {"от", "від", "from", "by"}:
            return m.actor
    # "приглашение премьер-министра Индии Нарендры Моди": the person right after a title in the genitive (not past a
    # comma or a dash: "отримав запрошення відвідати Україну, - Сибіга" names who tells of it)
    text, tokens = ctx.doc.article.text, ctx.doc.tokens
    people = [m for m in after if m.type == "Person" and m.first - index <= 4
              and not _BREAK.search(text[tokens[index - 1].end:tokens[m.first].start])]
    return people[0].actor if people else None


def _without_companions(ctx: ArticleContext, before: list[TokenMention]) -> list[TokenMention]:
    """The mentions before a verb less the people told as companions ("spoke with Putin", "поговорил с Путиным"):
    a "with" word a few words before them, nothing but their title between; all of them where none would be left."""
    doc = ctx.doc
    text, tokens = doc.article.text, doc.tokens
    words = doc.lexicon.words("with_words")
    taken = {j for m in before for j in range(m.first, m.last)}

    def companion(m: TokenMention) -> bool:
        for j in range(m.first - 1, max(-1, m.first - 5), -1):
            if j in taken or _BREAK.search(text[tokens[j].end:tokens[j + 1].start]):
                return False
            if tokens[j].norm in words:
                return True
        return False

    kept = [m for m in before if not (m.type == "Person" and companion(m))]
    return kept if any(m.type == "Person" for m in kept) else before


def _genitive_guest(ctx: ArticleContext, s, after: list[TokenMention], index: int) -> str | None:  # type: ignore[no-untyped-def]
    """The person named right after the invitation noun when a trip verb follows him and the place of the trip is
    not in his own state ("приглашение президента Казахстана Токаева посетить Китай"): the guest, not the host
    ("приглашение Си Цзиньпина посетить Китай" is Xi's own)."""
    doc = ctx.doc
    text, tokens = doc.article.text, doc.tokens
    people = [m for m in after if m.type == "Person" and m.first - index <= 4
              and not _BREAK.search(text[tokens[index - 1].end:tokens[m.first].start])]
    if not people or doc.lang == "en":
        return None  # "the invitation of X to visit Y" names the host in English
    guest = people[0]
    if guest.last >= s.last or not doc.lemmas[guest.last] & doc.lexicon.lemmas_of("invitation_trip_verbs"):
        return None
    state = ctx.state_of(guest.actor)
    places = [m for m in ctx.in_range(guest.last + 1, min(s.last, guest.last + 4)) if m.type in ("Country", "City")]
    if state is None or not places or ctx.gaz.country_of(places[0].actor) in (state, None):
        return None
    return guest.actor


_BREAK = re.compile(r"[,;:]|\s[-–—]|[-–—]\s")  # a comma or a spaced dash: the phrase has ended


def _after_locative(ctx: ArticleContext, index: int) -> bool:
    """Whether a place is told right after a locative preposition ("to Brazil", "в Китай"), an article between
    them ("to the United States")."""
    return ctx.after_preposition(index, "invitation_place_preps", past_determiner=True)


def _title_from(ctx: ArticleContext, s, index: int, destination: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The inviter told by a bare title right after the invitation ("following an invitation from the president",
    "по приглашению президента"): whoever holds that office in the host state on the article's day. None where
    a name or a state follows the title ("from the president of Egypt", "from President Biden")."""
    doc = ctx.doc
    state = ctx.gaz.country_of(destination) if destination else None
    if state is None:
        return None
    k = index
    while k < min(s.last, index + 2) and (doc.tokens[k].norm in ("from", "of", "by", "от", "від")
                                          or doc.tokens[k].norm in doc.lexicon.words("determiners")):
        k += 1
    if k == index and doc.lang == "en":
        return None
    titles = doc.lexicon.compiled.roles.longest(doc.lemmas, None, k, min(s.last, k + 4))
    if not titles or titles[0].start != k:
        return None
    end = titles[0].end
    if any(m.first < end + 3 and m.last > k for m in ctx.in_range(k, min(s.last, end + 3))):
        return None  # the title names its holder or its state
    return ctx.gaz.holder(str(titles[0].payload), state, ctx.ref)


def _titled_host(ctx: ArticleContext, s, index: int) -> str | None:  # type: ignore[no-untyped-def]
    """The holder, on the article's day, of a title told right after `index` with its state ("the Kazakh president",
    "Президента Казахстана", "президента Туреччини", "the president of Turkey"); None where no such title stands
    there."""
    doc = ctx.doc
    k = index
    while k < min(s.last, index + 2) and (doc.tokens[k].norm in ("of", "by") or
                                          doc.tokens[k].norm in doc.lexicon.words("determiners")):
        k += 1
    end = min(s.last, k + 6)
    titles = doc.lexicon.compiled.roles.longest(doc.lemmas, None, k, end)
    adjectives = ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, None, k, end)
    state = None
    if adjectives and titles and adjectives[0].start == k and titles[0].start == adjectives[0].end:
        state = ctx.gaz.country_of(adjectives[0].payload.actor) or adjectives[0].payload.actor
    elif titles and titles[0].start == k:
        after = [m for m in ctx.in_range(titles[0].end, end) if m.first in (titles[0].end, titles[0].end + 1)]
        state = ctx.gaz.country_of(after[0].actor) if after and after[0].type == "Country" else None
    if state is None:
        return None
    return ctx.gaz.holder(str(titles[0].payload), state, ctx.ref)


def _destination(ctx: ArticleContext, after: list[TokenMention], invitee: str, inviter: str | None) -> str | None:
    titles = {i for m in ctx.mentions if m.type == "Person" for i in range(m.first, m.last)}
    person_starts = {m.first for m in ctx.mentions if m.type == "Person"}
    text, tokens = ctx.doc.article.text, ctx.doc.tokens
    titles |= {m.first for m in after if m.last in person_starts  # "Индии Нарендры Моди": part of a title
               and not text[tokens[m.last - 1].end:tokens[m.last].start].strip()
               and not _after_locative(ctx, m.first)}  # "До Лондона Зеленський прибув": a place, not a title
    places = [m for m in after if m.type in ("Country", "City") and m.actor != inviter
              and ctx.gaz.country_of(m.actor) != ctx.state_of(invitee) and m.first not in titles]
    if len(places) > 1:
        # "to the Ukraine Recovery Conference in Rome", "у Конференції з відновлення України в Римі": a state in the
        # event's name is not where it is held
        places = [m for m in places if not _in_event_name(ctx, m)] or places
    if places:
        return _capital_told(ctx, places[0]) or places[0].actor
    return None


def _capital_told(ctx: ArticleContext, m: TokenMention) -> str | None:
    """The capital a state's mention names with the capital's word ("to the US capital", "the capital of Russia",
    "в российскую столицу", "до столиці України", `capital_words`): the city, as the text names it."""
    doc = ctx.doc
    capital = ctx.gaz.entries.get(m.actor, {}).get("capital") if m.type == "Country" else None
    if not capital:
        return None
    words = doc.lexicon.lemmas_of("capital_words")
    links = doc.lexicon.words("determiners") | {"of"}
    text, tokens = doc.article.text, doc.tokens

    def joined(a: int, b: int) -> bool:  # no punctuation between token a and token b ("Україну, столиця якої")
        return not any(ch in text[tokens[a].end:tokens[b].start] for ch in ",;:.()—–")

    after = m.last < len(tokens) and bool(doc.lemmas[m.last] & words) and joined(m.last - 1, m.last)
    j = m.first - 1
    while j > 0 and tokens[j].norm in links and j > m.first - 3:
        j -= 1
    before = 0 <= j < m.first and bool(doc.lemmas[j] & words) and joined(j, m.first)
    return str(capital) if after or before else None


def _adjective_capital(ctx: ArticleContext, first: int, last: int, state: str | None) -> str | None:
    """The capital of `state` told by the state's adjective and the capital's word between `first` and `last`
    ("the Russian capital", "в российскую столицу", "до української столиці")."""
    doc = ctx.doc
    capital = ctx.gaz.entries.get(state, {}).get("capital") if state else None
    if not capital:
        return None
    words = doc.lexicon.lemmas_of("capital_words")
    for j in (j for j in range(first, last) if doc.lemmas[j] & words):
        if any(a.end == j and a.payload.actor == state
               for a in ctx.gaz.adjectives(doc.lang).longest(doc.lemmas, None, max(first, j - 3), j)):
            return str(capital)
    return None


def _in_event_name(ctx: ArticleContext, m: TokenMention) -> bool:
    """Whether a place is part of an event's name: an event word after it, names or dashes between ("Ukraine Recovery
    Conference", "the Russia–India summit"), or
    shortly before it with no locative between ("Конференції з відновлення України")."""
    doc = ctx.doc
    events = doc.lexicon.lemmas_of("invitation_event_words")
    for j in range(m.last, min(len(doc.tokens), m.last + 3)):  # "Russia–India summit": names and dashes between
        if doc.lemmas[j] & events:
            return True
        if not (doc.capitalised[j] or doc.tokens[j].norm in "-–—"):
            break
    return not _after_locative(ctx, m.first) and any(doc.lemmas[j] & events for j in range(max(0, m.first - 3),
                                                                                          m.first))


def _occasion(ctx: ArticleContext, s, index: int) -> str | None:  # type: ignore[no-untyped-def]
    doc = ctx.doc
    comp = doc.lexicon.compiled
    kinds = comp.visit_kinds.longest(doc.lemmas, None, index, s.last)
    markers = comp.occasion.longest(doc.lemmas, None, index, s.last)
    if markers:
        m = markers[0]
        end = s.last
        for j in range(m.end, s.last):
            gap = doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start]
            if any(ch in gap for ch in ",;.") and j > m.end + 2:
                end = j
                break
        return doc.span_text(m.start, end)
    if kinds:
        return str(kinds[0].payload)
    return None


def _office_holder(ctx: ArticleContext, s, index: int, besides: str | None = None) -> str | None:  # type: ignore[no-untyped-def]
    """The person an unnamed subject stands for ("the Prime Minister also reiterated his invitation", "Глава
    государства прибыл"): a title before `index` in its clause and no name there; the most mentioned person named
    before the sentence who holds one of the offices it names, other than `besides` (the guest: "the foreign
    minister invited Wang Yi", where both are foreign ministers)."""
    doc = ctx.doc
    first, _ = ctx.clause(s, index)
    if any(m.type == "Person" for m in ctx.in_range(first, index)):
        return None
    roles = {str(r.payload) for r in doc.lexicon.compiled.roles.matches(doc.lemmas, None, first, index)}
    if not roles:
        return None
    before = {m.actor for m in ctx.in_range(0, s.first) if m.type == "Person"}
    for person in ctx.top_people():
        if person in before and person != besides and any(r.role in roles for r in ctx.gaz.roles_of(person, ctx.ref)):
            return person
    return None


def _co_hosts(ctx: ArticleContext, after: list[TokenMention], host: str) -> list[str]:
    """Other hosts listed after the first ("of US President Trump and Egyptian President el-Sisi"): a coordination
    word, maybe a title, and the next person."""
    doc = ctx.doc
    coordination = doc.lexicon.words("coordination_words")
    people = [m for m in after if m.type == "Person"]
    out: list[str] = []
    for a, b in zip(people, people[1:]):
        if a.actor != host and a.actor not in out:
            break
        gap = doc.article.text[doc.tokens[a.last - 1].end:doc.tokens[b.first].start]
        if b.first - a.last > 4 or doc.tokens[a.last].norm not in coordination or any(ch in gap for ch in ",;:()"):
            break
        out.append(b.actor)
    return out


def _two_hosts(ctx: ArticleContext, one: str | None, other: str | None) -> bool:
    """Two different people invited ("по приглашению Трампа и ас-Сиси"): two invitations, not one told twice."""
    if not one or not other or one == other:
        return False
    a, b = ctx.gaz.actor(one), ctx.gaz.actor(other)
    return bool(a and b and a.type == "Person" and b.type == "Person") or (
        one.startswith("new:") and other.startswith("new:"))


def _within(ctx: ArticleContext, city: str | None, state: str | None) -> bool:
    """Whether `city` lies in `state` ("kyiv" in "ukraine"), or either way round."""
    if not city or not state or city == state:
        return False
    a, b = ctx.gaz.actor(city), ctx.gaz.actor(state)
    return bool(a and b and (a.type == "City" and a.country == state or b.type == "City" and b.country == city))


def _dedupe(ctx: ArticleContext, found: list[Invitation]) -> list[Invitation]:
    """One invitation per guest, host and place: the same one told again (in other words, with a time frame
    that overlaps: "this spring", then "at the end of May"; July and November are two) adds its evidence; one
    told without its host where the same guest's invitation to a place that fits names the host is that one."""
    out: list[Invitation] = []
    for inv in found:
        if inv.inviter is None and inv.destination is None and out:
            # "the invitation was accepted", said by an aide: the invitation told just before
            last = out[-1]
            out[-1] = Invitation(invitee=last.invitee, inviter=last.inviter, destination=last.destination,
                                 occasion=last.occasion, time_frame=last.time_frame or inv.time_frame,
                                 accepted=last.accepted if last.accepted is not None else inv.accepted,
                                 evidence=last.evidence + inv.evidence)
            continue
        for i, other in enumerate(out):
            if other.invitee == inv.invitee and other.inviter == inv.inviter and inv.inviter is not None and \
                    (other.destination is None) != (inv.destination is None):
                # "запросив Орбана на саміт", then "на саміт, який відбудеться у Швейцарії": one, to the place told
                inv = replace(inv, destination=other.destination or inv.destination)
                out[i] = other = replace(other, destination=inv.destination)
            if other.invitee == inv.invitee and _same_host(ctx, other.inviter, inv.inviter) and \
                    _within(ctx, inv.destination, other.destination):
                city = ctx.gaz.actor(inv.destination) is not None and \
                    ctx.gaz.actor(inv.destination).type == "City"  # type: ignore[union-attr]
                if city and (other.destination == ctx.state_of(other.inviter) and
                             not _named_in(ctx, other.destination, other.evidence, titles=False)
                             or _tour_leg(found, other)):
                    # "Putin invited Lula", then "Lula agreed to come to Moscow": the city told, not the state implied;
                    # "will visit Poland, Germany and Italy", then "in Warsaw, at the invitation of": the leg's city
                    out[i] = other = replace(other, destination=inv.destination)
                inv = replace(inv, destination=other.destination)  # "visit Ukraine", then "arrive in Kyiv": one trip
            if (other.invitee, other.destination) == (inv.invitee, inv.destination) and \
                    not _two_hosts(ctx, other.inviter, inv.inviter) and \
                    (other.time_frame is None or inv.time_frame is None or other.time_frame == inv.time_frame
                     or other.inviter is not None and other.inviter == inv.inviter
                     and _frames_overlap(other.time_frame, inv.time_frame)):
                out[i] = Invitation(invitee=other.invitee, inviter=_named_host(ctx, other.inviter, inv.inviter),
                                    destination=other.destination, occasion=other.occasion or inv.occasion,
                                    time_frame=other.time_frame or inv.time_frame,
                                    accepted=other.accepted if other.accepted is not None else inv.accepted,
                                    evidence=other.evidence + inv.evidence)
                break
        else:
            out.append(inv)
    return _hostless_told_again(ctx, out)


def _same_host(ctx: ArticleContext, one: str | None, other: str | None) -> bool:
    """Whether two hosts are one: the same, or a state and a person of it ("will visit Poland", then "in Warsaw, at
    the invitation of Sikorski")."""
    if one is None or other is None:
        return False
    return one == other or any(ctx.gaz.country_of(a) == a and ctx.gaz.country_of(b) != b and ctx.state_of(b) == a
                               for a, b in ((one, other), (other, one)))


def _named_host(ctx: ArticleContext, one: str | None, other: str | None) -> str | None:
    """The host of one invitation told twice: the one told first, unless it is a state and the other is a person
    of that state ("the White House invited Zelensky", then "Biden looks forward to welcoming him"): the person."""
    if one is None or other is None or one == other:
        return one or other
    if ctx.gaz.country_of(one) == one and ctx.gaz.country_of(other) != other and ctx.state_of(other) == one:
        return other
    return one


def _frames_overlap(one: Period | None, other: Period | None) -> bool:
    """Whether two time frames share a day ("this spring" and "at the end of May"; not July and November)."""
    if one is None or other is None:
        return False
    return one.start.first_day() <= other.end.last_day() and other.start.first_day() <= one.end.last_day()


def _tour_leg(found: list[Invitation], inv: Invitation) -> bool:
    """Whether `inv` is one leg of a tour told in one sentence ("will visit Poland, Germany and Italy"): another
    invitation of the same guest, told by that one sentence alone, goes to another place (not an acceptance told
    later, whose evidence takes in the invitation's: "invited Lula to visit Russia", then "agreed to come to
    Moscow")."""
    return len(inv.evidence) == 1 and any(other.invitee == inv.invitee and other.evidence == inv.evidence
                                          and other.destination not in (None, inv.destination) for other in found)


def _hostless_told_again(ctx: ArticleContext, found: list[Invitation]) -> list[Invitation]:
    """The invitations without those that name no host where the same guest's invitation with a host, to the same
    place, a place within it or an unnamed one, is told too; their evidence joins that one."""
    out = list(found)
    for inv in found:
        if inv.inviter is not None:
            continue
        # "LITHUANIAN PREMIER INVITED TO RUSSIA" over "Stepashin invited the new Lithuanian premier Paksas to visit
        # Russia": a guest told by his title only (resolved to whoever holds it) is the one the body names, of his state
        told = [m.via for m in ctx.mentions if m.actor == inv.invitee
                and any(e.start <= ctx.doc.tokens[m.first].start < e.end for e in inv.evidence)]
        titled = inv.destination is not None and ctx.state_of(inv.invitee) is not None and \
            bool(told) and all(via == "title" for via in told)
        hosted = next((i for i, other in enumerate(out) if other.inviter is not None and (
                           other.invitee == inv.invitee or titled and other.destination == inv.destination
                           and ctx.state_of(other.invitee) == ctx.state_of(inv.invitee))
                       and (other.time_frame is None or inv.time_frame is None
                            or _frames_overlap(other.time_frame, inv.time_frame))
                       and (inv.destination is None or other.destination is None
                            or other.destination == inv.destination
                            or _within(ctx, inv.destination, other.destination))), None)
        if hosted is None:
            continue
        other = out[hosted]
        # "Putin invited to Ashgabat", then "we renew our invitation", said Turkmenistan's president: the city told
        # stands for the host's state his own words imply
        city = inv.destination if other.destination is not None and other.destination == ctx.state_of(other.inviter) \
            and _within(ctx, inv.destination, other.destination) \
            and not _named_in(ctx, other.destination, other.evidence) else None
        out[hosted] = replace(other, destination=city or other.destination or inv.destination,
                              time_frame=other.time_frame or inv.time_frame,
                              accepted=other.accepted if other.accepted is not None else inv.accepted,
                              evidence=other.evidence + inv.evidence)
        out.remove(inv)
    return out


def _day_it_was_given(ctx: ArticleContext, frame: Period | None) -> bool:
    """Whether a time frame is one day of the week before the article's date ("invited him on Tuesday", told on
    Wednesday): the day the invitation was given, not when the guest is to come."""
    if frame is None or ctx.ref is None or frame.start != frame.end or frame.start.day is None:
        return False
    return 0 <= (ctx.ref - frame.start.first_day()).days <= 7


def _named_in(ctx: ArticleContext, actor: str, evidence, titles: bool = True) -> bool:  # type: ignore[no-untyped-def]
    """Whether a mention of `actor` stands in the sentences of `evidence` ("a visit to Turkiye": the state told, not
    implied by its host); with `titles` False, not one in a person's title ("Президент России Владимир Путин")."""
    tokens = ctx.doc.tokens
    people = {m.first for m in ctx.mentions if m.type == "Person"}
    return any(m.actor == actor and e.start <= tokens[m.first].start < e.end and (titles or m.last not in people)
               for m in ctx.mentions for e in evidence)


def _recipient_before(ctx: ArticleContext, before: list[TokenMention], after: list[TokenMention],
                      index: int) -> tuple[str, str] | None:
    """(guest, host) for "X передал Y приглашение", "X направив Y запрошення": the last person named before the
    invitation noun stands in the dative (who gets it) and another person before it is the subject (who gives it);
    with no subject named, the author in the genitive right after the noun ("Лулі передали запрошення Путіна")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    people = [m for m in before if m.type == "Person"]
    if not people or not isinstance(lem, PymorphyLemmatizer):
        return None
    guest = people[-1]
    if lem.part_and_case(ctx.doc.tokens[guest.last - 1].norm)[1] != "datv":
        return None
    hosts = [m.actor for m in people[:-1] if m.actor != guest.actor]
    # "Туреччина надіслала Зеленському запрошення": a state before the dative (not a place) gives it
    hosts = hosts or [str(ctx.gaz.country_of(m.actor)) for m in before if m.last <= guest.first
                      and ctx.gaz.country_of(m.actor) and m.type in ("Country", "City")
                      and not _after_locative(ctx, m.first)
                      and ctx.gaz.country_of(m.actor) != ctx.state_of(guest.actor)]
    author = _genitive_author(ctx, after, index, guest.actor)
    hosts = hosts or ([author] if author else [])
    return (guest.actor, hosts[-1]) if hosts else None


def _own_invitation(ctx: ArticleContext, s, index: int, guest: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The host of "his invitation", "своё приглашение", "його запрошення" (a possessive right before the noun):
    the other person the sentence names, the one who says it ("Modi said, referring to Ramaphosa's acceptance of
    his invitation")."""
    doc = ctx.doc
    words = doc.lexicon.words("invitation_possessives")
    if not any(doc.tokens[j].norm in words for j in range(max(s.first, index - 2), index)):
        return None
    others = [m.actor for m in ctx.in_range(s.first, s.last) if m.type == "Person" and m.actor != guest
              and ctx.is_participant_person(m.actor)]
    return others[0] if others else None


def _invited_to_another_act(ctx: ArticleContext, s, trigger) -> bool:  # type: ignore[no-untyped-def]
    """Whether the invitation is to do something other than come ("invitation to upgrade the partnership",
    "приглашение Китая присоединиться к инициативе", "запросив Казахстан долучитися"): the first verb after the
    invitation word and the names that follow it (after "to" in English) is no trip verb. A trip verb ("visit",
    "посетить"), a place or an event after it keeps the invitation."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    trips = doc.lexicon.lemmas_of("invitation_trip_verbs")
    comp = doc.lexicon.compiled
    lem = lemmatizer(doc.lang)
    named = {k for m in ctx.in_range(trigger.end, min(s.last, trigger.end + 10)) for k in range(m.first, m.last)}
    determiners = doc.lexicon.words("determiners") | doc.lexicon.words("invitation_possessives")
    aims = doc.lexicon.lemmas_of("invitation_other_aims")
    aim_preps = doc.lexicon.words("invitation_aim_preps")
    for j in range(trigger.end, min(s.last, trigger.end + 8)):
        gap = doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start]
        if j > trigger.end and any(ch in gap for ch in ",;:(—–"):
            return False
        if j in named:
            if _after_locative(ctx, j) and j - 1 not in named:
                return False  # "приглашение в Москву", "invitation to Moscow": a place to come to
            continue
        if doc.lemmas[j] & trips or comp.visit.matches(doc.lemmas, None, j, j + 1) or \
                comp.summit.matches(doc.lemmas, None, j, j + 1):
            return False
        if trigger.payload == REQUEST and doc.lemmas[j] & doc.lexicon.lemmas_of("invitation_hold_verbs") and \
                comp.summit.matches(doc.lemmas, None, j + 1, min(s.last, j + 8)):
            return False  # "предложил Путину провести в Астане саммит": a summit to come to
        if doc.lemmas[j] & aims and any(doc.tokens[k].norm in aim_preps for k in range(max(trigger.end, j - 2), j)):
            return True  # "пригласил к диалогу", "запросив до співпраці", "invited to dialogue": no trip
        if isinstance(lem, PymorphyLemmatizer):
            if lem.is_infinitive(doc.tokens[j].norm):
                # "присоединиться", "долучитися"; but "совершить государственный визит": a trip
                return not comp.visit.matches(doc.lemmas, None, j + 1, min(s.last, j + 4)) and \
                    not _summit_to_attend(ctx, s, j)
            continue
        if doc.tokens[j].norm != "to" or j + 2 >= s.last:
            continue
        after = j + 1
        if after in named or doc.capitalised[after] or doc.tokens[after].norm in determiners:
            return False  # "to Moscow", "to the summit"
        if doc.lemmas[after] & trips or comp.visit.matches(doc.lemmas, None, after, after + 1):
            return False
        if doc.lemmas[after] & aims:
            return True  # "invited Xi to dinner after the talks in Moscow", "to dialogue": no trip
        if doc.lemmas[after] & doc.lexicon.lemmas_of("invitation_other_acts"):
            # "invitation of companies to invest in India", "invited Kazakhstan to join"; "to join the summit" is
            # to come to it
            return not _summit_to_attend(ctx, s, after)
        if comp.visit.matches(doc.lemmas, None, after + 1, min(s.last, after + 4)):
            return False  # "to pay a state visit"
        # "to co-chair the event in the Philippines": an act told with the place it is done in takes him there
        places = [m for m in ctx.in_range(after + 1, min(s.last, after + 8)) if m.type in ("Country", "City")
                  and _after_locative(ctx, m.first) and not any(
                      ch in doc.article.text[doc.tokens[after].end:doc.tokens[m.first].start] for ch in ",;:(")]
        if places:
            return False
        # "to upgrade its partnership", "to join the alliance": a verb and its object's determiner
        return doc.tokens[after + 1].norm in determiners
    return False


def _summit_to_attend(ctx: ArticleContext, s, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the act a guest is invited to at `index` takes him to a summit or forum: the act's own object ("to
    join the G20 summit", "приєднатися до саміту": no place preposition between), or a trip verb coordinated with it
    ("приєднатися до ініціативи та взяти участь у саміті", "to join the initiative and attend its summit"). A summit
    only named beside the act ("to join the alliance at the summit") is no trip."""
    doc = ctx.doc
    trips = doc.lexicon.lemmas_of("invitation_trip_verbs")
    places = doc.lexicon.words("summit_place_preps")
    for m in doc.lexicon.compiled.summit.matches(doc.lemmas, None, index + 1, min(s.last, index + 16)):
        if m.start - index <= 6 and not any(doc.tokens[k].norm in places for k in range(index + 1, m.start)):
            return True
        if any(doc.lemmas[k] & trips for k in range(max(index + 1, m.start - 4), m.start)):
            return True
    return False


def _awaits_something_else(ctx: ArticleContext, start: int, end: int, last: int) -> bool:
    """Whether a bare expectation word ("рассчитываем", "чекаю", "is expected") awaits something that is no guest:
    its first content word after it ("на поддержку", "на можливість розвинути", "to ease") is no person, place,
    pronoun, visit or hosting word. A clause after it ("рассчитывают, что X посетит") leaves the question open."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    doc = ctx.doc
    comp = doc.lexicon.compiled
    hosting = doc.lexicon.lemmas_of("invitation_host_verbs") | doc.lexicon.lemmas_of("invitation_trip_verbs")
    if comp.visit.matches(doc.lemmas, None, start, end) or any(doc.lemmas[j] & hosting for j in range(start, end)):
        return False  # "ждать с визитом", "looks forward to welcoming"
    fillers = doc.lexicon.words("invitation_expect_fillers")
    pronouns = doc.lexicon.words("object_pronouns") | doc.lexicon.words("pronouns")
    lem = lemmatizer(doc.lang)
    starts = {m.first for m in ctx.mentions}
    for j in range(end, min(last, end + 5)):
        gap = doc.article.text[doc.tokens[j - 1].end:doc.tokens[j].start]
        if any(ch in gap for ch in ",;:—–-(\"«“") or j in starts or doc.tokens[j].norm in pronouns:
            return False
        if doc.tokens[j].norm in fillers or doc.lemmas[j] & fillers:
            continue
        if comp.visit.matches(doc.lemmas, None, j, j + 1) or doc.lemmas[j] & hosting:
            return False
        if any(t.start == j for t in comp.roles.longest(doc.lemmas, None, j, min(last, j + 4))):
            return False  # "ждем президента Лулу": a title before the name awaited
        if isinstance(lem, PymorphyLemmatizer) and lem.part_and_case(doc.tokens[j].norm)[0] in ("ADJF", "PRTF"):
            continue  # "на відповідну підтримку"
        return True
    return False


def _speaker_travels(ctx: ArticleContext, s, start: int, end: int, guest: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether an awaiting phrase tells of the speaker going to the other: every place named after it lies in the
    other's state ("hoped to see Putin in Moscow", "надеется увидеть Моди в Нью-Дели"), or a phrase of seeing
    ("hope to see", "увидеть") names no place at all ("hoped to see Putin soon"; "Пекин будет рад видеть" names its
    host)."""
    doc = ctx.doc
    places = [m for m in ctx.in_range(end, s.last) if m.type in ("Country", "City") and _after_locative(ctx, m.first)]
    home = ctx.state_of(guest)
    if places:
        return home is not None and all(ctx.gaz.country_of(m.actor) == home for m in places)
    if any(m.type in ("Country", "City") for m in ctx.in_range(s.first, start)):
        return False  # "Пекин будет рад видеть Шольца": the host named as a place
    seeing = doc.lexicon.lemmas_of("invitation_seeing_words")
    return any(doc.lemmas[j] & seeing for j in range(start, end))


def _giving_verb(ctx: ArticleContext, first: int, index: int) -> int:
    """The giving verb right before the invitation noun at `index` ("extended an invitation", "направил
    приглашение"; a determiner or possessive between), else `index`."""
    doc = ctx.doc
    skip = doc.lexicon.words("determiners") | doc.lexicon.words("invitation_possessives")
    j = index - 1
    while j >= first and doc.tokens[j].norm in skip:
        j -= 1
    return j if j >= first and doc.lemmas[j] & doc.lexicon.lemmas_of("invitation_giving_verbs") else index


def _coordinated_subject(ctx: ArticleContext, s, verb: int) -> str | None:  # type: ignore[no-untyped-def]
    """The subject of the sentence where the verb at `verb` is joined to its first verb by "and", "и", "і" and has
    none of its own: "Putin met Xi and invited ...", "She recalled that the visit by Hun Sen ... and extended an
    invitation" (a subordinate clause whose subject is no person: the verb goes with the main one). The subject is
    a person named in the sentence's first words (in the nominative), or the one a pronoun there stands for. None
    where no coordination stands before the verb, or a person is the subject of a clause after "that", "что", "що"
    ("said that Putin met Xi and invited him")."""
    doc = ctx.doc
    if verb - 1 <= s.first or doc.tokens[verb - 1].norm not in doc.lexicon.words("coordination_words"):
        return None
    complementizers = doc.lexicon.words("complementizers")
    determiners = doc.lexicon.words("determiners")
    for c in range(verb - 2, s.first, -1):
        if doc.tokens[c].norm not in complementizers:
            continue
        j = c + 1
        while j < verb and doc.tokens[j].norm in determiners:
            j += 1
        if any(m.first == j and m.type == "Person" for m in ctx.in_range(j, verb)):
            return None
        break
    lem = lemmatizer(doc.lang)
    if doc.tokens[s.first].norm in doc.lexicon.words("pronouns"):
        told = _antecedent_people(ctx, s)  # "Erdogan met Tokayev. He recalled ...": the subject told before
        return told[0] if told else None
    opening = [m for m in ctx.in_range(s.first, min(verb, s.first + 3)) if m.type == "Person"]
    if not opening:
        return None
    if isinstance(lem, PymorphyLemmatizer) and \
            lem.part_and_case(doc.tokens[opening[0].last - 1].norm)[1] not in ("nomn", None):
        return None
    return opening[0].actor


def _given(ctx: ArticleContext, first: int, index: int) -> bool:
    """Whether a giving verb ("передал", "озвучив", "handed", "sent") stands right before the invitation noun (a
    determiner or possessive between)."""
    doc = ctx.doc
    verbs = doc.lexicon.lemmas_of("invitation_giving_verbs")
    skip = doc.lexicon.words("determiners") | doc.lexicon.words("invitation_possessives")
    j = index - 1
    while j >= first and doc.tokens[j].norm in skip:
        j -= 1
    return j >= first and bool(doc.lemmas[j] & verbs)


def _place_state(ctx: ArticleContext, place: str) -> str | None:
    """The state a country or a city is in."""
    actor = ctx.gaz.actor(place)
    return ctx.gaz.country_of(place) or (actor.country if actor is not None and actor.type == "City" else None)


def _celebrated(ctx: ArticleContext, m: TokenMention) -> bool:
    """Whether a person is the one an event is held for, told right after its word ("the inauguration of the Polish
    president", "на інавгурацію президента Польщі", `invitation_personal_events`)."""
    words = ctx.doc.lexicon.lemmas_of("invitation_personal_events")
    return any(ctx.doc.lemmas[j] & words for j in range(max(0, m.first - 3), m.first))


def _instrumental(ctx: ArticleContext, mention: TokenMention) -> bool:
    """Whether a person's name (or the title that heads it) stands in the instrumental ("Путиным", "Путіним")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    return isinstance(lem, PymorphyLemmatizer) and any(
        lem.part_and_case(ctx.doc.tokens[j].norm)[1] == "ablt" for j in {mention.first, mention.last - 1})


def _dative(ctx: ArticleContext, mention: TokenMention) -> bool:
    """Whether a person's name (or the title that heads it) may stand in the dative ("Луле", "президенту Бразилии")."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    return isinstance(lem, PymorphyLemmatizer) and any(
        "datv" in lem.singular_noun_cases(ctx.doc.tokens[j].norm) for j in {mention.first, mention.last - 1})


def _genitive_author(ctx: ArticleContext, after: list[TokenMention], index: int, guest: str | None) -> str | None:
    """The author of an invitation handed on by another ("Лавров передал Си приглашение Путина", "Сибіга передав Ван
    Ї запрошення Зеленського"): a person in the genitive right after the noun (his title may head him), not the
    guest; None where none stands there."""
    from ..text.morph import PymorphyLemmatizer, lemmatizer

    lem = lemmatizer(ctx.doc.lang)
    people = [m for m in after if m.type == "Person"]
    if not people or people[0].first != index or people[0].actor == guest or not isinstance(lem, PymorphyLemmatizer):
        return None
    # a foreign name that may be a dative too ("Моді", "Си Цзиньпину") is not told to be the author
    # the title or the first word of the name, else its last word, in the genitive and in no dative reading: "Моді",
    # "Си Цзиньпину" may be datives
    # "підтвердив запрошення Лукашенка до України": the one of the genitive bound for a state not his own is the guest
    state = ctx.state_of(people[0].actor)
    if any(_place_state(ctx, m.actor) not in (None, state) for m in after if m.type in ("Country", "City")):
        return None
    words = (ctx.doc.tokens[index].norm, ctx.doc.tokens[people[0].last - 1].norm)
    return people[0].actor if any(lem.part_and_case(w)[1] == "gent" and "datv" not in lem.singular_noun_cases(w)
                                  for w in words) else None


def _double_object(ctx: ArticleContext, before: list[TokenMention], index: int) -> tuple[str, str] | None:
    """(guest, host) for "Putin handed Modi an invitation": a giving verb, a person, then the noun (a determiner
    between); the subject named before the verb gives it."""
    doc = ctx.doc
    people = [m for m in before if m.type == "Person"]
    if not people:
        return None
    guest = people[-1]
    skip = doc.lexicon.words("determiners") | doc.lexicon.words("invitation_possessives") | \
        doc.lexicon.words("invitation_noun_modifiers")  # "sent Zelensky an official invitation"
    if any(doc.tokens[j].norm not in skip for j in range(guest.last, index)) or guest.first == 0 or \
            not doc.lemmas[guest.first - 1] & doc.lexicon.lemmas_of("invitation_giving_verbs"):
        return None
    hosts = [m.actor for m in people[:-1] if m.actor != guest.actor and m.last < guest.first]
    # "The United States sent Zelensky an invitation": a state before the verb (not a place) gives it
    hosts = hosts or [str(ctx.gaz.country_of(m.actor)) for m in before if m.last <= guest.first
                      and ctx.gaz.country_of(m.actor) and m.type in ("Country", "City")
                      and not _after_locative(ctx, m.first)
                      and ctx.gaz.country_of(m.actor) != ctx.state_of(guest.actor)]
    return (guest.actor, hosts[-1]) if hosts else None


def _impersonal_invited(ctx: ArticleContext, before: list[TokenMention], index: int) -> bool:
    """Whether "пригласили", "запросили" (a plural with no subject) follows a person in the accusative: "Путина
    пригласили посетить Индию"."""
    doc = ctx.doc
    if doc.tokens[index].norm not in doc.lexicon.words("invited_impersonal_forms"):
        return False
    people = [m for m in before if m.type == "Person"]
    lem = lemmatizer(doc.lang)
    if len(people) != 1 or not isinstance(lem, PymorphyLemmatizer):
        return False
    return lem.part_and_case(doc.tokens[people[0].last - 1].norm)[1] in ("accs", "gent")


def _clauses_told(ctx: ArticleContext, s, triggers) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    """(span, its triggers, joined) for each clause of the sentence that tells an invitation of its own: a clause
    opened after an inviting word by "and", "а", "і" and a verb of its own, with or without a subject of its own ("X
    invited Y to A and accepted Y's invitation to B", "Путин пригласил Си ..., а Си пригласил Путина ..."). `joined`
    marks a clause with no subject of its own: the first clause's people act in it. One span, the whole sentence,
    where no such clause follows."""
    doc = ctx.doc
    joining = doc.lexicon.words("clause_joining_words")
    ordered = sorted(triggers, key=lambda t: t.start)
    cuts: list[tuple[int, bool]] = []
    for one, other in zip(ordered, ordered[1:]):
        if other.start < one.end or (cuts and cuts[-1][0] >= one.end):
            continue
        for j in range(other.start - 1, one.end - 1, -1):
            if doc.tokens[j].norm not in joining:
                continue
            # "а сам получил приглашение": "сам" names the first clause's subject again, the verb follows it
            own = j + 1 < other.start and doc.tokens[j + 1].norm in doc.lexicon.words("clause_subject_intensifiers")
            subject = next((m for m in ctx.in_range(j + 1, other.start)
                            if m.first == j + 1 and m.type in ("Person", "Country")), None)
            verb = subject.last if subject is not None else j + 1 + own
            if verb <= other.start and verb < s.last and _finite_verb(ctx, verb):
                cuts.append((j, subject is None))
            break
    if not cuts:
        return [(s, triggers, False)]
    parts = []
    bounds = [(s.first, False)] + [(j + 1, joined) for j, joined in cuts]
    for (first, joined), (last, _) in zip(bounds, [(j, False) for j, _ in cuts] + [(s.last, False)]):
        span = replace(s, first=first, last=last)
        told = [t for t in triggers if first <= t.start and t.end <= last]
        if told:
            parts.append((span, told, joined))
    return parts


def _finite_verb(ctx: ArticleContext, index: int) -> bool:
    """Whether the word is a finite verb ("подякував", "пригласил", "accepted", "invited")."""
    lem = lemmatizer(ctx.doc.lang)
    norm = ctx.doc.tokens[index].norm
    if isinstance(lem, PymorphyLemmatizer):
        return lem.first_pos(norm) == "VERB"
    return norm.endswith("ed") or norm in ctx.doc.lexicon.irregular


def _joined_clause(ctx: ArticleContext, span, triggers, before,  # type: ignore[no-untyped-def]
                   told: list[Invitation]) -> list[Invitation]:
    """The invitation a clause joined to the one before tells, its subject that clause's ("Zelensky invited Wang Yi
    to visit Ukraine and thanked him for the invitation to China": Wang Yi invited Zelensky), a pronoun right after
    its verb the other person of that clause. None where it tells the invitation of the clause before again
    ("invited him and extended an invitation to visit")."""
    doc = ctx.doc
    if len({(i.inviter, i.invitee) for i in told}) != 1:
        return []
    if before and told[0].invitee is not None and "accept" in {t.payload for t in triggers} and \
            not any(m.type == "Person" for m in ctx.in_range(span.first, span.last)) and \
            not _questioned_or_denied(ctx, span, span.first):
        # "Лула поблагодарил за приглашение и согласился приехать в Москву": the guest accepts the invitation he
        # thanked for, and the place he agrees to come to is its destination
        places = [m for m in ctx.in_range(span.first, span.last) if m.type in ("Country", "City")]
        place = _destination(ctx, places, told[0].invitee, told[0].inviter)
        kept = told[-1].destination
        if place is not None and (kept is None or _within(ctx, place, kept)):
            kept = place
        return [replace(told[-1], destination=kept, accepted=True, evidence=(ctx.evidence(span, "invitations"),))]
    if not before or told[0].inviter is None:
        return []
    # the first clause's subject: who invites after an inviting verb ("запросив Ван І"), the guest after "accepted"
    # or "received" ("прийняв запрошення Путіна")
    first = min(before, key=lambda t: (PRIORITY.index(t.payload), t.start))
    active = ROLE_OF_KIND[first.payload] == "active" and \
        doc.tokens[first.start].norm not in doc.lexicon.words("invited_passive_forms")
    subject, other = (told[0].inviter, told[0].invitee) if active else (told[0].invitee, told[0].inviter)
    trigger = min(triggers, key=lambda t: (PRIORITY.index(t.payload), t.start))
    if _questioned_or_denied(ctx, span, trigger.start):
        return []
    kinds = {t.payload for t in triggers}
    if kinds == {"decline"} and trigger.end - trigger.start == 1:
        return []  # "... and declined to comment": declining is no invitation without one
    verb = span.first + (doc.tokens[span.first].norm in doc.lexicon.words("clause_subject_intensifiers"))
    pronoun = verb + 1 < span.last and doc.tokens[verb + 1].norm in doc.lexicon.words("dative_object_pronouns")
    persons = [m.actor for m in ctx.in_range(verb, span.last) if m.type == "Person" and m.actor != subject]
    counterpart = other if pronoun else (persons[0] if persons else other)
    thanks = bool(doc.lexicon.phrases("invitation_thanks").matches(doc.lemmas, None, verb, trigger.start))
    giving = bool(doc.lemmas[verb] & doc.lexicon.lemmas_of("invitation_giving_verbs"))
    if ROLE_OF_KIND[trigger.payload] == "active" or giving and not thanks:
        inviter, invitee = subject, counterpart
    else:  # "accepted Putin's invitation", "thanked him for the invitation": the subject is the guest
        inviter, invitee = counterpart, subject
    if (inviter, invitee) == (told[0].inviter, told[0].invitee) or inviter == invitee:
        return []
    places = [m for m in ctx.in_range(trigger.end, span.last) if m.type in ("Country", "City")]
    destination = _destination(ctx, places, invitee, inviter) or ctx.state_of(inviter)
    if destination is not None and destination == ctx.state_of(invitee):
        destination = None
    frame = _time_frame(ctx, trigger.start, span.last)
    accepted = True if "accept" in kinds else (False if "decline" in kinds else None)
    return [Invitation(invitee=invitee, inviter=inviter, destination=destination,
                       occasion=_occasion(ctx, span, trigger.end), time_frame=frame, accepted=accepted,
                       evidence=(ctx.evidence(span, "invitations"),))]
