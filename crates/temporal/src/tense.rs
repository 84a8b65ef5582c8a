//! Tense: does the clause around an expression look back or ahead?
//!
//! "Met on Tuesday" is the last Tuesday; "will meet on Tuesday" and "talks
//! that begin Wednesday" the next one. Without a part-of-speech tagger, the
//! clause's auxiliaries and verb forms decide: modals and "going to",
//! "plans to", "expected to" look ahead; past forms ("met", "was",
//! regular "-ed" verbs) look back; a present verb next to a weekday, as in
//! news schedules, looks ahead.

use crate::token::{Shape, Token, WordSet};

/// The direction the clause points in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// The clause is in the past.
    Past,
    /// The clause is about the future (or a schedule).
    Future,
    /// The clause is in the present tense.
    Present,
    /// No tense found.
    Unknown,
}

/// The direction for the expression on tokens `first..end`.
///
/// A preposition right before it speaks first: "since" looks back, and
/// "until", "through" and "by" look ahead unless the clause is in the past.
/// A possessive ("Tuesday's call") takes the tense of the verb after it.
/// Otherwise the nearest tense marker to the left within the clause
/// decides, then the nearest to the right.
pub(crate) fn direction(toks: &[Token<'_>], first: usize, end: usize) -> Direction {
    // The preposition the expression hangs from, over a few modifiers:
    // "since shortly after the Oct. 23 slaying".
    let before = (first.saturating_sub(4)..first)
        .rev()
        .map(|i| &*toks[i].lower)
        .find(|w| {
            !matches!(
                *w,
                "the"
                    | "after"
                    | "shortly"
                    | "just"
                    | "early"
                    | "late"
                    | "mid"
                    | "a"
                    | "at"
                    | "least"
                    | "as"
                    | "soon"
            )
        })
        .unwrap_or("");
    // "by close of business Friday", "by the end of day on Thursday", "by
    // COB Friday": the preposition of a deadline within the day.
    let before = deadline_preposition(toks, first).unwrap_or(before);
    // "since taking office in October": over the participle too.
    let since_taking = (first.saturating_sub(7)..first).any(|k| {
        toks[k].is("since")
            && toks.get(k + 1).is_some_and(|t| t.lower.ends_with("ing"))
            && (k + 1..first).all(|j| toks[j].shape == Shape::Word)
    });
    // "since the start of the selling season in July": the point a span
    // runs from, over the noun it names; not a causal "since the talks
    // will resume in July".
    let since_start = (first.saturating_sub(8)..first).any(|k| {
        toks[k].is("since")
            && toks[k + 1..first].iter().all(|t| {
                t.shape == Shape::Word
                    && !t.is_any(&["will", "would", "'ll", "shall", "to", "is", "are", "can"])
            })
    });
    // "appeared close to collapse as recently as Monday": a recent past.
    let as_recently_as = first >= 3
        && toks[first - 1].is("as")
        && toks[first - 2].is("recently")
        && toks[first - 3].is("as");
    // "are missing after failing to return on Sunday", "is in hospital
    // after being attacked on Friday": what a state follows on is behind,
    // unless the clause it follows looks ahead ("will rest after running
    // on Sunday").
    let after_doing = (first.saturating_sub(7)..first).any(|k| {
        toks[k].is("after")
            && toks.get(k + 1).is_some_and(|t| {
                (t.lower.len() > 5 || t.is_any(&["being", "doing", "going"]))
                    && t.lower.ends_with("ing")
                    && !t.is_any(&["spring", "string", "during", "ceiling"])
                    && crate::token::day_part(&t.lower).is_none()
            })
            && toks[k + 1..first].iter().all(|t| t.shape == Shape::Word)
            && !toks[..k].iter().enumerate().any(|(j, t)| {
                t.is_any(&["will", "would", "'ll", "shall", "wo", "can", "could", "may", "might"])
                    || t.is("to") && is_infinitive(toks, j)
            })
    });
    // "The approval follows an advisory committee vote in March", "The
    // decision comes after a hearing in April": what something follows is
    // behind it. Not "Rounds two and three follow on Friday", with no
    // object.
    let follows = (first.saturating_sub(8)..first).any(|k| {
        let object = |j: usize| toks.get(j).is_some_and(|t| t.is_any(DETERMINERS));
        let verb = (toks[k].is_any(&["follows", "followed"]) && object(k + 1))
            || (toks[k].is_any(&["comes", "came"]) && toks[k + 1].is("after") && object(k + 2));
        verb && toks[k + 1..first]
            .iter()
            .all(|t| t.shape == Shape::Word && !is_modal(t) && !t.is_any(&["will", "would"]))
    });
    // "approved three months before its target action date of Aug. 20",
    // "weeks before the deadline on Aug. 20", "ahead of a deadline of
    // March 1": a date something came before, which may be over or still
    // ahead; the nearest.
    let date_ahead_of = first >= 3
        && toks[first - 1].is_any(&["of", "on"])
        && toks[first - 2].is_any(&["date", "deadline"])
        && (first.saturating_sub(8)..first - 2)
            .any(|k| toks[k].is("before") || toks[k].is("ahead") && toks[k + 1].is("of"));
    if date_ahead_of {
        return Direction::Present;
    }
    // "Rounds two and three follow on Friday", "A vote follows in June":
    // with no object, a schedule.
    let follow_on = first >= 2
        && toks[first - 1].is_any(&["on", "in"])
        && toks[first - 2].is_any(&["follow", "follows"])
        && toks.get(end).is_none_or(|t| t.shape != Shape::Possessive);
    if follow_on {
        return Direction::Future;
    }
    if before == "since" || since_taking || since_start || as_recently_as || after_doing || follows
    {
        return Direction::Past;
    }
    // "backdated to January 12", "dating back to 1990", "retroactive to
    // March 1": a point behind.
    if first >= 2 && toks[first - 1].is("to") {
        let verb = &*toks[first - 2].lower;
        let back = first >= 3 && toks[first - 3].lower.starts_with("dat") && verb == "back";
        if back || matches!(verb, "backdated" | "retroactive" | "retroactively") {
            return Direction::Past;
        }
    }
    // "dashcam footage from Saturday night", "images from Tuesday's
    // launch": what was recorded then is behind.
    if first >= 2
        && toks[first - 1].is("from")
        && toks[first - 2].is_any(&[
            "cctv",
            "footage",
            "images",
            "photographs",
            "photos",
            "pictures",
            "recordings",
            "video",
            "videos",
        ])
    {
        return Direction::Past;
    }
    // "payable Dec. 7", "due Friday", "holders of record Nov. 22": a
    // schedule; "payable on Dec. 7", "due in the spring" over a
    // preposition.
    let schedule_word = |k: usize| toks[k].is_any(&["payable", "due", "record"]);
    // Not "had been due on Tuesday", a plan that is over.
    if first > 0
        && (schedule_word(first - 1)
            || (first > 1
                && toks[first - 1]
                    .is_any(&["from", "on", "in", "until", "till", "through", "by", "at"])
                && toks[first - 2].is_any(&["payable", "due"])))
        && !pluperfect(toks, first.saturating_sub(2))
        // Nor "originally due in late August", a plan since changed.
        && !superseded(toks, first.saturating_sub(2))
    {
        return Direction::Future;
    }
    // "the contract for September delivery", "December futures": a
    // month traded ahead.
    if toks.get(end).is_some_and(|t| t.is_any(&["delivery", "deliveries", "futures"])) {
        return Direction::Future;
    }
    // "Pending home sales for October will be released on Monday", "the
    // October jobs report comes out on Friday", "figures covering January
    // to March": a month that figures are about is the nearest one,
    // whatever the tense of their publishing.
    let month_only = end == first + 1 && crate::token::month(&toks[first].lower).is_some();
    let reported_on =
        (first >= 2 && toks[first - 1].is("for") && toks[first - 2].is_any(REPORTED_NOUNS))
            || (first >= 1 && toks[first - 1].is_any(&["covering", "covered"]))
            || toks.get(end).is_some_and(|t| t.is_any(REPORTED_NOUNS));
    if month_only && reported_on {
        return Direction::Present;
    }
    // "Man due in court on Monday", "ship due back in port on Friday": a
    // schedule over a few words; not "closed due to the storm".
    let due_before = (first.saturating_sub(6)..first)
        .rev()
        .take_while(|&k| toks[k].shape != Shape::Punct)
        .any(|k| {
            toks[k].is("due")
                && !toks.get(k + 1).is_some_and(|t| t.is("to"))
                && !pluperfect(toks, k)
                // "originally due in late August": a plan since changed.
                && !superseded(toks, k)
        });
    if due_before {
        return Direction::Future;
    }
    // "ordered evacuations starting at 6 a.m. on Wednesday", "announced
    // curbs beginning on Monday": a participle of starting names a time
    // of its own, whatever the tense of the verb it hangs from; the
    // nearest such day is meant. Not "the strike was beginning".
    let starting = (first.saturating_sub(6)..first)
        .rev()
        .take_while(|&k| !is_clause_break(&toks[k]))
        .find(|&k| toks[k].is_any(&["starting", "beginning", "commencing"]));
    if starting.is_some_and(|k| {
        // Nor "the week beginning January 8", which names the week.
        (k == 0
            || !toks[k - 1].is_any(&[
                "is",
                "are",
                "was",
                "were",
                "be",
                "been",
                "'s",
                "the",
                "week",
                "fortnight",
                "period",
            ]))
            && !toks[k + 1].is("of")
    }) {
        return Direction::Present;
    }
    // "effective Feb. 1", "a warning valid from 6pm Thursday until
    // midnight": the span a validity runs over, up to the clause's verb.
    let mut validity = (first.saturating_sub(8)..first).rev().take_while(|&k| {
        !is_clause_break(&toks[k]) && !toks[k].is_any(&["is", "are", "was", "were", "said"])
    });
    if validity.any(|k| toks[k].is_any(&["valid", "effective"])) {
        return Direction::Future;
    }
    if called_off(toks, end) {
        return Direction::Future;
    }
    // An expression in brackets refines what comes before the bracket.
    if first > 0 && toks[first - 1].is_punct('(') {
        return match leftwards(toks, first - 1) {
            Direction::Unknown => rightwards(toks, end),
            d => d,
        };
    }
    let possessive = toks.get(end).is_some_and(|t| t.shape == Shape::Possessive);
    // "After Saturday's win, Rovers are fifth", "ahead of Saturday's
    // match, the manager says": in a clause in the present the
    // preposition says which side of now the occasion is.
    let ahead_of =
        first >= 2 && toks[first - 1].is("of") && toks[first - 2].is_any(&["ahead", "advance"]);
    let clause = if possessive {
        match rightwards(toks, end + 1) {
            Direction::Unknown | Direction::Present if first > 0 && toks[first - 1].is("after") => {
                Direction::Past
            }
            Direction::Unknown | Direction::Present if ahead_of => Direction::Future,
            // "Eclipse chasers descend on Oregon for Monday's eclipse",
            // "Police prepare for Sunday's march": an occasion a present
            // clause gets ready for is ahead.
            Direction::Unknown | Direction::Present
                if first > 0
                    && toks[first - 1].is("for")
                    && leftwards(toks, first - 1) != Direction::Past =>
            {
                Direction::Future
            }
            // "Arsenal face Chelsea in Saturday's game", "will start in
            // Sunday's final": the occasion a verb of a schedule looking
            // ahead takes part in is ahead. Not what another verb looks
            // into: "will look for errors in Tuesday's count".
            Direction::Unknown | Direction::Present
                if first > 0
                    && toks[first - 1].is("in")
                    && (first.saturating_sub(5)..first - 1)
                        .rev()
                        .take_while(|&k| toks[k].shape != Shape::Punct)
                        .any(|k| SCHEDULE_VERBS.contains(&toks[k].lower))
                    && leftwards(toks, first - 1) == Direction::Future =>
            {
                Direction::Future
            }
            // "He will miss Tuesday's match": with no verb after it, a
            // "will" just before speaks; not an infinitive ("would look
            // for ways to get around Wednesday's ruling"). Else the
            // occasion is told of as over.
            Direction::Unknown
                if (first.saturating_sub(3)..first).any(|k| {
                    toks[k].is_any(&["will", "'ll", "shall"])
                        && !toks[k + 1..first].iter().any(|t| t.is("to") || t.shape == Shape::Punct)
                }) =>
            {
                Direction::Future
            }
            Direction::Unknown => Direction::Past,
            d => d,
        }
    } else if let Some(d) = subject_of_joined_clause(toks, first, end) {
        d
    } else if opens_joined_clause(toks, first) {
        // "…, and Easter will be busy", "…, but on Thursday they vote":
        // the expression opens a clause of its own, whose verb follows.
        match rightwards(toks, end) {
            Direction::Unknown => leftwards(toks, first),
            d => d,
        }
    } else {
        match leftwards(toks, first) {
            // An expression in brackets has no clause of its own: the
            // sentence's nearest verb speaks for it.
            Direction::Unknown => rightwards(toks, end),
            d => d,
        }
    };
    // "Shops were busy ahead of Christmas", "prices rose in the run-up to
    // the election in May", "MPs rose for the Christmas recess": an
    // occasion approached, told in the past, is the nearest one, which
    // may be still to come.
    let approached = ahead_of
        || (first >= 2
            && toks[first - 1].is("to")
            && toks[first - 2].is_any(&["run-up", "lead-up", "build-up", "approach"]))
        || (first >= 2
            && toks[first - 1].is("the")
            && toks[first - 2].is("for")
            && toks.get(end).is_some_and(|t| t.shape == Shape::Word && !t.capitalized()));
    if approached && clause == Direction::Past {
        return Direction::Present;
    }
    // A deadline moved: "extended the offer to Nov. 20", "postponed until
    // Tuesday", "rescheduled for Sunday", "brought forward to Thursday".
    let moved = (first.saturating_sub(8)..first).any(|i| toks[i].is_in(&MOVE_VERBS));
    if matches!(before, "until" | "till" | "to" | "through" | "for") && moved {
        return Direction::Future;
    }
    // "as soon as March", "as early as next week": the earliest a thing
    // to come may happen.
    let as_soon_as = first >= 3
        && toks[first - 1].is("as")
        && toks[first - 2].is_any(&["soon", "early"])
        && toks[first - 3].is("as");
    if as_soon_as && clause != Direction::Past {
        return Direction::Future;
    }
    // "at the committee's next meeting in May", "its upcoming election
    // in June": an occasion still to come.
    if first >= 3
        && toks[first - 1].is_any(&["in", "on", "at", "for"])
        && toks[first - 3].is_any(&["next", "upcoming", "forthcoming"])
    {
        return Direction::Future;
    }
    // "called a strike for Saturday": a day aimed at. Not a period
    // reported on ("figures for January", "for the quarter"), and after a
    // verb the verb's tense speaks ("had been scheduled for Monday").
    // "set sentencing for Jan. 14" likewise.
    let a_day = crate::token::weekday(&toks[first].lower).is_some()
        || (crate::token::month(&toks[first].lower).is_some()
            && toks[first + 1..end].iter().any(|t| t.shape == Shape::Number))
        // "14 October"
        || (toks[first].shape == Shape::Number
            && toks[first + 1..end].iter().any(|t| crate::token::month(&t.lower).is_some()));
    // "The trial is listed for 14 October", "has been set for Monday": a
    // present passive is still a schedule.
    let present_passive = first > 2 && toks[first - 3].is_any(&["is", "are", "'s"]);
    // "Strike called for Monday", "a vote set for Tuesday": a participle
    // of scheduling with no auxiliary, as headlines and reduced clauses
    // write it ("had been called for Monday" is over).
    let bare_schedule = first > 2
        && toks[first - 2].is_any(&["called", "set", "scheduled", "slated", "planned", "fixed"])
        && !toks[first - 3].is_any(&["was", "were", "had", "has", "have", "been"]);
    if first > 1
        && toks[first - 1].is("for")
        && (present_passive
            || bare_schedule
            || !(toks[first - 2].lower.ends_with("ed")
                || IRREGULAR_PAST.contains(&toks[first - 2].lower)))
        && a_day
        && !toks.get(end).is_some_and(|t| t.shape == Shape::Possessive)
    {
        return Direction::Future;
    }
    // "More rain expected Thursday", "Verdict expected on Monday": a
    // forecast, the participle with no auxiliary (not "was expected").
    let expected = |k: usize| {
        toks[k].is("expected")
            && (k == 0 || !toks[k - 1].is_any(&["was", "were", "had", "has", "have", "been"]))
    };
    if a_day
        && ((first >= 1 && expected(first - 1))
            || (first >= 2 && toks[first - 1].is_any(&["on", "by"]) && expected(first - 2)))
    {
        return Direction::Future;
    }
    // "MPs return from the February recess", "back at school after the
    // Christmas holidays": a break left is the nearest, just over or
    // still to come.
    let the = if toks[first].is("the") { Some(first) } else { first.checked_sub(1) };
    if the.is_some_and(|k| k >= 1 && toks[k].is("the") && toks[k - 1].is_any(&["from", "after"]))
        && toks.get(end).is_some_and(|t| {
            t.is_any(&["recess", "holiday", "holidays", "break", "vacation", "hiatus"])
        })
    {
        return Direction::Present;
    }
    // "Monday has been declared a holiday", "Friday has been set as the
    // deadline": the perfect tells of the naming, and the day named is
    // ahead.
    if toks.get(end).is_some_and(|t| t.is_any(&["has", "have"]))
        && toks.get(end + 1).is_some_and(|t| t.is("been"))
        && toks.get(end + 2).is_some_and(|t| {
            t.is_any(&["declared", "designated", "set", "named", "chosen", "picked", "earmarked"])
        })
        && a_day
    {
        return Direction::Future;
    }
    // "The election is on Nov. 2", "The deadline is June 30", "Christmas
    // falls on a Sunday": a day a present copula gives a thing is its
    // date to come; an occasion over is told with "was".
    // "Her next hearing is in 18 months", "The vote is in May" likewise.
    let copula = |k: usize| toks[k].is_any(&["is", "are", "falls", "fall"]);
    let predicate = (first >= 1 && copula(first - 1) && a_day)
        || (first >= 2 && toks[first - 1].is("on") && copula(first - 2) && a_day)
        || (first >= 2 && toks[first - 1].is("in") && toks[first - 2].is_any(&["is", "are"]));
    if predicate && !toks.get(end).is_some_and(|t| t.shape == Shape::Possessive) {
        return Direction::Future;
    }
    // "Monday looks mostly dry", "Tuesday brings heavy rain", "The
    // weekend looks wet": a day that is the subject of a verb in the
    // present, as forecasts and previews write, is one to come. Not
    // "Monday sales fell", a noun then a verb in the past.
    // "The Friday explosions at the embassies" is a noun's modifier.
    let day_or_weekend = (first == 0 && crate::token::weekday(&toks[first].lower).is_some())
        || (first == 0
            && toks[0].is_any(&["the", "this"])
            && toks.get(1).is_some_and(|t| t.is("weekend")));
    let present_verb = toks.get(end).is_some_and(|t| {
        t.shape == Shape::Word
            && !t.capitalized()
            && t.lower.len() > 3
            && t.lower.ends_with('s')
            && !t.lower.ends_with("ss")
            && !t.lower.ends_with("us")
            && !t.is_any(&["has", "was", "does"])
    }) && toks
        .get(end + 1)
        .is_none_or(|t| t.shape != Shape::Word || marker(toks, end + 1) == Marker::None);
    if day_or_weekend && present_verb {
        return Direction::Future;
    }
    // "until Tuesday" in a clause not in the past looks ahead; in "before
    // Friday's purchases" the preposition governs the noun, not the day.
    // "Households had until April 30 to complete the form": a deadline
    // someone had may be over or still ahead, the nearest.
    if matches!(before, "until" | "till") && first >= 2 && toks[first - 2].is("had") {
        return Direction::Present;
    }
    if matches!(before, "until" | "till" | "through" | "by" | "before")
        && !possessive
        && (clause != Direction::Past
            || (matches!(before, "until" | "till") && present_perfect(toks, first)))
    {
        return Direction::Future;
    }
    // "has called a protest on Saturday", "have scheduled talks for
    // Monday": the present perfect does not take a day of its own (not
    // "has met on Tuesday"), so a weekday in its clause is ahead; so is
    // one with a clock time ("has issued a warning from 6am Monday",
    // "… at 6am on Monday").
    let weekday = |t: &Token<'_>| crate::token::weekday(&t.lower).is_some();
    let names_weekday = toks[first..end].iter().any(weekday)
        || (toks.get(end).is_some_and(|t| t.is("on")) && toks.get(end + 1).is_some_and(weekday));
    if clause == Direction::Past
        && !possessive
        && names_weekday
        && nearest_verb_is_perfect(toks, first)
    {
        return Direction::Future;
    }
    // "warned of possible delays on Tuesday", "waited for the decision on
    // Wednesday", "expect a further cut in August": what is warned of or
    // awaited lies ahead, whatever the tense of the warning.
    // Not in the past perfect: "had lodged objections by the deadline of
    // 29 February" looks back from a past that is over.
    if clause != Direction::Future && anticipated(toks, first) && !after_had(toks, first) {
        return Direction::Future;
    }
    clause
}

/// Whether the clause before `first` is in the past perfect: "had" before
/// a word other than "to".
fn after_had(toks: &[Token<'_>], first: usize) -> bool {
    let start = first.saturating_sub(12);
    (start..first)
        .rev()
        .take_while(|&k| !is_clause_break(&toks[k]))
        .any(|k| toks[k].is_any(&["had", "'d"]) && toks.get(k + 1).is_some_and(|n| !n.is("to")))
}

/// Whether the expression at `first` is in the object of a verb of
/// warning or waiting, past the object's first word: "warned of possible
/// delays on Tuesday", not "warned on Tuesday".
fn anticipated(toks: &[Token<'_>], first: usize) -> bool {
    let start = first.saturating_sub(10);
    let Some(v) = (start..first).rev().take_while(|&k| !is_clause_break(&toks[k])).find(|&k| {
        let w = &*toks[k].lower;
        let next = toks.get(k + 1).map_or("", |t| &*t.lower);
        match w {
            "warned" | "warn" | "warns" => matches!(next, "of" | "about"),
            // "issued a red flag warning until 11pm on Sunday": what it
            // warns of runs on to then.
            "warning" | "warnings" | "alert" | "alerts" | "watch" | "advisory" => {
                matches!(next, "of" | "about" | "for" | "until" | "till" | "through")
            }
            "waited" | "wait" | "waits" | "waiting" | "braced" | "brace" | "braces" | "bracing" => {
                next == "for"
            }
            // ("expect", "predict": `marker` reads them as looking ahead.)
            "awaited" | "await" | "awaits" | "awaiting" | "forecast" | "forecasts" => {
                toks.get(k + 1).is_some_and(|t| {
                    t.is_any(DETERMINERS)
                        || t.is_any(&["further", "more", "another", "one", "some"])
                })
            }
            // "did not rule out a further cut in December": what is not
            // ruled out may yet come.
            "rule" | "rules" | "ruled" | "ruling" => {
                next == "out"
                    && toks.get(k + 2).is_some_and(|t| {
                        t.is_any(DETERMINERS) || t.is_any(&["further", "more", "another"])
                    })
            }
            // "set a deadline of midnight on Sunday": a deadline lies ahead.
            "deadline" | "deadlines" | "ultimatum" => matches!(next, "of" | "for"),
            // "called for a general strike on Monday", "urged a vote in
            // June": an occasion asked for is still to come; not "called
            // for calm on Monday", when the call was made.
            // Not "had called the strike on January 5", told as over, nor
            // "called off the strike".
            // "called the election on May 22" is the day it was called,
            // as "called an election for July 4" is the election's.
            // "confirmed strikes from Wednesday to Friday", "announced a
            // rally for Saturday" too.
            "called" | "calls" | "calling" | "urged" | "urges" | "demanded" | "demands"
            | "announced" | "announces" | "confirmed" | "confirms" => {
                next != "off"
                    && !(k > 0 && toks[k - 1].is_any(&["had", "'d"]))
                    && !(next != "for" && first > 0 && toks[first - 1].is("on"))
                    && (k + 1..first).any(|j| toks[j].is_in(&OCCASIONS))
            }
            _ => false,
        }
    }) else {
        return false;
    };
    // The object reaches the expression: no other verb of the clause in
    // between ("warned of delays, which began on Tuesday" breaks at
    // "which"), nor a comma ("ignored warnings about the tunnel, saying
    // inspections in February found nothing").
    !(v + 2..first).any(|k| matches!(marker(toks, k), Marker::Verb(_)) || toks[k].is_punct(','))
}

const WINDOW: usize = 16;

/// Occasions that are called, urged or demanded before they happen.
static OCCASIONS: WordSet = WordSet::new(&[
    "boycott",
    "debate",
    "demonstration",
    "demonstrations",
    "election",
    "elections",
    "hearing",
    "inquiry",
    "march",
    "meeting",
    "protest",
    "protests",
    "rally",
    "referendum",
    "shutdown",
    "strike",
    "strikes",
    "summit",
    "talks",
    "vote",
    "walkout",
]);

fn leftwards(toks: &[Token<'_>], first: usize) -> Direction {
    let mut i = first;
    let mut steps = 0;
    while i > 0 && steps < WINDOW {
        i -= 1;
        steps += 1;
        // A bracket before the expression is an aside: "took effect at
        // 7 a.m. (0500 GMT) on Thursday" reads on past it.
        if toks[i].is_punct(')') {
            match toks[i.saturating_sub(WINDOW)..i].iter().rposition(|t| t.is_punct('(')) {
                Some(k) => {
                    i = i.saturating_sub(WINDOW) + k;
                    continue;
                }
                None => break,
            }
        }
        // So is a relative clause between commas: "will announce the
        // deal, which was agreed in November, on Tuesday".
        if toks[i].is_punct(',') {
            let aside = toks[i.saturating_sub(WINDOW)..i].iter().rposition(|t| t.is_punct(','));
            if let Some(k) = aside.map(|k| i.saturating_sub(WINDOW) + k) {
                if toks.get(k + 1).is_some_and(|t| t.is_any(&["which", "who", "whose", "whom"])) {
                    i = k;
                    continue;
                }
            }
        }
        if is_clause_break(&toks[i]) {
            break;
        }
        // An infinitive close by governs the expression and looks ahead:
        // "agreed to meet in July", "asked him to testify on Feb. 10".
        // A headline's "Rocket to fall into the sea on Friday" from
        // further off.
        let headline_to = i <= 3 && toks[..i].iter().all(|t| t.shape == Shape::Word);
        if toks[i].is("to")
            && (steps <= 5 || headline_to)
            && !toks[i..first].iter().any(|t| t.is_punct(','))
            && is_infinitive(toks, i)
        {
            // "had been due to expire Friday": a plan in the pluperfect
            // is over.
            if i > 0 && pluperfect(toks, i - 1) {
                return Direction::Past;
            }
            // "was originally due to fly on March 3": a plan since changed,
            // which may be over or still ahead.
            if i > 0 && superseded(toks, i - 1) {
                return Direction::Unknown;
            }
            // "managed to hold talks on Monday", "was forced to resign on
            // Friday": done, not ahead.
            if done_infinitive(toks, i) {
                return Direction::Past;
            }
            return Direction::Future;
        }
        match marker(toks, i) {
            // What a rule does from a date on is ahead of its making.
            Marker::None if toks[first - 1].is("from") && relative_present(toks, i) => {
                return Direction::Present;
            }
            Marker::None | Marker::Passive => {}
            Marker::Verb(d) => return governed(toks, i, d),
        }
    }
    Direction::Unknown
}

/// Whether the word at `i` is a verb in the present right after "that" or
/// "which", which its clause's tense is: "agreed a package of sanctions
/// that bans imports from Jan. 1", "passed a bill which raises the age
/// limit from March". Not a noun after "which" ("a plan which officials
/// approved in April").
fn relative_present(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    i > 0
        && toks[i - 1].is_any(&["that", "which"])
        && t.shape == Shape::Word
        && !t.capitalized()
        && t.lower.len() > 3
        && t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && !t.lower.ends_with("us")
        && !t.lower.ends_with("is")
        && !t.is_any(&["always", "perhaps", "sometimes", "besides", "towards", "afterwards"])
        && toks.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Word
                && !n.lower.ends_with("ed")
                && !n.is_in(&IRREGULAR_PAST)
                && !n.is_any(crate::AUXILIARIES)
                && !n.is_any(MODALS)
        })
}

/// Whether the expression at `first` opens a clause joined to the one
/// before it, over a preposition or a determiner: ", and Easter", ", but
/// on Thursday".
fn opens_joined_clause(toks: &[Token<'_>], first: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < 2 && toks[k - 1].is_any(&["on", "in", "at", "by", "the"]) {
        k -= 1;
    }
    k >= 2
        && toks[k - 1].is_any(&["and", "but", "yet"])
        && (toks[k - 2].is_punct(',') || toks[k - 1].is("but"))
}

/// The tense of a clause joined by "and" or "but" whose subject the
/// expression is part of, when its verb follows at once: "The plan runs
/// to 2026 and sales in March rose", "talks resume on Monday but shares
/// on Friday fell". Not "will question a man and a woman on Friday,
/// officials said", where the verb is past a comma.
fn subject_of_joined_clause(toks: &[Token<'_>], first: usize, end: usize) -> Option<Direction> {
    if first < 3 || !toks[first - 1].is_any(&["in", "on", "at", "for", "during"]) {
        return None;
    }
    // "and", then one to three words of a noun phrase before the
    // preposition.
    let join =
        (first.saturating_sub(5)..first - 2).rev().find(|&k| toks[k].is_any(&["and", "but"]))?;
    let noun_phrase = toks[join + 1..first - 1]
        .iter()
        .enumerate()
        .all(|(n, t)| t.shape == Shape::Word && marker(toks, join + 1 + n) == Marker::None);
    if !noun_phrase {
        return None;
    }
    (end..(end + 2).min(toks.len())).take_while(|&k| toks[k].shape == Shape::Word).find_map(
        |k| match marker(toks, k) {
            Marker::None => None,
            Marker::Verb(d) => Some(Some(governed(toks, k, d))),
            Marker::Passive => Some(None),
        },
    )?
}

fn rightwards(toks: &[Token<'_>], end: usize) -> Direction {
    for (steps, i) in (end..toks.len()).enumerate() {
        if steps >= WINDOW || is_clause_break(&toks[i]) {
            break;
        }
        // "read a statement on Tuesday, saying he would resign": a
        // participle of saying after the clause tells what was said when
        // the thing was done, not when the day is.
        if i > end && toks[i - 1].is_punct(',') && toks[i].is_any(SAYING_PARTICIPLES) {
            return Direction::Past;
        }
        // "The union on Monday agreed to suspend the strike": the day of a
        // decision told after it is the deciding's.
        if toks.get(i + 1).is_some_and(|t| t.is("to")) && toks[i].is_any(DECIDED) {
            return Direction::Past;
        }
        if let Marker::Verb(d) = marker(toks, i) {
            return governed(toks, i, d);
        }
    }
    Direction::Unknown
}

/// A verb's direction, unless a modal or a future phrase just before it
/// governs it: "would send", "will soon meet", "plans to visit".
fn governed(toks: &[Token<'_>], i: usize, d: Direction) -> Direction {
    if d == Direction::Future {
        return d;
    }
    // "trains could be slowed on Thursday", "residents can still put
    // questions on Saturday": after a modal the verb is no past, whatever
    // its form; not "could not be reached", "may have met".
    if d == Direction::Past {
        for k in i.saturating_sub(3)..i {
            if is_modal(&toks[k])
                && !toks[k + 1..i]
                    .iter()
                    .any(|t| is_clause_break(t) || t.is_any(&["have", "not", "n't", "never"]))
            {
                return after_modal(&toks[k]);
            }
        }
    }
    // Not over a comma: "The minister, who will visit Paris, resigned".
    for k in i.saturating_sub(3)..i {
        if matches!(marker(toks, k), Marker::Verb(Direction::Future))
            && !toks[k + 1..i].iter().any(|t| is_clause_break(t) || t.is_punct(','))
        {
            return Direction::Future;
        }
    }
    d
}

/// The preposition before a deadline within a day that comes before the
/// expression: "by" in "by close of business Friday", "until" in "until
/// the end of play on Thursday", "by" in "by COB Friday".
fn deadline_preposition<'a>(toks: &'a [Token<'_>], first: usize) -> Option<&'a str> {
    let mut k = first.checked_sub(1)?;
    if toks[k].is("on") {
        k = k.checked_sub(1)?;
    }
    if toks[k].is_any(&["cob", "eod"]) {
        k = k.checked_sub(1)?;
    } else if toks[k].is_any(&["business", "play", "day", "trading"])
        && k >= 3
        && toks[k - 1].is("of")
        && toks[k - 2].is_any(&["close", "end"])
    {
        k -= 3;
        if toks[k].is("the") {
            k = k.checked_sub(1)?;
        }
    } else {
        return None;
    }
    toks[k].is_any(&["by", "until", "till", "before"]).then(|| &*toks[k].lower)
}

/// Whether "to" at `i` starts an infinitive ("to meet") rather than a
/// prepositional phrase ("to his father", "to death"): after a verb of
/// intention any plain word will do; elsewhere the word must be a common
/// verb.
fn is_infinitive(toks: &[Token<'_>], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else { return false };
    // "urged residents to conserve", "asked him to testify": a verb of
    // asking, its object, then the infinitive.
    const ASKING: &[&str] = &[
        "urged",
        "urges",
        "urging",
        "asked",
        "asks",
        "told",
        "tells",
        "ordered",
        "orders",
        "advised",
        "advises",
        "instructed",
        "encouraged",
        "called",
        "invited",
        // "expect the bank to cut rates", "expected prices to rise"
        "expect",
        "expects",
        "expected",
    ];
    let after_asking = i > 1 && toks[i - 2].is_any(ASKING) && toks[i - 1].shape == Shape::Word
        // and the passive: "have been told to prepare", "were urged to
        // leave".
        || i > 1
            && toks[i - 1].is_any(ASKING)
            && toks[i - 2].is_any(&["was", "were", "been", "be", "being", "is", "are"]);
    let after_intention = i > 0 && (toks[i - 1].is_in(&INTENTION_VERBS) || after_asking);
    if !after_intention {
        return next.is_in(&BASE_VERBS);
    }
    next.shape == Shape::Word
        && !next.capitalized()
        && !next.lower.ends_with("ing")
        && !matches!(
            &*next.lower,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "some"
                | "all"
                | "any"
                | "each"
                | "every"
                | "him"
                | "them"
                | "us"
                | "me"
                | "it"
                | "date"
                | "have"
                | "about"
                | "more"
                | "less"
                | "around"
                | "nearly"
                | "almost"
        )
        && crate::token::month(&next.lower).is_none()
        && crate::token::unit(&next.lower).is_none()
        && crate::token::number_word(&next.lower).is_none()
}

fn is_clause_break(t: &Token<'_>) -> bool {
    (t.shape == Shape::Punct
        && matches!(t.text, ";" | ":" | "—" | "–" | "(" | ")" | "\"" | "“" | "”"))
        || (t.shape == Shape::Word
            && matches!(
                &*t.lower,
                "where"
                    | "when"
                    | "which"
                    | "who"
                    | "whose"
                    | "whom"
                    | "because"
                    | "while"
                    | "although"
                    | "though"
                    | "that"
                    | "whereas"
                    | "if"
                    | "unless"
            ))
}

/// What a token says about tense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// Nothing.
    None,
    /// A passive participle ("be completed"): the auxiliary before it will
    /// decide, so scanning goes on.
    Passive,
    /// A verb or auxiliary in a tense.
    Verb(Direction),
}

/// The tense a single token signals, if any.
fn marker(toks: &[Token<'_>], i: usize) -> Marker {
    let t = &toks[i];
    if t.shape != Shape::Word {
        return Marker::None;
    }
    let w = &*t.lower;
    let next = toks.get(i + 1).map_or("", |t| &*t.lower);
    let verb = Marker::Verb;
    match w {
        "will" | "'ll" | "shall" | "won't" | "wo" | "would" | "upcoming" | "tomorrow" => {
            return verb(Direction::Future);
        }
        "going" if next == "to" => return verb(Direction::Future),
        // "may add a day in January", "should resume in the spring": a
        // possibility or a duty is still to come; not "may have met", a
        // guess at the past, nor the month ("in May").
        "may" | "might" | "should" | "must"
            if !(toks[i].capitalized()
                || matches!(next, "have" | "'ve")
                || (next == "not" && toks.get(i + 2).is_some_and(|t| t.is("have")))) =>
        {
            return verb(Direction::Future);
        }
        // "said another hot spell was possible in mid-July": a chance told
        // in reported speech is still to come.
        "possible" | "likely" | "unlikely" | "probable"
            if i > 0 && toks[i - 1].is_any(&["was", "were", "is", "are", "be"]) =>
        {
            return verb(Direction::Future);
        }
        // "most likely in December": a guess at what is to come.
        "likely" if i > 0 && toks[i - 1].is_any(&["most", "more", "very"]) => {
            return verb(Direction::Future);
        }
        // "cancelled due to the storm": a cause.
        "due"
            if next == "to"
                && toks.get(i + 2).is_some_and(|t| {
                    t.shape != Shape::Word
                        || t.is_any(&[
                            "the",
                            "a",
                            "an",
                            "his",
                            "her",
                            "its",
                            "their",
                            "bad",
                            "heavy",
                            "poor",
                            "high",
                            "low",
                            "strong",
                            "technical",
                            "security",
                            "safety",
                            "weather",
                            "illness",
                            "injury",
                            "concerns",
                            "lack",
                        ])
                }) => {}
        "plans" | "plan" | "planning" | "planned" | "expected" | "expects" | "expect" | "set"
        | "due" | "intends" | "intend" | "intended" | "hopes" | "hope" | "hoped" | "aims"
        | "aim" | "aimed" | "agreed" | "promised" | "pledged" | "vowed" | "threatened"
        | "decided" | "scheduled" | "slated"
            // Not "agreed to the sale in April": "to" before a determiner
            // is a preposition.
            if (next == "to" && !toks.get(i + 2).is_some_and(|t| t.is_any(DETERMINERS)))
                || (next == "for"
                    && matches!(
                        w,
                        "planned" | "scheduled" | "slated" | "set" | "due" | "expected"
                    )) =>
        {
            // "A previous strike, planned for April, was called off": a
            // plan told in an aside of a past clause may be over or ahead.
            let past_aside = i > 0 && toks[i - 1].is_punct(',') && aside_of_past(toks, i);
            return verb(if pluperfect(toks, i) {
                Direction::Past
            } else if past_aside || superseded(toks, i) {
                // The nearest: neither the tense of the aside nor that of
                // the clause says which side of now the plan was for
                // ("originally scheduled for September, has been
                // postponed").
                Direction::Present
            } else {
                Direction::Future
            });
        }
        // "The union plans a strike on Tuesday", "landlords plan their own
        // rally": what a plan names is ahead; not the noun ("the plan a
        // court struck down").
        "plans" | "plan"
            if (DETERMINERS.contains(&next)
                || matches!(next, "further" | "more" | "new" | "another" | "fresh" | "additional"))
                && !(i > 0 && (toks[i - 1].is_any(DETERMINERS) || toks[i - 1].is("'s"))) =>
        {
            return verb(if pluperfect(toks, i) { Direction::Past } else { Direction::Future });
        }
        // "Rain was expected over the weekend", "a decision is forecast
        // for June": what is expected is still ahead of the expecting; not
        // "had been expected", a plan that is over.
        // "with results expected in the early hours of Friday" too.
        "expected" | "forecast" | "predicted" | "anticipated"
            if i > 0
                && (toks[i - 1].is_any(&["is", "are", "was", "were"])
                    || contracted_is(toks, i - 1)
                    // "the budget, expected in late October": an aside
                    || toks[i - 1].is_punct(',')
                    // "were now expected", "is still forecast"
                    || (i > 1
                        && toks[i - 1].is_any(&["now", "still", "also", "widely", "generally"])
                        && (toks[i - 2].is_any(&["is", "are", "was", "were"])
                            || contracted_is(toks, i - 2)))
                    || (i.saturating_sub(7)..i - 1).any(|k| {
                        toks[k].is("with") && toks[k + 1..i].iter().all(|t| t.shape == Shape::Word)
                    }))
                && !pluperfect(toks, i) =>
        {
            return verb(Direction::Future);
        }
        // "Forecasters expect rain on Monday", "analysts predict a cut in
        // June": what is expected now is ahead; not "did not expect".
        "expect" | "expects" | "predict" | "predicts" | "anticipate" | "anticipates"
        | "foresee" | "foresees"
            if !(i > 0 && toks[i - 1].is_any(&["did", "didn't", "not", "to", "had", "would"])) =>
        {
            return verb(Direction::Future);
        }
        // Plans, and gerunds of preparation: "organizing a meeting in July".
        // "a planned visit … was postponed": after a determiner, an
        // adjective; the clause's verb speaks.
        "scheduled" | "planned" if i > 0 && toks[i - 1].is_any(DETERMINERS) => {}
        // "met for planning talks", "the planning committee", "the
        // council's planning committee": a noun's modifier after a
        // preposition, a determiner or a possessive, or before a body or
        // a permit, not a plan.
        "planning" if toks.get(i + 1).is_some_and(|n| n.is_any(PLANNING_BODIES)) => {}
        "planning"
            if i > 0
                && (toks[i - 1].is_any(DETERMINERS)
                    || toks[i - 1].shape == Shape::Possessive
                    || toks[i - 1].is_any(&["for", "of", "in"]))
                && toks.get(i + 1).is_some_and(|n| {
                    n.shape == Shape::Word
                        && !n.capitalized()
                        && !n.is_any(DETERMINERS)
                        && !n.is_any(&["to", "for", "on", "a", "an", "another", "new"])
                }) => {}
        "scheduled" | "slated" | "planned" | "planning" | "organizing" | "organising"
        | "preparing" | "arranging" => {
            return verb(Direction::Future);
        }
        // "had until Wednesday to leave", "were given until Friday", "gave
        // them until March": a deadline still ahead of its telling; not
        // one "had given" before, told as over.
        // "The judge gave the councils until 4 p.m. on February 2" too.
        "had" | "given" | "granted" | "gave" | "allowed"
            if !(i > 0 && toks[i - 1].is("had"))
                && (next == "until"
                    || toks.get(i + 1).is_some_and(|t| t.is_any(OBJECT_PRONOUNS))
                        && toks.get(i + 2).is_some_and(|t| t.is("until"))
                    // "gave Britain until Sunday", "gave the councils until"
                    || w != "had"
                        && (i + 1..(i + 5).min(toks.len()))
                            .take_while(|&k| toks[k].shape == Shape::Word)
                            .any(|k| toks[k].is("until"))) =>
        {
            return verb(Direction::Future);
        }
        // "said it needed the text by Sunday", "wanted an answer by
        // Monday": what was wanted by a day is still ahead of it.
        "needed" | "wanted" | "demanded" | "required" | "requested"
            if (i + 1..(i + 6).min(toks.len()))
                .take_while(|&k| toks[k].shape == Shape::Word)
                .any(|k| toks[k].is_any(&["by", "until"])) =>
        {
            return verb(Direction::Future);
        }
        // "…, followed by a second camp in late February": a participle
        // of sequence has no tense; the clause's verb decides.
        "followed" if next == "by" && i > 0 && toks[i - 1].is_punct(',') => return Marker::None,
        "was" | "were" | "had" | "did" | "ago" | "yesterday" | "wasn't" | "weren't" | "hadn't"
        | "didn't" => {
            return verb(Direction::Past);
        }
        // The perfect looks back: "has fallen this year through Oct. 19".
        "has" | "have" | "hasn't" | "haven't" if next != "to" => return verb(Direction::Past),
        // "could follow in October": a possibility ahead; not a past
        // ability ("could not be reached Monday", "could be located
        // Wednesday", "could have met").
        "could" if !matches!(next, "have" | "not" | "be") => {
            return verb(Direction::Future);
        }
        // "could be ready by the summer", "could be known by Thursday": a
        // state still to come; not what could be seen or heard then, nor
        // a passive ("could be located Wednesday"), read below.
        "could"
            if next == "be"
                && toks.get(i + 2).is_some_and(|t| {
                    t.shape == Shape::Word
                        && !t.lower.ends_with("ed")
                        && !IRREGULAR_PAST.contains(&t.lower)
                        && !t.is("seen")
                }) =>
        {
            return verb(Direction::Future);
        }
        "is" | "are" | "am" | "has" | "have" | "does" | "do" | "isn't" | "aren't" | "doesn't"
        | "must" | "should" | "might" | "cannot" => return verb(Direction::Present),
        // "can still qualify in mid-June", "can apply from April": what
        // may be done is still to come; not "can be seen", what a record
        // shows.
        "can" if !matches!(next, "be" | "not") => return verb(Direction::Future),
        "can" => return verb(Direction::Present),
        "may" if !t.capitalized() => return verb(Direction::Present),
        _ => {}
    }
    // "the spread", "a first cut", "a further cut", "another cut": a past
    // form after a determiner, or after a determiner and an ordinal, is a
    // noun.
    let determiner = |k: usize| toks[k].is_any(DETERMINERS);
    if IRREGULAR_PAST.contains(w)
        && !w.ends_with("ed")
        && i >= 1
        && (determiner(i - 1)
            || toks[i - 1].is_any(&["another", "more"])
            || (i >= 2
                && (toks[i - 1].ordinal().is_some() || toks[i - 1].is_any(&["further", "new"]))
                && determiner(i - 2))
            // "another rate cut in December", "a tax cut for families": a
            // compound's head, before a preposition; not "the company cut
            // 500 jobs", nor "the board met on 2 January", "the storm hit
            // on Monday", where the form is a verb.
            || (w == "cut"
                && i >= 2
                && (determiner(i - 2) || toks[i - 2].is_any(&["another", "further"]))
                && toks[i - 1].shape == Shape::Word
                && !toks[i - 1].capitalized()
                && toks.get(i + 1).is_none_or(|n| {
                    n.shape == Shape::Punct
                        || n.is_any(&["in", "on", "at", "of", "for", "from", "this", "next", "last"])
                })))
    {
        return Marker::None;
    }
    // "visit the injured", "the accused": a participle right after "the"
    // is a noun or an adjective, never the verb.
    if w.ends_with("ed") && i > 0 && toks[i - 1].is_any(&["the", "those"]) {
        return Marker::None;
    }
    // "to cut rates", "to put forward": after "to", a form that is also
    // the past is the infinitive, which the "to" before it reads.
    if i > 0 && toks[i - 1].is("to") && IRREGULAR_PAST.contains(w) {
        return Marker::None;
    }
    if IRREGULAR_PAST.contains(w) || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED.contains(&w))
    {
        // The auxiliary before a participle decides: "has extended" is
        // present, "be completed" passive, "was planned" past.
        let aux = |k: usize| toks.get(k).map_or("", |t| &*t.lower);
        let (a1, a2) = (i.checked_sub(1).map_or("", aux), i.checked_sub(2).map_or("", aux));
        // The auxiliary may stand one word back only across an adverb
        // ("was quickly made"): in "are statements made Friday" the
        // participle belongs to the noun, not to "are".
        let a2 = if is_adverb(a1) { a2 } else { "" };
        for (back, a) in [(1, a1), (2, a2)] {
            match a {
                // "to be completed": a passive infinitive looks ahead.
                "be" if i >= 2 && i.checked_sub(2).is_some_and(|k| toks[k].is("to")) => {
                    return verb(Direction::Future);
                }
                // "trains could be slowed on Thursday", "may be delayed":
                // a possible passive is no past, "could" the nearest; not
                // "could not be reached Monday", a past ability.
                "be" if let Some(k) = (i.saturating_sub(4)..i - 1).rev().find(|&k| {
                    is_modal(&toks[k])
                        && !toks[k + 1..i].iter().any(|t| t.is_any(&["not", "n't", "never"]))
                }) =>
                {
                    return verb(after_modal(&toks[k]));
                }
                "be" | "being" | "been" => return Marker::Passive,
                // A linking verb makes the participle an adjective and
                // carries the tense: "to remain closed until Friday",
                // "stays shut", "remained closed".
                "remain" | "stay" | "seem" | "become" | "get" => return Marker::Passive,
                "remains" | "stays" | "seems" | "becomes" | "gets" => {
                    return verb(Direction::Present);
                }
                "remained" | "stayed" | "seemed" | "became" | "got" => {
                    return verb(Direction::Past);
                }
                "is" | "are" | "am" => return verb(Direction::Present),
                "'s" if contracted_is(toks, i - back) => {
                    return verb(Direction::Present);
                }
                "was" | "were" | "had" | "has" | "have" => return verb(Direction::Past),
                _ => {}
            }
        }
        if w.ends_with("ed") {
            // "the proposed law", "an armed group": a participle between a
            // determiner and a noun is an adjective.
            let before_noun = toks.get(i + 1).is_some_and(|n| {
                n.shape == Shape::Word && !n.capitalized() && !n.is_in(&NOT_NOUNS)
            });
            let modifier_before = i > 0 && {
                let p = &*toks[i - 1].lower;
                toks[i - 1].is_any(DETERMINERS)
                    || matches!(
                        p,
                        "still" | "very" | "more" | "most" | "newly" | "so" | "long" | "well"
                    )
                    // "with increased salaries in October", "amid renewed
                    // fighting": no verb stands right after a preposition.
                    || matches!(
                        p,
                        "with" | "without" | "of" | "for" | "amid" | "despite" | "first"
                    )
                    || (p.len() > 4 && p.ends_with("ly"))
            };
            if before_noun && modifier_before {
                return Marker::None;
            }
        }
        return verb(Direction::Past);
    }
    // What is left reads only the verbs of a schedule.
    if !SCHEDULE_VERBS.contains(w) {
        return Marker::None;
    }
    // "had been due to expire Friday": a plan in the pluperfect is over.
    if i >= 2 && toks[i - 1].is("to") && pluperfect(toks, i - 2) {
        return verb(Direction::Past);
    }
    // "Travel over the Labor Day weekend was up": news does not open a
    // sentence with a bare verb, so the word is a noun; so is one a verb
    // follows ("Labor Day travel was up", "returns have fallen").
    // So is one a past tense follows: "Customer returns rose in March",
    // "housing starts fell".
    let past_after = IRREGULAR_PAST.contains(next)
        || (next.len() > 4 && next.ends_with("ed") && !NOT_PAST_ED.contains(&next));
    let verb_after = past_after
        || ["is", "are", "was", "were", "has", "have", "had", "will", "would"].contains(&next);
    // "left the rate on hold on Tuesday", "ahead of close": after a
    // preposition, a noun.
    let after_preposition =
        || i > 0 && toks[i - 1].is_any(&["on", "in", "at", "of", "for", "from"]);
    // "at the U.S. Open in June": capitalized inside a sentence, a name;
    // not in a headline in title case ("Talks Begin Wednesday").
    let in_name = || {
        i > 0
            && toks[i].capitalized()
            && toks[i - 1].shape != Shape::Punct
            && toks[i.saturating_sub(12)..(i + 12).min(toks.len())]
                .iter()
                .any(|t| t.shape == Shape::Word && t.lower.len() > 3 && !t.capitalized())
    };
    // "Ricardo Alarcon, head of Cuba's assembly": before "of", a noun.
    if i == 0 || verb_after || next == "of" || after_preposition() || in_name() {
        return Marker::None;
    }
    // "did not meet the envoy on Friday", "didn't travel": the auxiliary
    // carries the tense of the plain verb.
    if i > 0 {
        let aux =
            if toks[i - 1].is_any(&["not", "never", "n't"]) { i.checked_sub(2) } else { None };
        if aux.is_some_and(|k| toks[k].is_any(&["did", "didn't"])) || toks[i - 1].is("didn't") {
            return verb(Direction::Past);
        }
    }
    // "The race was run on Sunday": a participle like the plain verb,
    // whose auxiliary decides.
    if i > 0 && toks[i - 1].is_any(&["was", "were", "been", "being"]) {
        return Marker::Passive;
    }
    if !after_determiner(toks, i) {
        // "have come down", "has begun": the perfect looks back.
        let perfect = i.checked_sub(1).is_some_and(|k| {
            toks[k].is_any(&["have", "has", "had", "'ve", "'d", "haven't", "hasn't", "hadn't"])
        });
        // A schedule in the present looks ahead ("the market opens on 1
        // December", "talks begin in March"); the infinitive need not ("to
        // close at 2082.1", "to meet demand").
        let infinitive = i > 0 && toks[i - 1].is("to");
        return verb(if perfect || (infinitive && done_infinitive(toks, i - 1)) {
            Direction::Past
        } else if infinitive {
            Direction::Present
        } else {
            Direction::Future
        });
    }
    Marker::None
}

/// Figures a month is reported on in: "sales for October", "the October
/// jobs report".
const REPORTED_NOUNS: &[&str] = &[
    "data",
    "earnings",
    "exports",
    "figures",
    "gdp",
    "imports",
    "inflation",
    "jobs",
    "numbers",
    "output",
    "payrolls",
    "production",
    "reading",
    "report",
    "results",
    "sales",
    "statistics",
    "survey",
    "unemployment",
];

/// Participles that open what a clause's subject said: "…, saying".
const SAYING_PARTICIPLES: &[&str] =
    &["saying", "telling", "adding", "warning", "arguing", "insisting", "noting", "claiming"];

/// Past forms of deciding or undertaking, which an infinitive follows:
/// "agreed to", "promised to".
const DECIDED: &[&str] =
    &["agreed", "decided", "promised", "pledged", "vowed", "threatened", "resolved", "undertook"];

/// Whether the occasion an expression ending at `end` dates is told as
/// called off or put off just now: "Saturday's match has been postponed",
/// "the game on Sunday is cancelled". Such news is of an occasion still
/// to come. Not in the past tense ("Saturday's match was postponed"),
/// which may tell of one gone by, nor "abandoned", said of one under way.
fn called_off(toks: &[Token<'_>], end: usize) -> bool {
    let Some(aux) = (end..(end + 8).min(toks.len()))
        .take_while(|&k| toks[k].shape != Shape::Punct)
        .find(|&k| toks[k].is_any(&["has", "have", "is", "are", "was", "were", "had"]))
    else {
        return false;
    };
    if !toks[aux].is_any(&["has", "have", "is", "are"]) {
        return false;
    }
    let k = if toks.get(aux + 1).is_some_and(|t| t.is("been")) { aux + 2 } else { aux + 1 };
    let Some(word) = toks.get(k) else { return false };
    let particle = toks.get(k + 1).is_some_and(|t| t.is_any(&["off", "back"]));
    word.is_any(CALLED_OFF) || (particle && word.is_any(&["called", "put"]))
}

/// Participles of calling off or putting off: "has been cancelled".
const CALLED_OFF: &[&str] = &[
    "adjourned",
    "axed",
    "canceled",
    "cancelled",
    "deferred",
    "delayed",
    "moved",
    "postponed",
    "pushed",
    "rescheduled",
    "scrapped",
];

/// Whether the "'s" at `k` is "is" ("it's expected"), not a possessive
/// ("the Bank's forecast"): after a pronoun.
fn contracted_is(toks: &[Token<'_>], k: usize) -> bool {
    toks[k].is("'s")
        && k > 0
        && toks[k - 1].is_any(&["it", "he", "she", "that", "there", "what", "who", "here", "where"])
}

/// Pronouns that stand as objects: "gave them until March".
const OBJECT_PRONOUNS: &[&str] = &["them", "him", "her", "us", "me", "you", "it"];

/// Modals of possibility and obligation: a verb after one is no past,
/// whatever its form ("could be slowed on Thursday").
const MODALS: &[&str] = &["can", "may", "might", "should", "must", "could"];

/// Whether the token is a modal: not the month "May".
fn is_modal(t: &Token<'_>) -> bool {
    t.is_any(MODALS) && !(t.is("may") && t.capitalized())
}

/// Which side of now a verb after the modal `modal` looks to: "could" the
/// nearest, the others ahead.
fn after_modal(modal: &Token<'_>) -> Direction {
    if modal.is("could") { Direction::Present } else { Direction::Future }
}

/// Whether the infinitive whose "to" is at `i` tells what was done:
/// "managed to hold talks on Monday", "was forced to resign on Friday".
fn done_infinitive(toks: &[Token<'_>], i: usize) -> bool {
    i > 0
        && (toks[i - 1].is("managed")
            || i > 1
                && toks[i - 1].is_any(&["forced", "compelled", "obliged", "able"])
                && toks[i - 2].is_any(&["was", "were"]))
}

/// Whether the plan word at `i` was told as changed since: "originally
/// planned for the summer", "initially due to open in May".
/// Whether the aside opening at `i` ("…, planned for April, …") closes
/// before a verb in the past: "was called off", "had been postponed".
fn aside_of_past(toks: &[Token<'_>], i: usize) -> bool {
    (i + 1..(i + 8).min(toks.len()))
        .find(|&k| toks[k].is_punct(','))
        .is_some_and(|k| toks.get(k + 1).is_some_and(|t| t.is_any(&["was", "were", "had"])))
}

fn superseded(toks: &[Token<'_>], i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|k| toks[k].is_any(&["originally", "initially"]))
}

/// Whether the clause before `first` is in the present perfect, which
/// reaches up to now: "has given them until 9 a.m. Tuesday" looks ahead to
/// the deadline, where "had given" and "gave" do not.
fn present_perfect(toks: &[Token<'_>], first: usize) -> bool {
    let start = first.saturating_sub(WINDOW);
    let clause =
        toks[start..first].iter().rposition(is_clause_break).map_or(start, |k| start + k + 1);
    let words = &toks[clause..first];
    words.iter().any(|t| t.is_any(&["has", "have", "'ve"]))
        && !words.iter().any(|t| t.is_any(&["had", "was", "were", "did", "'d"]))
}

/// Whether the nearest verb before `first` in its clause is in the present
/// perfect: "has called (a protest on Saturday)", not "has warned … an
/// official said (Saturday)".
fn nearest_verb_is_perfect(toks: &[Token<'_>], first: usize) -> bool {
    let start = first.saturating_sub(WINDOW);
    let Some(k) = (start..first)
        .rev()
        .take_while(|&k| !is_clause_break(&toks[k]))
        .find(|&k| matches!(marker(toks, k), Marker::Verb(_)))
    else {
        return false;
    };
    let perfect = |j: usize| toks[j].is_any(&["has", "have", "'ve"]);
    // "has been charged after a stabbing on Tuesday", "has resigned
    // following a row on Monday": the day is the earlier event's.
    let earlier_event = (k + 1..first)
        .any(|j| toks[j].is_any(&["after", "following", "over", "amid", "during", "since"]));
    (perfect(k) || (k > 0 && perfect(k - 1))) && !earlier_event
}

/// Whether the word at `i` is in the pluperfect: "had planned", "had been
/// scheduled".
fn pluperfect(toks: &[Token<'_>], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map_or("", |k| &*toks[k].lower);
    before(1) == "had" || (before(1) == "been" && before(2) == "had")
}

/// Whether the word before `i` makes it a noun: a determiner, a
/// possessive or an amount ("the close of business", "Friday's close",
/// "$44 million face amount").
fn after_determiner(toks: &[Token<'_>], i: usize) -> bool {
    // A number after a name or a noun that numbers its parts ("Phase
    // two begins", "Term 2 starts") is part of the subject, no count.
    let numbered = |k: usize| {
        k > 0
            && toks[k - 1].shape == Shape::Word
            && !toks[k - 1].is_any(DETERMINERS)
            && (toks[k - 1].capitalized() || toks[k - 1].is_any(NUMBERED_PARTS))
    };
    let determiner = |k: usize| {
        toks[k].shape == Shape::Possessive
            || ((toks[k].shape == Shape::Number
                || crate::token::number_word(&toks[k].lower).is_some())
                && !numbered(k))
            || toks[k].is_any(DETERMINERS)
            || toks[k].is_any(&["million", "billion", "thousand"])
    };
    // "a planned visit", "the final meeting", "29 million unprocessed
    // returns": over one adjective.
    let adjective = |k: usize| {
        toks[k].is_any(&["planned", "scheduled", "proposed", "first", "final", "last", "next"])
            || (toks[k].lower.len() > 4 && toks[k].lower.ends_with("ed"))
    };
    // "lost a confidence vote on Thursday", "the budget vote": a bare form
    // over one noun in the singular, which as a verb would take -s ("the
    // market opens"); "the members vote" is a subject and its verb.
    let modifier = |k: usize| {
        !toks[i].lower.ends_with('s')
            && toks[k].shape == Shape::Word
            && !toks[k].capitalized()
            && !toks[k].lower.ends_with('s')
            && toks[k - 1].is_any(&["a", "an", "the"])
    };
    i.checked_sub(1).is_some_and(|k| {
        determiner(k) || (k > 0 && (adjective(k) || modifier(k)) && determiner(k - 1))
    })
}

/// Nouns that number their parts: "phase two", "round 3".
const NUMBERED_PARTS: &[&str] = &[
    "phase", "term", "round", "stage", "part", "leg", "game", "week", "day", "act", "season",
    "series", "chapter", "episode", "level", "step", "tier", "section", "unit", "gate",
];

/// Articles and possessive determiners: a verb form after one is a noun.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "your"];

/// Adverbs that may stand between an auxiliary and its participle: "was
/// quickly made", "has also agreed", "had not been".
fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly"))
        || matches!(w, "also" | "not" | "n't" | "never" | "already" | "just" | "still" | "since")
}

/// Common irregular past-tense forms.
static IRREGULAR_PAST: WordSet = WordSet::new(&[
    "arose",
    "ate",
    "awoke",
    "beat",
    "became",
    "began",
    "bit",
    "bled",
    "blew",
    "bore",
    "bought",
    "broke",
    "brought",
    "built",
    "burnt",
    "came",
    "caught",
    "chose",
    "clung",
    "cost",
    "crept",
    "cut",
    "dealt",
    "died",
    "drank",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "flung",
    "forbade",
    "foresaw",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "hit",
    "hung",
    "kept",
    "knelt",
    "knew",
    "laid",
    "leapt",
    "led",
    "left",
    "lent",
    "let",
    "lied",
    "lost",
    "made",
    "meant",
    "met",
    "mistook",
    "overcame",
    "oversaw",
    "overtook",
    "paid",
    "put",
    "quit",
    "ran",
    "rang",
    "rebuilt",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "set",
    "shed",
    "shone",
    "shook",
    "shot",
    "shrank",
    "shut",
    "slept",
    "slew",
    "slid",
    "sold",
    "sought",
    "sped",
    "spent",
    "split",
    "spoke",
    "sprang",
    "spread",
    "spun",
    "stank",
    "stole",
    "stood",
    "strode",
    "strove",
    "struck",
    "stuck",
    "stung",
    "swam",
    "swept",
    "swore",
    "swung",
    "taught",
    "thought",
    "threw",
    "tied",
    "told",
    "took",
    "tore",
    "understood",
    "undertook",
    "underwent",
    "upheld",
    "voted",
    "went",
    "wept",
    "withdrew",
    "withheld",
    "woke",
    "won",
    "wore",
    "wove",
    "wrote",
]);

/// Verbs that move a date: "extended the offer to Nov. 20", "postponed
/// until Tuesday", "was remanded until May" (held until a day ahead), and
/// "forward", which makes one of "brought" and "pulled" ("brought forward
/// to Thursday"). Kept sorted, to read.
pub(crate) static MOVE_VERBS: WordSet = WordSet::new(&[
    "adjourned",
    "adjourns",
    "bailed",
    "deferred",
    "deferring",
    "defers",
    "delay",
    "delayed",
    "delaying",
    "delays",
    "extend",
    "extended",
    "extends",
    "forward",
    "move",
    "moved",
    "moves",
    "moving",
    "postpone",
    "postponed",
    "postpones",
    "postponing",
    "push",
    "pushed",
    "pushes",
    "pushing",
    "remanded",
    "reschedule",
    "rescheduled",
    "reschedules",
    "rescheduling",
    "shifted",
    "shifts",
]);

/// Present-tense verbs that, with a day, usually announce a schedule: "talks
/// begin Wednesday". Kept sorted, to read.
static SCHEDULE_VERBS: WordSet = WordSet::new(&[
    "airs",
    "appear",
    "appears",
    "applies",
    "apply",
    "arrive",
    "arrives",
    "begin",
    "begins",
    "celebrates",
    "change",
    "changes",
    "climbs",
    "close",
    "closes",
    "come",
    "comes",
    "compete",
    "competes",
    "concludes",
    "continue",
    "continues",
    "convene",
    "convenes",
    "crosses",
    "debates",
    "debuts",
    "decide",
    "decides",
    "depart",
    "departs",
    "elect",
    "elects",
    "embarks",
    "end",
    "ends",
    "expire",
    "expires",
    "face",
    "faces",
    "finish",
    "finishes",
    "flies",
    "fly",
    "gather",
    "gathers",
    "gets",
    "go",
    "goes",
    "head",
    "heads",
    "hears",
    "hold",
    "holds",
    "host",
    "hosts",
    "joins",
    "kick",
    "kicks",
    "land",
    "lands",
    "launch",
    "launches",
    "leave",
    "leaves",
    "meet",
    "meets",
    "open",
    "opens",
    "operate",
    "operates",
    "peaks",
    "perform",
    "performs",
    "play",
    "plays",
    "premieres",
    "reaches",
    "reconvene",
    "reconvenes",
    "reopen",
    "reopens",
    "restart",
    "restarts",
    "resume",
    "resumes",
    "retires",
    "return",
    "returns",
    "run",
    "runs",
    "sails",
    "sits",
    "stage",
    "stages",
    "start",
    "starts",
    "tackles",
    "take",
    "takes",
    "testifies",
    "testify",
    "tours",
    "travel",
    "travels",
    "turns",
    "visit",
    "visits",
    "vote",
    "votes",
]);

/// Verbs of intention and decision: an infinitive after them is ahead of
/// them in time. Kept sorted, to read.
static INTENTION_VERBS: WordSet = WordSet::new(&[
    "able",
    "agree",
    "agreed",
    "agrees",
    "aim",
    "aimed",
    "aims",
    "are",
    "asked",
    "decide",
    "decided",
    "decides",
    "due",
    "expect",
    "expected",
    "expects",
    "forecast",
    "forecasts",
    "going",
    "hope",
    "hoped",
    "hopes",
    "intend",
    "intended",
    "intends",
    "is",
    "likely",
    "moved",
    "plan",
    "planned",
    "plans",
    "pledged",
    "poised",
    "predicted",
    "prefer",
    "preferred",
    "prefers",
    "projected",
    "promised",
    "ready",
    "scheduled",
    "seek",
    "seeks",
    "set",
    "sought",
    "threatened",
    "tried",
    "try",
    "urged",
    "voted",
    "vowed",
    "want",
    "wanted",
    "wants",
    "was",
    "were",
    "wish",
    "wished",
    "wishes",
]);

/// Common verbs in their base form, to tell an infinitive ("to testify")
/// from a prepositional phrase ("to death"). Kept sorted, to read.
static BASE_VERBS: WordSet = WordSet::new(&[
    "accept",
    "acquire",
    "address",
    "announce",
    "appear",
    "apply",
    "appoint",
    "approve",
    "arrive",
    "ask",
    "attack",
    "attend",
    "ban",
    "begin",
    "block",
    "boost",
    "build",
    "buy",
    "call",
    "cancel",
    "cap",
    "celebrate",
    "challenge",
    "close",
    "complete",
    "comply",
    "confirm",
    "consider",
    "continue",
    "crash",
    "cut",
    "debate",
    "decide",
    "defend",
    "delay",
    "deliver",
    "demolish",
    "deploy",
    "discuss",
    "double",
    "drop",
    "ease",
    "elect",
    "end",
    "enter",
    "evacuate",
    "examine",
    "expand",
    "expire",
    "extend",
    "face",
    "fall",
    "file",
    "finish",
    "fly",
    "follow",
    "form",
    "gather",
    "give",
    "go",
    "halve",
    "hear",
    "help",
    "hike",
    "hire",
    "hit",
    "hold",
    "host",
    "implement",
    "impose",
    "increase",
    "introduce",
    "investigate",
    "issue",
    "join",
    "launch",
    "leave",
    "lift",
    "make",
    "march",
    "mark",
    "meet",
    "merge",
    "move",
    "name",
    "negotiate",
    "open",
    "pass",
    "pay",
    "picket",
    "play",
    "postpone",
    "prepare",
    "present",
    "protest",
    "publish",
    "quit",
    "raise",
    "rally",
    "reach",
    "reduce",
    "register",
    "reject",
    "release",
    "remain",
    "reopen",
    "repay",
    "replace",
    "report",
    "resign",
    "respond",
    "resume",
    "retire",
    "return",
    "reveal",
    "review",
    "rise",
    "rule",
    "run",
    "scrap",
    "see",
    "seek",
    "sell",
    "send",
    "settle",
    "shut",
    "sign",
    "slash",
    "speak",
    "stage",
    "stand",
    "start",
    "stay",
    "stop",
    "strike",
    "submit",
    "sue",
    "suspend",
    "take",
    "talk",
    "testify",
    "travel",
    "try",
    "unveil",
    "visit",
    "vote",
    "wait",
    "walk",
    "withdraw",
]);

/// Words ending in "ed" that are not past-tense verbs.
const NOT_PAST_ED: &[&str] = &[
    "hundred",
    "indeed",
    "united",
    "naked",
    "sacred",
    "wicked",
    "speed",
    "breed",
    "creed",
    "greed",
    "proceed",
    "succeed",
    "exceed",
    "embed",
    "shred",
    "bred",
    "biased",
    "based",
    "related",
    "limited",
    "armed",
    "alleged",
    "so-called",
    "unprecedented",
    "detailed",
    "advanced",
    "supposed",
    "need",
    "feed",
    "weed",
    "seed",
    "bleed",
    "steed",
    "tweed",
];

/// Words that may follow a participle without making it an adjective.
/// Kept sorted, to read.
static NOT_NOUNS: WordSet = WordSet::new(&[
    "a", "after", "against", "an", "and", "as", "at", "before", "by", "for", "from", "her", "him",
    "his", "in", "into", "it", "its", "of", "on", "over", "that", "the", "their", "them", "this",
    "to", "under", "up", "with",
]);

/// Bodies, permits and papers that "planning" names the kind of: "the
/// planning committee", "planning permission".
const PLANNING_BODIES: &[&str] = &[
    "committee",
    "committees",
    "board",
    "boards",
    "permission",
    "permit",
    "permits",
    "application",
    "applications",
    "officer",
    "officers",
    "department",
    "authority",
    "authorities",
    "inspector",
    "inspectors",
    "commission",
    "consent",
    "rules",
    "system",
    "process",
    "policy",
    "minister",
    "ministry",
    "appeal",
    "document",
    "documents",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[track_caller]
    fn check(sentence: &str, expression: &str, expected: Direction) {
        let toks = tokenize(sentence, 0);
        let at = sentence.find(expression).unwrap();
        let first = toks.iter().position(|t| t.start == at).unwrap();
        let end = toks.iter().position(|t| t.end == at + expression.len()).unwrap() + 1;
        assert_eq!(direction(&toks, first, end), expected, "{sentence}");
    }

    #[test]
    fn possessives_and_the_month_may_are_no_verbs() {
        // "'s" after a noun is a possessive, not "is".
        check("The Bank's forecast in March was too low", "March", Direction::Past);
        check("It's expected in March", "March", Direction::Future);
        // "May" before a verb is the month, no modal.
        check("The plan from May was scrapped", "May", Direction::Past);
        check("The report, written in May, was scrapped", "May", Direction::Past);
    }

    #[test]
    fn schedules_deadlines_and_sequences() {
        check("The finale airs Sunday", "Sunday", Direction::Future);
        check("Athletes can still qualify in mid-June", "mid-June", Direction::Future);
        check("The damage can be seen on Tuesday", "Tuesday", Direction::Present);
        // What was recorded on a day is behind, whatever shows it.
        check("The damage can be seen in footage from Tuesday", "Tuesday", Direction::Past);
        check(
            "Squads will gather in January, followed by a second camp in late February.",
            "late February",
            Direction::Future,
        );
        check(
            "The judge gave the councils until February 2 to respond",
            "February 2",
            Direction::Future,
        );
        check("Minister Ann Cole did not meet the envoy on Friday", "Friday", Direction::Past);
        check("She didn't travel on Friday", "Friday", Direction::Past);
        check("She will not meet the envoy on Friday", "Friday", Direction::Future);
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            &IRREGULAR_PAST,
            &MOVE_VERBS,
            &SCHEDULE_VERBS,
            &NOT_NOUNS,
            &INTENTION_VERBS,
            &BASE_VERBS,
        ] {
            let list = list.words();
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn directions() {
        check("The talks that begin Wednesday in Kazakhstan", "Wednesday", Direction::Future);
        check("they expect the deal to be completed by Dec. 15", "Dec. 15", Direction::Future);
        check("it has extended loans through January", "January", Direction::Future);
        check("the fund has fallen 2% this year through Oct. 19", "Oct. 19", Direction::Past);
        check(
            "it would be paid on a still unspecified date in January",
            "January",
            Direction::Future,
        );
        check("it has decided to admit them in early March", "March", Direction::Future);
        check("The rights, which expire Nov. 21, can be exercised", "Nov. 21", Direction::Future);
        check("ways to get around Wednesday's ruling", "Wednesday", Direction::Past);
        check("prices have risen since January", "January", Direction::Past);
        check("Mr Putin, who met earlier Tuesday with Ms Merkel", "Tuesday", Direction::Past);
        check("The minister will travel to Paris on Friday", "Friday", Direction::Future);
        check("It announced it would send an official on Monday", "Monday", Direction::Future);
        check("Mr Trump ordered the strikes in early April", "April", Direction::Past);
        check("On Friday, officials said the road was closed", "Friday", Direction::Past);
        check("They plan to vote in July", "July", Direction::Future);
        check("the proposed law comes into force in June", "June", Direction::Future);
        check("The market opens on 1 December", "1 December", Direction::Future);
        check("shares fell 2% to close at 2,100 in March", "March", Direction::Present);
        check("A report is due in the spring", "the spring", Direction::Future);
        check("a warning valid until Friday", "Friday", Direction::Future);
        check("The union said it had called a strike for Saturday", "Saturday", Direction::Future);
        check("with the busiest day forecast to be Wednesday", "Wednesday", Direction::Future);
        check("A planned visit in February was postponed", "February", Direction::Past);
        check(
            "it expected a rise at the committee's next meeting in May",
            "May",
            Direction::Future,
        );
        check("Walkouts could follow in October if talks failed", "October", Direction::Future);
        check("He could not be reached on Monday", "Monday", Direction::Unknown);
        check("Below are remarks made Monday by the mayor", "Monday", Direction::Past);
        check("Officials were quickly flown out on Sunday", "Sunday", Direction::Past);
        check("At the close of trading Friday, the shares stood at $12", "Friday", Direction::Past);
        check("By Thursday's close the index had lost 2%", "Thursday", Direction::Past);
        check(
            "It said that on Thursday, $4 million face amount of notes had been sold",
            "Thursday",
            Direction::Past,
        );
        check("The bid had been due to expire Friday", "Friday", Direction::Past);
        check("The vote had been scheduled for Monday", "Monday", Direction::Past);
        check("The vote has been scheduled for Monday", "Monday", Direction::Future);
        check(
            "The court has given them until 9 a.m. Tuesday to reply",
            "9 a.m. Tuesday",
            Direction::Future,
        );
        check("The court had given them until Tuesday to reply", "Tuesday", Direction::Past);
        check(
            "The truce took effect at 7 a.m. (0500 GMT) on Thursday and is due to last",
            "Thursday",
            Direction::Past,
        );
        check("Her ban is backdated to January 12", "January 12", Direction::Past);
        check("a tradition dating back to June", "June", Direction::Past);
        check("Markets are pricing in a first cut as soon as March", "March", Direction::Future);
        check("The cut came as early as March", "March", Direction::Past);
        check("Others preferred to wait until March", "March", Direction::Future);
        check("Russian markets to remain closed until Friday", "Friday", Direction::Future);
        check("The markets remain closed until Friday", "Friday", Direction::Future);
        check("The markets remained closed until Friday", "Friday", Direction::Past);
    }
}
