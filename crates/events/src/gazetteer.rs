//! The gazetteer: countries, demonyms, capitals, cities, regions,
//! institutions and titles, from the curated file `data/gazetteer.tsv`
//! compiled into the binary.
//!
//! Names are matched whole-word, case-sensitively ("US" the country, not
//! "us" the pronoun), except titles, which news writes both ways
//! ("President Putin", "the president").
//!
//! A name can only start where a word does, so the lookup goes a word at a
//! time: the word (ASCII-lowercased) is looked up in a hash map of the
//! names that start with it, longest first, and each is compared with the
//! text that follows. Most words start no name and cost one hash.

use std::sync::LazyLock;

use dateline_temporal::token::ShapeFilter;
use rustc_hash::FxHashMap;

/// What a gazetteer name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A demonym used as an adjective: "Russian".
    Demonym,
    /// A capital, which also stands for its government: "Moscow".
    Capital,
    /// Another city.
    City,
    /// A region, sea or continent.
    Region,
    /// A government institution: "the Kremlin".
    Institution,
    /// An organization: "NATO", "the IMF".
    Organization,
    /// A title people carry: "President".
    Title,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "demonym" => PlaceKind::Demonym,
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "institution" => PlaceKind::Institution,
            "organization" => PlaceKind::Organization,
            "title" => PlaceKind::Title,
            _ => return None,
        })
    }

    /// Whether a name of this kind is a place things happen in.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            PlaceKind::Country | PlaceKind::Capital | PlaceKind::City | PlaceKind::Region
        )
    }
}

/// One name in the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The name as text writes it, without a leading "the".
    pub name: String,
    /// What it is.
    pub kind: PlaceKind,
    /// What it stands for as an actor: "Moscow" stands for "Russia".
    pub stands_for: String,
    /// The country it belongs to, if any.
    pub country: Option<String>,
}

/// The compiled gazetteer.
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Entry indices by the first word of their name, ASCII-lowercased;
    /// longest name first.
    by_first_word: FxHashMap<Box<[u8]>, Vec<usize>>,
    /// The longest first word of any name, in bytes.
    longest_first_word: usize,
    /// The shapes of the first words, so that most words of a text ("the",
    /// "said") are passed over without hashing.
    first_word_shapes: ShapeFilter,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer").field("entries", &self.entries.len()).finish()
    }
}

/// A name found in text: its byte span and its entry.
#[derive(Clone, Copy, Debug)]
pub struct Found<'g> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The entry.
    pub entry: &'g Entry,
}

impl Gazetteer {
    /// The built-in gazetteer, built once.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: LazyLock<Gazetteer> =
            LazyLock::new(|| Gazetteer::from_tsv(include_str!("../data/gazetteer.tsv")));
        &BUILTIN
    }

    /// Reads a gazetteer from its TSV form (header line, then `name`,
    /// `kind`, `stands_for`, `country`, `source`, `licence`). Lines that do
    /// not fit are skipped.
    pub fn from_tsv(tsv: &str) -> Gazetteer {
        let mut entries = Vec::new();
        for line in tsv.lines().skip(1) {
            let fields: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(kind), Some(stands_for)) =
                (fields.first(), fields.get(1), fields.get(2))
            else {
                continue;
            };
            let Some(kind) = PlaceKind::parse(kind.trim()) else { continue };
            let name = name.trim();
            let name =
                name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
            if name.is_empty() {
                continue;
            }
            let country =
                fields.get(3).map(|c| c.trim()).filter(|c| !c.is_empty()).map(str::to_string);
            let entry = Entry {
                name: name.to_string(),
                kind,
                stands_for: stands_for.trim().to_string(),
                country,
            };
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
        let mut by_first_word: FxHashMap<Box<[u8]>, Vec<usize>> = FxHashMap::default();
        let mut longest_first_word = 0;
        for (i, entry) in entries.iter().enumerate() {
            let first = first_word(&entry.name).to_ascii_lowercase();
            longest_first_word = longest_first_word.max(first.len());
            by_first_word.entry(first.into_boxed_slice()).or_default().push(i);
        }
        for ids in by_first_word.values_mut() {
            // Longest first; the file's order among names of one length.
            ids.sort_by_key(|&i| std::cmp::Reverse(entries[i].name.len()));
        }
        let first_word_shapes = ShapeFilter::new(by_first_word.keys().map(|w| &**w));
        Gazetteer { entries, by_first_word, longest_first_word, first_word_shapes }
    }

    /// Every entry.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The names in `text`, whole words only, left to right; where names
    /// overlap, the one that starts first, and of those the longest
    /// (titles included).
    pub fn find<'g>(&'g self, text: &str) -> Vec<Found<'g>> {
        let mut out: Vec<Found<'g>> = Vec::new();
        let mut lower = [0u8; 64];
        let mut at = 0;
        while at < text.len() {
            // The next word: a run of letters and digits.
            let Some(start) = next_word(text, at) else { break };
            let word = first_word(&text[start..]);
            let end = start + word.len();
            at = end;
            if word.len() > self.longest_first_word.min(lower.len()) {
                continue;
            }
            let key = &mut lower[..word.len()];
            key.copy_from_slice(word);
            key.make_ascii_lowercase();
            if !self.first_word_shapes.may_hold(key) {
                continue;
            }
            let Some(ids) = self.by_first_word.get(&*key) else { continue };
            let rest = &text.as_bytes()[start..];
            // Whether an entry's name is here, as a whole word, in any case
            // or as written.
            let here = |entry: &Entry, any_case: bool| {
                let name = entry.name.as_bytes();
                rest.get(..name.len()).is_some_and(|head| {
                    if any_case { head.eq_ignore_ascii_case(name) } else { head == name }
                }) && whole_word(text, start, start + name.len())
            };
            let exact = ids
                .iter()
                .map(|&i| &self.entries[i])
                .find(|entry| here(entry, entry.kind == PlaceKind::Title));
            // "Parliament passed an emergency bill": capitalized only
            // because it opens the sentence, a name that stands for one
            // country's body ("Parliament" in UK news) is the generic
            // word's entry, which the country last named fills in.
            let opening = || next_word(text, 0) == Some(start);
            let generic = || {
                ids.iter().map(|&i| &self.entries[i]).find(|entry| {
                    entry.name.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                        && entry.kind == PlaceKind::Institution
                        && here(entry, true)
                })
            };
            let found = match exact {
                Some(e) if e.kind == PlaceKind::Institution && e.country.is_some() && opening() => {
                    generic().or(exact)
                }
                _ => exact,
            };
            if let Some(entry) = found {
                at = start + entry.name.len();
                out.push(Found { start, end: at, entry });
            }
        }
        out
    }
}

/// Where the next letter or digit from `at` is. ASCII, nearly all of
/// news text, is told apart by its byte; anything else is decoded.
fn next_word(text: &str, mut at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_alphanumeric() {
            return Some(at);
        }
        if b.is_ascii() {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next()?;
        if c.is_alphanumeric() {
            return Some(at);
        }
        at += c.len_utf8();
    }
    None
}

/// The leading run of letters and digits of `s`, as bytes.
fn first_word(s: &str) -> &[u8] {
    let bytes = s.as_bytes();
    let ascii = bytes.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(bytes.len());
    let len = if bytes.get(ascii).is_some_and(|b| !b.is_ascii()) {
        ascii + s[ascii..].find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len() - ascii)
    } else {
        ascii
    };
    &bytes[..len]
}

fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // A hyphen after a demonym is fine ("Russian-led"); letters are not.
    !word(before) && !word(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "name\tkind\tstands_for\tcountry\tsource\tlicence\n\
        Russia\tcountry\tRussia\tRussia\tx\tCC0-1.0\n\
        Russian\tdemonym\tRussia\tRussia\tx\tCC0-1.0\n\
        US\tcountry\tUnited States\tUnited States\tx\tCC0-1.0\n\
        the Kremlin\tinstitution\tRussia (Kremlin)\tRussia\tx\tCC0-1.0\n\
        President\ttitle\tPresident\t\tx\tCC0-1.0\n\
        Secretary of State\ttitle\tSecretary of State\t\tx\tCC0-1.0\n";

    #[test]
    fn finds_whole_words_case_aware() {
        let g = Gazetteer::from_tsv(TSV);
        let text = "The Kremlin said Russian-led talks with us and the US president, Secretary of State Rex, Russians";
        let found: Vec<(&str, &str)> = g
            .find(text)
            .iter()
            .map(|f| (&text[f.start..f.end], f.entry.stands_for.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Kremlin", "Russia (Kremlin)"),
                ("Russian", "Russia"),
                ("US", "United States"),
                ("president", "President"),
                ("Secretary of State", "Secretary of State"),
            ]
        );
    }

    #[test]
    fn names_start_and_end_at_word_edges() {
        let g = Gazetteer::from_tsv(TSV);
        let long = "x".repeat(200);
        let text = format!("USA RussiaUS {long} xRussia Russia's US-led PRESIDENT");
        let found: Vec<&str> = g.find(&text).iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(found, ["Russia", "US", "PRESIDENT"]);
    }

    #[test]
    fn words_are_cut_at_letters_and_digits_in_any_script() {
        assert_eq!(first_word("Zürich's"), b"Z\xc3\xbcrich");
        assert_eq!(first_word("G20 summit"), b"G20");
        assert_eq!(first_word("Ålesund\u{a0}x"), "Ålesund".as_bytes());
        assert_eq!(next_word("  — «Ölfeld", 0), Some("  — «".len()));
        assert_eq!(next_word(" ,;", 0), None);
    }

    #[test]
    fn builtin_loads() {
        let g = Gazetteer::builtin();
        assert!(g.entries().len() > 500, "{}", g.entries().len());
        assert!(
            g.entries().iter().any(|e| e.name == "Kremlin" && e.kind == PlaceKind::Institution)
        );
    }
}
