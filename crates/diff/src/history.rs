//! The history of each fact across three or more versions.
//!
//! The revisions between consecutive versions are chained: a fact change
//! from version k to k+1 continues a row when the row is of the same kind
//! and subject and holds, at version k, the value the change starts from.
//! A fact that does not change in a revision keeps its value, so every
//! row has a value (or none, for a fact not yet or no longer there) in
//! every version.

use crate::{FactKind, Revision};

/// Every fact that changed in any revision, with its value version by
/// version.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// How many versions there are: one more than the revisions.
    pub versions: usize,
    /// One row per fact, in the order they first changed.
    pub rows: Vec<HistoryRow>,
}

/// One fact's values across the versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    /// What kind of fact.
    pub kind: FactKind,
    /// What it is about, as the fact changes name it.
    pub subject: Option<String>,
    /// Its value in each version; `None` where the version does not have
    /// it.
    pub values: Vec<Option<String>>,
}

/// The history of the facts changed by `revisions`, the revisions between
/// consecutive versions, oldest first.
pub fn history(revisions: &[Revision]) -> History {
    let versions = revisions.len() + 1;
    // Values known so far, and the last version each row is known at.
    let mut rows: Vec<(HistoryRow, Vec<bool>, usize)> = Vec::new();
    for (k, revision) in revisions.iter().enumerate() {
        for fact in &revision.facts {
            let continues = rows.iter().position(|(row, _, last)| {
                row.kind == fact.kind
                    && row.subject == fact.subject
                    && row.values[*last] == fact.old
            });
            let at = match continues {
                Some(r) => r,
                None => {
                    let row = HistoryRow {
                        kind: fact.kind,
                        subject: fact.subject.clone(),
                        values: vec![None; versions],
                    };
                    rows.push((row, vec![false; versions], k));
                    rows.len() - 1
                }
            };
            let (row, known, last) = &mut rows[at];
            row.values[k] = fact.old.clone();
            known[k] = true;
            row.values[k + 1] = fact.new.clone();
            known[k + 1] = true;
            *last = k + 1;
        }
    }
    let rows = rows
        .into_iter()
        .map(|(mut row, known, _)| {
            // Before its first change a fact had the value it changed
            // from; after a change it keeps the value it changed to.
            let first = known.iter().position(|&k| k).unwrap_or(0);
            for v in 0..first {
                row.values[v] = row.values[first].clone();
            }
            for (v, &known) in known.iter().enumerate().skip(first + 1) {
                if !known {
                    row.values[v] = row.values[v - 1].clone();
                }
            }
            row
        })
        .collect();
    History { versions, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Change, FactChange};

    fn fact(kind: FactKind, subject: &str, old: Option<&str>, new: Option<&str>) -> FactChange {
        FactChange {
            change: Change::Changed,
            kind,
            subject: Some(subject.to_string()),
            old: old.map(str::to_string),
            new: new.map(str::to_string),
            old_sentence: None,
            new_sentence: None,
            event: None,
        }
    }

    #[test]
    fn chains_values_across_revisions() {
        let revisions = [
            Revision {
                facts: vec![fact(
                    FactKind::Number,
                    "killed",
                    Some("at least 12"),
                    Some("at least 19"),
                )],
                ..Revision::default()
            },
            Revision {
                facts: vec![
                    fact(FactKind::Number, "killed", Some("at least 19"), Some("at least 23")),
                    fact(
                        FactKind::Status,
                        "casualties/displaced",
                        Some("planned"),
                        Some("ongoing"),
                    ),
                ],
                ..Revision::default()
            },
        ];
        let h = history(&revisions);
        assert_eq!(h.versions, 3);
        let values: Vec<Vec<Option<&str>>> =
            h.rows.iter().map(|r| r.values.iter().map(Option::as_deref).collect()).collect();
        assert_eq!(
            values,
            [
                vec![Some("at least 12"), Some("at least 19"), Some("at least 23")],
                vec![Some("planned"), Some("planned"), Some("ongoing")],
            ]
        );
    }
}
