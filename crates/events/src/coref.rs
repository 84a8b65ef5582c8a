//! From mentions to events: mentions of one event are merged, dates are
//! chosen or inferred, relations are mapped to event ids.

use chrono::NaiveDate;
use dateline_article::{Article, BlockKind};
use dateline_temporal::{Granularity, Timex, Value};

use crate::actors::{ActorKind, Registry};
use crate::extract::{EventMention, Part};
use crate::{
    Event, Evidence, Extractor, Participant, Place, Relation, RelationKind, Role, Status, When,
};

/// Kinds whose mentions may name the same event: "the talks between the
/// leaders" after "their call".
fn compatible_kinds(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (a, b),
            ("call", "talks") | ("talks", "call") | ("meeting", "talks") | ("talks", "meeting")
        )
}

/// Subkinds one event may be named by. The steps of an investigation
/// are events of their own: a raid is not the probe it serves, nor an
/// arrest the trial that follows; nor is a referendum an election of
/// people. A mention with no subkind names any.
fn compatible_subkinds(kind: &str, a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return true };
    if a == b {
        return true;
    }
    if kind == "election" {
        return (a == "referendum") == (b == "referendum");
    }
    // Being named to a post, taking it, and leaving it are three events:
    // "nominates new prime minister" is not "resigned on January 9".
    if kind == "appointment" {
        let family = |s: &str| match s {
            "appoint" | "nominate" | "elect" => 0,
            "take-office" | "sworn-in" => 1,
            "resign" | "step-down" => 2,
            "fire" | "dismiss" => 3,
            _ => 4,
        };
        return family(a) == family(b);
    }
    // Police firing tear gas is not the protest it was fired at, nor a
    // dockers' march their strike.
    if kind == "protest" {
        let family = |s: &str| match s {
            "crackdown" => 0,
            "strike-action" => 1,
            _ => 2,
        };
        return family(a) == family(b);
    }
    if kind != "investigation" {
        return true;
    }
    let step = |s: &str| match s {
        "probe" | "investigate" => 0,
        "raid" | "search" => 1,
        "arrest" | "detain" => 2,
        "charge" | "indict" => 3,
        "trial" | "hearing" => 4,
        // An acquittal is no conviction, though both are verdicts.
        "verdict" | "convict" => 5,
        "acquit" => 10,
        "sentence" => 6,
        "lawsuit" => 7,
        "fine" => 8,
        _ => 9,
    };
    step(a) == step(b)
}

/// Statuses one event may be given by different mentions: it happened,
/// is going on, or someone says it happened.
fn compatible_status(a: Status, b: Status) -> bool {
    let real = |s| matches!(s, Status::Occurred | Status::Ongoing | Status::Reported);
    a == b || (real(a) && real(b))
}

/// Mentions taken for one event, with what matching a new mention needs.
struct Group {
    members: Vec<usize>,
    /// The kind of its first mention.
    kind: usize,
    /// The subkind of its first mention with one.
    subkind: Option<String>,
    statuses: Vec<Status>,
    interval: Option<dateline_temporal::Interval>,
    place: Option<String>,
    agents: Vec<usize>,
    /// The people it is done to: two arrests of different people are two.
    targets: Vec<usize>,
    /// A definite mention with no agents of its own ("the conversation").
    bare_definite: bool,
    /// Only the headline has named it so far: the story tells it next.
    headline_only: bool,
}

/// How many of the latest groups a mention is compared with: an event is
/// referred back to within a stretch of text, and the bound keeps the
/// work per mention constant however long the article.
const WINDOW: usize = 64;

pub(crate) fn events(
    x: &Extractor,
    article: &Article,
    timexes: &[Timex],
    reference: Option<NaiveDate>,
    mentions: Vec<EventMention>,
    registry: &Registry,
) -> Vec<Event> {
    let kind_of = |m: &EventMention| x.kinds[m.kind].as_str();
    let interval = |m: &EventMention| m.timex.and_then(|t| timexes[t].interval);
    // A headline tells the news: a mention dated months back ("the last
    // election in 2021", "the summit first planned for last November") or
    // more than a year ahead is another event of its kind.
    let current = |m: &EventMention| {
        interval(m)
            .zip(reference)
            .is_none_or(|(i, r)| (i.end - r).num_days() >= -90 && (i.start - r).num_days() <= 365)
    };
    let agents = |m: &EventMention| -> Vec<usize> {
        m.participants
            .iter()
            .filter(|p| p.role == Role::Agent && !p.weak)
            .map(|p| p.actor)
            .collect()
    };
    let targets = |m: &EventMention| -> Vec<usize> {
        m.participants
            .iter()
            .filter(|p| {
                p.role == Role::Target
                    && matches!(
                        registry.actors[p.actor].kind,
                        ActorKind::Person | ActorKind::Unknown
                    )
            })
            .map(|p| p.actor)
            .collect()
    };
    let country_of = |a: usize| -> Option<&str> {
        let actor = &registry.actors[a];
        match actor.kind {
            ActorKind::Country => Some(actor.name.as_str()),
            _ => actor.country.as_deref(),
        }
    };
    // Two sets of agents are compatible when they share an actor or a
    // country ("the US airstrike" and "Mr Trump ordered the strikes").
    let agents_match = |a: &[usize], b: &[usize]| {
        a.iter().any(|x| b.contains(x))
            || a.iter().any(|x| {
                country_of(*x).is_some_and(|c| b.iter().any(|y| country_of(*y) == Some(c)))
            })
    };

    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(mentions.len());
    for (mi, m) in mentions.iter().enumerate() {
        let m_agents = agents(m);
        let m_targets = targets(m);
        let solitary = matches!(kind_of(m), "statement" | "casualties");
        let from = groups.len().saturating_sub(WINDOW);
        // "a statement" in "said in a statement" is the saying's.
        let medium = m.medium_of.filter(|&v| v < mi).map(|v| group_of[v]);
        let found = medium.or_else(|| {
            (!solitary && !m.again)
                .then(|| {
                    groups[from..].iter().rposition(|g| {
                        let first = x.kinds[g.kind].as_str();
                        // "federal police raided three warehouses … No
                        // arrests were made in the raids": a definite noun
                        // with no agent names again what the same word
                        // named, whichever kind its lexicon entry gives.
                        let same_word = || {
                            m.definite
                                && m_agents.is_empty()
                                && m.subkind.is_some()
                                && g.subkind == m.subkind
                        };
                        let kinds_agree = compatible_kinds(first, kind_of(m))
                            && compatible_subkinds(
                                first,
                                g.subkind.as_deref(),
                                m.subkind.as_deref(),
                            );
                        if !kinds_agree && !same_word() {
                            return false;
                        }
                        if g.headline_only && !current(m) {
                            return false;
                        }
                        // "A cyberattack has disrupted Leeds hospital" and
                        // "the WannaCry attack in 2017": news still told in
                        // the present perfect is not an event dated long
                        // before, nor the other way round.
                        let perfect_undated =
                            |j: usize| mentions[j].perfect && mentions[j].timex.is_none();
                        if (!current(m) && g.members.iter().any(|&j| perfect_undated(j)))
                            || (perfect_undated(mi)
                                && g.members.iter().any(|&j| !current(&mentions[j])))
                        {
                            return false;
                        }
                        // A different kind may only name an event by referring back.
                        if first != kind_of(m) && !m.definite {
                            return false;
                        }
                        if !g.statuses.iter().all(|&s| compatible_status(s, m.status)) {
                            return false;
                        }
                        // Dates: an event has one time.
                        if let (Some(a), Some(b)) = (g.interval, interval(m)) {
                            if a.end < b.start || b.end < a.start {
                                return false;
                            }
                        }
                        if let (Some(a), Some(b)) = (&g.place, m.place.as_ref()) {
                            if *a != b.name {
                                return false;
                            }
                        }
                        if !g.targets.is_empty()
                            && !m_targets.is_empty()
                            && !m_targets.iter().any(|t| g.targets.contains(t))
                        {
                            return false;
                        }
                        // Not "favours an early election" after "would call a
                        // vote of no confidence": what might be is a new
                        // event unless named as one told before.
                        // "On Wednesday evening, gunmen opened fire": two
                        // words of one kind dated by one expression name one
                        // event.
                        let same_date = || {
                            m.timex.is_some()
                                && g.members.iter().any(|&j| mentions[j].timex == m.timex)
                        };
                        let refers_back = || {
                            m.definite
                                || (!m.indefinite
                                    && m_agents.is_empty()
                                    && m.timex.is_none()
                                    && m.status != Status::Hypothetical)
                                || same_date()
                        };
                        // "Separately, a logistics firm said it had been
                        // hit by a cyberattack": other news than the
                        // attack told before.
                        if m.separate
                            && g.members.iter().any(|&j| mentions[j].sentence < m.sentence)
                        {
                            return false;
                        }
                        if !g.agents.is_empty() && !m_agents.is_empty() {
                            agents_match(&g.agents, &m_agents)
                        } else {
                            g.bare_definite || g.headline_only || refers_back()
                        }
                    })
                })
                .flatten()
                .map(|g| from + g)
        });
        let g = match found {
            Some(g) => g,
            None => {
                groups.push(Group {
                    members: Vec::new(),
                    kind: m.kind,
                    subkind: None,
                    statuses: Vec::new(),
                    interval: None,
                    place: None,
                    agents: Vec::new(),
                    targets: Vec::new(),
                    bare_definite: false,
                    headline_only: true,
                });
                groups.len() - 1
            }
        };
        // The headline tells the story's first event of its kind: once the
        // body has told another one, later mentions do not join the
        // headline's on its account.
        if m.block != BlockKind::Headline {
            for (h, other) in groups.iter_mut().enumerate().skip(from) {
                if h != g
                    && other.headline_only
                    && current(m)
                    && compatible_kinds(x.kinds[other.kind].as_str(), kind_of(m))
                    && compatible_subkinds(
                        x.kinds[other.kind].as_str(),
                        other.subkind.as_deref(),
                        m.subkind.as_deref(),
                    )
                {
                    other.headline_only = false;
                }
            }
        }
        let group = &mut groups[g];
        group.members.push(mi);
        // Where a statement was made says nothing of its status.
        if medium.is_none() && !group.statuses.contains(&m.status) {
            group.statuses.push(m.status);
        }
        // Each dated mention narrows when the event can have been: after
        // "talks in the 2010s" and "the talks in 2018", "talks in 2012" are
        // others.
        group.interval = match (group.interval, interval(m)) {
            (Some(a), Some(b)) if a.start <= b.end && b.start <= a.end => {
                Some(dateline_temporal::Interval {
                    start: a.start.max(b.start),
                    end: a.end.min(b.end),
                })
            }
            (a, b) => a.or(b),
        };
        if group.place.is_none() {
            group.place = m.place.as_ref().map(|p| p.name.clone());
        }
        if group.subkind.is_none() {
            group.subkind.clone_from(&m.subkind);
        }
        for a in &m_agents {
            if !group.agents.contains(a) {
                group.agents.push(*a);
            }
        }
        for t in m_targets {
            if !group.targets.contains(&t) {
                group.targets.push(t);
            }
        }
        group.bare_definite |= m.definite && m_agents.is_empty();
        group.headline_only &= m.block == BlockKind::Headline;
        group_of.push(g);
    }

    let mut events: Vec<Event> = groups
        .iter()
        .enumerate()
        .map(|(gi, g)| build(x, article, timexes, reference, &mentions, registry, g, gi))
        .collect();

    // Relations, from mentions to events.
    for (mi, m) in mentions.iter().enumerate() {
        for &(kind, to) in &m.relations {
            let (from_g, to_g) = (group_of[mi], group_of[to]);
            if from_g == to_g {
                continue;
            }
            // Each side learns the relation: the strike after the attack
            // is the attack before the strike.
            let inverse = match kind {
                RelationKind::After => RelationKind::Before,
                RelationKind::Before => RelationKind::After,
                RelationKind::During => RelationKind::During,
            };
            for (a, b, k) in [(from_g, to_g, kind), (to_g, from_g, inverse)] {
                let rel = Relation { kind: k, event: events[b].id.clone() };
                if !events[a].relations.contains(&rel) {
                    events[a].relations.push(rel);
                }
            }
        }
    }
    // An event with no date of its own is dated by the one it follows or
    // accompanies: "days after the strikes" in early April is in April.
    for _ in 0..2 {
        for i in 0..events.len() {
            if events[i].when.is_some() {
                continue;
            }
            // Not "took to Twitter days after the strikes".
            let statement = events[i].kind == "statement"
                && !groups[i].members.iter().any(|&m| mentions[m].after_a_while);
            let inherited = events[i].relations.iter().find_map(|r| {
                let other = &events[index_of(&r.event)?];
                let when = other.when.as_ref()?;
                when.start?;
                // What accompanies an event is about its day; so are words
                // "said after Tuesday's meeting", as it ends.
                let same_day = match r.kind {
                    RelationKind::During => true,
                    RelationKind::After => statement,
                    RelationKind::Before => false,
                };
                if same_day {
                    Some(When {
                        approximate: true,
                        confidence: round2(when.confidence * 0.8),
                        ..when.clone()
                    })
                } else {
                    // "Days after the strikes", "before the strike": news
                    // orders events close in time; the month is what is
                    // known.
                    Some(coarsen_to_month(when))
                }
            });
            // What happened is not dated by an event still to come ("said
            // it would take part in the talks", set for next Monday).
            let ahead =
                inherited.as_ref().and_then(|w| w.start).zip(reference).is_some_and(|(s, r)| s > r);
            let happened = matches!(events[i].status, Status::Occurred | Status::Reported);
            if inherited.is_some() && !(ahead && happened) {
                events[i].when = inherited;
            }
        }
    }
    // A statement reported without a date, and with nothing to date it by,
    // was made on the day of publication, as news writes it; so was one
    // told on a source's word ("denied that …, according to PAP").
    if let Some(r) = reference {
        for (gi, g) in groups.iter().enumerate() {
            let e = &mut events[gi];
            let said_today = g.members.iter().any(|&m| mentions[m].said_today);
            if e.when.is_none()
                && e.relations.is_empty()
                && matches!(e.status, Status::Occurred | Status::Reported)
                && said_today
            {
                e.when = Some(When {
                    value: r.to_string(),
                    start: Some(r),
                    end: Some(r),
                    granularity: Granularity::Day,
                    modifier: None,
                    text: None,
                    approximate: true,
                    confidence: 0.5,
                });
            }
        }
    }
    events
}

/// A date known only to be after another: the month of the other date,
/// approximate.
fn coarsen_to_month(when: &When) -> When {
    let (value, start, end, granularity) = match (when.start, when.granularity) {
        (Some(s), g) if g < Granularity::Month => {
            let month_start = s.with_day0(0).unwrap_or(s);
            let month_end = month_start
                .checked_add_months(chrono::Months::new(1))
                .and_then(|d| d.pred_opt())
                .unwrap_or(s);
            (s.format("%Y-%m").to_string(), Some(month_start), Some(month_end), Granularity::Month)
        }
        _ => (when.value.clone(), when.start, when.end, when.granularity),
    };
    When {
        value,
        start,
        end,
        granularity,
        modifier: None,
        text: None,
        approximate: true,
        confidence: round2(when.confidence * 0.6),
    }
}

use chrono::Datelike;

#[allow(clippy::too_many_arguments)]
fn build(
    x: &Extractor,
    article: &Article,
    timexes: &[Timex],
    reference: Option<NaiveDate>,
    mentions: &[EventMention],
    registry: &Registry,
    group: &Group,
    gi: usize,
) -> Event {
    let members: Vec<&EventMention> = group.members.iter().map(|&i| &mentions[i]).collect();
    let first = members[0];
    let kind = x.kinds[first.kind].clone();
    let subkind = members.iter().find_map(|m| m.subkind.clone());
    // Participants: agents first; an actor keeps its strongest role. A
    // weak agent ("the Syria strikes") gives way to named agents and to a
    // target; a country gives way to its own people ("Putin" speaks for
    // "Russia" and "the Kremlin").
    let parts: Vec<Part> = members.iter().flat_map(|m| m.participants.iter().copied()).collect();
    let country_of = |a: usize| {
        let actor = &registry.actors[a];
        match actor.kind {
            ActorKind::Country => Some(actor.name.as_str()),
            _ => actor.country.as_deref(),
        }
    };
    let strong_countries: Vec<&str> = parts
        .iter()
        .filter(|p| p.role == Role::Agent && !p.weak)
        .filter_map(|p| country_of(p.actor))
        .collect();
    let strong_agents = parts.iter().any(|p| p.role == Role::Agent && !p.weak);
    let target_countries: Vec<&str> = parts
        .iter()
        .filter(|p| p.role == Role::Target)
        .filter_map(|p| country_of(p.actor))
        .collect();
    // A weak agent stays when nothing contradicts it, or when it is the
    // country of a named agent ("the US strike" ordered by Mr Trump).
    let weak_kept = |a: usize| {
        let c = country_of(a);
        !c.is_some_and(|c| target_countries.contains(&c))
            && (!strong_agents || c.is_some_and(|c| strong_countries.contains(&c)))
    };
    let people_countries: Vec<&str> = parts
        .iter()
        .filter(|p| registry.actors[p.actor].kind == ActorKind::Person)
        .filter_map(|p| registry.actors[p.actor].country.as_deref())
        .collect();
    let mut participants: Vec<Participant> = Vec::new();
    for role in [Role::Agent, Role::Other, Role::Target] {
        for p in parts.iter().filter(|p| p.role == role) {
            let actor = &registry.actors[p.actor];
            if p.weak && !weak_kept(p.actor) {
                continue;
            }
            let country = match actor.kind {
                ActorKind::Country => Some(actor.name.as_str()),
                ActorKind::Institution => actor.country.as_deref(),
                _ => None,
            };
            let stands_for_people = country.is_some_and(|c| people_countries.contains(&c));
            let diplomatic = matches!(
                kind.as_str(),
                "call" | "meeting" | "talks" | "summit" | "agreement" | "statement"
            );
            if stands_for_people && role != Role::Target && diplomatic {
                continue;
            }
            if participants.iter().any(|q| q.name == actor.name) {
                continue;
            }
            participants.push(Participant { name: actor.name.clone(), kind: actor.kind, role });
        }
    }
    if !participants.iter().any(|p| p.role == Role::Target) {
        if let Some(t) = members.iter().find_map(|m| m.target_text.clone()) {
            participants.push(Participant {
                name: t,
                kind: ActorKind::Unknown,
                role: Role::Target,
            });
        }
    }
    let place = members
        .iter()
        .find_map(|m| m.place.as_ref())
        .map(|p| Place { name: p.name.clone(), country: p.country.clone() });
    // The date: the finest a mention gives, else inferred.
    let timex = members
        .iter()
        .filter_map(|m| m.timex)
        .min_by_key(|&t| (matches!(timexes[t].value, Value::Reference(_)), timexes[t].granularity));
    let status = members
        .iter()
        .map(|m| m.status)
        .find(|s| *s != Status::Occurred && *s != Status::Reported)
        .unwrap_or_else(|| {
            if members.iter().any(|m| m.status == Status::Occurred) {
                Status::Occurred
            } else {
                first.status
            }
        });
    let mut when = timex.map(|t| {
        let tx = &timexes[t];
        When {
            value: tx.value.to_string(),
            start: tx.interval.map(|i| i.start),
            end: tx.interval.map(|i| i.end),
            granularity: tx.granularity,
            modifier: tx.modifier,
            text: Some(article.text()[tx.span].to_string()),
            approximate: false,
            confidence: if tx.interval.is_some() { 0.85 } else { 0.5 },
        }
    });
    // A date in the future makes an unmarked event a planned one.
    let status = match (status, &when, reference) {
        (Status::Occurred, Some(w), Some(r)) if w.start.is_some_and(|s| s > r) => Status::Planned,
        (s, _, _) => s,
    };
    if when.is_none() {
        when = match status {
            // Something going on now.
            Status::Ongoing => Some(When {
                value: "PRESENT_REF".to_string(),
                start: reference,
                end: reference,
                granularity: Granularity::Unknown,
                modifier: None,
                text: None,
                approximate: true,
                confidence: 0.5,
            }),
            _ => None,
        };
    }
    let evidence: Vec<Evidence> = members
        .iter()
        .map(|m| Evidence {
            block: m.block,
            sentence: m.sentence,
            span: m.sentence_span,
            trigger: m.trigger,
        })
        .collect();
    let quantity = members.iter().find_map(|m| m.quantity.clone());
    let summary = summary(&kind, subkind.as_deref(), &participants, place.as_ref(), first, article);
    let story = evidence.iter().filter(|e| e.block.is_story()).count();
    let confidence = (0.45
        + 0.1 * story.min(3) as f32
        + if when.as_ref().is_some_and(|w| !w.approximate) { 0.1 } else { 0.0 }
        + if participants.is_empty() { 0.0 } else { 0.1 })
    .min(0.95);
    Event {
        id: format!("e{}", gi + 1),
        kind,
        subkind,
        summary,
        when,
        status,
        participants,
        place,
        relations: Vec::new(),
        evidence,
        quantity,
        confidence: round2(confidence),
    }
}

/// A one-line summary: a template for calls and meetings, the mention's
/// clause otherwise.
fn summary(
    kind: &str,
    subkind: Option<&str>,
    participants: &[Participant],
    place: Option<&Place>,
    first: &EventMention,
    article: &Article,
) -> String {
    let agents: Vec<&str> =
        participants.iter().filter(|p| p.role == Role::Agent).map(|p| p.name.as_str()).collect();
    let others: Vec<&str> =
        participants.iter().filter(|p| p.role == Role::Other).map(|p| p.name.as_str()).collect();
    let people: Vec<&str> = agents.iter().chain(others.iter()).copied().collect();
    let join = |names: &[&str]| match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let at = place.map(|p| format!(" in {}", p.name)).unwrap_or_default();
    match kind {
        "call" if people.len() >= 2 => return format!("{} speak by phone", join(&people)),
        "meeting" if people.len() >= 2 => return format!("{} meet{at}", join(&people)),
        "summit" => {
            let name = &article.text()[first.trigger];
            let mut s = name.to_string();
            if let Some(c) = s.get_mut(0..1) {
                c.make_ascii_uppercase();
            }
            return format!("{s}{at}");
        }
        _ => {}
    }
    let _ = subkind;
    let mut s = first.clause.clone();
    if let Some(c) = s.get_mut(0..1) {
        c.make_ascii_uppercase();
    }
    s
}

/// A confidence to two decimals, as outputs show it.
pub(crate) fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// The position of event `e12` in the article's list.
fn index_of(id: &str) -> Option<usize> {
    id.strip_prefix('e')?.parse::<usize>().ok()?.checked_sub(1)
}
