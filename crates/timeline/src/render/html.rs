//! The timeline as one self-contained HTML page: a date axis, the entries
//! in order with their evidence, and filters by kind and actor.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io;

use chrono::{Datelike, NaiveDate};
use dateline_article::BlockKind;
use dateline_events::{RelationKind, Status};
use rustc_hash::FxHashMap;

use super::{DocumentOptions, SourceIndex, conflict_note, display_date, escape_html as esc};
use super::{one_line, place_label, source_label};
use crate::{Entry, Mention, Timeline};

/// The most evidence sentences shown for one entry; the rest are counted.
const MAX_EVIDENCE: usize = 12;

/// The most rows of marks on the date axis; further marks share the last.
const MAX_LANES: usize = 8;

/// Colours for the first kinds (in name order); kinds beyond get hues a
/// golden angle apart.
const PALETTE: [&str; 16] = [
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#b5a000", "#7b4173", "#252525",
];

/// Writes the timeline as one HTML page that needs no network: no external
/// scripts, styles, fonts or images, and a Content-Security-Policy that
/// forbids loading any.
///
/// The page shows a horizontal date axis with a mark per dated entry,
/// positioned and sized by the entry's interval; below it, the entries in
/// timeline order, grouped by year, undated entries last. Each kind has its
/// colour; planned and hypothetical entries are drawn dashed and hollow,
/// denied and negated ones struck through. An entry opens on click to show
/// who took part, where, its relations to other entries, the sources'
/// disagreements, and its evidence sentences with their sources. Filters
/// (kind checkboxes, an actor menu) hide the entries that do not match,
/// with a few lines of plain JavaScript; without JavaScript every entry is
/// shown and the filters are hidden.
///
/// All article text is escaped, in element text and in attribute values
/// alike: an article can contain markup and scripts.
///
/// Elements carry stable hooks for scripts and tests: each entry is an
/// `li.entry` (and each axis mark an `a.mark`) with `data-id`, `data-kind`,
/// `data-status` and `data-actors` (a JSON array of participant names);
/// each kind checkbox is an `input[data-filter="kind"]` whose value is the
/// kind, the actor menu is `select#filter-actor`, and `#shown` holds the
/// number of entries shown.
pub fn write_html<W: io::Write + ?Sized>(
    w: &mut W,
    timeline: &Timeline,
    options: &DocumentOptions,
) -> io::Result<()> {
    let title = esc(&options.title_for(timeline));
    let kinds = kinds(timeline);
    let mut page = String::with_capacity(16 * 1024 + timeline.entries.len() * 2048);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<meta name=\"generator\" content=\"dateline\">\n");
    let _ = writeln!(page, "<title>{title}</title>");
    page.push_str("<style>\n");
    page.push_str(STYLE);
    for (i, kind) in kinds.keys().enumerate() {
        let _ = writeln!(page, ".k{i}{{--c:{}}} /* {} */", colour(i), comment_safe(kind));
    }
    page.push_str("</style>\n</head>\n<body>\n");

    // The header and the filters.
    let (m, n) = (timeline.entries.len(), timeline.sources.len());
    let dated = timeline.entries.iter().filter(|e| e.start().is_some()).count();
    let _ = writeln!(page, "<header>\n<h1>{title}</h1>");
    let _ = writeln!(
        page,
        "<p class=\"lede\"><span id=\"shown\">{m}</span> of {m} event{} shown · {n} source{} · \
         {dated} dated, {} undated</p>\n</header>",
        if m == 1 { "" } else { "s" },
        if n == 1 { "" } else { "s" },
        m - dated,
    );
    write_filters(&mut page, timeline, &kinds);

    // The date axis, then the entries.
    write_axis(&mut page, timeline, &kinds);
    write_entries(&mut page, timeline, &kinds);

    // The sources.
    if !timeline.sources.is_empty() {
        page.push_str("<footer>\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
        for s in &timeline.sources {
            let _ = write!(
                page,
                "<li id=\"source-{}\"><b>{}</b> {}",
                esc(&s.id),
                esc(&s.id),
                esc(&source_label(s))
            );
            if let (Some(path), Some(_)) = (&s.path, &s.title) {
                let _ = write!(page, " <code>{}</code>", esc(path));
            }
            page.push_str("</li>\n");
        }
        page.push_str("</ol>\n<p>Made with dateline.</p>\n</footer>\n");
    }
    page.push_str("<script>\n");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    w.write_all(page.as_bytes())
}

/// The kinds of the timeline in name order, with how many entries have
/// each; a kind's index is its colour class (`k0`, `k1`…).
fn kinds(timeline: &Timeline) -> BTreeMap<&str, usize> {
    let mut kinds = BTreeMap::new();
    for e in &timeline.entries {
        *kinds.entry(e.kind.as_ref()).or_insert(0) += 1;
    }
    kinds
}

fn kind_class(kinds: &BTreeMap<&str, usize>, kind: &str) -> usize {
    kinds.keys().position(|k| *k == kind).unwrap_or(0)
}

fn colour(i: usize) -> String {
    match PALETTE.get(i) {
        Some(c) => (*c).to_string(),
        None => format!("hsl({:.0} 65% 42%)", (i as f64 * 137.508) % 360.0),
    }
}

/// A kind's name inside a CSS comment: nothing that could end it, or the
/// style element.
fn comment_safe(s: &str) -> String {
    s.chars().map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { '_' }).collect()
}

/// The classes that draw an entry: its kind's colour and its status.
fn classes(e: &Entry, kinds: &BTreeMap<&str, usize>) -> String {
    let look = match e.status {
        Status::Planned | Status::Hypothetical => " tentative",
        Status::Denied | Status::Negated => " cancelled",
        _ => "",
    };
    format!("k{}{look}", kind_class(kinds, &e.kind))
}

/// The data attributes tests and scripts find an entry by.
fn hooks(e: &Entry) -> String {
    let mut names: Vec<&str> = Vec::new();
    for p in &e.participants {
        if !names.contains(&p.name.as_ref()) {
            names.push(&p.name);
        }
    }
    let actors = serde_json::to_string(&names).unwrap_or_else(|_| "[]".to_string());
    format!(
        "data-id=\"{}\" data-kind=\"{}\" data-status=\"{}\" data-actors=\"{}\"",
        esc(&e.id),
        esc(&e.kind),
        e.status.as_str(),
        esc(&actors)
    )
}

fn write_filters(page: &mut String, timeline: &Timeline, kinds: &BTreeMap<&str, usize>) {
    // Hidden until the script runs: without it they would do nothing.
    page.push_str("<section class=\"filters\" id=\"filters\" aria-label=\"Filters\" hidden>\n");
    page.push_str("<fieldset id=\"filter-kinds\"><legend>Kinds</legend>\n");
    for (i, (kind, n)) in kinds.iter().enumerate() {
        let _ = writeln!(
            page,
            "<label class=\"kind-filter k{i}\"><input type=\"checkbox\" id=\"filter-kind-{i}\" \
             data-filter=\"kind\" value=\"{}\" checked><span class=\"swatch\"></span>{} \
             <span class=\"n\">{n}</span></label>",
            esc(kind),
            esc(kind),
        );
    }
    page.push_str("</fieldset>\n");
    // Actors by how many entries name them, then by name.
    let mut actors: FxHashMap<&str, usize> = FxHashMap::default();
    for e in &timeline.entries {
        let mut seen: Vec<&str> = Vec::new();
        for p in &e.participants {
            if !seen.contains(&p.name.as_ref()) {
                seen.push(&p.name);
                *actors.entry(&p.name).or_insert(0) += 1;
            }
        }
    }
    let mut actors: Vec<(&str, usize)> = actors.into_iter().collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    page.push_str(
        "<label class=\"actor-filter\">Actor <select id=\"filter-actor\" data-filter=\"actor\">",
    );
    page.push_str("<option value=\"\">everyone</option>");
    for (name, n) in &actors {
        let _ = write!(page, "<option value=\"{}\">{} ({n})</option>", esc(name), esc(name));
    }
    page.push_str("</select></label>\n");
    page.push_str("<button type=\"button\" id=\"filter-reset\">Show all</button>\n");
    page.push_str("<button type=\"button\" id=\"expand-all\">Open all</button>\n");
    page.push_str("</section>\n");
}

/// The days since the common era began, for positions on the axis.
fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

fn write_axis(page: &mut String, timeline: &Timeline, kinds: &BTreeMap<&str, usize>) {
    let spans: Vec<(&Entry, NaiveDate, NaiveDate)> = timeline
        .entries
        .iter()
        .filter_map(|e| {
            let start = e.start()?;
            Some((e, start, e.end().unwrap_or(start).max(start)))
        })
        .collect();
    let (Some(first), Some(last)) =
        (spans.iter().map(|s| s.1).min(), spans.iter().map(|s| s.2).max())
    else {
        return;
    };
    let origin = day_number(first);
    let days = (day_number(last) - origin + 1) as f64;
    let at = |d: NaiveDate| (day_number(d) - origin) as f64 / days * 100.0;
    // Marks are laid out in lanes so that they do not overlap; a mark is
    // at least this wide, in percent of the axis.
    let min_width = 0.8;
    let mut lanes: Vec<f64> = Vec::new();
    let mut marks = String::new();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by(|&a, &b| spans[a].1.cmp(&spans[b].1));
    for i in order {
        let (e, start, end) = spans[i];
        let left = at(start);
        let width =
            ((day_number(end) - day_number(start) + 1) as f64 / days * 100.0).max(min_width);
        let lane = match lanes.iter().position(|&right| right <= left) {
            Some(l) => l,
            None if lanes.len() < MAX_LANES => {
                lanes.push(0.0);
                lanes.len() - 1
            }
            None => MAX_LANES - 1,
        };
        lanes[lane] = left + width + 0.2;
        let when = e.when.as_ref().map(display_date).unwrap_or_default();
        let _ = writeln!(
            marks,
            "<a class=\"mark {}\" href=\"#{}\" {} style=\"left:{left:.3}%;width:{width:.3}%;top:{}px\" \
             title=\"{} — {}\"></a>",
            classes(e, kinds),
            esc(&e.id),
            hooks(e),
            lane * 14 + 4,
            esc(&when),
            esc(&one_line(&e.summary)),
        );
    }
    let height = lanes.len().max(1) * 14 + 6;
    let _ = writeln!(
        page,
        "<section class=\"axis\" aria-label=\"Date axis\">\n<div class=\"track\" style=\"height:{height}px\">"
    );
    page.push_str(&marks);
    page.push_str("</div>\n<div class=\"ticks\">\n");
    for (d, label) in ticks(first, last) {
        let _ = writeln!(page, "<span style=\"left:{:.3}%\">{label}</span>", at(d));
    }
    page.push_str("</div>\n</section>\n");
}

/// Labelled days on the axis between `first` and `last`: years when the
/// axis spans more than two, months otherwise, at most a dozen.
fn ticks(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, String)> {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let months = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let (a, b) = (months(first), months(last));
    let yearly = b - a > 24;
    let (from, to) = if yearly { (first.year(), last.year()) } else { (a, b) };
    let step = ((to - from) / 12 + 1).max(1);
    let mut ticks = Vec::new();
    let mut k = from;
    while k <= to {
        let m = if yearly { k * 12 } else { k };
        let (year, month) = (m.div_euclid(12), m.rem_euclid(12) as u32 + 1);
        if let Some(d) = NaiveDate::from_ymd_opt(year, month, 1) {
            let d = d.max(first);
            let label = if yearly || month == 1 || ticks.is_empty() {
                if yearly {
                    year.to_string()
                } else {
                    format!("{} {year}", MONTHS[month as usize - 1])
                }
            } else {
                MONTHS[month as usize - 1].to_string()
            };
            ticks.push((d, label));
        }
        k += step;
    }
    ticks
}

fn write_entries(page: &mut String, timeline: &Timeline, kinds: &BTreeMap<&str, usize>) {
    let sources = SourceIndex::new(timeline);
    let summaries: FxHashMap<&str, &str> =
        timeline.entries.iter().map(|e| (e.id.as_str(), &*e.summary)).collect();
    // Entries are grouped by the year they start in. An undated entry that
    // relations placed among dated ones stays where it is; the undated
    // entries after the last dated one get a group of their own.
    let last_dated = timeline.entries.iter().rposition(|e| e.start().is_some());
    let first_year = timeline.entries.iter().find_map(|e| e.start()).map(|d| d.year());
    let mut group: Option<Option<i32>> = None;
    page.push_str("<main>\n");
    for (i, e) in timeline.entries.iter().enumerate() {
        let key = match e.start() {
            Some(d) => Some(d.year()),
            None if last_dated.is_some_and(|l| i < l) => group.unwrap_or(first_year),
            None => None,
        };
        if group != Some(key) {
            if group.is_some() {
                page.push_str("</ol>\n</section>\n");
            }
            let label = key.map_or_else(|| "Undated".to_string(), |y| y.to_string());
            let _ = writeln!(
                page,
                "<section class=\"period\" data-period=\"{}\">\n<h2>{label}</h2>\n<ol class=\"entries\">",
                key.map_or_else(|| "undated".to_string(), |y| y.to_string()),
            );
            group = Some(key);
        }
        write_entry(page, e, kinds, &sources, &summaries);
    }
    if group.is_some() {
        page.push_str("</ol>\n</section>\n");
    } else {
        page.push_str("<p class=\"empty\">No events.</p>\n");
    }
    page.push_str("</main>\n");
}

fn write_entry(
    page: &mut String,
    e: &Entry,
    kinds: &BTreeMap<&str, usize>,
    sources: &SourceIndex<'_>,
    summaries: &FxHashMap<&str, &str>,
) {
    let when = e.when.as_ref().map_or_else(|| "undated".to_string(), display_date);
    let dates = match (e.start(), e.end()) {
        (Some(s), Some(t)) => format!(" data-start=\"{s}\" data-end=\"{t}\""),
        (Some(s), None) => format!(" data-start=\"{s}\""),
        _ => String::new(),
    };
    let _ = writeln!(
        page,
        "<li class=\"entry {}\" id=\"{}\" {}{dates}>",
        classes(e, kinds),
        esc(&e.id),
        hooks(e),
    );
    let _ = writeln!(page, "<div class=\"when\">{}</div>", esc(&when));
    page.push_str("<details>\n<summary>");
    let _ = write!(
        page,
        "<span class=\"kind\">{}</span> <span class=\"headline\">{}</span>",
        esc(&e.kind),
        esc(&one_line(&e.summary))
    );
    if e.status != Status::Occurred {
        let _ = write!(page, " <span class=\"status\">{}</span>", e.status.as_str());
    }
    if e.sources.len() > 1 {
        let _ = write!(page, " <span class=\"count\">{} sources</span>", e.sources.len());
    }
    if !e.conflicts.is_empty() {
        page.push_str(" <span class=\"disputed\">disputed</span>");
    }
    page.push_str("</summary>\n<div class=\"more\">\n");

    let mut facts: Vec<String> = Vec::new();
    if let Some(text) = e.when.as_ref().and_then(|w| w.text.as_deref()) {
        facts.push(format!("<b>When</b> “{}”", esc(&one_line(text))));
    }
    if !e.participants.is_empty() {
        let who: Vec<String> = e
            .participants
            .iter()
            .map(|p| format!("{} <i>({})</i>", esc(&p.name), p.role.as_str()))
            .collect();
        facts.push(format!("<b>Who</b> {}", who.join(", ")));
    }
    if let Some(place) = &e.place {
        facts.push(format!("<b>Where</b> {}", esc(&place_label(place))));
    }
    if let Some(q) = &e.quantity {
        facts.push(format!("<b>How many</b> {}", esc(q)));
    }
    for r in &e.relations {
        let word = match r.kind {
            RelationKind::Before => "Before",
            RelationKind::After => "After",
            RelationKind::During => "During",
        };
        let other = summaries.get(r.event.as_str()).copied().unwrap_or(r.event.as_str());
        facts.push(format!(
            "<b>{word}</b> <a href=\"#{}\">{}</a>",
            esc(&r.event),
            esc(&one_line(other))
        ));
    }
    if !facts.is_empty() {
        let _ = writeln!(page, "<p class=\"facts\">{}</p>", facts.join(" · "));
    }
    for c in &e.conflicts {
        let _ = writeln!(page, "<p class=\"conflict\">{}</p>", esc(&conflict_note(c)));
    }
    // Each run of sentences from one source, then the source once.
    let quoted: Vec<&Mention> = super::distinct_sentences(&e.evidence).collect();
    let mut mentions = quoted.iter().take(MAX_EVIDENCE).peekable();
    let mut open = false;
    while let Some(m) = mentions.next() {
        if !open {
            page.push_str("<figure class=\"evidence\">\n");
            open = true;
        }
        let block = match m.block {
            BlockKind::Paragraph => String::new(),
            other => format!(" <i class=\"block\">({})</i>", other.as_str()),
        };
        let _ = writeln!(page, "<blockquote>{}{block}</blockquote>", highlight(m));
        if mentions.peek().is_none_or(|next| next.source != m.source) {
            let _ = writeln!(
                page,
                "<figcaption>{} <a href=\"#source-{}\">{}</a></figcaption>\n</figure>",
                esc(&sources.label(&m.source)),
                esc(&m.source),
                esc(&m.source),
            );
            open = false;
        }
    }
    if quoted.len() > MAX_EVIDENCE {
        let _ = writeln!(
            page,
            "<p class=\"more-evidence\">and {} more mentions</p>",
            quoted.len() - MAX_EVIDENCE
        );
    }
    page.push_str("</div>\n</details>\n</li>\n");
}

/// The sentence, escaped, with the words that name the event marked.
fn highlight(m: &Mention) -> String {
    let sentence = one_line(&m.sentence);
    let trigger = one_line(&m.trigger);
    match sentence.find(trigger.as_str()).filter(|_| !trigger.is_empty()) {
        Some(at) => format!(
            "{}<mark>{}</mark>{}",
            esc(&sentence[..at]),
            esc(&trigger),
            esc(&sentence[at + trigger.len()..])
        ),
        None => esc(&sentence),
    }
}

const STYLE: &str = r#":root{--ink:#1d2330;--muted:#5b6475;--line:#d5dae3;--bg:#f7f8fa;--card:#fff;
  font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0 auto;max-width:1120px;padding:24px 20px 48px}
[hidden]{display:none!important}
h1{font-size:1.6rem;margin:0 0 4px}
.lede{color:var(--muted);margin:0 0 14px}
.filters{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;padding:10px 12px;
  border:1px solid var(--line);border-radius:8px;background:var(--card);margin-bottom:14px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:4px}
.kind-filter{display:inline-flex;align-items:center;gap:5px;padding:2px 9px;border:1px solid var(--line);
  border-radius:999px;cursor:pointer;font-size:.9rem;background:var(--card)}
.kind-filter input{margin:0;accent-color:var(--c)}
.swatch{width:10px;height:10px;border-radius:50%;background:var(--c)}
.n,.count{color:var(--muted);font-size:.8rem}
button{font:inherit;font-size:.85rem;padding:2px 10px;border:1px solid var(--line);border-radius:6px;
  background:var(--card);cursor:pointer}
.axis{margin:6px 0 22px;padding:8px 12px 0;background:var(--card);border:1px solid var(--line);border-radius:8px}
.track{position:relative;border-bottom:2px solid var(--ink)}
.mark{position:absolute;height:10px;border-radius:5px;background:var(--c);border:2px solid var(--c);
  box-sizing:border-box}
.mark.tentative{background:transparent;border-style:dashed}
.mark.cancelled{opacity:.45}
.mark:hover,.mark:focus{outline:2px solid var(--ink);outline-offset:1px}
.ticks{position:relative;height:24px;font-size:.75rem;color:var(--muted)}
.ticks span{position:absolute;top:4px;white-space:nowrap;border-left:1px solid var(--muted);padding-left:3px}
.period h2{font-size:1.05rem;margin:22px 0 8px;color:var(--muted)}
.entries{list-style:none;margin:0 0 0 10rem;padding:0;border-left:2px solid var(--line)}
.entry{position:relative;margin:0 0 10px;padding-left:18px;scroll-margin-top:12px}
.entry::before{content:"";position:absolute;left:-8px;top:11px;width:10px;height:10px;border-radius:50%;
  background:var(--c);border:2px solid var(--c)}
.entry.tentative::before{background:var(--bg);border-style:dashed}
.when{position:absolute;left:-10.6rem;width:9.6rem;text-align:right;top:7px;font-weight:600;font-size:.88rem}
details{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--c);border-radius:6px}
.entry.tentative details{border-style:dashed;border-left-style:dashed;
  background:repeating-linear-gradient(135deg,var(--card) 0 8px,#f3f4f7 8px 10px)}
.entry.cancelled .headline{text-decoration:line-through}
summary{cursor:pointer;padding:6px 10px}
.kind{font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;font-weight:700;color:var(--c)}
.status,.disputed{font-size:.75rem;border:1px solid currentColor;border-radius:4px;padding:0 4px;color:var(--muted)}
.disputed{color:#a4262c}
.more{padding:0 12px 10px;font-size:.92rem}
.facts{margin:4px 0 6px;color:var(--muted)}
.facts b{color:var(--ink);font-weight:600}
.conflict{color:#a4262c;margin:4px 0}
.evidence{margin:8px 0 0}
blockquote{margin:0 0 4px;padding-left:10px;border-left:3px solid var(--line)}
.block{color:var(--muted)}
mark{background:#fff1a8;color:inherit}
figcaption{color:var(--muted);font-size:.82rem;padding-left:13px}
footer{margin-top:32px;color:var(--muted);font-size:.9rem}
footer h2{font-size:1rem;color:var(--ink)}
@media (max-width:700px){.entries{margin-left:0}.when{position:static;text-align:left;width:auto}}
@media print{.filters,.axis{display:none}details{break-inside:avoid}}
"#;

const SCRIPT: &str = r#"(function () {
  'use strict';
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  var kinds = all('input[data-filter="kind"]');
  var actor = document.getElementById('filter-actor');
  var items = all('.entry, .mark');
  var periods = all('.period');
  var shown = document.getElementById('shown');
  function actorsOf(el) {
    try { return JSON.parse(el.getAttribute('data-actors') || '[]'); } catch (e) { return []; }
  }
  function apply() {
    var on = {};
    kinds.forEach(function (k) { on[k.value] = k.checked; });
    var who = actor ? actor.value : '';
    var n = 0;
    items.forEach(function (el) {
      var keep = on[el.getAttribute('data-kind')] !== false &&
        (!who || actorsOf(el).indexOf(who) >= 0);
      el.hidden = !keep;
      if (keep && el.classList.contains('entry')) { n++; }
    });
    periods.forEach(function (p) { p.hidden = !p.querySelector('.entry:not([hidden])'); });
    if (shown) { shown.textContent = String(n); }
  }
  kinds.forEach(function (k) { k.addEventListener('change', apply); });
  if (actor) { actor.addEventListener('change', apply); }
  var reset = document.getElementById('filter-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      kinds.forEach(function (k) { k.checked = true; });
      if (actor) { actor.value = ''; }
      apply();
    });
  }
  var expand = document.getElementById('expand-all');
  if (expand) {
    expand.addEventListener('click', function () {
      var details = all('.entry details');
      var open = details.some(function (d) { return !d.open; });
      details.forEach(function (d) { d.open = open; });
      expand.textContent = open ? 'Close all' : 'Open all';
    });
  }
  all('.mark').forEach(function (m) {
    m.addEventListener('click', function () {
      var entry = document.getElementById(m.getAttribute('data-id'));
      var details = entry && entry.querySelector('details');
      if (details) { details.open = true; }
    });
  });
  var filters = document.getElementById('filters');
  if (filters) { filters.hidden = false; }
  apply();
})();
"#;

#[cfg(test)]
mod tests {
    use super::ticks;
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[track_caller]
    fn check(first: &str, last: &str, expected: &[&str]) {
        let labels: Vec<String> = ticks(day(first), day(last)).into_iter().map(|t| t.1).collect();
        assert_eq!(labels, expected);
    }

    #[test]
    fn ticks_are_months_or_years() {
        check(
            "2016-01-01",
            "2017-07-31",
            &["Jan 2016", "Mar", "May", "Jul", "Sep", "Nov", "Jan 2017", "Mar", "May", "Jul"],
        );
        check("2017-04-01", "2017-05-03", &["Apr 2017", "May"]);
        check(
            "1990-06-01",
            "2017-07-31",
            &["1990", "1993", "1996", "1999", "2002", "2005", "2008", "2011", "2014", "2017"],
        );
    }
}
