//! Output that does not depend on threads or listing order, and input that
//! tries to break the program: each case ends with a one-line error naming
//! the file (or a best effort), the right exit code, and the rest of the
//! batch unharmed.

use std::fs;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{dateline, fixture_articles, root, temp_dir};

/// Every fixture through the timeline and events, with one thread and
/// with four, and with the files listed backwards: byte-identical.
#[test]
fn output_does_not_depend_on_threads_or_order() {
    let paths: Vec<String> =
        fixture_articles().iter().map(|p| p.to_str().unwrap().to_string()).collect();
    let reversed: Vec<String> = paths.iter().rev().cloned().collect();
    let run = |cmd: &str, files: &[String], jobs: &str| {
        let mut args = vec![cmd, "--date", "2020-01-01", "--format", "json", "--jobs", jobs];
        args.extend(files.iter().map(String::as_str));
        let run = dateline(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    let one = run("timeline", &paths, "1");
    assert_eq!(run("timeline", &paths, "4"), one);
    assert_eq!(run("timeline", &reversed, "4"), one);
    let events = run("events", &paths, "1");
    assert_eq!(run("events", &paths, "4"), events);
    let timex = run("timex", &paths, "1");
    assert_eq!(run("timex", &paths, "3"), timex);
}

/// UTF-16 with a byte-order mark is read, not refused.
#[test]
fn utf16_with_a_bom_is_read() {
    let dir = temp_dir();
    let path = dir.path().join("utf16.txt");
    let text = "Talks in Zürich\n\nThe two sides from Zürich met on Tuesday in Geneva.\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(&path, bytes).unwrap();
    let run =
        dateline(&["events", path.to_str().unwrap(), "--date", "2017-05-02", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let meeting = &doc["events"][0];
    assert_eq!(meeting["kind"], "meeting");
    assert_eq!(meeting["when"]["value"], "2017-05-02");
    assert_eq!(meeting["place"]["name"], "Geneva");
    assert!(meeting["evidence"][0]["sentence"].as_str().unwrap().contains("Zürich"));
}

/// A 200 MB file is refused from its size, before a byte is read (the
/// file here is sparse: it takes no disk), and the batch goes on.
#[test]
fn a_200_mb_file_is_refused_before_reading() {
    let dir = temp_dir();
    let path = dir.path().join("huge.txt");
    fs::File::create(&path).unwrap().set_len(200 * 1024 * 1024).unwrap();
    let run = dateline(&[
        "timeline",
        path.to_str().unwrap(),
        "fixtures/articles/01-wire-dateline.txt",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "dateline: error: {}: 200 MB is larger than the 32 MB limit (raise it with --max-bytes)",
            path.display()
        )
    );
    assert_eq!(run.json()["sources"].as_array().unwrap().len(), 1);
}

/// A directory with a symbolic link loop and a dangling link: each is one
/// line naming the path, and the good article is still read.
#[cfg(unix)]
#[test]
fn directories_with_bad_links() {
    let dir = temp_dir();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::copy(root().join("fixtures/articles/01-wire-dateline.txt"), corpus.join("a.txt")).unwrap();
    std::os::unix::fs::symlink(&corpus, corpus.join("loop")).unwrap();
    std::os::unix::fs::symlink(corpus.join("gone.txt"), corpus.join("dangling.txt")).unwrap();
    let run = dateline(&["timeline", corpus.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(
        errors.iter().any(|l| l.contains("loop") && l.contains("symbolic link loop")),
        "{}",
        run.stderr
    );
    assert!(errors.iter().any(|l| l.contains("dangling.txt")), "{}", run.stderr);
    assert_eq!(run.json()["sources"].as_array().unwrap().len(), 1);
}

/// `dateline timeline … | head -1`: the reader closes the pipe, and the
/// program ends quietly with status 0.
#[test]
fn a_closed_stdout_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args([
            "timeline",
            "fixtures/articles/00-syria-call.txt",
            "--format",
            "jsonl",
            "--date",
            "2017-05-02",
        ])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// Text built to make a pattern or a search blow up — long runs of digits,
/// capitalized words, quote marks, "Tuesday Tuesday …", a 'sentence' with
/// no full stop — is read with bounded work: each megabyte finishes (the
/// limit here only catches a hang) and the output stays proportionate.
#[test]
fn adversarial_text_is_bounded() {
    let dir = temp_dir();
    let size = 1 << 20;
    let cases: Vec<(&str, String)> = vec![
        ("digits", "1234567890".repeat(size / 10)),
        ("numbers", "12 345 6789 2017-05-02 ".repeat(size / 23)),
        ("names", "Alpha Beta Gamma President Minister Mr ".repeat(size / 39)),
        ("quotes", "\"“'’".repeat(size / 10)),
        ("tuesdays", "Tuesday ".repeat(size / 8)),
        ("no-stops", "Putin said Trump met Merkel, who said the talks ".repeat(size / 48)),
        ("commas", "Mr Smith, ".repeat(size / 10)),
    ];
    for (name, body) in cases {
        let path = dir.path().join(format!("{name}.txt"));
        fs::write(&path, format!("Headline\n\n{body}")).unwrap();
        let started = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args(["timeline", path.to_str().unwrap(), "--date", "2017-05-02", "--format", "json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = Vec::new();
        child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
        let status = child.wait().unwrap();
        assert!(status.success(), "{name}: {status}");
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{name} took {:?}",
            started.elapsed()
        );
        assert!(out.len() < 200 * size, "{name}: {} bytes of output for 1 MB of input", out.len());
    }
}

/// JSON Lines on standard input are recognised and streamed a line at a
/// time, with no `--input-format`: one record out per article in, in order,
/// and a bad line reported without stopping the stream.
#[test]
fn json_lines_stream_through_stdin() {
    let corpus = concat!(
        r#"{"id": "b", "date": "2017-05-02", "text": "Talks\n\nThe two sides will meet in Geneva on Friday."}"#,
        "\n",
        "not json\n",
        r#"{"id": "a", "date": "2017-05-03", "text": "Strike\n\nJets struck a base in Idlib on Monday."}"#,
        "\n",
    );
    let run = crate::util::dateline_with_stdin(
        &["events", "-", "--format", "jsonl"],
        Some(corpus.as_bytes()),
    );
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("-:2:"), "{}", run.stderr);
    let ids: Vec<String> = run
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["b", "a"]);
}
