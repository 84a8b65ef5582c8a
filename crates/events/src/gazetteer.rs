//! The gazetteer: countries, demonyms, capitals, cities, regions,
//! institutions and titles, from the curated file `data/gazetteer.tsv`
//! compiled into the binary.
//!
//! Names are matched whole-word with Aho-Corasick, case-sensitively ("US"
//! the country, not "us" the pronoun), except titles, which news writes
//! both ways ("President Putin", "the president").

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

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
    names: AhoCorasick,
    name_entries: Vec<usize>,
    titles: AhoCorasick,
    title_entries: Vec<usize>,
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
        let (name_entries, title_entries): (Vec<usize>, Vec<usize>) =
            (0..entries.len()).partition(|&i| entries[i].kind != PlaceKind::Title);
        let build = |ids: &[usize], insensitive: bool| {
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(insensitive)
                .build(ids.iter().map(|&i| entries[i].name.as_str()))
                .expect("gazetteer names are valid patterns")
        };
        let names = build(&name_entries, false);
        let titles = build(&title_entries, true);
        Gazetteer { entries, names, name_entries, titles, title_entries }
    }

    /// Every entry.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The names in `text`, whole words only, longest first, left to right
    /// (titles included).
    pub fn find<'g>(&'g self, text: &str) -> Vec<Found<'g>> {
        let mut out: Vec<Found<'g>> = Vec::new();
        for (automaton, ids) in
            [(&self.names, &self.name_entries), (&self.titles, &self.title_entries)]
        {
            for m in automaton.find_iter(text) {
                if whole_word(text, m.start(), m.end()) {
                    out.push(Found {
                        start: m.start(),
                        end: m.end(),
                        entry: &self.entries[ids[m.pattern().as_usize()]],
                    });
                }
            }
        }
        out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        // Drop names inside longer ones ("Washington" in "Washington, D.C.").
        let mut kept: Vec<Found<'g>> = Vec::with_capacity(out.len());
        for f in out {
            if kept.last().is_none_or(|k| f.start >= k.end) {
                kept.push(f);
            }
        }
        kept
    }
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
    fn builtin_loads() {
        let g = Gazetteer::builtin();
        assert!(g.entries().len() > 500, "{}", g.entries().len());
        assert!(
            g.entries().iter().any(|e| e.name == "Kremlin" && e.kind == PlaceKind::Institution)
        );
    }
}
