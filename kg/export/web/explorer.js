/* Entente explorer: Entente's own script (no third-party code). Reads the JSON block written by
   kg/export/explorer.py (its layout is described there) and renders views on demand: lists are paged,
   long timelines are drawn per month, the network shows the actors with the most meetings. */
(function () {
  "use strict";

  var PAGE = 50;
  var SVGNS = "http://www.w3.org/2000/svg";
  var MEDIUM_NAMES = { PhoneCall: "Phone call", VideoCall: "Video call", InPersonMeeting: "In person", "": "Meeting" };
  var MEASURE_NAMES = { valueUSD: "value (USD)", changePercent: "change", rank: "rank", tonnes: "tonnes",
    barrelsPerDay: "barrels per day", cubicMetresPerYear: "cubic metres per year" };
  var FIELD_NAMES = { date: "date", duration: "duration", place: "place", participant: "participants",
    timeFrame: "time frame", occasion: "occasion", accepted: "accepted", signedOn: "signed on", status: "status",
    period: "period", inviter: "inviter", invitee: "invitee", destination: "destination", party: "parties" };

  var D = null;           // the decoded data
  var rows = [];          // the fact rows as parsed
  var cache = [];         // fact objects made so far, by index
  var byKind = {};        // kind -> fact indices
  var at = {};            // kind -> field -> position in a row
  var actorFields = {};   // kind -> positions of the fields that hold actors
  var fulfils = {};       // meeting index -> invitations it fulfils
  var EMPTY = [];
  var networkTop = 60;    // actors the network view draws
  var ACTOR_FIELDS = { Meeting: ["participants", "places"], Invitation: ["inviters", "invitees", "destinations"],
    Treaty: ["parties"], TradeFact: ["suppliers", "buyers", "parties"] };
  var actors = [];        // one object per actor
  var bySlug = {};        // actor slug -> actor
  var main = document.getElementById("main");

  // ------------------------------------------------------------------------------------------ data
  function loadData() {
    var block = document.getElementById("entente-data");
    var text = block.textContent;
    if (block.getAttribute("data-encoding") !== "gzip+base64") {
      return Promise.resolve(JSON.parse(text));
    }
    window.ententeTimings.text = performance.now();
    var bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(text.trim());
    } else {
      var binary = atob(text.trim());
      bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    window.ententeTimings.base64 = performance.now();
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(function (json) {
      window.ententeTimings.inflated = performance.now();
      return JSON.parse(json);
    });
  }

  /** Reads the tables; fact rows stay as parsed and become objects only when a view asks for them (F). */
  function decode(data) {
    D = data;
    rows = D.facts;
    actors = D.actors.map(function (row, i) {
      var names = [row[0]].concat(row[4]);
      return { i: i, name: row[0], type: D.actorTypes[row[1]], slug: row[2], wikidata: row[3], aliases: row[4],
        haystack: names.concat([row[2], row[3] || ""]).map(norm).join("\u0001"),
        meetings: [], facts: [] };
    });
    actors.forEach(function (a) { bySlug[a.slug] = a; });
    D.kinds.forEach(function (kind) {
      byKind[kind] = [];
      var fields = D.layout[kind];
      at[kind] = {};
      fields.forEach(function (field, k) { at[kind][field] = 5 + k; });
      actorFields[kind] = ACTOR_FIELDS[kind].map(function (field) { return at[kind][field]; });
    });
    var participants = at.Meeting.participants, fulfilledBy = at.Invitation.fulfilledBy;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], kind = D.kinds[row[0]], seen = [];
      byKind[kind].push(i);
      actorFields[kind].forEach(function (k) {
        (row[k] || EMPTY).forEach(function (a) { if (seen.indexOf(a) < 0) { seen.push(a); actors[a].facts.push(i); } });
      });
      if (kind === "Invitation") (row[fulfilledBy] || EMPTY).forEach(function (m) { (fulfils[m] = fulfils[m] || []).push(i); });
    }
    // meetings sorted by date once, so each actor's list comes out in date order
    var keys = {};
    byKind.Meeting.forEach(function (i) { keys[i] = (field(i, "start") || "9999") + "|" + (field(i, "end") || "9999"); });
    byKind.Meeting.slice().sort(function (a, b) { return keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b; })
      .forEach(function (i) { (rows[i][participants] || EMPTY).forEach(function (a) { actors[a].meetings.push(i); }); });
  }

  /** The fact with index i as an object with its kind's named fields (made once, on first use). */
  function F(i) {
    var f = cache[i];
    if (f) return f;
    if (!rows[i]) return null;
    var row = rows[i], kind = D.kinds[row[0]];
    f = cache[i] = { i: i, kind: kind, sources: [], conflicts: [], reasons: row[3] || EMPTY, label: row[4] };
    for (var k = 0, flat = row[1] || EMPTY; k < flat.length; k += 2 + flat[k + 1]) {
      f.sources.push([flat[k], flat.slice(k + 2, k + 2 + flat[k + 1])]);
    }
    for (k = 0, flat = row[2] || EMPTY; k < flat.length; k += 3) f.conflicts.push([flat[k], flat[k + 1], flat[k + 2]]);
    D.layout[kind].forEach(function (field, k) {
      var value = row[5 + k], list = D.listFields.indexOf(field) >= 0;
      f[field] = list ? value || [] : value === undefined ? null : value;
    });
    if (kind === "Meeting") f.medium = D.media[f.medium];
    if (kind === "TradeFact") f.measure = f.measure === null ? null : D.measures[f.measure];
    f.fulfils = fulfils[i] || null;
    return f;
  }

  function actorsOf(f) {
    var all = [];
    ACTOR_FIELDS[f.kind].forEach(function (field) {
      f[field].forEach(function (a) { if (all.indexOf(a) < 0) all.push(a); });
    });
    return all;
  }

  /** One field of fact i read from its row, without making the fact's object (for lists over many facts). */
  function field(i, name) {
    var row = rows[i], k = at[D.kinds[row[0]]][name];
    if (D.listFields.indexOf(name) >= 0) return (k !== undefined && row[k]) || EMPTY;
    return k === undefined || row[k] === undefined ? null : row[k];
  }
  function kindOf(i) { return D.kinds[rows[i][0]]; }
  function medium(i) { return D.media[field(i, "medium")]; }
  function hasActor(i, a) {
    var row = rows[i];
    return actorFields[D.kinds[row[0]]].some(function (k) { return (row[k] || EMPTY).indexOf(a) >= 0; });
  }

  function byDate(a, b) {
    var sa = field(a, "start") || "9999", sb = field(b, "start") || "9999";
    if (sa !== sb) return sa < sb ? -1 : 1;
    var ea = field(a, "end") || "9999", eb = field(b, "end") || "9999";
    if (ea !== eb) return ea < eb ? -1 : 1;
    return a - b;
  }

  function norm(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\u0451/g, "\u0435").replace(/['\u2019\u02bc`]/g, "");
  }

  function str(k) { return k === null || k === undefined ? null : D.strings[k]; }

  // ------------------------------------------------------------------------------------------ DOM helpers
  function h(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var k = 2; k < arguments.length; k++) append(node, arguments[k]);
    return node;
  }
  function s(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    for (var k = 2; k < arguments.length; k++) append(node, arguments[k]);
    return node;
  }
  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      var v = attrs[key];
      if (v === null || v === undefined || v === false) return;
      if (key === "onclick" || key === "oninput" || key === "onchange") node[key] = v;
      else node.setAttribute(key, v === true ? "" : String(v));
    });
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  function title(text) { return s("title", null, text); }
  function join(items, sep) {
    var out = [];
    items.forEach(function (item, k) { if (k) out.push(sep); out.push(item); });
    return out;
  }
  function n(x) { return String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function plural(count, one, many) { return n(count) + " " + (count === 1 ? one : many || one + "s"); }

  function actorLink(a) { return h("a", { href: "#/actor/" + encodeURIComponent(actors[a].slug) }, actors[a].name); }
  function actorLinks(list) { return list.length ? join(list.map(actorLink), ", ") : h("span", { class: "muted" }, "—"); }
  function factLink(i, text) { return h("a", { href: "#/fact/" + i, class: "fact-link" }, text || factName(F(i))); }
  function articleLink(k) { return h("a", { href: "#/article/" + k }, D.articles[k][0]); }

  function names(list) { return list.map(function (a) { return actors[a].name; }).join(" & "); }

  function factName(f) {
    if (f.kind === "Meeting") return MEDIUM_NAMES[f.medium] + ": " + names(f.participants) + (f.dateText ? " (" + f.dateText + ")" : "");
    if (f.kind === "Invitation") {
      var who = f.inviters.length ? names(f.inviters) : "?";
      return "Invitation: " + who + " \u2192 " + names(f.invitees) + (f.destinations.length ? " (" + names(f.destinations) + ")" : "");
    }
    if (f.kind === "Treaty") return f.label || "Treaty";
    return tradeSeriesName(f) + (f.period ? " (" + f.period + ")" : "");
  }

  function duration(f) {
    if (f.minutes === null || f.minutes === undefined) return f.duration || "";
    var hours = Math.floor(f.minutes / 60), minutes = f.minutes % 60;
    return (hours ? hours + " h" : "") + (hours && minutes ? " " : "") + (minutes || !hours ? minutes + " min" : "");
  }

  function measureValue(measure, value) {
    if (value === null || value === undefined) return "";
    var abs = Math.abs(value);
    function scaled(v) {
      if (abs >= 1e12) return round(v / 1e12) + " trillion";
      if (abs >= 1e9) return round(v / 1e9) + " billion";
      if (abs >= 1e6) return round(v / 1e6) + " million";
      return n(round(v));
    }
    if (measure === "valueUSD") return (value < 0 ? "\u2212$" : "$") + scaled(abs);
    if (measure === "changePercent") return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + round(abs) + " %";
    if (measure === "rank") return "#" + value;
    if (measure === "tonnes") return scaled(value) + " t";
    if (measure === "barrelsPerDay") return scaled(value) + " bbl/day";
    if (measure === "cubicMetresPerYear") return scaled(value) + " m\u00b3/year";
    return String(value);
  }
  function span(text) { return text ? text.replace("..", " \u2013 ") : ""; }
  function round(v) { return String(Math.round(v * 100) / 100); }

  function mediumBadge(f) { return h("span", { class: "badge " + f.medium }, MEDIUM_NAMES[f.medium]); }
  function conflictBadge(f) { return f.conflicts.length ? h("span", { class: "badge conflict", title: "sources disagree" }, "conflict") : null; }

  /** Appends `items` to `container` a page at a time, with a button for the next page. */
  function paged(container, items, render, size) {
    size = size || PAGE;
    var shown = 0;
    var button = h("button", { class: "more" });
    function more() {
      var end = Math.min(items.length, shown + size);
      for (; shown < end; shown++) container.appendChild(render(items[shown], shown));
      if (shown < items.length) button.textContent = "Show " + Math.min(size, items.length - shown) + " more (" + n(shown) + " of " + n(items.length) + " shown)";
      else if (button.parentNode) button.parentNode.removeChild(button);
    }
    button.onclick = more;
    more();
    return shown < items.length ? button : null;
  }

  function table(headers, items, row, size) {
    var body = h("tbody");
    var t = h("table", null, h("thead", null, h("tr", null, headers.map(function (x) {
      return h("th", { class: /^(meetings|facts|sources|value|#)$/i.test(x) ? "num" : null }, x);
    }))), body);
    var button = paged(body, items, row, size);
    return h("div", null, t, button);
  }

  // ------------------------------------------------------------------------------------------ views
  var routes = [
    [/^#?\/?$/, viewActors],
    [/^#\/actors(?:\?q=(.*))?$/, viewActors],
    [/^#\/actor\/([^/]+)\/with\/([^/]+)$/, viewActor],
    [/^#\/actor\/([^/]+)$/, viewActor],
    [/^#\/network(?:\/([^/]+))?$/, viewNetwork],
    [/^#\/fact\/(\d+)$/, viewFact],
    [/^#\/article\/(\d+)$/, viewArticle],
    [/^#\/invitations$/, viewInvitations],
    [/^#\/treaties$/, viewTreaties],
    [/^#\/trade$/, viewTrade],
    [/^#\/conflicts$/, viewConflicts]
  ];

  function route() {
    var hash = location.hash || "#/";
    main.textContent = "";
    for (var k = 0; k < routes.length; k++) {
      var match = routes[k][0].exec(hash);
      if (match) {
        var args = match.slice(1).map(function (x) {
          if (x === undefined) return undefined;
          try { return decodeURIComponent(x); } catch (e) { return x; }  // a stray % in a typed address
        });
        var view = routes[k][1].apply(null, args);
        document.querySelectorAll("header nav a").forEach(function (a) {
          a.classList.toggle("active", a.getAttribute("data-view") === view);
        });
        window.scrollTo(0, 0);
        return;
      }
    }
    main.appendChild(h("p", { class: "error" }, "Nothing here: " + hash));
  }

  // ---- actors list and search
  function searchActors(query) {
    var words = norm(query).split(/\s+/).filter(Boolean);
    if (!words.length) return actors.slice().sort(byActivity);
    function matches(ws) {
      return actors.filter(function (a) { return ws.every(function (w) { return a.haystack.indexOf(w) >= 0; }); });
    }
    var found = matches(words);
    // inflected forms (Путина, Путіну, Xi's): drop up to two final letters of words of five letters or more
    for (var cut = 1; !found.length && cut <= 2; cut++) {
      found = matches(words.map(function (w) { return w.length >= 5 ? w.slice(0, w.length - cut) : w; }));
    }
    var q = words.join(" ");
    function rank(a) {
      var labels = a.haystack.split("\u0001");
      if (labels.indexOf(q) >= 0) return 0;
      if (labels.some(function (l) { return l.indexOf(q) === 0 || l.indexOf(" " + q) >= 0; })) return 1;
      return 2;
    }
    return found.sort(function (a, b) { return rank(a) - rank(b) || byActivity(a, b); });
  }
  function byActivity(a, b) {
    return b.meetings.length - a.meetings.length || b.facts.length - a.facts.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }

  function viewActors(query) {
    query = query || "";
    var input = h("input", { type: "search", id: "search", placeholder: "Search actors in any language: Putin, Путин, Путін, Q7747…",
      value: query, autocomplete: "off", "aria-label": "search actors" });
    var results = h("div", { id: "results" });
    var timer = null;
    function show() {
      var found = searchActors(input.value);
      results.textContent = "";
      results.appendChild(h("p", { class: "note", id: "result-count" }, input.value.trim()
        ? plural(found.length, "actor") + (found.length === 1 ? " matches" : " match") + " \u201c" + input.value.trim() + "\u201d"
        : plural(found.length, "actor") + ", most active first"));
      results.appendChild(table(["Name", "Type", "Other names", "Meetings", "Facts"], found, function (a) {
        return h("tr", { class: "actor-row", "data-slug": a.slug },
          h("td", null, actorLink(a.i), a.wikidata ? h("span", { class: "muted" }, " " + a.wikidata) : null),
          h("td", null, a.type),
          h("td", { class: "aliases" }, a.aliases.join(" \u00b7 ")),
          h("td", { class: "num" }, n(a.meetings.length)),
          h("td", { class: "num" }, n(a.facts.length)));
      }));
    }
    input.oninput = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        history.replaceState(null, "", input.value ? "#/actors?q=" + encodeURIComponent(input.value) : "#/");
        show();
      }, 120);
    };
    main.appendChild(h("h1", null, "Actors"));
    main.appendChild(h("div", { class: "toolbar" }, input));
    main.appendChild(results);
    show();
    input.focus();
    return "actors";
  }

  // ---- one actor, optionally with one partner
  function partnersOf(a) {
    var counts = {};
    actors[a].meetings.forEach(function (m) {
      field(m, "participants").forEach(function (b) { if (b !== a) counts[b] = (counts[b] || 0) + 1; });
    });
    return Object.keys(counts).map(Number).sort(function (x, y) {
      return counts[y] - counts[x] || (actors[x].name < actors[y].name ? -1 : 1);
    }).map(function (b) { return [b, counts[b]]; });
  }

  function viewActor(slug, withSlug) {
    var actor = bySlug[slug];
    if (!actor) { main.appendChild(h("p", { class: "error" }, "No actor " + slug)); return "actors"; }
    var partner = withSlug ? bySlug[withSlug] : null;
    var a = actor.i;
    main.appendChild(h("h1", null, actor.name, partner ? [" \u2014 ", actorLink(partner.i)] : null));
    main.appendChild(h("p", { class: "aliases" }, actor.type,
      actor.wikidata ? [" \u00b7 Wikidata ", h("a", { href: "https://www.wikidata.org/wiki/" + actor.wikidata, rel: "noopener" }, actor.wikidata)] : null,
      actor.aliases.length ? " \u00b7 also " + actor.aliases.join(", ") : null));
    main.appendChild(h("p", null,
      plural(actor.meetings.length, "meeting"), " \u00b7 ", plural(actor.facts.length, "fact"), " \u00b7 ",
      h("a", { href: "#/network/" + encodeURIComponent(actor.slug) }, "network around " + actor.name)));

    var partners = partnersOf(a);
    if (partners.length) {
      main.appendChild(h("h2", null, "Met with"));
      var chips = h("div", { class: "chips" });
      partners.slice(0, 30).forEach(function (p) {
        var on = partner && partner.i === p[0];
        chips.appendChild(h("a", { class: "chip" + (on ? " on" : ""), href: on ? "#/actor/" + encodeURIComponent(actor.slug)
          : "#/actor/" + encodeURIComponent(actor.slug) + "/with/" + encodeURIComponent(actors[p[0]].slug) },
          actors[p[0]].name + " (" + p[1] + ")"));
      });
      main.appendChild(chips);
      if (partners.length > 30) main.appendChild(h("p", { class: "note" }, "and " + plural(partners.length - 30, "more partner")));
    }

    var meetings = actor.meetings.filter(function (m) { return !partner || field(m, "participants").indexOf(partner.i) >= 0; });
    main.appendChild(h("h2", { id: "meetings" }, partner ? "Meetings of " + actor.name + " and " + partner.name : "Meetings",
      " ", h("span", { class: "muted" }, "(" + n(meetings.length) + ")")));
    main.appendChild(timeline(meetings));
    main.appendChild(meetingTable(meetings, a));

    var involved = actor.facts.filter(function (i) { return !partner || hasActor(i, partner.i); });
    var invitations = involved.filter(function (i) { return kindOf(i) === "Invitation"; }).sort(byDate);
    if (invitations.length) {
      main.appendChild(h("h2", null, "Invitations ", h("span", { class: "muted" }, "(" + n(invitations.length) + ")")));
      main.appendChild(invitationTable(invitations));
    }
    var treaties = involved.filter(function (i) { return kindOf(i) === "Treaty"; }).sort(bySigned);
    if (treaties.length) {
      main.appendChild(h("h2", null, "Treaties ", h("span", { class: "muted" }, "(" + n(treaties.length) + ")")));
      main.appendChild(treatyTable(treaties));
    }
    var trade = involved.filter(function (i) { return kindOf(i) === "TradeFact"; });
    if (trade.length) {
      main.appendChild(h("h2", null, "Trade figures ", h("span", { class: "muted" }, "(" + n(trade.length) + ")")));
      main.appendChild(tradeGrid(trade));
    }
    return "actors";
  }

  function meetingTable(meetings, self) {
    return table(["Date", "Medium", "Duration", "Place", "Partners", "Sources"], meetings, function (m) {
      var f = F(m);
      return h("tr", { class: "meeting-row", "data-date": f.start || "", "data-fact": f.i },
        h("td", null, factLink(f.i, f.dateText || "undated"), " ", conflictBadge(f)),
        h("td", null, mediumBadge(f)),
        h("td", null, duration(f)),
        h("td", null, actorLinks(f.places)),
        h("td", null, actorLinks(f.participants.filter(function (b) { return b !== self; }))),
        h("td", { class: "num" }, f.sources.length));
    });
  }

  // ---- the timeline of meetings
  function timeline(meetings) {
    var dated = meetings.filter(function (m) { return field(m, "start"); });
    var undated = meetings.length - dated.length;
    var box = h("div", { class: "timeline card" });
    if (!dated.length) {
      box.appendChild(h("p", { class: "note" }, meetings.length ? "No dated meetings to draw (" + plural(undated, "undated meeting") + ")." : "No meetings."));
      return box;
    }
    var lanes = ["PhoneCall", "VideoCall", "InPersonMeeting", ""];
    var present = {};
    dated.forEach(function (i) { present[medium(i)] = true; });
    var used = lanes.filter(function (m) { return present[m]; });
    var W = 1000, left = 92, right = 16, top = 10, laneH = 34, H = top + used.length * laneH + 30;
    var t0 = Infinity, t1 = -Infinity;
    dated.forEach(function (i) {
      t0 = Math.min(t0, Date.parse(field(i, "start"))); t1 = Math.max(t1, Date.parse(field(i, "end") || field(i, "start")));
    });
    var pad = Math.max((t1 - t0) * 0.03, 20 * 864e5);
    t0 -= pad; t1 += pad;
    function x(iso) { return left + (Date.parse(iso) - t0) / (t1 - t0) * (W - left - right); }
    var svg = s("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, class: "timeline-svg", role: "img",
      "aria-label": "timeline of " + plural(dated.length, "dated meeting") });
    var axis = s("g", { class: "tl-axis" });
    ticks(t0, t1).forEach(function (t) {
      var xx = x(t.iso);
      axis.appendChild(s("line", { x1: xx, x2: xx, y1: top, y2: H - 22 }));
      axis.appendChild(s("text", { x: xx, y: H - 8, "text-anchor": "middle" }, t.label));
    });
    svg.appendChild(axis);
    used.forEach(function (m, k) {
      var y = top + k * laneH + laneH / 2;
      svg.appendChild(s("g", { class: "tl-lane" },
        s("line", { x1: left, x2: W - right, y1: y, y2: y, stroke: "#e3e7ee" }),
        s("text", { x: 4, y: y + 4 }, MEDIUM_NAMES[m])));
    });
    var cls = function (m) { return "m-" + (m || "other"); };
    if (dated.length <= 400) {
      dated.forEach(function (i) {
        var f = F(i), y = top + used.indexOf(f.medium) * laneH + laneH / 2;
        var tip = title(factName(f) + (f.places.length ? " \u00b7 " + names(f.places) : "") + (duration(f) ? " \u00b7 " + duration(f) : "") +
          " \u00b7 " + plural(f.sources.length, "source"));
        var link = s("a", { href: "#/fact/" + i });
        var x0 = x(f.start), x1 = x(f.end || f.start);
        if (x1 - x0 > 6) link.appendChild(s("rect", { x: x0, y: y - 6, width: x1 - x0, height: 12, rx: 6, class: "tl-mark " + cls(f.medium), "fill-opacity": 0.55, "data-fact": i }, tip));
        else link.appendChild(s("circle", { cx: x0, cy: y, r: 6, class: "tl-mark " + cls(f.medium), "data-fact": i }, tip));
        svg.appendChild(link);
      });
    } else {
      // many meetings: one bar per month and medium, its height the number of meetings
      var counts = {};
      dated.forEach(function (i) {
        var key = medium(i) + "|" + field(i, "start").slice(0, 7);
        counts[key] = (counts[key] || 0) + 1;
      });
      var max = Math.max.apply(null, Object.keys(counts).map(function (k) { return counts[k]; }));
      Object.keys(counts).sort().forEach(function (key) {
        var parts = key.split("|"), y = top + used.indexOf(parts[0]) * laneH + laneH / 2;
        var x0 = x(parts[1] + "-01"), hgt = 4 + 24 * counts[key] / max;
        svg.appendChild(s("rect", { x: x0, y: y - hgt / 2, width: Math.max(2, x(parts[1] + "-28") - x0), height: hgt,
          class: "tl-month " + cls(parts[0]) }, title(parts[1] + ": " + plural(counts[key], MEDIUM_NAMES[parts[0]].toLowerCase()))));
      });
    }
    box.appendChild(svg);
    box.appendChild(h("p", { class: "note" }, dated.length > 400 ? "Meetings per month (" + n(dated.length) + " dated). " : "Each mark is a meeting; a bar spans a date known only to the month or year. ",
      undated ? plural(undated, "undated meeting") + " listed below only." : ""));
    return box;
  }

  function ticks(t0, t1) {
    var out = [], start = new Date(t0), end = new Date(t1);
    var years = (t1 - t0) / (365.25 * 864e5);
    var step = years > 40 ? 10 : years > 16 ? 5 : years > 6 ? 2 : years > 1.5 ? 1 : 0;
    if (step) {
      for (var y = Math.ceil(start.getUTCFullYear() / step) * step; y <= end.getUTCFullYear(); y += step) {
        var iso = y + "-01-01";
        if (Date.parse(iso) >= t0) out.push({ iso: iso, label: String(y) });
      }
    } else {
      var monthStep = years > 0.5 ? 3 : 1;
      var d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
      for (; d.getTime() <= t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthStep, 1))) {
        var m = d.toISOString().slice(0, 7);
        out.push({ iso: m + "-01", label: m });
      }
    }
    return out;
  }

  // ---- the network
  function pairWeights() {
    var weights = new Map(), N = actors.length;
    var at_ = at.Meeting.participants;
    byKind.Meeting.forEach(function (i) {
      var p = rows[i][at_] || EMPTY;
      for (var x = 0; x < p.length; x++) for (var y = x + 1; y < p.length; y++) {
        var key = Math.min(p[x], p[y]) * N + Math.max(p[x], p[y]);
        weights.set(key, (weights.get(key) || 0) + 1);
      }
    });
    return weights;
  }

  function viewNetwork(slug, limit) {
    var focus = slug ? bySlug[slug] : null;
    var N = actors.length, weights = pairWeights(), strength = new Float64Array(N);
    weights.forEach(function (w, key) { strength[Math.floor(key / N)] += w; strength[key % N] += w; });
    var connected = 0;
    for (var k = 0; k < N; k++) if (strength[k] > 0) connected++;
    var top = networkTop;
    var chosen;
    if (focus) {
      chosen = [focus.i].concat(partnersOf(focus.i).slice(0, top - 1).map(function (p) { return p[0]; }));
    } else {
      chosen = actors.map(function (a) { return a.i; }).filter(function (i) { return strength[i] > 0; })
        .sort(function (x, y) { return strength[y] - strength[x] || x - y; }).slice(0, top);
    }
    var index = new Map(chosen.map(function (a, k) { return [a, k]; }));
    var edges = [];
    weights.forEach(function (w, key) {
      var a = Math.floor(key / N), b = key % N;
      if (index.has(a) && index.has(b)) edges.push([index.get(a), index.get(b), w]);
    });
    edges.sort(function (x, y) { return y[2] - x[2] || x[0] - y[0] || x[1] - y[1]; });
    var maxEdges = 400, totalEdges = edges.length;
    edges = edges.slice(0, maxEdges);

    main.appendChild(h("h1", null, focus ? "Network around " + focus.name : "Who meets whom"));
    var sizes = h("span", null, "Actors shown: ");
    [30, 60, 120].forEach(function (size) {
      sizes.appendChild(h("button", { class: size === top ? "on" : null, onclick: function () {
        networkTop = size; route();
      } }, String(size)));
      append(sizes, " ");
    });
    main.appendChild(h("div", { class: "toolbar" }, sizes, focus ? h("a", { href: "#/network" }, "whole network") : null));
    main.appendChild(h("p", { class: "note", id: "network-note" }, focus
      ? focus.name + " and " + plural(chosen.length - 1, "partner") + " with the most shared meetings (of " + n(partnersOf(focus.i).length) + "); links between any of them."
      : "The " + n(chosen.length) + " actors with the most meetings with others (of " + n(connected) + " who met anyone); a link's width is the number of meetings two actors shared." +
        (totalEdges > edges.length ? " The " + n(edges.length) + " strongest of " + n(totalEdges) + " links are drawn." : "")));
    if (!chosen.length) { main.appendChild(h("p", { class: "note" }, "No meetings between actors.")); return "network"; }
    main.appendChild(legend());
    var pos = layout(chosen.length, edges);
    var W = 1000, H = 680, maxStrength = Math.max.apply(null, chosen.map(function (a) { return strength[a]; })) || 1;
    var maxW = edges.length ? edges[0][2] : 1;
    var svg = s("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, class: "network-svg", role: "img", "aria-label": "actor network" });
    function px(p) { return 40 + p[0] * (W - 80); }
    function py(p) { return 24 + p[1] * (H - 48); }
    edges.forEach(function (e) {
      var a = chosen[e[0]], b = chosen[e[1]];
      svg.appendChild(s("a", { href: "#/actor/" + encodeURIComponent(actors[a].slug) + "/with/" + encodeURIComponent(actors[b].slug) },
        s("line", { x1: px(pos[e[0]]), y1: py(pos[e[0]]), x2: px(pos[e[1]]), y2: py(pos[e[1]]), class: "net-edge",
          "stroke-width": (1 + 7 * Math.sqrt(e[2] / maxW)).toFixed(2) },
          title(actors[a].name + " \u2014 " + actors[b].name + ": " + plural(e[2], "meeting")))));
    });
    chosen.forEach(function (a, k) {
      var r = 4 + 12 * Math.sqrt(strength[a] / maxStrength);
      svg.appendChild(s("a", { href: "#/actor/" + encodeURIComponent(actors[a].slug) },
        s("circle", { cx: px(pos[k]), cy: py(pos[k]), r: r.toFixed(2), class: "net-node t-" + actors[a].type + (focus && focus.i === a ? " focus" : ""), "data-slug": actors[a].slug },
          title(actors[a].name + ": " + plural(strength[a], "meeting") + " with others"))));
    });
    chosen.forEach(function (a, k) {
      var r = 4 + 12 * Math.sqrt(strength[a] / maxStrength);
      svg.appendChild(s("text", { x: (px(pos[k]) + r + 2).toFixed(1), y: (py(pos[k]) + 4).toFixed(1), class: "net-label" }, actors[a].name));
    });
    main.appendChild(h("div", { class: "card" }, svg));
    return "network";
  }

  function legend() {
    return h("div", { class: "legend" }, D.actorTypes.map(function (t) {
      return h("span", null, h("i", { class: "swatch-" + t }), t);
    }));
  }

  /** A force-directed layout (Fruchterman-Reingold) in the unit square; deterministic: nodes start on a circle. */
  function layout(count, edges) {
    var p = [], k = Math.sqrt(1 / Math.max(count, 1)), temp = 0.1, i, j;
    for (i = 0; i < count; i++) {
      var angle = 2 * Math.PI * i / count, radius = 0.15 + 0.35 * (i / Math.max(count, 1));
      p.push([0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)]);
    }
    var maxW = edges.reduce(function (m, e) { return Math.max(m, e[2]); }, 1);
    for (var it = 0; it < 300; it++) {
      var d = p.map(function () { return [0, 0]; });
      for (i = 0; i < count; i++) for (j = i + 1; j < count; j++) {
        var dx = p[i][0] - p[j][0], dy = p[i][1] - p[j][1], dist = Math.sqrt(dx * dx + dy * dy) || 1e-6;
        var force = k * k / dist;
        d[i][0] += dx / dist * force; d[i][1] += dy / dist * force;
        d[j][0] -= dx / dist * force; d[j][1] -= dy / dist * force;
      }
      edges.forEach(function (e) {
        var a = e[0], b = e[1], dx = p[a][0] - p[b][0], dy = p[a][1] - p[b][1];
        var dist = Math.sqrt(dx * dx + dy * dy) || 1e-6, force = dist * dist / k * (0.5 + 0.5 * e[2] / maxW);
        d[a][0] -= dx / dist * force; d[a][1] -= dy / dist * force;
        d[b][0] += dx / dist * force; d[b][1] += dy / dist * force;
      });
      for (i = 0; i < count; i++) {
        // a weak pull to the centre keeps actors with no link among those drawn on the page
        d[i][0] += (0.5 - p[i][0]) * k * 0.8; d[i][1] += (0.5 - p[i][1]) * k * 0.8;
        var len = Math.sqrt(d[i][0] * d[i][0] + d[i][1] * d[i][1]) || 1e-6, step = Math.min(len, temp);
        p[i][0] += d[i][0] / len * step; p[i][1] += d[i][1] / len * step;
      }
      temp *= 0.985;
    }
    var xs = p.map(function (q) { return q[0]; }), ys = p.map(function (q) { return q[1]; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    return p.map(function (q) {
      return [x1 > x0 ? (q[0] - x0) / (x1 - x0) * 0.85 : 0.5, y1 > y0 ? (q[1] - y0) / (y1 - y0) : 0.5];
    });
  }

  // ---- one fact
  function fieldRows(f) {
    var out = [];  // [property name as in conflicts, label, content]
    if (f.kind === "Meeting") {
      out.push(["medium", "medium", mediumBadge(f)]);
      out.push(["participant", "participants", actorLinks(f.participants)]);
      out.push(["date", "date", f.dateText || "unknown"]);
      out.push(["duration", "duration", duration(f) || "unknown"]);
      out.push(["place", "place", f.places.length ? actorLinks(f.places) : "unknown"]);
      if (f.fulfils) out.push(["fulfils", "fulfils", join(f.fulfils.map(function (i) { return factLink(i); }), ", ")]);
    } else if (f.kind === "Invitation") {
      out.push(["inviter", "inviter", actorLinks(f.inviters)]);
      out.push(["invitee", "invitee", actorLinks(f.invitees)]);
      out.push(["destination", "destination", actorLinks(f.destinations)]);
      out.push(["occasion", "occasion", str(f.occasion) || "—"]);
      out.push(["timeFrame", "time frame", span(f.timeFrame) || "—"]);
      out.push(["accepted", "accepted", f.accepted === null ? "not said" : f.accepted ? "yes" : "no"]);
      out.push(["fulfilledBy", "fulfilled by", f.fulfilledBy.length ? join(f.fulfilledBy.map(function (m) { return fulfilment(m); }), "; ") : "no visit found in the graph"]);
    } else if (f.kind === "Treaty") {
      out.push(["label", "name", f.label || "—"]);
      out.push(["party", "parties", actorLinks(f.parties)]);
      out.push(["signedOn", "signed on", f.signedOnText || "unknown"]);
      out.push(["status", "status", f.status ? h("span", { class: "badge status-" + f.status }, f.status.replace("_", " ")) : "not said"]);
      if (f.wikidata) out.push(["wikidata", "Wikidata", f.wikidata]);
    } else {
      out.push(["commodity", "commodity", f.commodity === null ? "—" : D.commodities[f.commodity]]);
      if (f.suppliers.length) out.push(["supplier", "supplier", actorLinks(f.suppliers)]);
      if (f.buyers.length) out.push(["buyer", "buyer", actorLinks(f.buyers)]);
      if (f.parties.length) out.push(["party", "parties", actorLinks(f.parties)]);
      out.push([f.measure || "value", MEASURE_NAMES[f.measure] || "value", measureValue(f.measure, f.value)]);
      out.push(["period", "period", span(f.period) || "not said"]);
      if (f.status) out.push(["status", "status", f.status]);
    }
    return out;
  }

  function fulfilment(m) {
    var meeting = F(m);
    return h("span", null, factLink(m, MEDIUM_NAMES[meeting.medium] + " " + (meeting.dateText || "undated")),
      meeting.places.length ? [" in ", actorLinks(meeting.places)] : null, " with ", actorLinks(meeting.participants));
  }

  function viewFact(i) {
    var f = F(Number(i));
    if (!f) { main.appendChild(h("p", { class: "error" }, "No fact " + i)); return null; }
    var disputed = {};
    f.conflicts.forEach(function (c) { (disputed[str(c[0])] = disputed[str(c[0])] || []).push(c); });
    var card = h("article", { class: "card fact-card" + (f.conflicts.length ? " has-conflicts" : ""), "data-fact": f.i });
    card.appendChild(h("p", { class: "muted" }, f.kind === "TradeFact" ? "Trade figure" : f.kind, " ", conflictBadge(f)));
    card.appendChild(h("h1", null, factName(f)));
    var dl = h("dl", { class: "fields" });
    var shown = {};
    fieldRows(f).forEach(function (row) {
      shown[row[0]] = true;
      var claims = disputed[row[0]];
      dl.appendChild(h("dt", { class: claims ? "conflict" : null }, row[1]));
      dl.appendChild(h("dd", { class: claims ? "conflict-field" : null }, row[2], claims ? disagreement(f, claims) : null));
    });
    Object.keys(disputed).sort().forEach(function (prop) {
      if (shown[prop]) return;
      dl.appendChild(h("dt", { class: "conflict" }, FIELD_NAMES[prop] || prop));
      dl.appendChild(h("dd", { class: "conflict-field" }, disagreement(f, disputed[prop])));
    });
    card.appendChild(dl);
    if (f.conflicts.length) card.appendChild(h("p", { class: "note" }, "The values above are the merged graph's preferred ones (the majority, else the earliest report). Where sources disagree, each source's claim is shown: red where it differs from that value, green where it is that value."));
    if (f.reasons.length) card.appendChild(h("p", { class: "note" }, "Merged from several reports: " + f.reasons.map(str).join("; ")));
    main.appendChild(card);

    main.appendChild(h("h2", null, "Sources ", h("span", { class: "muted" }, "(" + f.sources.length + ")")));
    f.sources.forEach(function (src) {
      var art = D.articles[src[0]];
      var mine = f.conflicts.filter(function (c) { return c[2] === src[0]; });
      var differs = mine.some(function (c) { return preferredText(f, str(c[0])) !== claimText(c); });
      main.appendChild(h("section", { class: "source" + (differs ? " conflicting" : ""), "data-article": art[0] },
        h("h3", null, articleLink(src[0]), art[1] ? " \u2014 " + art[1] : null,
          h("span", { class: "muted" }, (art[2] ? " \u00b7 " + art[2] : "") + (art[3] ? " \u00b7 published " + art[3] : ""))),
        mine.length ? h("div", null, "Claims: ", mine.map(function (c) { return claim(f, c, true); }))
          : h("div", { class: "muted" }, f.conflicts.length ? "Agrees with the values above." : null),
        src[1].map(function (q) { return h("blockquote", { class: "quote" }, str(q)); })));
    });
    var unplaced = f.conflicts.filter(function (c) { return c[2] === null; });
    if (unplaced.length) main.appendChild(h("p", { class: "note" }, "Other claims: " + unplaced.map(function (c) { return str(c[0]) + " " + str(c[1]); }).join("; ")));
    return null;
  }

  /** A claimed value as the page shows its kind of value elsewhere (PT1H25M as 1 h 25 min). */
  function claimText(c) {
    var value = str(c[1]), m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(value);
    var slug = /^https?:[^ ]*\/([^/ ]+)$/.exec(value);
    if (slug && bySlug[slug[1]]) return bySlug[slug[1]].name;  // a place or party claimed by its IRI
    if (str(c[0]) === "duration" && m && (m[1] || m[2])) return duration({ minutes: Number(m[1] || 0) * 60 + Number(m[2] || 0) });
    if (MEASURE_NAMES[str(c[0])] && value !== "" && !isNaN(Number(value))) return measureValue(str(c[0]), Number(value));
    return value;
  }

  /** The merged value of a disputed property as claimText shows a claim, or null where they cannot be compared. */
  function preferredText(f, prop) {
    var text = { date: f.dateText, duration: f.kind === "Meeting" ? duration(f) : null, signedOn: f.signedOnText,
      status: f.status, occasion: str(f.occasion), timeFrame: f.timeFrame, period: f.period, label: f.label,
      accepted: f.accepted === null || f.accepted === undefined ? null : String(f.accepted) }[prop];
    if (text === undefined && MEASURE_NAMES[prop] && f.measure === prop) text = measureValue(f.measure, f.value);
    return text === undefined || text === "" ? null : text;
  }

  /** A claim: red where it differs from the merged value, green where it is the merged value. */
  function claim(f, c, withProperty) {
    var text = claimText(c), agrees = preferredText(f, str(c[0])) === text;
    return h("span", { class: "claim " + (agrees ? "agrees" : "conflict"), title: agrees ? "the merged value" : "differs from the merged value" },
      withProperty ? (FIELD_NAMES[str(c[0])] || str(c[0])) + " " + text : text,
      withProperty ? null : [" (", c[2] === null ? "?" : D.articles[c[2]][0], ")"]);
  }

  function disagreement(f, claims) {
    return h("div", { class: "conflict" }, "sources disagree: ", join(claims.map(function (c) { return claim(f, c, false); }), " "));
  }

  // ---- one article
  function viewArticle(k) {
    var art = D.articles[Number(k)];
    if (!art) { main.appendChild(h("p", { class: "error" }, "No article " + k)); return null; }
    main.appendChild(h("h1", null, art[0]));
    main.appendChild(h("p", { class: "muted" }, [art[1], art[2] && "language " + art[2], art[3] && "published " + art[3]].filter(Boolean).join(" \u00b7 ")));
    var from = [];
    rows.forEach(function (row, i) {
      for (var j = 0, flat = row[1] || EMPTY; j < flat.length; j += 2 + flat[j + 1]) if (flat[j] === Number(k)) { from.push(i); return; }
    });
    main.appendChild(h("h2", null, "Facts read from it ", h("span", { class: "muted" }, "(" + from.length + ")")));
    main.appendChild(factTable(from));
    return null;
  }

  function factTable(list) {
    return table(["Fact", "Kind", "Sources"], list, function (i) {
      var f = F(i);
      return h("tr", null, h("td", null, factLink(i), " ", conflictBadge(f)), h("td", null, f.kind), h("td", { class: "num" }, f.sources.length));
    });
  }

  // ---- invitations, treaties, conflicts
  function invitationTable(list) {
    return table(["Inviter \u2192 invitee", "Destination", "Occasion", "Time frame", "Accepted", "Fulfilled by"], list, function (i) {
      var f = F(i);
      return h("tr", { class: "invitation-row" },
        h("td", null, factLink(i, (f.inviters.length ? names(f.inviters) : "?") + " \u2192 " + names(f.invitees)), " ", conflictBadge(f)),
        h("td", null, actorLinks(f.destinations)),
        h("td", null, str(f.occasion) || ""),
        h("td", { class: "nowrap" }, span(f.timeFrame)),
        h("td", null, f.accepted === null ? "" : h("span", { class: "badge " + (f.accepted ? "yes" : "no") }, f.accepted ? "yes" : "no")),
        h("td", null, f.fulfilledBy.length ? join(f.fulfilledBy.map(fulfilment), "; ") : h("span", { class: "muted" }, "—")));
    });
  }

  function viewInvitations() {
    var all = byKind.Invitation.slice().sort(byDate);
    var fulfilled = all.filter(function (i) { return field(i, "fulfilledBy").length; });
    main.appendChild(h("h1", null, "Invitations"));
    var box = h("div");
    var only = h("input", { type: "checkbox", id: "fulfilled-only" });
    only.onchange = function () { box.textContent = ""; box.appendChild(invitationTable(only.checked ? fulfilled : all)); };
    main.appendChild(h("p", { class: "note" }, plural(all.length, "invitation") + ", " + n(fulfilled.length) +
      " fulfilled by a later visit of the invitee to the destination within the time frame."));
    main.appendChild(h("div", { class: "toolbar" }, h("label", null, only, " fulfilled only")));
    box.appendChild(invitationTable(all));
    main.appendChild(box);
    return "invitations";
  }

  function bySigned(a, b) {
    var sa = field(a, "signedOn") || "9999", sb = field(b, "signedOn") || "9999";
    return sa < sb ? -1 : sa > sb ? 1 : a - b;
  }

  function treatyTable(list) {
    return table(["Treaty", "Parties", "Signed", "Status", "Sources"], list, function (i) {
      var f = F(i);
      return h("tr", { class: "treaty-row" },
        h("td", null, factLink(i), " ", conflictBadge(f)),
        h("td", null, actorLinks(f.parties)),
        h("td", null, f.signedOnText || ""),
        h("td", null, f.status ? h("span", { class: "badge status-" + f.status }, f.status.replace("_", " ")) : ""),
        h("td", { class: "num" }, f.sources.length));
    });
  }

  function viewTreaties() {
    var all = byKind.Treaty.slice().sort(bySigned);
    main.appendChild(h("h1", null, "Treaties"));
    var counts = {};
    all.forEach(function (i) { var st = field(i, "status") || "not said"; counts[st] = (counts[st] || 0) + 1; });
    main.appendChild(h("p", { class: "note" }, plural(all.length, "treaty", "treaties") + ": " +
      Object.keys(counts).sort().map(function (st) { return st.replace("_", " ") + " " + counts[st]; }).join(", ") + "."));
    main.appendChild(treatyTable(all));
    return "treaties";
  }

  function viewConflicts() {
    var list = rows.map(function (row, i) { return row[2] ? i : -1; }).filter(function (i) { return i >= 0; });
    main.appendChild(h("h1", null, "Where sources disagree"));
    main.appendChild(h("p", { class: "note" }, plural(list.length, "fact") + " with conflicting claims."));
    main.appendChild(table(["Fact", "Disputed", "Sources"], list, function (i) {
      var f = F(i), props = [];
      f.conflicts.forEach(function (c) { if (props.indexOf(str(c[0])) < 0) props.push(str(c[0])); });
      return h("tr", { class: "conflict-row" }, h("td", null, factLink(i)), h("td", null, props.join(", ")), h("td", { class: "num" }, f.sources.length));
    }));
    return "conflicts";
  }

  // ---- trade figures as small time-series charts
  function tradeSeriesName(f) {
    var mutual = f.suppliers.length > 1 && f.suppliers.join() === f.buyers.join();  // turnover both ways
    var flow = f.parties.length || mutual ? names(f.parties.length ? f.parties : f.suppliers).replace(/ & /g, " \u2013 ")
      : [names(f.suppliers), names(f.buyers)].filter(Boolean).join(" \u2192 ");
    return (f.commodity === null ? "?" : D.commodities[f.commodity]) + (flow ? ": " + flow : "");
  }

  function tradeSeries(list) {
    var groups = new Map();
    list.forEach(function (i) {
      var key = [field(i, "commodity"), field(i, "measure"), field(i, "suppliers").join(","), field(i, "buyers").join(","),
        field(i, "parties").join(","), field(i, "status") || ""].join("|");
      if (!groups.has(key)) {
        var f = F(i);
        groups.set(key, { key: key, name: tradeSeriesName(f), measure: f.measure, status: f.status, items: [] });
      }
      groups.get(key).items.push(i);
    });
    var series = Array.from(groups.values());
    series.forEach(function (g) { g.items.sort(byDate); g.dated = g.items.filter(function (i) { return field(i, "start"); }).length; });
    return series.sort(function (a, b) { return b.dated - a.dated || b.items.length - a.items.length || (a.key < b.key ? -1 : 1); });
  }

  function tradeGrid(list, size, series) {
    var grid = h("div", { class: "grid" });
    series = series || tradeSeries(list);
    var button = paged(grid, series, seriesCard, size || 12);
    return h("div", null, grid, button);
  }

  function seriesCard(g) {
    var lines = h("div");
    var button = paged(lines, g.items, function (i) {
      var f = F(i);
      return h("div", { class: "trade-point" }, factLink(i, (f.period ? span(f.period) : "no period") + ": " + measureValue(f.measure, f.value)),
        " ", h("span", { class: "muted" }, "(" + plural(f.sources.length, "source") + ")"), " ", conflictBadge(f));
    }, 6);
    return h("div", { class: "card trade-series" },
      h("h3", null, g.name),
      h("p", { class: "muted" }, MEASURE_NAMES[g.measure] || "value", g.status ? " \u00b7 " + g.status : "", " \u00b7 ", plural(g.items.length, "figure")),
      g.dated >= 2 ? chart(g.items.filter(function (i) { return field(i, "start"); }), g.measure) : null,
      lines, button);
  }

  /** A small chart of a series: per period covered, a bar at the median figure (a vertical line spans the
      figures' range when several reports give that period), and a line through the periods' ends. */
  function chart(items, measure) {
    var W = 320, H = 110, left = 78, right = 10, top = 10, bottom = 20;
    var t0 = Infinity, t1 = -Infinity, v0 = Infinity, v1 = -Infinity, periods = new Map();
    items.forEach(function (i) {
      var f = { start: field(i, "start"), end: field(i, "end"), value: field(i, "value"), period: field(i, "period") };
      var key = f.start + "|" + (f.end || f.start);
      t0 = Math.min(t0, Date.parse(f.start)); t1 = Math.max(t1, Date.parse(f.end || f.start));
      v0 = Math.min(v0, f.value); v1 = Math.max(v1, f.value);
      if (!periods.has(key)) periods.set(key, { start: f.start, end: f.end || f.start, label: f.period || f.start, items: [] });
      periods.get(key).items.push(i);
    });
    if (measure !== "changePercent" && measure !== "rank") v0 = Math.min(v0, 0);
    if (v0 === v1) { v0 -= 1; v1 += 1; }
    if (t0 === t1) { t0 -= 180 * 864e5; t1 += 180 * 864e5; }
    function x(t) { return left + (t - t0) / (t1 - t0) * (W - left - right); }
    function y(v) { return measure === "rank" ? top + (v - v0) / (v1 - v0) * (H - top - bottom) : H - bottom - (v - v0) / (v1 - v0) * (H - top - bottom); }
    var svg = s("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, class: "trade-chart" });
    svg.appendChild(s("text", { x: left - 4, y: y(v1) + 4, "text-anchor": "end", class: "chart-axis" }, measureValue(measure, v1)));
    svg.appendChild(s("text", { x: left - 4, y: y(v0) + 4, "text-anchor": "end", class: "chart-axis" }, measureValue(measure, v0)));
    if (v0 < 0 && v1 > 0) svg.appendChild(s("line", { x1: left, x2: W - right, y1: y(0), y2: y(0), class: "chart-zero" }));
    svg.appendChild(s("text", { x: left, y: H - 4, class: "chart-axis" }, new Date(t0).toISOString().slice(0, 7)));
    svg.appendChild(s("text", { x: W - right, y: H - 4, "text-anchor": "end", class: "chart-axis" }, new Date(t1).toISOString().slice(0, 7)));
    var marks = Array.from(periods.values()).sort(function (a, b) { return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : 1; });
    marks.forEach(function (m) {
      var values = m.items.map(function (i) { return field(i, "value"); }).sort(function (a, b) { return a - b; });
      m.median = values[Math.floor((values.length - 1) / 2)];
      m.min = values[0]; m.max = values[values.length - 1];
      m.conflict = m.items.some(function (i) { return rows[i][2]; });
    });
    if (marks.length > 1) svg.appendChild(s("polyline", { points: marks.map(function (m) { return x(Date.parse(m.end)).toFixed(1) + "," + y(m.median).toFixed(1); }).join(" "), class: "chart-line" }));
    marks.forEach(function (m) {
      var xs = x(Date.parse(m.start)), xe = x(Date.parse(m.end)), ym = y(m.median);
      var text = span(m.label) + ": " + measureValue(measure, m.median) + (m.items.length > 1
        ? " (median of " + m.items.length + " figures, " + measureValue(measure, m.min) + " to " + measureValue(measure, m.max) + ")" : "");
      svg.appendChild(s("a", { href: "#/fact/" + m.items[0] },
        m.max > m.min ? s("line", { x1: xe, x2: xe, y1: y(m.min), y2: y(m.max), class: "chart-range" }, title(text)) : null,
        s("line", { x1: xs, x2: Math.max(xe, xs + 0.5), y1: ym, y2: ym, class: "chart-seg" }, title(text)),
        s("circle", { cx: xe, cy: ym, r: 4, class: "chart-dot" + (m.conflict ? " conflict" : "") }, title(text))));
    });
    return svg;
  }

  function viewTrade() {
    var all = byKind.TradeFact;
    main.appendChild(h("h1", null, "Trade figures"));
    var select = h("select", { id: "commodity", "aria-label": "commodity" }, h("option", { value: "" }, "every commodity"),
      D.commodities.map(function (c, k) { return h("option", { value: String(k) }, c); }));
    var box = h("div");
    function show() {
      box.textContent = "";
      var list = select.value === "" ? all : all.filter(function (i) { return field(i, "commodity") === Number(select.value); });
      var series = tradeSeries(list);
      box.appendChild(h("p", { class: "note" }, plural(list.length, "figure") + " in " + plural(series.length, "series", "series") +
        " (same commodity, measure and parties); each bar spans the period a figure covers."));
      box.appendChild(tradeGrid(list, 12, series));
    }
    select.onchange = show;
    main.appendChild(h("div", { class: "toolbar" }, select));
    main.appendChild(box);
    show();
    return "trade";
  }

  // ------------------------------------------------------------------------------------------ start
  function summary() {
    var counts = {};
    D.kinds.forEach(function (kind) { counts[kind] = byKind[kind].length; });
    document.title = "Entente explorer \u00b7 " + plural(D.articles.length, "article");
    document.getElementById("summary").textContent = [plural(D.articles.length, "article"), plural(actors.length, "actor"),
      plural(counts.Meeting || 0, "meeting"), plural(counts.Invitation || 0, "invitation"),
      plural(counts.Treaty || 0, "treaty", "treaties"), plural(counts.TradeFact || 0, "trade figure")].join(" \u00b7 ");
  }

  // the milliseconds each start-up step took, for bench/explorer.py
  var timings = window.ententeTimings = { start: performance.now() };
  loadData().then(function (data) {
    timings.parsed = performance.now();
    decode(data);
    timings.decoded = performance.now();
    summary();
    window.addEventListener("hashchange", route);
    route();
    timings.drawn = performance.now();
    document.documentElement.setAttribute("data-ready", "1");
  }).catch(function (err) {
    main.textContent = "";
    main.appendChild(h("p", { class: "error" }, "The explorer could not read its data: " + err));
    throw err;
  });
})();
