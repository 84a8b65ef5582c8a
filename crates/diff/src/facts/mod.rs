//! Fact-level changes: what the story says, compared through the temporal
//! tagger and the event extractor, not as strings.
//!
//! The sentence alignment says which sentences to compare. For each pair
//! of sentences that changed (an edit, a move with edits, a split, a
//! merge), the facts of the two sides are compared by meaning: time
//! expressions by TIMEX3 value, quantities by what they count, sources of
//! attribution, names, and parts of places. Quotations are compared across
//! the whole story, since one may run over several sentences or move.
//! Events are paired across versions (see [`events`]); a paired event
//! whose status differs is a status change, and an unpaired one whose
//! every mention is new or gone appears or disappears. The headline and
//! the dateline are compared on their own.
//!
//! Each finder consumes what it reports: names inside an attribution are
//! the attribution's, a quotation's speaker is the quotation's, numbers
//! inside a time expression are the date's.

mod events;
mod mentions;
mod quotes;

use std::cell::OnceCell;
use std::collections::HashSet;

use dateline_article::{Article, BlockKind, Meta, Span};
use dateline_events::{Event, Status};
use dateline_temporal::Timex;
use dateline_temporal::token::ArticleTokens;

use self::events::{SentenceMap, is_denial, is_report, is_statement, kind_name};
use self::mentions::{Name, Sent, Source, Vocabulary, name_parts, renamed, same_name};
use self::quotes::Quote;
use crate::{
    Change, Differ, EventChange, EventChangeKind, EventLink, FactChange, FactKind, SentenceChange,
    Version, fold, words,
};

/// How well two quotations match, or whether they do not.
type QuotePass<'p> = dyn Fn(&Quote, &Quote) -> Option<f32> + 'p;

/// One version, with what the comparison finds in it once.
struct Doc<'a> {
    v: &'a Version,
    quotes: Vec<Quote>,
    /// What names, numbers and sources are not looked for in: time
    /// expressions, quotations and their speakers.
    masks: Vec<Span>,
    /// The triggers of the events that are not statements, with what a
    /// number beside them counts, and the event's index.
    triggers: Vec<(Span, String, usize)>,
}

impl<'a> Doc<'a> {
    fn new(v: &'a Version) -> Doc<'a> {
        let quotes = quotes::quotes(v.article());
        let mut masks: Vec<Span> = v.timexes().iter().map(|t| t.span).collect();
        for q in &quotes {
            masks.push(q.outer);
            masks.extend(q.speaker.as_ref().and_then(|s| s.span));
        }
        let mut triggers = Vec::new();
        for (i, e) in v.events().iter().enumerate() {
            if !is_report(e) {
                let subject = e.subkind.clone().unwrap_or_else(|| e.kind.clone());
                triggers.extend(e.evidence.iter().map(|m| (m.trigger, subject.clone(), i)));
            }
        }
        Doc { v, quotes, masks, triggers }
    }

    fn text(&self) -> &'a str {
        self.v.article().text()
    }

    fn sentence_span(&self, i: usize) -> Span {
        self.v.article().sentences()[i].span
    }

    /// Sentence `i` cut into tokens, what other facts cover masked.
    fn sent(&self, i: usize) -> Sent<'a> {
        let span = self.sentence_span(i);
        let masks: Vec<Span> = self.masks.iter().copied().filter(|m| m.overlaps(span)).collect();
        Sent::new(i, self.text(), span, &masks)
    }

    fn has_quote(&self, i: usize) -> bool {
        let span = self.sentence_span(i);
        self.quotes.iter().any(|q| q.outer.overlaps(span))
    }

    /// The time expressions of sentence `i` outside quotations (what a
    /// quotation says is compared as the quotation).
    fn timexes(&self, i: usize) -> impl Iterator<Item = &'a Timex> + '_ {
        self.v.timexes().iter().filter(move |t| {
            t.sentence == Some(i) && !self.quotes.iter().any(|q| q.outer.contains(t.span))
        })
    }

    /// The event a finding at `span` of sentence `i` belongs to: the one
    /// `prefer` picks, else the nearest non-statement event told there,
    /// else a statement.
    fn event_at(&self, i: usize, span: Span, prefer: impl Fn(&Event) -> bool) -> Option<usize> {
        let events = self.v.events();
        let distance = |m: Span| {
            if m.end() <= span.start() {
                span.start() - m.end()
            } else {
                m.start().saturating_sub(span.end())
            }
        };
        let mut best: Option<(u8, usize, usize)> = None;
        for (e, event) in events.iter().enumerate() {
            for m in event.evidence.iter().filter(|m| m.sentence == i) {
                let rank = if prefer(event) {
                    0
                } else if is_report(event) {
                    2
                } else {
                    1
                };
                let key = (rank, distance(m.trigger), e);
                if best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
        }
        best.map(|(_, _, e)| e)
    }
}

/// The comparison in progress.
struct Cx<'a> {
    differ: &'a Differ,
    docs: [Doc<'a>; 2],
    map: SentenceMap<'a>,
    /// Events paired across versions.
    pairs: [Vec<Option<usize>>; 2],
    vocabulary: OnceCell<Vocabulary>,
    facts: Vec<FactChange>,
}

/// Compares the facts of two versions, given their sentence alignment.
pub(crate) fn compare(
    differ: &Differ,
    old: &Version,
    new: &Version,
    sentences: &[SentenceChange],
) -> (Vec<FactChange>, Vec<EventChange>) {
    let map = SentenceMap::new(old, new, sentences);
    let (old_to_new, new_to_old) = events::pair(old, new, &map);
    let mut cx = Cx {
        differ,
        docs: [Doc::new(old), Doc::new(new)],
        map,
        pairs: [old_to_new, new_to_old],
        vocabulary: OnceCell::new(),
        facts: Vec::new(),
    };
    cx.headline();
    cx.dateline();
    cx.quotes();
    for c in sentences {
        if c.is_change() && !c.old.is_empty() && !c.new.is_empty() {
            cx.pair(c);
        }
    }
    let mut changes = cx.edited_events(sentences);
    changes.extend(cx.appeared());
    cx.finish();
    (cx.facts, changes)
}

impl<'a> Cx<'a> {
    fn push(
        &mut self,
        kind: FactKind,
        subject: Option<String>,
        old: Option<String>,
        new: Option<String>,
        sentences: (Option<usize>, Option<usize>),
        event: Option<EventLink>,
    ) {
        let change = match (&old, &new) {
            (None, Some(_)) => Change::Added,
            (Some(_), None) => Change::Removed,
            _ => Change::Changed,
        };
        self.facts.push(FactChange {
            change,
            kind,
            subject,
            old,
            new,
            old_sentence: sentences.0,
            new_sentence: sentences.1,
            event,
        });
    }

    /// The link to an event of side `side`, with its counterpart.
    fn link(&self, side: usize, event: Option<usize>) -> Option<EventLink> {
        let e = event?;
        let other = self.pairs[side][e];
        let (old, new) = if side == 0 { (Some(e), other) } else { (other, Some(e)) };
        let id = |s: usize, i: Option<usize>| i.map(|i| self.docs[s].v.events()[i].id.clone());
        let newest = match new {
            Some(n) => &self.docs[1].v.events()[n],
            None => &self.docs[0].v.events()[e],
        };
        Some(EventLink {
            kind: kind_name(newest),
            summary: newest.summary.clone(),
            old: id(0, old),
            new: id(1, new),
        })
    }

    /// The link for a finding on either side, preferring the new one.
    fn link_either(&self, found: [Option<usize>; 2]) -> Option<EventLink> {
        match found {
            [_, Some(n)] => self.link(1, Some(n)),
            [o, None] => self.link(0, o),
        }
    }

    fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get_or_init(|| {
            let mut v = Vocabulary::default();
            for doc in &self.docs {
                let article = doc.v.article();
                let sents: Vec<Sent> = (0..article.sentences().len())
                    .filter(|&i| article.blocks()[article.sentences()[i].block].kind.is_story())
                    .map(|i| Sent::new(i, doc.text(), doc.sentence_span(i), &[]))
                    .collect();
                v.learn(&sents);
            }
            v
        })
    }

    /// The title changed.
    fn headline(&mut self) {
        let title = |d: &Doc| -> Option<(String, Option<usize>)> {
            let article = d.v.article();
            let block = article.blocks().iter().position(|b| b.kind == BlockKind::Headline);
            let sentence =
                block.and_then(|b| article.sentences().iter().position(|s| s.block == b));
            let title =
                article.meta().title.clone().or_else(|| {
                    block.map(|b| article.slice(article.blocks()[b].span).to_string())
                })?;
            Some((title.split_whitespace().collect::<Vec<_>>().join(" "), sentence))
        };
        let (old, new) = (title(&self.docs[0]), title(&self.docs[1]));
        let same = match (&old, &new) {
            (Some((a, _)), Some((b, _))) => cosmetic(a, b),
            (None, None) => true,
            _ => false,
        };
        if !same {
            let sentences = (old.as_ref().and_then(|t| t.1), new.as_ref().and_then(|t| t.1));
            self.push(
                FactKind::Headline,
                None,
                old.map(|t| t.0),
                new.map(|t| t.0),
                sentences,
                None,
            );
        }
    }

    /// The place in the dateline changed: "BRUSSELS -" → "ANTWERP -".
    fn dateline(&mut self) {
        let place = |d: &Doc| -> Option<(String, usize)> {
            let article = d.v.article();
            let i = article
                .sentences()
                .iter()
                .position(|s| article.blocks()[s.block].kind == BlockKind::Dateline)?;
            let text = article.slice(article.sentences()[i].span);
            let end = text.find(['(', '-', '—', '–']).unwrap_or(text.len());
            let name = text[..end].trim().trim_end_matches(',').trim();
            (!name.is_empty()).then(|| (name.to_string(), i))
        };
        let (old, new) = (place(&self.docs[0]), place(&self.docs[1]));
        if let (Some((a, i)), Some((b, j))) = (&old, &new) {
            if fold::folded(a) != fold::folded(b) {
                let event = [self.docs[0].event_at(*i + 1, Span::new(0, 0), |_| false), None];
                let event = self.link_either(event);
                let subject = Some("dateline".to_string());
                self.push(
                    FactKind::Place,
                    subject,
                    Some(a.clone()),
                    Some(b.clone()),
                    (Some(*i), Some(*j)),
                    event,
                );
            }
        }
    }

    /// Quotations whose words or speaker changed, and quotations that
    /// came or went.
    fn quotes(&mut self) {
        let (olds, news) = (&self.docs[0].quotes, &self.docs[1].quotes);
        let text = |d: usize, q: &Quote| self.docs[d].text()[q.span].to_string();
        let mut new_of: Vec<Option<usize>> = vec![None; olds.len()];
        let mut taken = vec![false; news.len()];
        // The same words, anywhere; then most of the words; then the
        // quotation of the sentence it is aligned with.
        let passes: [&QuotePass; 3] = [
            &|a, b| (fold::key(&text(0, a)) == fold::key(&text(1, b))).then_some(1.0),
            &|a, b| Some(fold::dice(&a.words, &b.words)).filter(|&d| d >= 0.5),
            &|a, b| {
                let aligned = (a.sentence..=a.last_sentence).any(|i| {
                    (b.sentence..=b.last_sentence).any(|j| self.map.old[i] == self.map.new[j])
                });
                aligned.then(|| fold::dice(&a.words, &b.words))
            },
        ];
        for pass in passes {
            for (qa, a) in olds.iter().enumerate() {
                if new_of[qa].is_some() {
                    continue;
                }
                let best = news
                    .iter()
                    .enumerate()
                    .filter(|(qb, _)| !taken[*qb])
                    .filter_map(|(qb, b)| pass(a, b).map(|s| (s, qb)))
                    .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
                if let Some((_, qb)) = best {
                    new_of[qa] = Some(qb);
                    taken[qb] = true;
                }
            }
        }
        let mut found = Vec::new();
        let mut actors = Vec::new();
        for (qa, a) in olds.iter().enumerate() {
            let event_a = self.docs[0].event_at(a.sentence, a.outer, is_report);
            let Some(qb) = new_of[qa] else {
                if self.map.changed(false, a.sentence) {
                    let speaker = a.speaker.as_ref().map(|s| s.display());
                    found.push((
                        speaker,
                        Some(text(0, a)),
                        None,
                        (Some(a.sentence), None),
                        [event_a, None],
                    ));
                }
                continue;
            };
            let b = &news[qb];
            let event_b = self.docs[1].event_at(b.sentence, b.outer, is_report);
            let (ta, tb) = (text(0, a), text(1, b));
            let speaker = b.speaker.as_ref().or(a.speaker.as_ref()).map(|s| s.display());
            let sentences = (Some(a.sentence), Some(b.sentence));
            if !cosmetic(&ta, &tb) {
                found.push((
                    speaker.clone(),
                    Some(ta.clone()),
                    Some(tb.clone()),
                    sentences,
                    [event_a, event_b],
                ));
            }
            if let (Some(sa), Some(sb)) = (&a.speaker, &b.speaker) {
                // The same surname with another first name is a name
                // corrected (an actor fact), not a new speaker.
                if renamed(&name_parts(&sa.name), &name_parts(&sb.name)) {
                    actors.push((sa.name.clone(), sb.name.clone(), sentences, [event_a, event_b]));
                } else if !sa.same(sb) {
                    found.push((
                        Some(tb),
                        Some(sa.display()),
                        Some(sb.display()),
                        sentences,
                        [event_a, event_b],
                    ));
                }
            }
        }
        for (qb, b) in news.iter().enumerate() {
            if !taken[qb] && self.map.changed(true, b.sentence) {
                let event_b = self.docs[1].event_at(b.sentence, b.outer, is_report);
                let speaker = b.speaker.as_ref().map(|s| s.display());
                found.push((
                    speaker,
                    None,
                    Some(text(1, b)),
                    (None, Some(b.sentence)),
                    [None, event_b],
                ));
            }
        }
        for (subject, old, new, sentences, event) in found {
            let event = self.link_either(event);
            self.push(FactKind::Quote, subject, old, new, sentences, event);
        }
        for (old, new, sentences, event) in actors {
            let event = self.link_either(event);
            self.push(FactKind::Actor, None, Some(old), Some(new), sentences, event);
        }
    }

    /// Whether both sides of a sentence change are short enough to read
    /// facts from (see [`crate::DiffConfig::max_sentence_bytes`]).
    fn readable(&self, c: &SentenceChange) -> bool {
        self.differ.readable(self.docs[0].v.article(), c.old.clone())
            && self.differ.readable(self.docs[1].v.article(), c.new.clone())
    }

    /// The facts of one changed pair of sentences of the story (the
    /// headline and the dateline have facts of their own; captions and
    /// site chrome have none).
    fn pair(&mut self, c: &SentenceChange) {
        let story = |side: usize, i: usize| {
            let article = self.docs[side].v.article();
            matches!(
                article.blocks()[article.sentences()[i].block].kind,
                BlockKind::Paragraph | BlockKind::Quote | BlockKind::Subheading
            )
        };
        if !story(0, c.old.start) || !story(1, c.new.start) || !self.readable(c) {
            return;
        }
        // Each sentence is cut into tokens once; the sources of
        // attribution, once found, are masked for the finders after them.
        let cut = |side: usize, range: &std::ops::Range<usize>| -> Vec<Sent<'a>> {
            range.clone().map(|i| self.docs[side].sent(i)).collect()
        };
        let mut sents = [cut(0, &c.old), cut(1, &c.new)];
        self.dates(c);
        let sources = self.attributions(c, &sents);
        for (side, spans) in sents.iter_mut().zip(&sources) {
            for s in side.iter_mut() {
                s.mask(spans);
            }
        }
        self.names(c, &sents);
        self.directions(&sents);
        self.quantities(c, &sents);
    }

    /// Time expressions whose value changed.
    fn dates(&mut self, c: &SentenceChange) {
        // "now", "recently", "former" are no dates a story can change.
        let collect =
            |d: &Doc<'a>, range: std::ops::Range<usize>| -> Vec<(usize, &'a Timex, String)> {
                range
                    .flat_map(|i| d.timexes(i).map(move |t| (i, t, t.value.to_string())))
                    .filter(|(_, t, _)| !matches!(t.value, dateline_temporal::Value::Reference(_)))
                    .collect()
            };
        let mut olds = collect(&self.docs[0], c.old.clone());
        let mut news = collect(&self.docs[1], c.new.clone());
        // The same value however it is written is no change.
        olds.retain(|(_, _, v)| {
            if let Some(k) = news.iter().position(|(_, _, w)| w == v) {
                news.remove(k);
                false
            } else {
                true
            }
        });
        // A date dropped from one sentence (or added to it) that the
        // other version still gives elsewhere is no change of date.
        let elsewhere = |d: &Doc, v: &str| d.v.timexes().iter().any(|t| t.value.to_string() == v);
        if olds.is_empty() || news.is_empty() {
            olds.retain(|(_, _, v)| !elsewhere(&self.docs[1], v));
            news.retain(|(_, _, v)| !elsewhere(&self.docs[0], v));
        }
        let shown = |d: &Doc, t: &Timex, v: &str| format!("{} ({v})", &d.text()[t.span]);
        let n = olds.len().max(news.len());
        for k in 0..n {
            let (a, b) = (olds.get(k), news.get(k));
            let dated = |d: &Doc, i: usize, t: &Timex, v: &str| {
                let when = |e: &Event| e.when.as_ref().is_some_and(|w| w.value == v);
                d.event_at(i, t.span, when).filter(|&e| {
                    let e = &d.v.events()[e];
                    when(e) || !is_report(e)
                })
            };
            let found = [
                a.and_then(|(i, t, v)| dated(&self.docs[0], *i, t, v)),
                b.and_then(|(i, t, v)| dated(&self.docs[1], *i, t, v)),
            ];
            let event = self.link_either(found);
            let subject = event.as_ref().map(|e| e.kind.clone());
            self.push(
                FactKind::Date,
                subject,
                a.map(|(_, t, v)| shown(&self.docs[0], t, v)),
                b.map(|(_, t, v)| shown(&self.docs[1], t, v)),
                (a.map(|x| x.0).or(Some(c.old.start)), b.map(|x| x.0).or(Some(c.new.start))),
                event,
            );
        }
    }

    /// Who claims are attributed to. Returns the spans of every source
    /// found on both sides, which the name comparison leaves alone.
    fn attributions(&mut self, c: &SentenceChange, sents: &[Vec<Sent<'a>>; 2]) -> [Vec<Span>; 2] {
        let collect = |side: usize| -> Vec<Source> {
            let text = self.docs[side].text();
            sents[side].iter().flat_map(|s| mentions::sources(s, text)).collect()
        };
        let all = [collect(0), collect(1)];
        let spans = [
            all[0].iter().map(|s| s.span).collect::<Vec<_>>(),
            all[1].iter().map(|s| s.span).collect::<Vec<_>>(),
        ];
        // Back references ("the company", "he") cannot be compared
        // without coreference: they stand for a source named elsewhere.
        let [mut olds, mut news] =
            all.map(|v| v.into_iter().filter(|s| !s.back_reference).collect::<Vec<_>>());
        olds.retain(|a| {
            if let Some(k) =
                news.iter().position(|b| fold::folded(&a.text) == fold::folded(&b.text))
            {
                news.remove(k);
                false
            } else {
                true
            }
        });
        // A source named where it was described ("a police spokesman" →
        // "police spokesman Peter Lindqvist"), or the other way round, is
        // the same source: an actor fact.
        let mut k = 0;
        while k < olds.len() {
            let a = olds[k].words();
            let named = news.iter().position(|b| {
                let b = b.words();
                a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w))
            });
            if let Some(n) = named {
                let (a, b) = (olds.remove(k), news.remove(n));
                let event = self.source_event(&a, &b);
                self.push(
                    FactKind::Actor,
                    Some("source".to_string()),
                    Some(self.shown(0, &a)),
                    Some(self.shown(1, &b)),
                    (Some(a.sentence), Some(b.sentence)),
                    event,
                );
            } else {
                k += 1;
            }
        }
        let n = olds.len().max(news.len());
        for k in 0..n {
            let (a, b) = (olds.get(k), news.get(k));
            let sentences =
                (a.map_or(c.old.start, |s| s.sentence), b.map_or(c.new.start, |s| s.sentence));
            let event = match (a, b) {
                (Some(a), Some(b)) => self.source_event(a, b),
                _ => {
                    let found = [
                        a.and_then(|s| {
                            self.docs[0].event_at(s.sentence, s.span, |e| !is_report(e))
                        }),
                        b.and_then(|s| {
                            self.docs[1].event_at(s.sentence, s.span, |e| !is_report(e))
                        }),
                    ];
                    self.link_either(found)
                }
            };
            let (old, new) = (a.map(|s| self.shown(0, s)), b.map(|s| self.shown(1, s)));
            self.push(
                FactKind::Attribution,
                None,
                old,
                new,
                (Some(sentences.0), Some(sentences.1)),
                event,
            );
        }
        spans
    }

    /// A source as the text writes it, with its article: "a police
    /// spokesman".
    fn shown(&self, side: usize, s: &Source) -> String {
        let text = self.docs[side].text();
        let before = text[..s.span.start()].trim_end();
        let article = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if matches!(article, "a" | "an" | "the" | "A" | "An" | "The") {
            format!("{article} {}", s.text)
        } else {
            s.text.clone()
        }
    }

    fn source_event(&self, a: &Source, b: &Source) -> Option<EventLink> {
        let found = [
            self.docs[0].event_at(a.sentence, a.span, |e| !is_report(e)),
            self.docs[1].event_at(b.sentence, b.span, |e| !is_report(e)),
        ];
        self.link_either(found)
    }

    /// People, organisations and places named on one side and not the
    /// other.
    fn names(&mut self, c: &SentenceChange, sents: &[Vec<Sent<'a>>; 2]) {
        let vocabulary = self.vocabulary();
        let collect = |side: usize| -> Vec<Name> {
            let d = &self.docs[side];
            let article = d.v.article();
            let story = |s: &&Sent| {
                matches!(
                    article.blocks()[article.sentences()[s.index].block].kind,
                    BlockKind::Paragraph | BlockKind::Quote | BlockKind::Subheading
                )
            };
            let mut out: Vec<Name> = Vec::new();
            for s in sents[side].iter().filter(story) {
                for n in mentions::names(s, d.text(), vocabulary) {
                    if !out.iter().any(|m| m.parts() == n.parts()) {
                        out.push(n);
                    }
                }
            }
            out
        };
        let mut olds = collect(0);
        let mut news = collect(1);
        olds.retain(|a| {
            let pa = a.parts();
            let same = news.iter().any(|b| same_name(&pa, &b.parts()));
            news.retain(|b| !same_name(&pa, &b.parts()));
            !same
        });
        let mut found: Vec<(bool, Option<Name>, Option<Name>)> = Vec::new();
        // The same surname with another first name: a name corrected.
        olds.retain(|a| {
            let pa = a.parts();
            match news.iter().position(|b| renamed(&pa, &b.parts())) {
                Some(k) => {
                    let b = news.remove(k);
                    found.push((a.place && b.place, Some(a.clone()), Some(b)));
                    false
                }
                None => true,
            }
        });
        // What is left counts only if the other version does not name it
        // anywhere: a name moved to another sentence is no change.
        let [old_text, new_text] = [self.docs[0].text(), self.docs[1].text()];
        olds.retain(|a| !mentioned(new_text, &a.text));
        news.retain(|b| !mentioned(old_text, &b.text));
        // One name for another of the same kind: a replacement.
        for place in [true, false] {
            let a: Vec<usize> = (0..olds.len()).filter(|&k| olds[k].place == place).collect();
            let b: Vec<usize> = (0..news.len()).filter(|&k| news[k].place == place).collect();
            if a.len() == 1 && b.len() == 1 {
                found.push((place, Some(olds[a[0]].clone()), Some(news[b[0]].clone())));
                olds.remove(a[0]);
                news.remove(b[0]);
            }
        }
        for a in olds {
            found.push((a.place, Some(a), None));
        }
        for b in news {
            found.push((b.place, None, Some(b)));
        }
        for (place, a, b) in found {
            let kind = if place { FactKind::Place } else { FactKind::Actor };
            let event = self.link_either([
                a.as_ref()
                    .and_then(|n| self.docs[0].event_at(n.sentence, n.span, |e| !is_report(e))),
                b.as_ref()
                    .and_then(|n| self.docs[1].event_at(n.sentence, n.span, |e| !is_report(e))),
            ]);
            let sentences = (
                a.as_ref().map_or(c.old.start, |n| n.sentence),
                b.as_ref().map_or(c.new.start, |n| n.sentence),
            );
            self.push(
                kind,
                None,
                a.map(|n| n.text),
                b.map(|n| n.text),
                (Some(sentences.0), Some(sentences.1)),
                event,
            );
        }
    }

    /// Parts of places: "in the south of the city" → "in the east".
    fn directions(&mut self, sents: &[Vec<Sent<'a>>; 2]) {
        let collect = |side: usize| -> Vec<(usize, Span, String)> {
            let text = self.docs[side].text();
            sents[side]
                .iter()
                .flat_map(|s| {
                    mentions::directions(s, text).into_iter().map(move |(sp, t)| (s.index, sp, t))
                })
                .collect()
        };
        let mut olds = collect(0);
        let mut news = collect(1);
        olds.retain(|a| match news.iter().position(|b| fold::folded(&a.2) == fold::folded(&b.2)) {
            Some(k) => {
                news.remove(k);
                false
            }
            None => true,
        });
        for k in 0..olds.len().min(news.len()) {
            let (a, b) = (&olds[k], &news[k]);
            let event = self.link_either([
                self.docs[0].event_at(a.0, a.1, |e| !is_report(e)),
                self.docs[1].event_at(b.0, b.1, |e| !is_report(e)),
            ]);
            self.push(
                FactKind::Place,
                None,
                Some(a.2.clone()),
                Some(b.2.clone()),
                (Some(a.0), Some(b.0)),
                event,
            );
        }
    }

    /// Quantities whose value changed, matched by what they count.
    fn quantities(&mut self, c: &SentenceChange, sents: &[Vec<Sent<'a>>; 2]) {
        let collect = |side: usize| {
            let d = &self.docs[side];
            sents[side]
                .iter()
                .flat_map(|s| mentions::quantities(s, d.text(), &d.triggers))
                .collect::<Vec<_>>()
        };
        let mut olds = collect(0);
        let mut news = collect(1);
        let same = |a: &str, b: &str| fold::folded(a) == fold::folded(b);
        olds.retain(|a| {
            match news.iter().position(|b| same(&a.value, &b.value) && a.subject == b.subject) {
                Some(k) => {
                    news.remove(k);
                    false
                }
                None => true,
            }
        });
        let mut found = Vec::new();
        // The same thing counted, with another value.
        olds.retain(|a| {
            match news.iter().position(|b| a.subject.is_some() && a.subject == b.subject) {
                Some(k) => {
                    found.push((Some(a.clone()), Some(news.remove(k))));
                    false
                }
                None => true,
            }
        });
        // A value only reworded around ("1,200 jobs" in a rewritten
        // sentence) is no change.
        olds.retain(|a| match news.iter().position(|b| same(&a.value, &b.value)) {
            Some(k) => {
                news.remove(k);
                false
            }
            None => true,
        });
        if olds.len() == news.len() {
            found.extend(olds.drain(..).zip(news.drain(..)).map(|(a, b)| (Some(a), Some(b))));
        }
        // "The two leaders" added to a sentence counts nothing new.
        olds.retain(|q| !q.definite);
        news.retain(|q| !q.definite);
        found.extend(olds.into_iter().map(|a| (Some(a), None)));
        found.extend(news.into_iter().map(|b| (None, Some(b))));
        for (a, b) in found {
            let event = self.link_either([
                a.as_ref().and_then(|q| {
                    q.event.or_else(|| self.docs[0].event_at(q.sentence, q.span, |e| !is_report(e)))
                }),
                b.as_ref().and_then(|q| {
                    q.event.or_else(|| self.docs[1].event_at(q.sentence, q.span, |e| !is_report(e)))
                }),
            ]);
            let subject = b
                .as_ref()
                .and_then(|q| q.subject.clone())
                .or_else(|| a.as_ref().and_then(|q| q.subject.clone()));
            let sentences = (
                a.as_ref().map_or(c.old.start, |q| q.sentence),
                b.as_ref().map_or(c.new.start, |q| q.sentence),
            );
            self.push(
                FactKind::Number,
                subject,
                a.map(|q| q.value),
                b.map(|q| q.value),
                (Some(sentences.0), Some(sentences.1)),
                event,
            );
        }
    }

    /// Events whose status changed, or which an edit added to a sentence or
    /// took from it, read from each changed pair of sentences on its own:
    /// in a whole article the extractor merges the mentions of one event
    /// and gives it one status, which hides a mention that changed.
    fn edited_events(&mut self, sentences: &[SentenceChange]) -> Vec<EventChange> {
        let mut changes = Vec::new();
        for c in sentences {
            if !c.is_change() || c.old.is_empty() || c.new.is_empty() || !self.readable(c) {
                continue;
            }
            let (olds, mut news) = (self.reread(0, &c.old), self.reread(1, &c.new));
            let mut gone = Vec::new();
            for (a, at) in olds {
                let same_kind = |b: &(Event, Span)| b.0.kind == a.kind;
                let k = news
                    .iter()
                    .position(|b| same_kind(b) && b.0.subkind == a.subkind)
                    .or_else(|| news.iter().position(same_kind));
                let Some(k) = k else {
                    gone.push((a, at));
                    continue;
                };
                let (b, bt) = news.remove(k);
                if a.status == b.status {
                    continue;
                }
                let found = [self.global(0, at, &a.kind), self.global(1, bt, &b.kind)];
                let event = self.link_either(found);
                let summary =
                    event.as_ref().map_or_else(|| b.summary.clone(), |e| e.summary.clone());
                let (so, sn) = (status_name(a.status), status_name(b.status));
                let id =
                    |side: usize| found[side].map(|e| self.docs[side].v.events()[e].id.clone());
                changes.push(EventChange {
                    change: EventChangeKind::Status,
                    kind: kind_name(&b),
                    summary,
                    old_id: id(0),
                    new_id: id(1),
                    old: Some(so.clone()),
                    new: Some(sn.clone()),
                });
                let sentence =
                    |side: usize, t: Span| self.docs[side].v.article().sentence_at(t.start());
                let sentences = (sentence(0, at), sentence(1, bt));
                self.push(
                    FactKind::Status,
                    Some(kind_name(&b)),
                    Some(so),
                    Some(sn),
                    sentences,
                    event,
                );
            }
            // What the edit added or took away: an event whose trigger is
            // among the inserted (deleted) words. Statements are left to
            // the attribution: a sentence reworded often says the same
            // claim with another verb. A statement negated or denied
            // ("but made no mention of …") is no rewording and counts.
            let lone = [(0, gone), (1, news)];
            for (side, events) in lone {
                for (e, at) in events {
                    let sentence = self.docs[side].v.article().sentence_at(at.start());
                    let Some(sentence) = sentence else { continue };
                    let reworded_claim = is_statement(&e) && !is_denial(&e);
                    if reworded_claim || !self.map.is_fresh(side == 1, sentence, at) {
                        continue;
                    }
                    let global = self.global(side, at, &e.kind);
                    let link = self.link(side, global);
                    let summary =
                        link.as_ref().map_or_else(|| e.summary.clone(), |l| l.summary.clone());
                    let value = Some(e.summary.clone());
                    let (old, new, sentences, change) = if side == 1 {
                        (None, value, (None, Some(sentence)), EventChangeKind::Added)
                    } else {
                        (value, None, (Some(sentence), None), EventChangeKind::Removed)
                    };
                    let id = |s: usize| {
                        global
                            .filter(|_| s == side)
                            .map(|g| self.docs[side].v.events()[g].id.clone())
                    };
                    changes.push(EventChange {
                        change,
                        kind: kind_name(&e),
                        summary,
                        old_id: id(0),
                        new_id: id(1),
                        old: None,
                        new: None,
                    });
                    self.push(FactKind::Event, Some(kind_name(&e)), old, new, sentences, link);
                }
            }
        }
        changes
    }

    /// The events other than statements that the extractor finds in the
    /// sentences `range` of side `side` read alone, with their triggers'
    /// spans in the whole article.
    fn reread(&self, side: usize, range: &std::ops::Range<usize>) -> Vec<(Event, Span)> {
        let d = &self.docs[side];
        let article = d.v.article();
        let span = d.sentence_span(range.start).cover(d.sentence_span(range.end - 1));
        if range
            .clone()
            .any(|i| article.blocks()[article.sentences()[i].block].kind != BlockKind::Paragraph)
        {
            return Vec::new();
        }
        let text = &d.text()[span];
        let reference = d.v.reference();
        let alone = Article::from_text(text, Meta { published: reference, ..Meta::default() });
        let tokens = ArticleTokens::new(&alone);
        let timexes = self.differ.tagger.tag_tokens(&alone, &tokens, reference);
        let events = self.differ.extractor.extract_tokens(&alone, &tokens, &timexes, reference);
        events
            .into_iter()
            .filter(|e| !is_report(e))
            .filter_map(|e| {
                let trigger = e.evidence.first()?.trigger;
                let at = trigger.offset(span.start());
                (alone.text().get(trigger.range()) == d.text().get(at.range())).then_some((e, at))
            })
            .collect()
    }

    /// The event of side `side` with a mention at `trigger`, of `kind`.
    fn global(&self, side: usize, trigger: Span, kind: &str) -> Option<usize> {
        let d = &self.docs[side];
        d.v.events()
            .iter()
            .position(|e| e.kind == kind && e.evidence.iter().any(|m| m.trigger.overlaps(trigger)))
    }

    /// Events told only in inserted sentences (added) or only in deleted
    /// ones (removed). Every such event is an event change; the facts are
    /// one a sentence, the sentence's main event (see
    /// [`Cx::main_event`]).
    fn appeared(&mut self) -> Vec<EventChange> {
        let mut changes = Vec::new();
        for side in [0, 1] {
            let events = self.docs[side].v.events();
            let fresh: Vec<usize> = (0..events.len())
                .filter(|&e| {
                    self.pairs[side][e].is_none() && events::fresh(&events[e], side == 1, &self.map)
                })
                .collect();
            for &e in &fresh {
                let event = &events[e];
                changes.push(EventChange {
                    change: if side == 1 {
                        EventChangeKind::Added
                    } else {
                        EventChangeKind::Removed
                    },
                    kind: kind_name(event),
                    summary: event.summary.clone(),
                    old_id: (side == 0).then(|| event.id.clone()),
                    new_id: (side == 1).then(|| event.id.clone()),
                    old: None,
                    new: None,
                });
            }
            let mut sentences: Vec<usize> =
                fresh.iter().map(|&e| events[e].evidence[0].sentence).collect();
            sentences.sort_unstable();
            sentences.dedup();
            for sentence in sentences {
                let Some(e) = self.main_event(side, &fresh, sentence) else { continue };
                let event = &events[e];
                let value = Some(event.summary.clone());
                let (old, new, at) = if side == 1 {
                    (None, value, (None, Some(sentence)))
                } else {
                    (value, None, (Some(sentence), None))
                };
                let link = self.link(side, Some(e));
                self.push(FactKind::Event, Some(kind_name(event)), old, new, at, link);
            }
        }
        changes
    }

    /// The event a new (or gone) sentence is about: the first told in it
    /// that is not a mere report ("police said" is the attribution of what
    /// it reports); a report only when nothing else is told and no
    /// quotation stands for it. The others are its details: "gathered … to
    /// protest …, and called on him to resign" is one protest.
    fn main_event(&self, side: usize, fresh: &[usize], sentence: usize) -> Option<usize> {
        let d = &self.docs[side];
        let events = d.v.events();
        let at = |e: usize| {
            events[e]
                .evidence
                .iter()
                .filter(|m| m.sentence == sentence)
                .map(|m| m.trigger.start())
                .min()
        };
        let told: Vec<(usize, usize)> =
            fresh.iter().filter_map(|&e| at(e).map(|t| (t, e))).collect();
        let first = |reports: bool| {
            told.iter().filter(|&&(_, e)| is_report(&events[e]) == reports).min().map(|&(_, e)| e)
        };
        first(false).or_else(|| first(true).filter(|_| !d.has_quote(sentence)))
    }

    /// Drops repeats (and a second status change of one event, read from
    /// another of its sentences) and puts the facts in reading order,
    /// headline first.
    fn finish(&mut self) {
        let mut seen = HashSet::new();
        self.facts
            .retain(|f| seen.insert((f.kind, f.subject.clone(), f.old.clone(), f.new.clone())));
        let mut statuses = HashSet::new();
        self.facts.retain(|f| {
            let event = f.event.as_ref().and_then(|e| e.new.clone().or_else(|| e.old.clone()));
            f.kind != FactKind::Status || event.is_none() || statuses.insert(event)
        });
        let map = &self.map;
        let position = |f: &FactChange| -> (u8, usize, u8) {
            if f.kind == FactKind::Headline {
                return (0, 0, 0);
            }
            let at = f
                .new_sentence
                .and_then(|j| map.new.get(j).copied())
                .or_else(|| f.old_sentence.and_then(|i| map.old.get(i).copied()))
                .unwrap_or(usize::MAX);
            (1, at, f.kind as u8)
        };
        self.facts.sort_by_key(position);
    }
}

/// Whether `text` names `name`: as written, or for a one-word adjective
/// of place ("European"), by its stem ("Europe").
fn mentioned(text: &str, name: &str) -> bool {
    if text.contains(name) {
        return true;
    }
    !name.contains(' ')
        && ["ean", "ian", "an", "ese", "ish", "i"].iter().any(|suffix| {
            name.strip_suffix(suffix)
                .is_some_and(|stem| stem.chars().count() >= 4 && text.contains(stem))
        })
}

fn status_name(s: Status) -> String {
    s.as_str().to_string()
}

/// Whether two texts differ only cosmetically: folded alike, or every
/// word edit between them cosmetic.
fn cosmetic(a: &str, b: &str) -> bool {
    fold::folded(a) == fold::folded(b) || words::diff(a, 0, b, 0, None).1
}
