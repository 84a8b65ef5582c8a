//! `dateline timeline` in its document formats: Markdown, CSV, TimelineJS,
//! iCalendar and HTML. Every fixture in every format against reviewed
//! snapshots; the CSV, TimelineJS and iCalendar outputs parsed back and
//! checked against the JSON timeline; the HTML page escaped and exercised
//! in headless Chromium.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use icalendar::{Calendar, Component, DatePerhapsTime, EventLike, EventStatus};
use serde_json::Value;

use crate::util::{dateline, fixture_articles, fixture_date, root, temp_dir};

const SEED: &str = "fixtures/articles/00-syria-call.txt";

/// The arguments that make the timeline of the fixture at `path`.
fn timeline_args(path: &Path) -> Vec<String> {
    let mut args = vec!["timeline".to_string(), path.to_str().unwrap().to_string()];
    if let Some(date) = fixture_date(path) {
        args.extend(["--date".to_string(), date]);
    }
    args
}

/// The fixture's timeline in `format`.
fn render(path: &Path, format: &str) -> String {
    let mut args = timeline_args(path);
    args.extend(["--format".to_string(), format.to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = dateline(&args);
    assert_eq!(run.code, 0, "{}: {}", path.display(), run.stderr);
    run.stdout
}

/// Every fixture's JSON timeline (`dateline.timeline/1`), made once for
/// all the tests that check a format against it.
fn json_timelines() -> &'static HashMap<PathBuf, Value> {
    static DOCS: OnceLock<HashMap<PathBuf, Value>> = OnceLock::new();
    DOCS.get_or_init(|| {
        fixture_articles()
            .into_iter()
            .map(|p| {
                let doc: Value = serde_json::from_str(&render(&p, "json")).unwrap();
                assert_eq!(doc["schema"], "dateline.timeline/1");
                (p, doc)
            })
            .collect()
    })
}

fn events(path: &Path) -> &'static [Value] {
    json_timelines()[path]["events"].as_array().unwrap()
}

/// The entries a format with a calendar date shows: those with a start.
fn dated(path: &Path) -> Vec<&'static Value> {
    events(path).iter().filter(|e| e["when"]["start"].is_string()).collect()
}

fn name(path: &Path) -> &str {
    path.file_name().unwrap().to_str().unwrap()
}

/// A JSON ISO date as (year, month, day).
fn ymd(v: &Value) -> (i64, i64, i64) {
    let s = v.as_str().unwrap_or_else(|| panic!("a date: {v}"));
    let parts: Vec<i64> = s.split('-').map(|p| p.parse().unwrap()).collect();
    (parts[0], parts[1], parts[2])
}

/// Which of year, month and day a date of this granularity fills.
fn precision(granularity: &str) -> (bool, bool) {
    match granularity {
        "year" | "decade" | "century" => (false, false),
        "month" | "season" | "quarter" | "half" => (true, false),
        _ => (true, true),
    }
}

/// The date fields a TimelineJS date or spreadsheet row should hold for
/// the entry `e`'s start: year, and month and day as its precision allows.
fn expected_start(e: &Value) -> (i64, Option<i64>, Option<i64>) {
    let (y, m, d) = ymd(&e["when"]["start"]);
    let (month, day) = precision(e["when"]["granularity"].as_str().unwrap());
    (y, month.then_some(m), day.then_some(d))
}

fn ics_date(d: chrono::NaiveDate) -> (i64, i64, i64) {
    use chrono::Datelike;
    (i64::from(d.year()), i64::from(d.month()), i64::from(d.day()))
}

fn day_after(v: &Value) -> (i64, i64, i64) {
    let d: chrono::NaiveDate = v.as_str().unwrap().parse().unwrap();
    ics_date(d.succ_opt().unwrap())
}

/// The seed's entry of `kind` whose summary contains `words`.
fn seed_entry(kind: &str, words: &str) -> &'static Value {
    let found: Vec<&Value> = events(Path::new(SEED))
        .iter()
        .filter(|e| e["kind"] == kind && e["summary"].as_str().unwrap().contains(words))
        .collect();
    assert_eq!(found.len(), 1, "one {kind} entry with {words:?}: {found:#?}");
    found[0]
}

// Markdown.

#[test]
fn markdown_fixtures() {
    for path in fixture_articles() {
        let md = render(&path, "markdown");
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
        // The header row, then one row an entry.
        assert_eq!(rows.len(), events(&path).len() + usize::from(!events(&path).is_empty()));
        for row in &rows {
            // Every row has its five cells: six pipes that are not escaped.
            let cells = row.replace("\\\\", "").replace("\\|", "");
            assert_eq!(cells.matches('|').count(), 6, "{}: {row}", name(&path));
        }
        insta::assert_snapshot!(format!("timeline-markdown-{}", name(&path)), md);
    }
}

// CSV.

const CSV_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Parses RFC 4180 CSV strictly: records end in CRLF, a field is quoted
/// (quotes doubled inside) or holds no quote and no line break.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if field_start => {
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => field.push(c),
                        None => panic!("an unterminated quoted field: {field:?}"),
                    }
                }
                assert!(
                    matches!(chars.peek(), Some(',' | '\r')),
                    "a quoted field runs on after its closing quote: {field:?}"
                );
                field_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                field_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF after {field:?}");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                field_start = true;
            }
            c => {
                assert!(c != '"' && c != '\n', "{c:?} in an unquoted field: {field:?}");
                field.push(c);
                field_start = false;
            }
        }
    }
    assert!(record.is_empty() && field.is_empty(), "the last record ends in CRLF");
    records
}

#[test]
fn csv_parser_is_strict() {
    assert_eq!(parse_csv("a,\"b,\"\"c\"\"\"\r\n,\r\n"), [vec!["a", "b,\"c\""], vec!["", ""]]);
    for bad in ["a\n", "a\"b\r\n", "\"a\"b\r\n", "\"a\r\n", "a"] {
        assert!(std::panic::catch_unwind(|| parse_csv(bad)).is_err(), "{bad:?} is rejected");
    }
}

#[test]
fn csv_fixtures() {
    for path in fixture_articles() {
        let csv = render(&path, "csv");
        let records = parse_csv(&csv);
        let file = name(&path);
        assert_eq!(records[0], CSV_COLUMNS, "{file}: the header row");
        for r in &records {
            assert_eq!(r.len(), 18, "{file}: {r:?}");
        }
        assert_eq!(records[1][15], "title", "{file}: the title row");
        // One row a dated entry, in timeline order; undated ones left out.
        let rows = &records[2..];
        let dated = dated(&path);
        assert_eq!(rows.len(), dated.len(), "{file}");
        for (row, e) in rows.iter().zip(&dated) {
            let (y, m, d) = expected_start(e);
            let field = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
            assert_eq!(
                (row[0].as_str(), row[1].as_str(), row[2].as_str()),
                (y.to_string().as_str(), field(m).as_str(), field(d).as_str()),
                "{file}: {e}"
            );
            assert!(!row[8].is_empty(), "{file}: a display date");
            assert_eq!(row[16], e["kind"].as_str().unwrap(), "{file}: the group is the kind");
            assert!(row[10].contains("<blockquote>"), "{file}: the text has the evidence");
            for media in &row[11..16] {
                assert_eq!(media, "");
            }
        }
        insta::assert_snapshot!(format!("timeline-csv-{file}"), csv.replace("\r\n", "\n"));
    }
}

#[test]
fn csv_seed_rows() {
    let records = parse_csv(&render(Path::new(SEED), "csv"));
    let row = |headline: &str| -> Vec<String> {
        let found: Vec<&Vec<String>> = records.iter().filter(|r| r[9] == headline).collect();
        assert_eq!(found.len(), 1, "one row {headline:?}");
        found[0].clone()
    };
    // A year, a month, a start-of-month and a day event.
    let election = row("Last year’s election");
    assert_eq!(&election[0..4], ["2016", "", "", ""]);
    let strike = row("US airstrike on a Syrian government airbase");
    assert_eq!(&strike[0..8], ["2017", "4", "", "", "", "", "", ""]);
    assert_eq!(strike[8], "early Apr 2017");
    assert!(strike[10].contains("He took to Twitter days after the Syria strikes"));
    assert!(strike[10].contains("2 May 2017</small>"), "the source and its date");
    let call = row("Vladimir Putin and Donald Trump speak by phone");
    assert_eq!(&call[0..3], ["2017", "5", "2"]);
    assert_eq!((call[8].as_str(), call[16].as_str()), ("2 May 2017", "call"));
    let summit = row("G20 summit in Hamburg");
    assert_eq!(&summit[0..3], ["2017", "7", ""]);
    assert!(summit[10].contains("Status: planned"), "{}", summit[10]);
}

// TimelineJS.

#[test]
fn timelinejs_fixtures() {
    for path in fixture_articles() {
        let text = render(&path, "timelinejs");
        let file = name(&path);
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert!(doc["title"]["text"]["headline"].is_string(), "{file}");
        let got = doc["events"].as_array().unwrap();
        let dated = dated(&path);
        // Every dated entry, in order, and nothing else.
        let ids: Vec<&str> = got.iter().map(|e| e["unique_id"].as_str().unwrap()).collect();
        let want: Vec<&str> = dated.iter().map(|e| e["id"].as_str().unwrap()).collect();
        assert_eq!(ids, want, "{file}");
        for (t, e) in got.iter().zip(&dated) {
            let (y, m, d) = expected_start(e);
            let start = &t["start_date"];
            assert_eq!(start["year"].as_i64(), Some(y), "{file}: {t}");
            assert_eq!(start["month"].as_i64(), m, "{file}: {t}");
            assert_eq!(start["day"].as_i64(), d, "{file}: {t}");
            if let Some(end) = t.get("end_date") {
                // An end only where the interval reaches past the start's
                // precision, and never before it.
                let (ey, em, ed) = ymd(&e["when"]["end"]);
                assert_eq!(end["year"].as_i64(), Some(ey), "{file}: {t}");
                assert_eq!(end["month"].as_i64(), m.map(|_| em), "{file}: {t}");
                assert_eq!(end["day"].as_i64(), d.map(|_| ed), "{file}: {t}");
                assert_ne!(end, start, "{file}: {t}");
            }
            assert_eq!(t["group"], e["kind"], "{file}");
            assert!(t["display_date"].as_str().is_some_and(|s| !s.is_empty()), "{file}");
            let headline = t["text"]["headline"].as_str().unwrap();
            assert!(!headline.contains('<'), "{file}: headlines are escaped: {headline}");
        }
        insta::assert_snapshot!(format!("timeline-timelinejs-{file}"), text);
    }
}

#[test]
fn timelinejs_seed_dates() {
    let doc: Value = serde_json::from_str(&render(Path::new(SEED), "timelinejs")).unwrap();
    let by_id = |e: &Value| -> Value {
        let id = e["id"].as_str().unwrap();
        doc["events"].as_array().unwrap().iter().find(|t| t["unique_id"] == id).unwrap().clone()
    };
    let strike = by_id(seed_entry("strike", "airstrike"));
    assert_eq!(strike["start_date"], serde_json::json!({"year": 2017, "month": 4}));
    assert_eq!(strike["display_date"], "early Apr 2017");
    let talks = by_id(seed_entry("talks", "Russian-led talks"));
    assert_eq!(talks["start_date"], serde_json::json!({"year": 2017, "month": 5, "day": 3}));
    assert!(talks["text"]["text"].as_str().unwrap().contains("Status: planned"));
    assert!(events(Path::new(SEED)).iter().any(|e| e["when"].is_null()), "the seed has undated");
    assert_eq!(doc["events"].as_array().unwrap().len(), dated(Path::new(SEED)).len());
}

// iCalendar.

/// The iCalendar STATUS for a `dateline` status.
fn ics_status(status: &str) -> EventStatus {
    match status {
        "planned" | "hypothetical" => EventStatus::Tentative,
        "denied" | "negated" => EventStatus::Cancelled,
        _ => EventStatus::Confirmed,
    }
}

fn all_day(d: Option<DatePerhapsTime>) -> (i64, i64, i64) {
    match d {
        Some(DatePerhapsTime::Date(d)) => ics_date(d),
        other => panic!("an all-day date, not {other:?}"),
    }
}

/// The calendar's physical lines: each ends in CRLF, none is longer than
/// 75 octets, and no character is split.
fn check_lines(file: &str, ics: &str) {
    assert!(ics.ends_with("\r\n"), "{file}");
    for line in ics.split_terminator("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "{file}: a bare line break");
        assert!(line.len() <= 75, "{file}: {} octets: {line:?}", line.len());
    }
}

#[test]
fn ics_fixtures() {
    for path in fixture_articles() {
        let ics = render(&path, "ics");
        let file = name(&path);
        check_lines(file, &ics);
        let calendar: Calendar = ics.parse().unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(calendar.property_value("VERSION"), Some("2.0"), "{file}");
        assert!(calendar.property_value("PRODID").is_some(), "{file}");
        let vevents: Vec<&icalendar::Event> = calendar.events().collect();
        let dated = dated(&path);
        assert_eq!(vevents.len(), dated.len(), "{file}: one VEVENT a dated entry");
        let mut uids = Vec::new();
        for (v, e) in vevents.iter().zip(&dated) {
            let uid = v.get_uid().unwrap();
            let id = e["id"].as_str().unwrap();
            assert!(uid.starts_with(&format!("{id}-")) && uid.ends_with("@dateline"), "{uid}");
            uids.push(uid.to_string());
            assert!(v.get_timestamp().is_some(), "{file}: DTSTAMP");
            assert_eq!(all_day(v.get_start()), ymd(&e["when"]["start"]), "{file}: {uid}");
            assert_eq!(all_day(v.get_end()), day_after(&e["when"]["end"]), "{file}: {uid}");
            assert_eq!(v.get_summary(), e["summary"].as_str(), "{file}: {uid}");
            assert_eq!(v.get_status(), Some(ics_status(e["status"].as_str().unwrap())), "{uid}");
            let categories: Vec<&str> =
                v.multi_properties()["CATEGORIES"].iter().map(|p| p.value()).collect();
            assert_eq!(categories, [e["kind"].as_str().unwrap()], "{file}: {uid}");
            match e["place"]["name"].as_str() {
                Some(place) => assert!(v.get_location().unwrap().starts_with(place), "{uid}"),
                None => assert_eq!(v.get_location(), None, "{file}: {uid}"),
            }
            let description = v.get_description().unwrap();
            let first = e["evidence"][0]["sentence"].as_str().unwrap();
            let first: String = first.split_whitespace().collect::<Vec<_>>().join(" ");
            let described: String = description.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(described.contains(&first), "{file}: {uid}: {description:?}");
        }
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), vevents.len(), "{file}: UIDs are unique");
        insta::assert_snapshot!(format!("timeline-ics-{file}"), ics.replace("\r\n", "\n"));
    }
}

#[test]
fn ics_seed_events() {
    let ics = render(Path::new(SEED), "ics");
    let calendar: Calendar = ics.parse().unwrap();
    let event = |e: &Value| -> icalendar::Event {
        let id = format!("{}-", e["id"].as_str().unwrap());
        calendar.events().find(|v| v.get_uid().unwrap().starts_with(&id)).unwrap().clone()
    };
    // A day event: Tuesday's call, all day on 2 May.
    let call = event(seed_entry("call", "speak by phone"));
    assert_eq!(all_day(call.get_start()), (2017, 5, 2));
    assert_eq!(all_day(call.get_end()), (2017, 5, 3));
    assert_eq!(call.get_status(), Some(EventStatus::Confirmed));
    assert_eq!(call.property_value("DTSTAMP"), Some("20170502T000000Z"));
    // A month event: the G20 summit in July spans July.
    let summit = event(seed_entry("summit", "G20"));
    assert_eq!(all_day(summit.get_start()), (2017, 7, 1));
    assert_eq!(all_day(summit.get_end()), (2017, 8, 1));
    assert_eq!(summit.get_status(), Some(EventStatus::Tentative));
    assert_eq!(summit.get_location(), Some("Hamburg, Germany"));
    assert!(summit.get_description().unwrap().starts_with("Date: Jul 2017\nStatus: planned"));
    // Long lines were folded, and unfold to the full text.
    assert!(ics.contains("\r\n "), "some lines are folded");
    let title = events(Path::new(SEED))[0]["evidence"][0]["sentence"].as_str().unwrap();
    assert!(calendar.events().any(|v| v.get_description().unwrap().contains(title)));
}

// HTML.

/// The page with its constant style and script left out, for snapshots
/// of what the timeline puts in it.
fn without_assets(html: &str) -> String {
    let mut out = html.to_string();
    for (open, close) in [("<style>", "</style>"), ("<script>", "</script>")] {
        if let (Some(a), Some(b)) = (out.find(open), out.find(close)) {
            out.replace_range(a + open.len()..b, "[…]");
        }
    }
    out
}

#[test]
fn html_fixtures() {
    for path in fixture_articles() {
        let html = render(&path, "html");
        let file = name(&path);
        assert!(html.starts_with("<!DOCTYPE html>"), "{file}");
        // Nothing is fetched: no external resource of any kind.
        for needle in ["src=", "http://", "https://", "@import", "url(", "<link"] {
            assert!(!html.contains(needle), "{file}: {needle}");
        }
        // One entry element for each entry, with its hooks.
        for e in events(&path) {
            let id = e["id"].as_str().unwrap();
            let kind = e["kind"].as_str().unwrap();
            let hooks = format!("id=\"{id}\" data-id=\"{id}\" data-kind=\"{kind}\"");
            assert_eq!(html.matches(&hooks).count(), 1, "{file}: {id}");
        }
        assert_eq!(html.matches("<li class=\"entry ").count(), events(&path).len(), "{file}");
        let snapshot = if path == Path::new(SEED) { html.clone() } else { without_assets(&html) };
        insta::assert_snapshot!(format!("timeline-html-{file}"), snapshot);
    }
}

/// An article whose sentences carry markup and scripts.
const HOSTILE: &str = "Leaders <b>to</b> meet <script>alert(1)</script>\n\n\
    The two presidents will meet in Paris in July <script>alert(1)</script>. \
    They spoke by phone on Tuesday \"><img src=x onerror=alert(1)> & agreed to talk again.\n";

#[test]
fn html_escapes_article_text() {
    let dir = temp_dir();
    let file = dir.path().join("hostile.txt");
    std::fs::write(&file, HOSTILE).unwrap();
    let file = file.to_str().unwrap();
    let run = |format: &str| {
        let run = dateline(&["timeline", file, "--date", "2017-05-02", "--format", format]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    // The markup reaches the renderers: it is in the events' evidence.
    let doc: Value = serde_json::from_str(&run("json")).unwrap();
    let sentences: Vec<&str> = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["evidence"].as_array().unwrap())
        .map(|m| m["sentence"].as_str().unwrap())
        .collect();
    assert!(sentences.iter().any(|s| s.contains("<script>alert(1)</script>")), "{sentences:?}");
    assert!(sentences.iter().any(|s| s.contains("\"><img src=x onerror=alert(1)>")));

    let html = run("html");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>to</b>"), "{html}");
    assert_eq!(html.matches("<script").count(), 1, "only the page's own script");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; agreed"));
    // The title, in <title>, <h1> and the markup of the document formats.
    assert!(html.contains("<title>Leaders &lt;b&gt;to&lt;/b&gt; meet"));
    for format in ["timelinejs", "csv"] {
        let out = run(format);
        assert!(!out.contains("<script>alert") && !out.contains("<img"), "{format}: {out}");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{format}: {out}");
    }
    let md = run("markdown");
    // Every angle bracket is backslash-escaped, so Markdown shows it as text.
    for (at, _) in md.match_indices(['<', '>']) {
        assert!(md[..at].ends_with('\\'), "an unescaped bracket at {at}: {md}");
    }
    assert!(md.contains(r"\<script\>alert(1)\</script\>"), "{md}");
}

// The HTML page in a real browser.

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs headless Chromium on `page` with `args`, killing it (and its
/// children) if it takes more than a minute; its standard output.
fn chromium(page: &Path, args: &[&str], profile: &Path) -> String {
    use std::os::unix::process::CommandExt;
    let out_path = profile.with_extension("out");
    let err_path = profile.with_extension("err");
    let url = format!("file://{}", page.display());
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .process_group(0)
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            // The whole process group: the browser and its helpers.
            let _ =
                Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status();
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 60 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    assert!(status.success(), "chromium failed ({status}) on {url}:\n{stderr}");
    std::fs::read_to_string(&out_path).unwrap()
}

/// The value of the `data-test` attribute the test script sets on the
/// body, as serialized by `--dump-dom`.
fn test_result(dom: &str) -> Value {
    let at = dom.find("data-test=\"").expect("the test script ran") + "data-test=\"".len();
    let end = at + dom[at..].find('"').unwrap();
    let raw = dom[at..end]
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    serde_json::from_str(&raw).unwrap()
}

/// A script, run after the page loads, that records the visible entries,
/// unticks the `kind` filter, records them again, and leaves what it saw
/// on the body.
fn test_script(kind: &str) -> String {
    format!(
        r#"<script>
window.addEventListener('load', function () {{
  function visible() {{
    return Array.prototype.filter.call(document.querySelectorAll('li.entry'), function (e) {{
      return e.getClientRects().length > 0;
    }}).map(function (e) {{ return e.getAttribute('data-id'); }});
  }}
  var result = {{
    ids: Array.prototype.map.call(document.querySelectorAll('li.entry'), function (e) {{
      return e.getAttribute('data-id');
    }}),
    before: visible(),
    images: document.images.length,
    scripts: document.scripts.length,
    filters: !document.getElementById('filters').hidden
  }};
  var control = document.querySelector('input[data-filter="kind"][value={kind}]');
  result.control = !!control;
  if (control) {{ control.click(); result.checked = control.checked; }}
  result.after = visible();
  result.shown = document.getElementById('shown').textContent;
  document.body.setAttribute('data-test', JSON.stringify(result));
}});
</script>
"#,
        kind = serde_json::to_string(kind).unwrap()
    )
}

/// Opens `html` with the test script added; what the script saw.
fn run_page(dir: &Path, stem: &str, html: &str, kind: &str) -> Value {
    let at = html.rfind("</body>").expect("the page has a body");
    let page = format!("{}{}{}", &html[..at], test_script(kind), &html[at..]);
    let file = dir.join(format!("{stem}.html"));
    std::fs::write(&file, page).unwrap();
    let dom = chromium(&file, &["--dump-dom"], &dir.join(format!("{stem}-profile")));
    test_result(&dom)
}

#[test]
fn html_in_chromium() {
    if !Path::new(CHROMIUM).exists() {
        if std::env::var_os("CI").is_some() {
            panic!("{CHROMIUM} is missing: .ci/run installs Debian's chromium package");
        }
        eprintln!("note: {CHROMIUM} is missing; the browser test is skipped");
        return;
    }
    let dir = temp_dir();
    let seed = Path::new(SEED);
    let html = render(seed, "html");
    let entries = events(seed);
    let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    // Hide the commonest kind.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for e in entries {
        *counts.entry(e["kind"].as_str().unwrap()).or_default() += 1;
    }
    let (kind, n) = counts.iter().max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k))).unwrap();
    assert!(*n > 1 && *n < entries.len());
    let result = run_page(dir.path(), "seed", &html, kind);

    let strings = |v: &Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(strings(&result["ids"]), ids, "every entry is in the DOM, in order");
    assert_eq!(strings(&result["before"]), ids, "every entry is shown");
    assert_eq!(result["filters"], true, "the script showed the filters");
    assert_eq!(result["control"], true, "the {kind} filter exists");
    assert_eq!(result["checked"], false, "the click unticked it");
    let kept: Vec<&str> =
        entries.iter().filter(|e| e["kind"] != **kind).map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(strings(&result["after"]), kept, "the {kind} entries, and only they, are hidden");
    assert_eq!(result["shown"], kept.len().to_string());
    assert_eq!(result["images"], 0);

    // A hostile article: its markup stays text in the browser too.
    let file = dir.path().join("hostile.txt");
    std::fs::write(&file, HOSTILE).unwrap();
    let run =
        dateline(&["timeline", file.to_str().unwrap(), "--date", "2017-05-02", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hostile = run_page(dir.path(), "hostile", &run.stdout, "call");
    assert_eq!(hostile["images"], 0, "no <img> element was made");
    assert_eq!(hostile["scripts"], 2, "only the page's script and the test's");
    assert!(!strings(&hostile["ids"]).is_empty());

    // A screenshot of the seed's page, for people to look at.
    let page = dir.path().join("page.html");
    std::fs::write(&page, &html).unwrap();
    let shot = root().join("target/timeline-browser.png");
    std::fs::create_dir_all(shot.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&shot);
    chromium(
        &page,
        &[&format!("--screenshot={}", shot.display()), "--window-size=1280,1000"],
        &dir.path().join("shot-profile"),
    );
    let png = std::fs::read(&shot).expect("the screenshot was saved");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(png.len() > 20_000, "a screenshot with something in it: {} bytes", png.len());
}

/// Two articles of the same day, one still planning the meeting the other
/// reports: one entry with both sources, whose disagreement every format
/// notes. (A plan reported the day before would be news moving on.)
#[test]
fn conflicts_and_sources_in_every_format() {
    let corpus = concat!(
        r#"{"id": "a1", "title": "Leaders to meet", "date": "2017-05-06", "text": "Leaders to meet\n\nGerman Chancellor Angela Merkel will meet French President Emmanuel Macron in Paris on Friday, May 5, officials said."}"#,
        "\n",
        r#"{"id": "a2", "title": "Leaders met", "date": "2017-05-06", "text": "Leaders met\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Friday, officials said."}"#,
        "\n",
    );
    let run = |format: &str| {
        let args = ["timeline", "-", "--input-format", "jsonl", "--format", format];
        let run = crate::util::dateline_with_stdin(&args, Some(corpus.as_bytes()));
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    let doc: Value = serde_json::from_str(&run("json")).unwrap();
    let meeting = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "meeting" && e["sources"].as_array().unwrap().len() == 2)
        .expect("the meeting, from both articles");
    assert_eq!(meeting["conflicts"][0]["field"], "status", "{meeting}");
    let note = "sources disagree on the status: planned (a1) vs occurred (a2)";

    let md = run("markdown");
    let row = md.lines().find(|l| l.contains("meet in Paris")).unwrap();
    assert!(row.contains(note) && row.ends_with("| a1, a2 |"), "{row}");
    assert!(md.contains("- **a2**: Leaders met, 6 May 2017"), "{md}");

    let csv = parse_csv(&run("csv"));
    let row = csv.iter().find(|r| r[9].contains("meet in Paris")).unwrap();
    assert!(row[10].contains(note), "{row:?}");
    assert!(row[10].contains("Leaders to meet, 6 May 2017") && row[10].contains("Leaders met"));

    let tl: Value = serde_json::from_str(&run("timelinejs")).unwrap();
    let event = tl["events"].as_array().unwrap().iter().find(|e| e["unique_id"] == meeting["id"]);
    assert!(event.unwrap()["text"]["text"].as_str().unwrap().contains(note));
    assert_eq!(tl["title"]["text"]["headline"], "Timeline", "no single title for two sources");

    let calendar: Calendar = run("ics").parse().unwrap();
    let id = format!("{}-", meeting["id"].as_str().unwrap());
    let vevent = calendar.events().find(|v| v.get_uid().unwrap().starts_with(&id)).unwrap();
    assert!(vevent.get_description().unwrap().contains(note));
    // The latest publication date stamps every event.
    assert_eq!(vevent.property_value("DTSTAMP"), Some("20170506T000000Z"));

    let html = run("html");
    assert!(html.contains(note), "{html}");
    assert!(html.contains("<span class=\"count\">2 sources</span>"));
}
