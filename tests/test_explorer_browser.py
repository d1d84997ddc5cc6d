"""explorer.html in headless Chromium (Debian's `chromium`; skipped where it is absent), as a person uses it:
it loads offline with no error, search finds Putin in any language, the Putin–Xi timeline shows the seeds'
meetings in date order, a fact card shows each source's quotes and the conflict. Screenshots of the main
views are kept in tests/artifacts/explorer/ (git-ignored) to look at."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cdp import Browser, chromium_path

from kg.export.explorer import explorer_data, explorer_page
from kg.export.neo4j import PropertyGraph, property_graph

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "explorer"
PUTIN, XI = "vladimir-putin", "xi-jinping"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    with Browser(executable) as chromium:
        yield chromium


def graph_of(build: Path) -> PropertyGraph:
    lines = [line[:-2] for line in (build / "graph.nq").read_text(encoding="utf-8").splitlines() if line]
    return property_graph(lines)


def opened(browser: Browser, page: Path) -> Browser:
    browser.problems.clear()
    browser.open(page)
    return browser


def rows(browser: Browser, selector: str, attribute: str) -> list[str]:
    return browser.evaluate(f"Array.from(document.querySelectorAll({json.dumps(selector)}))"
                            f".map(function (e) {{ return e.getAttribute({json.dumps(attribute)}); }})")  # type: ignore[no-any-return]


def putin_xi_meetings(graph: PropertyGraph) -> list[str]:
    participants: dict[str, set[str]] = {}
    for rel in graph.relationships:
        if rel.type == "PARTICIPANT":
            participants.setdefault(rel.start, set()).add(rel.end.rsplit("/", 1)[-1])
    return sorted(m for m, who in participants.items() if {PUTIN, XI} <= who)


@pytest.mark.parametrize("which", ["examples", "seeds"])
def test_page_loads_with_no_error_and_no_request_off_the_machine(browser: Browser, which: str,
                                                                  request: pytest.FixtureRequest) -> None:
    build = request.getfixturevalue(f"{which}_build")
    opened(browser, build / "explorer.html")
    for route, ready in [("#/network", ".network-svg"), ("#/invitations", "h1"), ("#/treaties", "h1"),
                         ("#/trade", "h1"), ("#/conflicts", "h1"), (f"#/actor/{PUTIN}", ".timeline")]:
        browser.go(route, f"document.querySelector('{ready}')")
    browser.pump(0.2)
    assert browser.problems == []


@pytest.mark.parametrize("query", ["Putin", "putin", "Путин", "Путина", "Путіну", "Q7747", "vladimir"])
def test_search_finds_putin_in_any_language_or_case(browser: Browser, examples_build: Path, query: str) -> None:
    opened(browser, examples_build / "explorer.html")
    browser.evaluate("var box = document.getElementById('search'); box.value = " + json.dumps(query) +
                     "; box.dispatchEvent(new Event('input'))")
    browser.wait_for(f"document.getElementById('result-count').textContent.indexOf({json.dumps(query)}) >= 0")
    assert rows(browser, "tr.actor-row", "data-slug")[0] == PUTIN
    if query == "Путина":
        browser.screenshot(ARTIFACTS / "examples-search.png", full_page=False)


def test_search_for_a_name_nobody_has_finds_no_one(browser: Browser, examples_build: Path) -> None:
    opened(browser, examples_build / "explorer.html")
    browser.go("#/actors?q=Zzyzx%20Qwertyuiop", "document.getElementById('result-count')")
    assert rows(browser, "tr.actor-row", "data-slug") == []


def test_putin_xi_timeline_shows_the_seeds_meetings_in_date_order(browser: Browser, seeds_build: Path) -> None:
    expected = putin_xi_meetings(graph_of(seeds_build))
    opened(browser, seeds_build / "explorer.html")
    browser.go(f"#/actor/{PUTIN}/with/{XI}", "document.querySelector('.timeline-svg')")
    dates = rows(browser, "tr.meeting-row", "data-date")
    listed = rows(browser, "tr.meeting-row", "data-fact")
    assert len(listed) == len(expected)
    dated = [d for d in dates if d]
    assert len(dated) >= 3 and dated == sorted(dated) and dates == dated + [""] * (len(dates) - len(dated))
    marks = rows(browser, ".timeline-svg .tl-mark", "data-fact")
    assert sorted(marks) == sorted(f for f, d in zip(listed, dates) if d)
    browser.screenshot(ARTIFACTS / "seeds-putin-xi-timeline.png")


def test_a_fact_card_shows_every_source_its_quotes_and_the_conflict(browser: Browser, seeds_build: Path) -> None:
    data = explorer_data(graph_of(seeds_build))
    disputed = [i for i, row in enumerate(data["facts"]) if row[2] and len(_sources(row[1])) >= 2]
    assert disputed, "the seeds should give a fact reported by two sources that disagree"
    fact = disputed[0]
    sources = _sources(data["facts"][fact][1])
    opened(browser, seeds_build / "explorer.html")
    browser.go(f"#/fact/{fact}", "document.querySelector('.fact-card')")
    shown = rows(browser, "section.source", "data-article")
    assert shown == [data["articles"][article][0] for article, _ in sources]
    quotes = browser.evaluate("Array.from(document.querySelectorAll('section.source blockquote')).map(function (q) "
                              "{ return q.textContent; })")
    assert quotes == [data["strings"][q] for _, qs in sources for q in qs]
    claims = len(data["facts"][fact][2]) // 3  # property, value, article
    assert browser.evaluate("document.querySelectorAll('.fact-card .conflict-field .claim').length") == claims
    assert browser.evaluate("document.querySelectorAll('section.source .claim').length") == claims
    # the claims that differ from the merged value are red, the one that gave it green
    assert browser.evaluate("document.querySelectorAll('.fact-card .claim.conflict').length") >= 1
    assert browser.evaluate("document.querySelectorAll('.fact-card .claim.agrees').length") >= 1
    assert browser.evaluate("document.querySelectorAll('section.source.conflicting').length") >= 1
    browser.screenshot(ARTIFACTS / "seeds-fact-card-with-conflict.png")


def _sources(flat: list[int] | int) -> list[tuple[int, list[int]]]:
    out, at = [], 0
    while flat and at < len(flat):
        out.append((flat[at], flat[at + 2:at + 2 + flat[at + 1]]))
        at += 2 + flat[at + 1]
    return out


@pytest.mark.parametrize("which", ["examples", "seeds"])
def test_the_network_draws_the_actors_who_met_and_says_how_many_are_shown(browser: Browser, which: str,
                                                                           request: pytest.FixtureRequest) -> None:
    build = request.getfixturevalue(f"{which}_build")
    opened(browser, build / "explorer.html")
    browser.go("#/network", "document.querySelector('.network-svg')")
    nodes = rows(browser, ".network-svg .net-node", "data-slug")
    assert PUTIN in nodes and XI in nodes
    assert browser.evaluate("document.querySelectorAll('.network-svg .net-edge').length") >= 1
    assert "actors with the most meetings" in browser.evaluate("document.getElementById('network-note').textContent")
    browser.screenshot(ARTIFACTS / f"{which}-network.png")


def test_invitations_show_the_visit_that_fulfilled_them(browser: Browser, examples_build: Path) -> None:
    graph = graph_of(examples_build)
    fulfilled = {r.start for r in graph.relationships if r.type == "FULFILLED_BY"}
    opened(browser, examples_build / "explorer.html")
    browser.go("#/invitations", "document.querySelector('.invitation-row')")
    browser.evaluate("var box = document.getElementById('fulfilled-only'); box.checked = true; "
                     "box.dispatchEvent(new Event('change'))")
    browser.wait_for(f"document.querySelectorAll('.invitation-row').length === {len(fulfilled)}")
    links = browser.evaluate("Array.from(document.querySelectorAll('.invitation-row td:last-child a.fact-link'))"
                             ".map(function (a) { return a.textContent; })")
    assert len(links) >= len(fulfilled) and all(text.startswith("In person") for text in links)
    browser.screenshot(ARTIFACTS / "examples-invitations.png")


def test_treaties_are_listed_with_their_status(browser: Browser, examples_build: Path) -> None:
    graph = graph_of(examples_build)
    statuses = sorted(str(n.props["status"]) for n in graph.nodes.values()
                      if n.group == "Treaty" and "status" in n.props)
    opened(browser, examples_build / "explorer.html")
    browser.go("#/treaties", "document.querySelector('.treaty-row')")
    shown = browser.evaluate("Array.from(document.querySelectorAll('.treaty-row .badge[class*=status-]'))"
                             ".map(function (b) { return b.className.replace('badge status-', ''); })")
    assert statuses and sorted(shown) == statuses
    browser.screenshot(ARTIFACTS / "examples-treaties.png")


def test_trade_figures_are_drawn_as_small_time_series(browser: Browser, examples_build: Path) -> None:
    opened(browser, examples_build / "explorer.html")
    browser.go("#/trade", "document.querySelector('.trade-series')")
    assert browser.evaluate("document.querySelectorAll('.trade-chart').length") >= 2
    assert browser.evaluate("document.querySelectorAll('.trade-chart .chart-dot').length") >= 4
    browser.screenshot(ARTIFACTS / "examples-trade.png")


def test_the_gzipped_page_of_a_large_build_shows_the_same(browser: Browser, examples_build: Path,
                                                          tmp_path: Path) -> None:
    packed = tmp_path / "explorer.html"
    packed.write_text(explorer_page(explorer_data(graph_of(examples_build)), compress_above=0), encoding="utf-8")
    summaries = []
    for page in (examples_build / "explorer.html", packed):
        opened(browser, page)
        browser.go(f"#/actor/{PUTIN}", "document.querySelector('.timeline')")
        summaries.append((browser.evaluate("document.getElementById('summary').textContent"),
                          rows(browser, "tr.meeting-row", "data-fact")))
        assert browser.problems == []
    assert summaries[0] == summaries[1] and summaries[0][1]


def test_long_lists_are_shown_a_page_at_a_time(browser: Browser, examples_build: Path) -> None:
    actors = len(explorer_data(graph_of(examples_build))["actors"])
    assert actors > 50
    opened(browser, examples_build / "explorer.html")
    browser.go("#/actors", "document.querySelector('tr.actor-row')")
    assert browser.evaluate("document.querySelectorAll('tr.actor-row').length") == 50
    browser.evaluate("document.querySelector('button.more').click()")
    browser.wait_for(f"document.querySelectorAll('tr.actor-row').length === {actors}")
    assert browser.evaluate("document.querySelector('button.more')") is None


def test_a_timeline_of_many_meetings_is_drawn_per_month(browser: Browser, examples_build: Path,
                                                        tmp_path: Path) -> None:
    data = explorer_data(graph_of(examples_build))
    layout, kinds = data["layout"]["Meeting"], data["kinds"]
    putin = next(i for i, actor in enumerate(data["actors"]) if actor[2] == PUTIN)
    meeting = next(row for row in data["facts"] if kinds[row[0]] == "Meeting"
                   and putin in (row[5 + layout.index("participants")] or []) and len(row) > 5 + layout.index("start"))
    for day in range(600):  # one meeting a day for 600 days, copies of a real one
        copy = list(meeting)
        iso = date.fromordinal(date(2023, 1, 1).toordinal() + day).isoformat()
        copy[5 + layout.index("dateText")] = copy[5 + layout.index("start")] = copy[5 + layout.index("end")] = iso
        data["facts"].append(copy)
    page = tmp_path / "explorer.html"
    page.write_text(explorer_page(data), encoding="utf-8")
    opened(browser, page)
    browser.go(f"#/actor/{PUTIN}", "document.querySelector('.timeline-svg')")
    assert browser.evaluate("document.querySelectorAll('.timeline-svg .tl-mark').length") == 0
    months = browser.evaluate("document.querySelectorAll('.timeline-svg .tl-month').length")
    assert 20 <= months <= 60
    assert browser.evaluate("document.querySelectorAll('tr.meeting-row').length") == 50
    assert browser.evaluate("document.getElementsByTagName('*').length") < 1500
    assert browser.problems == []


def test_a_build_with_no_facts_opens_every_view_without_error(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "explorer.html"
    page.write_text(explorer_page(explorer_data(PropertyGraph({}, []))), encoding="utf-8")
    opened(browser, page)
    for route in ("#/", "#/network", "#/invitations", "#/treaties", "#/trade", "#/conflicts", "#/fact/0",
                  "#/actor/nobody", "#/article/3", "#/no-such-view", "#/actors?q=100%"):
        browser.go(route, "document.getElementById('main').children.length > 0")
    browser.pump(0.2)
    assert browser.problems == []
