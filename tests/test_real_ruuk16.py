"""Real batch 12 in Russian and Ukrainian (issue 15), in general form. Own sentences in ru, uk and en (facts may
carry over from the articles, wording does not), each behaviour with near misses that must not fire."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import facts, meeting_pairs

D = date(2025, 3, 14)


# ---- "with his counterpart from X, Name": the name that follows is the counterpart, not X's office holder --------

@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Лавров провел переговоры со своей коллегой из ЮАР Наледи Пандор.", ("naledi-pandor", "sergey-lavrov")),
    ("ru", "Лавров провел переговоры с коллегой из ЮАР Наледи Пандор в Йоханнесбурге.",
     ("naledi-pandor", "sergey-lavrov")),
    ("uk", "Лавров провів переговори зі своєю колегою з ПАР Наледі Пандор.", ("naledi-pandor", "sergey-lavrov")),
    ("en", "Lavrov held talks with his counterpart from South Africa Naledi Pandor.",
     ("naledi-pandor", "sergey-lavrov")),
    # near misses: no name after the state, the counterpart is the state's office holder on the day
    ("ru", "Лавров провел переговоры с коллегой из ЮАР.", ("ronald-lamola", "sergey-lavrov")),
    ("uk", "Лавров провів переговори з колегою з ПАР.", ("ronald-lamola", "sergey-lavrov")),
    ("en", "Lavrov held talks with his counterpart from South Africa.", ("ronald-lamola", "sergey-lavrov")),
])
def test_a_name_after_counterpart_from_a_state_is_the_counterpart(lang, text, pair):
    assert meeting_pairs(facts(text, lang, D)) == {pair}
