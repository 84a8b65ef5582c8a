//! Running the binary and reading the fixtures.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root: tests run the binary from here so that paths in
/// outputs are relative and stable.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The result of one run of `dateline`.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().expect("dateline was not killed by a signal"),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    /// The standard output as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs `dateline ARGS` from the repository root, without colour.
pub fn dateline(args: &[&str]) -> Run {
    dateline_with_stdin(args, None)
}

/// Runs `dateline ARGS` with `stdin` as its standard input.
pub fn dateline_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Run {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dateline runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(bytes).expect("stdin is written");
    }
    Run::from(child.wait_with_output().expect("dateline finishes"))
}

/// The fixture articles, as paths relative to the root.
pub fn fixture_articles() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/articles"))
        .expect("fixtures/articles exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(|c: char| c.is_ascii_digit()))
        })
        .map(|p| p.strip_prefix(root()).expect("under the root").to_path_buf())
        .collect();
    paths.sort();
    paths
}

/// The `--date` a fixture's README line asks for, if it has no date of its
/// own ("use --date 2017-05-02").
pub fn fixture_date(path: &Path) -> Option<String> {
    let dir = root().join(path.parent()?);
    let readme = std::fs::read_to_string(dir.join("README.md")).ok()?;
    let name = path.file_name()?.to_str()?;
    let entry = format!("- `{name}`");
    let line = readme.lines().find(|l| l.starts_with(&entry))?;
    let at = line.find("--date ")? + "--date ".len();
    Some(line.get(at..at + 10)?.to_string())
}

/// A temporary directory for inputs a test writes.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}
