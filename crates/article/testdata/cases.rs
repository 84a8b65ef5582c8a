// The parser of `sentences.txt`, shared by the unit test that holds the
// splitter to its score and the example that compares splitters.

/// One case: the input text and the sentences a careful editor splits it
/// into.
pub struct Case {
    /// The group the case belongs to: "titles", "initialisms"…
    pub category: String,
    /// The text to split.
    pub input: String,
    /// The sentences it should split into.
    pub expected: Vec<String>,
}

/// Parses the cases file: `# category: …` headers, `input: …` lines and
/// `  | sentence` lines, with `\n` written for a line break.
pub fn parse_cases(file: &str) -> Vec<Case> {
    let unescape = |s: &str| s.replace("\\n", "\n");
    let mut cases: Vec<Case> = Vec::new();
    let mut category = String::new();
    for line in file.lines() {
        if let Some(name) = line.strip_prefix("# category:") {
            category = name.trim().to_string();
        } else if let Some(input) = line.strip_prefix("input: ") {
            cases.push(Case { category: category.clone(), input: unescape(input), expected: Vec::new() });
        } else if let Some(sentence) = line.strip_prefix("  | ") {
            cases.last_mut().expect("a sentence line follows an input line").expected.push(unescape(sentence));
        }
    }
    cases
}
