//! Actors: who the text is about — people with their titles, countries,
//! capitals and institutions standing for governments, organizations —
//! and the places things happen in.
//!
//! Mentions are resolved within one article: "US President Donald Trump"
//! registers a person; "Mr Trump", "Trump", "the president" and "he" later
//! point back to him.

use dateline_temporal::token::{Shape, Token, WordSet};
use rustc_hash::FxHashMap;
use serde::Serialize;

#[cfg(test)]
use crate::gazetteer::Gazetteer;
use crate::gazetteer::{Found, PlaceKind};

/// What kind of actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A person.
    Person,
    /// A country or its government ("Russia", "Moscow", "Russian").
    Country,
    /// A government institution ("the Kremlin", "the FBI").
    Institution,
    /// An organization ("NATO", "Acme Corp").
    Organization,
    /// A name the context does not type.
    Unknown,
}

/// One actor of an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The fullest name the article gives: "Vladimir Putin", "Russia".
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// A person's title: "President".
    pub title: Option<String>,
    /// The country the actor belongs to or stands for.
    pub country: Option<String>,
}

impl Actor {
    fn surname(&self) -> Option<&str> {
        (self.kind == ActorKind::Person).then(|| self.name.rsplit(' ').next()).flatten()
    }
}

/// A mention of an actor in a sentence: tokens `first..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) actor: usize,
    /// Followed by "'s": a possessor ("Trump's advisers", "Tuesday's").
    pub(crate) possessive: bool,
    /// A demonym or country used as a modifier ("Syrian government
    /// targets", "US strike").
    pub(crate) modifier: bool,
    /// A pronoun ("he", "their").
    pub(crate) pronoun: bool,
}

/// What a pronoun or a title says of a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// First names that tell a woman, from many languages; names given to
/// both ("Jean", "Andrea", "Kim") are in neither list.
static FEMALE_NAMES: WordSet = WordSet::new(&[
    "adriana",
    "agnieszka",
    "agnès",
    "aisha",
    "alice",
    "alicia",
    "amal",
    "amanda",
    "amina",
    "amy",
    "ana",
    "ananya",
    "andreea",
    "angela",
    "angelina",
    "ann",
    "anna",
    "annalena",
    "anne",
    "anneke",
    "antonia",
    "aoife",
    "astrid",
    "ayşe",
    "barbara",
    "beatrice",
    "beatriz",
    "brenda",
    "camila",
    "carla",
    "carmen",
    "caroline",
    "catherine",
    "cecilia",
    "charlotte",
    "chiara",
    "chloe",
    "christina",
    "christine",
    "claire",
    "claudia",
    "cristina",
    "daniela",
    "deborah",
    "deepika",
    "delphine",
    "diana",
    "dorothy",
    "ekaterina",
    "elena",
    "elif",
    "elisabeth",
    "elizabeth",
    "ellen",
    "emilia",
    "emily",
    "emma",
    "eva",
    "ewa",
    "fatima",
    "fatma",
    "fernanda",
    "fiona",
    "francesca",
    "françoise",
    "gabriela",
    "giorgia",
    "giulia",
    "grace",
    "greta",
    "guadalupe",
    "hana",
    "hannah",
    "helen",
    "helena",
    "hélène",
    "ilse",
    "ingeborg",
    "ingrid",
    "ioana",
    "irina",
    "iryna",
    "isabel",
    "isabella",
    "isabelle",
    "jacinda",
    "jacqueline",
    "jane",
    "janet",
    "jennifer",
    "jessica",
    "joanna",
    "josefina",
    "julia",
    "juliana",
    "julie",
    "karen",
    "katarzyna",
    "kate",
    "kateryna",
    "katherine",
    "kathleen",
    "kathy",
    "kirsten",
    "laura",
    "leila",
    "lena",
    "lerato",
    "linda",
    "lisa",
    "lotte",
    "lucia",
    "lucy",
    "lucía",
    "magdalena",
    "marcela",
    "margaret",
    "maria",
    "mariam",
    "mariana",
    "marie",
    "marine",
    "marta",
    "mary",
    "maryam",
    "maureen",
    "maya",
    "mei",
    "melissa",
    "mia",
    "michelle",
    "mirela",
    "monika",
    "nadezhda",
    "nadia",
    "nancy",
    "natalia",
    "natasha",
    "nathalie",
    "ngozi",
    "niamh",
    "nicola",
    "nina",
    "nomvula",
    "nour",
    "noura",
    "oksana",
    "olena",
    "olga",
    "olivia",
    "patricia",
    "paula",
    "petra",
    "priya",
    "rachel",
    "rebecca",
    "rosa",
    "ruth",
    "sabine",
    "sandra",
    "sara",
    "sarah",
    "silvia",
    "siobhan",
    "siobhán",
    "sofia",
    "sofía",
    "sophia",
    "sophie",
    "susan",
    "svetlana",
    "sylvie",
    "ségolène",
    "tanja",
    "tatiana",
    "tatyana",
    "tereza",
    "thandiwe",
    "theresa",
    "tigist",
    "ursula",
    "valentina",
    "valeria",
    "valérie",
    "victoria",
    "yasmin",
    "yasmine",
    "yelena",
    "yuki",
    "yulia",
    "zahra",
    "zainab",
]);

/// First names that tell a man.
static MALE_NAMES: WordSet = WordSet::new(&[
    "abdul",
    "abdullah",
    "adam",
    "ahmed",
    "ahmet",
    "alejandro",
    "alexander",
    "alexei",
    "ali",
    "amit",
    "andrei",
    "andrew",
    "andrzej",
    "andrés",
    "anthony",
    "antonio",
    "arjun",
    "barack",
    "bernard",
    "bill",
    "bola",
    "bongani",
    "boris",
    "brian",
    "carlos",
    "charles",
    "christopher",
    "cyril",
    "daniel",
    "david",
    "didier",
    "diego",
    "dmitri",
    "dmitry",
    "donald",
    "edward",
    "emeka",
    "emmanuel",
    "emre",
    "eric",
    "erik",
    "faisal",
    "felipe",
    "fernando",
    "francesco",
    "francisco",
    "frank",
    "françois",
    "fumio",
    "george",
    "giovanni",
    "giuseppe",
    "goodluck",
    "gordon",
    "gustavo",
    "gérard",
    "hakan",
    "hamid",
    "hans",
    "hassan",
    "henrik",
    "henry",
    "hiroshi",
    "hugo",
    "hussein",
    "ibrahim",
    "igor",
    "ivan",
    "jacob",
    "jacques",
    "jair",
    "jakub",
    "james",
    "javier",
    "jean-luc",
    "jean-pierre",
    "jens",
    "joe",
    "johan",
    "john",
    "jorge",
    "jose",
    "joseph",
    "josé",
    "joão",
    "juan",
    "justin",
    "jürgen",
    "kagiso",
    "karim",
    "karl",
    "keir",
    "kenji",
    "kevin",
    "khalid",
    "klaus",
    "kofi",
    "krzysztof",
    "kwame",
    "lars",
    "laurent",
    "luca",
    "luis",
    "lukas",
    "magnus",
    "mahmoud",
    "manuel",
    "marco",
    "marek",
    "mario",
    "mark",
    "martin",
    "matteo",
    "matthew",
    "mehmet",
    "michael",
    "miguel",
    "mikhail",
    "mohamed",
    "mohammed",
    "muhammad",
    "muhammadu",
    "mustafa",
    "mykola",
    "narendra",
    "nasser",
    "nelson",
    "nicolas",
    "nikolai",
    "olaf",
    "olav",
    "oleg",
    "oleksandr",
    "olivier",
    "omar",
    "oscar",
    "osman",
    "pablo",
    "paul",
    "paulo",
    "pavel",
    "pedro",
    "peter",
    "petr",
    "philippe",
    "pierre",
    "pieter",
    "piotr",
    "rafael",
    "rahul",
    "rajesh",
    "recep",
    "rené",
    "ricardo",
    "richard",
    "rishi",
    "robert",
    "roberto",
    "saeed",
    "samuel",
    "sanjay",
    "sergei",
    "sergey",
    "sergio",
    "shinzo",
    "sipho",
    "stefan",
    "stephen",
    "steven",
    "sven",
    "takeshi",
    "taras",
    "tariq",
    "thabo",
    "thierry",
    "thomas",
    "timothy",
    "tomas",
    "tomáš",
    "tony",
    "uhuru",
    "vikram",
    "viktor",
    "vladimir",
    "volodymyr",
    "walter",
    "william",
    "wolfgang",
    "xavier",
    "youssef",
    "yuri",
    "yusuf",
]);

/// The gender an honorific tells: "Mr", "Ms", "Dame".
fn gender_of_title(title: &str) -> Option<Gender> {
    match title.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether the place named at `at`, right after the first name at
/// `first`, is the person's surname: "Luís Montenegro", "Tom Chad".
fn surname_of_place(toks: &[Token<'_>], first: usize, at: usize, kind: PlaceKind) -> bool {
    at == first + 1
        && kind == PlaceKind::Country
        && toks[first].capitalized()
        && gender_of(toks[first].text).is_some()
}

/// The gender a person's first name tells.
fn gender_of(name: &str) -> Option<Gender> {
    let first = name.split(' ').next()?.to_lowercase();
    // "Luís", "José", "Zoë": the lists hold names with and without their
    // accents as they are commonly written; try the plain spelling too.
    let known = |name: &str| FEMALE_NAMES.contains(name) || MALE_NAMES.contains(name);
    let first = if known(&first) || first.is_ascii() {
        first
    } else {
        first
            .chars()
            .map(|c| match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ñ' => 'n',
                'ç' => 'c',
                other => other,
            })
            .collect()
    };
    if FEMALE_NAMES.contains(&first) {
        Some(Gender::Female)
    } else if MALE_NAMES.contains(&first) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A place named in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PlaceMention {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) name: String,
    pub(crate) country: Option<String>,
}

/// The actors of one article and what pronouns point to.
#[derive(Clone, Debug, Default)]
pub(crate) struct Registry {
    pub(crate) actors: Vec<Actor>,
    /// The people "he" or "she" may point to, latest first: the first
    /// person of the last sentence that named one, then those before.
    recent_people: Vec<usize>,
    /// Each actor's gender, when a title or a first name tells it.
    genders: Vec<Option<Gender>>,
    /// The people "they" and "their" point to.
    last_group: Vec<usize>,
    /// Generic institutions last named with their country: "the Syrian
    /// government" makes "the government" and "the regime" Syria's.
    last_generic: Vec<(String, usize)>,
    /// The actors of each name, in the order they were added.
    by_name: FxHashMap<String, Vec<usize>>,
    /// The latest person of each surname (a one-word name is its own).
    by_surname: FxHashMap<String, usize>,
    /// What "it said" points to: the first organization, institution or
    /// country of the last sentence that named one.
    last_body: Option<usize>,
    /// Where the sentence being read has a title that names no one known
    /// ("Argentina's president", "a spokeswoman"): "he" after it is that
    /// person, not someone named before.
    unnamed_titles: Vec<usize>,
    /// Whether the last sentence's people were all unnamed ("a government
    /// spokesman denied …"): "he said" after it is that person.
    last_unnamed: bool,
}

/// Verbs after "it" that make it a body speaking or acting: "it said", "it
/// denied".
const BODY_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "denied",
    "denies",
    "announced",
    "warned",
    "insisted",
    "rejected",
    "claimed",
    "confirmed",
    "stated",
];

/// How many people named before a pronoun may be what it points to.
const RECENT_PEOPLE: usize = 4;

/// Particles that may sit inside a name: "Bashar al-Assad", "Ursula von der
/// Leyen".
static NAME_PARTICLES: WordSet = WordSet::new(&[
    "al", "bin", "bint", "de", "del", "der", "di", "da", "dos", "du", "ibn", "la", "le", "van",
    "von",
]);

/// Whether the name particles at `k` lead on to a name word: "von der
/// Leyen", "bin Salman", "de la Cruz".
fn particles_before_name(toks: &[Token<'_>], k: usize) -> bool {
    let run = toks[k..].iter().take(3).take_while(|t| t.is_in(&NAME_PARTICLES)).count();
    run > 0 && toks.get(k + run).is_some_and(is_name_word)
}

/// Capitalized words that are not names (kept sorted, to read).
static NOT_NAMES: WordSet = WordSet::new(&[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "Despite",
    "During",
    "Earlier",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Meanwhile",
    "Mr",
    "Mrs",
    "Ms",
    "Next",
    "No",
    "Not",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "To",
    "Two",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "With",
    "Yet",
    "You",
]);

/// Words that end an organization's name.
static ORG_WORDS: WordSet = WordSet::new(&[
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Bureau",
    "Campaign",
    "Center",
    "Centre",
    "Club",
    "Co",
    "Co.",
    "Coalition",
    "Commission",
    "Committee",
    "Company",
    "Corp",
    "Corp.",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Energy",
    "Exchange",
    "Federation",
    "Foundation",
    "Front",
    "Fund",
    "Group",
    "Holdings",
    "Inc",
    "Inc.",
    "Industries",
    "Institute",
    "Institution",
    "League",
    "Lines",
    "Ltd",
    "Ltd.",
    "Ministry",
    "Motors",
    "Movement",
    "Network",
    "News",
    "Observatory",
    "Office",
    "Organisation",
    "Organization",
    "Partners",
    "Party",
    "Police",
    "Press",
    "Railway",
    "Railways",
    "Service",
    "Services",
    "Shipping",
    "Society",
    "Survey",
    "Systems",
    "Technologies",
    "Times",
    "Tribunal",
    "Trust",
    "Union",
    "University",
    "Watch",
]);

/// Organizations' words in lower case, after a name that is the
/// organization's: "the Unite union", "the RMT union", "the Wagner group".
static ORG_NOUNS: WordSet = WordSet::new(&[
    "alliance",
    "association",
    "bank",
    "bloc",
    "broadcaster",
    "carmaker",
    "charity",
    "club",
    "coalition",
    "company",
    "corporation",
    "council",
    "faction",
    "federation",
    "firm",
    "foundation",
    "group",
    "insurer",
    "league",
    "lender",
    "militia",
    "movement",
    "organisation",
    "organization",
    "party",
    "regulator",
    "retailer",
    "union",
]);

/// Capitalized words before an organization's word that name an occasion,
/// not an organization: "the Christmas party".
static OCCASIONS: WordSet = WordSet::new(&[
    "Birthday",
    "Christmas",
    "Diwali",
    "Easter",
    "Eid",
    "Halloween",
    "Hanukkah",
    "Thanksgiving",
    "Year",
]);

/// Words that open a sentence as the subject of a verb and name no actor:
/// pronouns of quantity, counts, plurals without an -s, what is seen or
/// falls.
static COMMON_SUBJECTS: WordSet = WordSet::new(&[
    "all",
    "another",
    "anybody",
    "anyone",
    "both",
    "children",
    "data",
    "each",
    "eight",
    "either",
    "everybody",
    "everyone",
    "everything",
    "evidence",
    "few",
    "five",
    "footage",
    "four",
    "gunfire",
    "inflation",
    "lightning",
    "many",
    "men",
    "most",
    "neither",
    "nine",
    "nobody",
    "none",
    "nothing",
    "people",
    "personnel",
    "rain",
    "research",
    "seven",
    "several",
    "six",
    "smoke",
    "snow",
    "somebody",
    "someone",
    "something",
    "staff",
    "ten",
    "three",
    "traffic",
    "unemployment",
    "video",
    "violence",
    "water",
    "wind",
    "women",
    "youth",
]);

/// Acronyms that name no one: measures, times, roles, things.
static NOT_ACTOR_ACRONYMS: WordSet = WordSet::new(&[
    "AD", "ADHD", "AGM", "AI", "AIDS", "AK", "AM", "ATM", "BC", "BCE", "BST", "CCTV", "CE", "CEO",
    "CET", "CFO", "COO", "COVID", "CPI", "CT", "CTO", "DIY", "DNA", "EDT", "EEZ", "ER", "EST",
    "ETA", "ETF", "EUR", "EV", "FAQ", "FY", "GBP", "GCSE", "GDP", "GMT", "GPS", "GW", "HIV", "HQ",
    "HR", "ICBM", "ICU", "ID", "IED", "IPO", "IQ", "IT", "IVF", "JPY", "KM", "LGBT", "LGBTQ",
    "LIVE", "LNG", "MBA", "MP", "MPH", "MRI", "MW", "NEWS", "NGO", "OK", "PC", "PDF", "PDT",
    "PHOTOS", "PM", "PR", "PS", "PST", "PTSD", "RIP", "RMB", "SMS", "SUV", "TV", "UAV", "UFO",
    "UPDATE", "URL", "USD", "UTC", "VAT", "VIDEO", "VIP", "WATCH", "WMD", "YTD",
]);

/// Whether a word is an acronym that may name an organization: two to six
/// letters, a capital first and another inside ("RMT", "ANC", "PiS",
/// "SpaceX"); not a plural ("MPs"), a Roman numeral ("III"), a surname
/// with a prefix ("McCain", "LeBron") nor a measure or a role ("GDP",
/// "CEO").
fn is_acronym(t: &Token<'_>) -> bool {
    let w = t.text;
    let upper = |c: char| c.is_ascii_uppercase();
    (2..=6).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && w.starts_with(upper)
        && w[1..].contains(upper)
        && !(w.ends_with('s') && w[..w.len() - 1].chars().all(upper))
        && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && !["Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Van", "Von"]
            .iter()
            .any(|p| w.strip_prefix(p).is_some_and(|rest| rest.starts_with(upper)))
        && !NOT_ACTOR_ACRONYMS.contains(w)
}

/// Whether the token at `k` is a middle initial's period: "Karen L.
/// Whitfield".
fn initial_dot(toks: &[Token<'_>], k: usize) -> bool {
    k > 0
        && toks[k].is_punct('.')
        && toks[k - 1].text.len() == 1
        && toks.get(k + 1).is_some_and(is_name_word)
}

/// A name's words joined by spaces, an initial's period kept with it.
pub(crate) fn join_name(toks: &[Token<'_>]) -> String {
    let mut name = String::new();
    for t in toks {
        if !name.is_empty() && !t.is_punct('.') {
            name.push(' ');
        }
        name.push_str(t.text);
    }
    name
}

/// Whether one capitalized word has the shape of a name of its own
/// rather than of a common noun or an acronym: no capital inside, no
/// plural, no gerund.
fn single_name_shape(word: &Token<'_>) -> bool {
    !word.text.chars().skip(1).any(char::is_uppercase)
        && !plural_noun(word)
        && !word.lower.ends_with("ing")
}

/// Whether a word looks like a plural common noun: "Analysts",
/// "Officials".
fn plural_noun(t: &Token<'_>) -> bool {
    t.lower.len() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss")
}

fn is_name_word(t: &Token<'_>) -> bool {
    t.shape == Shape::Word
        && t.capitalized()
        && !NOT_NAMES.contains(t.text)
        && !is_calendar_word(&t.lower)
}

fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

impl Registry {
    fn add(&mut self, actor: Actor) -> usize {
        let same = self
            .by_name
            .get(actor.name.as_str())
            .and_then(|ids| ids.iter().copied().find(|&i| self.actors[i].kind == actor.kind));
        if let Some(i) = same {
            // Keep the fullest description.
            let existing = &mut self.actors[i];
            if existing.title.is_none() {
                existing.title = actor.title;
            }
            if existing.country.is_none() {
                existing.country = actor.country;
            }
            return i;
        }
        let gender = (actor.kind == ActorKind::Person).then(|| gender_of(&actor.name)).flatten();
        let i = self.actors.len();
        self.by_name.entry(actor.name.clone()).or_default().push(i);
        if let Some(surname) = actor.surname() {
            self.by_surname.insert(surname.to_string(), i);
        }
        self.actors.push(actor);
        self.genders.push(gender);
        i
    }

    /// The latest person of that surname, or of that one-word name.
    fn person_by_surname(&self, surname: &str) -> Option<usize> {
        self.by_surname.get(surname).copied()
    }

    /// The first actor of that name, of any kind.
    fn first_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).and_then(|ids| ids.first().copied())
    }

    /// Forgets what pronouns and generic names point to, keeping the
    /// actors: after a first pass over the article has registered everyone
    /// it names, so that the headline's "Trump" is known as a person.
    pub(crate) fn restart(&mut self) {
        self.recent_people.clear();
        self.last_group.clear();
        self.last_generic.clear();
        self.last_body = None;
        self.last_unnamed = false;
    }

    /// Whether the sentence last read has a title at token `k` that names
    /// no one known: "hosted the Japanese ambassador".
    pub(crate) fn unnamed_title_at(&self, k: usize) -> bool {
        self.unnamed_titles.contains(&k)
    }

    /// The holder of a title: "the president" is the first president the
    /// article introduced, the one it is about.
    fn person_by_title(&self, title: &str, country: Option<&str>) -> Option<usize> {
        self.actors.iter().position(|a| {
            a.kind == ActorKind::Person
                && a.title.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(title))
                && country.is_none_or(|c| a.country.as_deref() == Some(c))
        })
    }

    /// Registers the actors one sentence names, without resolving its
    /// pronouns: the first pass over an article.
    pub(crate) fn register(&mut self, found: &[Found<'_>], text: &str, toks: &[Token<'_>]) {
        self.names(found, text, toks);
    }

    /// Finds the actors and places of one sentence, registering new
    /// actors and updating what pronouns point to.
    /// `found` is what the gazetteer finds in `text`.
    pub(crate) fn sentence(
        &mut self,
        found: &[Found<'_>],
        text: &str,
        toks: &[Token<'_>],
    ) -> (Vec<Mention>, Vec<PlaceMention>) {
        let (mut mentions, places) = self.names(found, text, toks);
        self.pronouns(&mut mentions, toks);
        (mentions, places)
    }

    /// The word opening a sentence right before the verb at `verb` (or an
    /// adverb before it) as its subject, when the verb is an event's: "Ford
    /// laid off 300 workers", "Unite called a strike". Reading names, such
    /// a word is left alone, as it may as well be a common noun ("Video
    /// posted online showed"); an event's verb after it makes it an actor.
    /// Not a plural, an adverb, a gerund, an acronym (which has its own
    /// rule), a first name or a common subject ("Everyone agreed").
    pub(crate) fn opening_subject(&mut self, toks: &[Token<'_>], verb: usize) -> Option<Mention> {
        let adverb = |t: &Token<'_>| t.lower.len() > 4 && t.lower.ends_with("ly");
        if !(verb == 1 || (verb == 2 && adverb(&toks[1]))) {
            return None;
        }
        let word = &toks[0];
        let plain = is_name_word(word)
            && single_name_shape(word)
            && !adverb(word)
            && !word.is_in(&COMMON_SUBJECTS)
            && gender_of(word.text).is_none();
        if !plain {
            return None;
        }
        let name = word.text.to_string();
        let actor = match self.first_named(&name) {
            Some(known) => known,
            None => self.add(Actor { name, kind: ActorKind::Unknown, title: None, country: None }),
        };
        Some(Mention {
            first: 0,
            end: 1,
            actor,
            possessive: false,
            modifier: false,
            pronoun: false,
        })
    }

    /// The actors and places one sentence names, registering new actors.
    fn names(
        &mut self,
        found: &[Found<'_>],
        text: &str,
        toks: &[Token<'_>],
    ) -> (Vec<Mention>, Vec<PlaceMention>) {
        let base = toks.first().map_or(0, |t| t.start);
        // The gazetteer entry starting at each token, by token index.
        let mut gaz: Vec<Option<(usize, &crate::gazetteer::Entry)>> = vec![None; toks.len()];
        for f in found {
            let (start, end) = (base + f.start, base + f.end);
            let Ok(first) = toks.binary_search_by_key(&start, |t| t.start) else { continue };
            // "Russian-led": a demonym inside a hyphenated word.
            let hyphenated = |t: &Token<'_>| {
                t.start < end && end < t.end && text.as_bytes().get(end - base) == Some(&b'-')
            };
            let last = toks[first..]
                .binary_search_by_key(&end, |t| t.end)
                .ok()
                .map(|k| first + k)
                .or_else(|| {
                    matches!(f.entry.kind, PlaceKind::Demonym | PlaceKind::Country)
                        .then(|| toks.iter().position(hyphenated))
                        .flatten()
                });
            if let Some(last) = last {
                gaz[first] = Some((last + 1, f.entry));
            }
        }
        // "Greater Manchester Police", "Avon and Somerset Police": a generic
        // institution's word after a name is the last word of one
        // organization's name, read with the other names below; not after
        // a country ("French Police" is France's police).
        for k in 1..toks.len() {
            let generic = gaz[k].is_some_and(|(end, e)| {
                end == k + 1
                    && e.kind == PlaceKind::Institution
                    && e.country.is_none()
                    && ORG_WORDS.contains(toks[k].text)
            });
            let after_name = is_name_word(&toks[k - 1])
                && !toks[k - 1].lower.ends_with("ed")
                && !(k.saturating_sub(3)..k).any(|j| {
                    gaz[j].is_some_and(|(end, e)| {
                        end == k
                            && matches!(
                                e.kind,
                                PlaceKind::Country
                                    | PlaceKind::Demonym
                                    | PlaceKind::Capital
                                    | PlaceKind::Institution
                                    | PlaceKind::Title
                            )
                    })
                });
            if generic && after_name {
                gaz[k] = None;
            }
        }
        let mut mentions = Vec::new();
        let mut places = Vec::new();
        let mut used = vec![false; toks.len()];
        self.unnamed_titles.clear();
        let possessive_at = |k: usize| toks.get(k).is_some_and(|t| t.shape == Shape::Possessive);

        // People with titles: "US President Donald Trump", "Secretary of
        // State Rex Tillerson", "Mr Putin", "the president".
        let mut i = 0;
        while i < toks.len() {
            let Some((title_end, entry)) = gaz[i].filter(|(_, e)| e.kind == PlaceKind::Title)
            else {
                i += 1;
                continue;
            };
            // Affiliation right before: "US", "German", "United Nations".
            let mut first = i;
            let mut country = None;
            if i > 0 {
                // "Argentina's president" too.
                if let Some(start) = (0..i).rev().take(4).find(|&k| {
                    gaz[k].is_some_and(|(end, e)| {
                        (end == i || (end + 1 == i && possessive_at(end)))
                            && e.kind != PlaceKind::Title
                    })
                }) {
                    let (_, e) = gaz[start].expect("found above");
                    country = e.country.clone().or_else(|| Some(e.stands_for.clone()));
                    first = start;
                }
            }
            let mut end = title_end;
            // Further title words: "Foreign Minister", "Deputy Prime Minister".
            while let Some((more_end, _)) =
                gaz.get(end).copied().flatten().filter(|(_, e)| e.kind == PlaceKind::Title)
            {
                end = more_end;
            }
            let name_start = end;
            let mut name_end = name_start;
            // "President Jan Kowal", "Minister May Chen": a given name that
            // is a month's, right after the title and before a surname.
            let month_name = |k: usize| {
                k == name_start
                    && toks[k].shape == Shape::Word
                    && toks[k].capitalized()
                    && is_calendar_word(&toks[k].lower)
                    && toks.get(k + 1).is_some_and(is_name_word)
                    && gaz.get(k + 1).copied().flatten().is_none()
            };
            while name_end < toks.len()
                && (is_name_word(&toks[name_end])
                    || month_name(name_end)
                    || (name_end > name_start && initial_dot(toks, name_end))
                    || (name_end > name_start && particles_before_name(toks, name_end)))
                && gaz[name_end].is_none_or(|(_, e)| {
                    matches!(e.kind, PlaceKind::City | PlaceKind::Region)
                        || surname_of_place(toks, name_start, name_end, e.kind)
                })
                && name_end - name_start < 5
            {
                name_end += 1;
            }
            // "Rights group Justice Watch": a title before a name that ends
            // in an organization's word is part of the organization's name.
            if name_end > name_start && ORG_WORDS.contains(toks[name_end - 1].text) {
                i += 1;
                continue;
            }
            let honorific = matches!(
                entry.stands_for.as_str(),
                "Mr" | "Mrs" | "Ms" | "Dr" | "Mr." | "Mrs." | "Ms." | "Dr."
            ) || matches!(
                entry.name.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Dr" | "Miss" | "Sir" | "Dame" | "Lord" | "Lady"
            );
            let title = (!honorific).then(|| entry.stands_for.clone());
            let actor = if name_end > name_start {
                let name = join_name(&toks[name_start..name_end]);
                let person = match (name_end - name_start, self.person_by_surname(&name)) {
                    (1, Some(known)) => known,
                    _ => self.add(Actor { name, kind: ActorKind::Person, title, country }),
                };
                if let Some(g) = gender_of_title(&entry.name) {
                    self.genders[person] = Some(g);
                }
                Some(person)
            } else if first > 0
                && toks[first - 1].is_any(&["new", "next", "future", "incoming", "another"])
            {
                // "nominates new prime minister": not the one in office.
                None
            } else if !toks[i].capitalized() || (i > 0 && toks[i - 1].is_any(&["the", "a"])) {
                // "the president", "the US president": someone named before.
                // Not another country's: "Argentina's president" is not
                // the Brazilian president named before.
                self.person_by_title(&entry.stands_for, country.as_deref()).or_else(|| {
                    self.person_by_title(&entry.stands_for, None)
                        .filter(|&p| country.is_none() || self.actors[p].country.is_none())
                })
            } else {
                None
            };
            match actor {
                Some(a) => {
                    let start = if first > 0 && toks[first - 1].is("the") && name_end == name_start
                    {
                        first - 1
                    } else {
                        first
                    };
                    let stop = name_end.max(end);
                    used[start..stop].iter_mut().for_each(|u| *u = true);
                    mentions.push(Mention {
                        first: start,
                        end: stop,
                        actor: a,
                        possessive: possessive_at(stop),
                        modifier: false,
                        pronoun: false,
                    });
                    i = stop;
                }
                None => {
                    self.unnamed_titles.push(i);
                    i = end;
                }
            }
        }

        // Countries, capitals, institutions, organizations, places.
        for i in 0..toks.len() {
            if used[i] {
                continue;
            }
            let Some((end, entry)) = gaz[i] else { continue };
            if entry.kind == PlaceKind::Title
                || used[i..end].iter().any(|u| *u)
                || (i > 0 && surname_of_place(toks, i - 1, i, entry.kind))
            {
                continue;
            }
            let kind = match entry.kind {
                PlaceKind::Institution => Some(ActorKind::Institution),
                PlaceKind::Organization => Some(ActorKind::Organization),
                PlaceKind::Country | PlaceKind::Demonym | PlaceKind::Capital => {
                    Some(ActorKind::Country)
                }
                _ => None,
            };
            let start = if i > 0 && toks[i - 1].is("the") { i - 1 } else { i };
            if entry.kind.is_place() {
                places.push(PlaceMention {
                    first: start,
                    end,
                    name: entry.name.clone(),
                    country: entry.country.clone(),
                });
            }
            // "the Syrian government", "Russian military": a generic
            // institution of a country.
            // "Azerbaijan's defence ministry" too.
            let after = if possessive_at(end) { end + 1 } else { end };
            let generic_after = gaz.get(after).copied().flatten().filter(|(_, e)| {
                e.kind == PlaceKind::Institution
                    && e.country.is_none()
                    && matches!(entry.kind, PlaceKind::Demonym | PlaceKind::Country)
            });
            if let Some((generic_end, generic)) = generic_after {
                let country = entry.country.clone().unwrap_or_else(|| entry.stands_for.clone());
                let name = format!("{country} ({})", generic.stands_for);
                let a = self.add(Actor {
                    name,
                    kind: ActorKind::Institution,
                    title: None,
                    country: Some(country),
                });
                self.last_generic.retain(|(g, _)| *g != generic.stands_for);
                self.last_generic.push((generic.stands_for.clone(), a));
                used[start..generic_end].iter_mut().for_each(|u| *u = true);
                mentions.push(Mention {
                    first: start,
                    end: generic_end,
                    actor: a,
                    possessive: possessive_at(generic_end),
                    modifier: false,
                    pronoun: false,
                });
                continue;
            }
            if let Some(kind) = kind {
                let name = if kind == ActorKind::Country {
                    entry.country.clone().unwrap_or_else(|| entry.stands_for.clone())
                } else {
                    entry.stands_for.clone()
                };
                // "the regime", "the government": the country's last named.
                let known_generic = (entry.kind == PlaceKind::Institution
                    && entry.country.is_none())
                .then(|| self.last_generic.iter().find(|(g, _)| *g == entry.stands_for))
                .flatten()
                .map(|(_, a)| *a);
                let a = known_generic.unwrap_or_else(|| {
                    self.add(Actor { name, kind, title: None, country: entry.country.clone() })
                });
                // "Syrian government targets", "the US strike": a modifier.
                let modifier = entry.kind == PlaceKind::Demonym
                    || toks.get(end).is_some_and(|t| {
                        t.shape == Shape::Word
                            && !t.capitalized()
                            && !t.is_any(&[
                                "and", "or", "said", "says", "has", "have", "had", "is", "was",
                                "will", "would", "and", "to",
                            ])
                    }) && matches!(entry.kind, PlaceKind::Country)
                    || !toks[end - 1].text.ends_with(entry.name.rsplit(' ').next().unwrap_or(""));
                used[start..end].iter_mut().for_each(|u| *u = true);
                mentions.push(Mention {
                    first: start,
                    end,
                    actor: a,
                    possessive: possessive_at(end),
                    modifier,
                    pronoun: false,
                });
            }
        }

        // Other capitalized names: known people by surname, new people
        // before "said", organizations by their last word.
        let mut i = 0;
        while i < toks.len() {
            if used[i] || !is_name_word(&toks[i]) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < toks.len()
                && !used[end]
                && (is_name_word(&toks[end])
                    || initial_dot(toks, end)
                    || particles_before_name(toks, end))
                && end - i < 6
            {
                end += 1;
            }
            // "the Nurses and Midwives Council", "the International
            // Organization for Migration": an organization's name over
            // "and" before its last word, or "for" and "of" after it; not
            // over a place ("the Bank of England" keeps England).
            let run = |from: usize| {
                (from..toks.len().min(from + 4))
                    .take_while(|&k| !used[k] && gaz[k].is_none() && is_name_word(&toks[k]))
                    .count()
            };
            if toks.get(end).is_some_and(|t| t.is_any(&["and", "&"])) {
                let more = run(end + 1);
                if more > 0 && ORG_WORDS.contains(toks[end + more].text) {
                    end += 1 + more;
                }
            } else if ORG_WORDS.contains(toks[end - 1].text)
                && toks.get(end).is_some_and(|t| t.is_any(&["for", "of"]))
            {
                end += match run(end + 1) {
                    0 => 0,
                    more => 1 + more,
                };
                // "the Authority for Consumers and Markets"
                if toks.get(end).is_some_and(|t| t.is("and")) && end > i + 2 {
                    end += match run(end + 1) {
                        0 => 0,
                        more => 1 + more,
                    };
                }
            }
            let org = ORG_WORDS.contains(toks[end - 1].text);
            // "the U.S. Geological Survey", "Japan Aerospace Exploration
            // Agency": a country's name right before an organization's is
            // part of it.
            let country_before = mentions.iter().position(|m: &Mention| {
                m.end == i && !m.possessive && self.actors[m.actor].kind == ActorKind::Country
            });
            let (named, first) = match country_before.filter(|_| org) {
                Some(c) => {
                    let m = mentions.remove(c);
                    let named = if toks[m.first].is("the") { m.first + 1 } else { m.first };
                    (named, m.first)
                }
                None => (i, i),
            };
            let name = join_name(&toks[named..end]);
            let sentence_start = i == 0 || toks[i - 1].is_punct('"') || toks[i - 1].is_punct('“');
            let known = self.person_by_surname(&name).or_else(|| self.first_named(&name));
            // "will visit Porto Alegre": a place's whole name is a place, not
            // someone's ("Milan Đukić" still is), unless someone is known by
            // it ("Chanda said" after "Joseph Chanda").
            if known.is_none()
                && !org
                && gaz[i]
                    .is_some_and(|(place_end, e)| place_end == end && e.kind == PlaceKind::City)
            {
                i = end;
                continue;
            }
            let speech = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.is_any(&[
                        "said",
                        "says",
                        "told",
                        "added",
                        "wrote",
                        "tweeted",
                        "announced",
                        "denied",
                        "denies",
                        "confirmed",
                        "insisted",
                    ])
                })
            };
            // "Mick Lynch said", "Pat Cullen, said", and across a role in
            // apposition: "Mick Lynch, the union's general secretary, said".
            let speaks = || {
                let comma = toks.get(end).is_some_and(|t| t.is_punct(','));
                speech(end)
                    || (comma && speech(end + 1))
                    || (comma
                        && toks
                            .get(end + 1)
                            .is_some_and(|t| t.is_any(&["the", "a", "an"]) || !t.capitalized())
                        && (end + 2..(end + 12).min(toks.len()))
                            .find(|&k| toks[k].shape == Shape::Punct)
                            .is_some_and(|k| toks[k].is_punct(',') && speech(k + 1)))
            };
            // "Prabowo Subianto spoke by phone": a verb right after a name
            // that opens the sentence.
            let acts = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.shape == Shape::Word
                        && !t.capitalized()
                        && (t.lower.ends_with("ed")
                            || t.is_any(&[
                                "spoke", "met", "held", "won", "led", "told", "took", "went",
                                "gave", "made", "will", "would", "has", "had", "was",
                            ]))
                })
            };
            // "Halvorsen, who met the minister, resigned", "The RMT, which
            // staged a walkout, rejected the offer": a relative clause
            // right after the name, closed by a comma, then a verb the
            // name does.
            let relative_acts = || {
                toks.get(end).is_some_and(|t| t.is_punct(','))
                    && toks.get(end + 1).is_some_and(|t| t.is_any(&["who", "which"]))
                    && (end + 2..(end + 14).min(toks.len()))
                        .find(|&k| toks[k].shape == Shape::Punct)
                        .is_some_and(|k| toks[k].is_punct(',') && (speech(k + 1) || acts(k + 1)))
            };
            let word = &toks[i];
            let one = end - i == 1;
            let acronym = one && is_acronym(word);
            // "the Unite union", "the RMT union's leaders": a name before an
            // organization's word in lower case is the organization's; not
            // "Rights group Amnesty", a word describing the name after it,
            // nor "the Christmas party".
            let org_noun =
                toks.get(end).is_some_and(|t| t.shape == Shape::Word && t.is_in(&ORG_NOUNS));
            let org_after = org_noun
                && (acronym || !sentence_start)
                && !toks.get(end + 1).is_some_and(is_name_word)
                && !(one && OCCASIONS.contains(word.text));
            // "The union, RMT, called a strike": a name in apposition to an
            // organization's word.
            let apposed = i >= 2
                && toks[i - 1].is_punct(',')
                && toks[i - 2].shape == Shape::Word
                && toks[i - 2].is_in(&ORG_NOUNS)
                && toks.get(end).is_some_and(|t| t.is_punct(','));
            // "the Stop the Mine coalition": the end of a longer name.
            let inside_name = i >= 2
                && toks[i - 1].is_any(&["the", "of", "and", "for"])
                && !toks[i - 1].capitalized()
                && is_name_word(&toks[i - 2]);
            // "Macron and Merkel met": a name joined by "and" to another
            // before their verb.
            let joined_acting = || {
                toks.get(end).is_some_and(|t| t.is("and")) && {
                    let names = toks[end + 1..].iter().take(4).take_while(|t| is_name_word(t));
                    let after = end + 1 + names.count();
                    after > end + 1 && acts(after)
                }
            };
            // "Parents in Wrocław and Legnica held a protest": a name after
            // a preposition of place, or joined by "and" to a place after
            // one, is a place too, not who acted.
            let in_places = || {
                let at_place =
                    |k: usize| k > 0 && toks[k - 1].is_any(&["in", "at", "from", "near"]);
                at_place(i)
                    || (i >= 2
                        && toks[i - 1].is("and")
                        && (0..i - 1).any(|j| {
                            gaz[j].is_some_and(|(place_end, e)| {
                                place_end == i - 1 && e.kind.is_place()
                            }) && at_place(j)
                        }))
            };
            // "On Monday, Unite called a strike": one name, not an acronym,
            // before its verb in the past. Not a word opening the sentence,
            // which may as well be a common noun ("Residents fled", "Five
            // were arrested", "Video posted online showed"), unless another
            // name is joined to it; nor a plural, an adverb or a gerund.
            let subject_word = || {
                one && single_name_shape(word)
                    && gaz[i].is_none()
                    && !word.lower.ends_with("ly")
                    && !toks
                        .get(end)
                        .is_some_and(|t| t.is_any(&["will", "would", "has", "had", "was"]))
                    && ((!sentence_start && acts(end)) || joined_acting())
                    && !in_places()
            };
            // "Monteiro, 52, was arrested": an age in apposition tells a
            // person.
            let aged = || {
                toks.get(end).is_some_and(|t| t.is_punct(','))
                    && toks.get(end + 1).is_some_and(|t| {
                        t.shape == Shape::Number
                            && t.text.len() <= 3
                            && t.text.parse::<u32>().is_ok_and(|age| (1..=120).contains(&age))
                    })
                    && toks.get(end + 2).is_some_and(|t| t.is_punct(','))
            };
            // Not a person's first name, nor a place: "the Chicago company".
            let named_org = !inside_name
                && (org_after
                    || apposed
                    || (acronym && (acts(end) || speech(end) || relative_acts())))
                && !gaz[i].is_some_and(|(place_end, e)| place_end == end && e.kind.is_place())
                && gender_of(&name).is_none();
            let actor = if let Some(k) = known {
                Some(k)
            } else if org || named_org {
                Some(self.add(Actor {
                    name,
                    kind: ActorKind::Organization,
                    title: None,
                    country: None,
                }))
            } else if (end - i >= 2
                && (speaks()
                    || gender_of(&name).is_some()
                    || (i..end).any(|k| initial_dot(toks, k))))
                || aged()
            {
                Some(self.add(Actor { name, kind: ActorKind::Person, title: None, country: None }))
            } else if (end - i >= 2 && (!sentence_start || acts(end) || relative_acts()))
                || (speech(end) && !(sentence_start && plural_noun(&toks[i])))
                // "Gavi, the vaccine alliance, said", "Rinaldi, who
                // joined in 2019, said", "Unite, which called the strike,
                // said": one name opening the sentence,
                // speaking across an apposition; not "a firm based in Zug,
                // said".
                || (end - i == 1
                    && sentence_start
                    && toks.get(end + 1).is_some_and(|t| t.is_any(&["the", "a", "an", "who", "which"]))
                    && speaks()
                    && !plural_noun(&toks[i]))
                // "Halvorsen, who met the minister, resigned": acting across
                // a relative clause; not a common noun ("Inflation, which
                // rose in May, hit wages").
                || (end - i == 1
                    && sentence_start
                    && relative_acts()
                    && single_name_shape(word)
                    && !word.is_in(&COMMON_SUBJECTS))
            {
                // "Microsoft said", "Reuters reported": one name speaking;
                // not "Analysts said", a common noun opening a sentence.
                Some(self.add(Actor { name, kind: ActorKind::Unknown, title: None, country: None }))
            } else if subject_word() && gender_of(&name).is_none() {
                Some(self.add(Actor { name, kind: ActorKind::Unknown, title: None, country: None }))
            } else {
                None
            };
            let mut first = first;
            if actor.is_some_and(|a| {
                named_org && first == i && self.actors[a].kind == ActorKind::Organization
            }) {
                // "The RMT union called": the organization's word, and the
                // article, with the name, as with the names the gazetteer
                // knows.
                if org_after {
                    end += 1;
                }
                if i > 0 && toks[i - 1].is("the") {
                    first = i - 1;
                }
            }
            if let Some(a) = actor {
                used[i..end].iter_mut().for_each(|u| *u = true);
                mentions.push(Mention {
                    first,
                    end,
                    actor: a,
                    possessive: possessive_at(end),
                    modifier: false,
                    pronoun: false,
                });
            }
            i = end;
        }
        // "in the Sumy region", "the Bryansk oblast": a place the gazetteer
        // does not know, or the region around a city it knows, named by
        // what kind of place it is.
        for k in 1..toks.len().saturating_sub(1) {
            let named = toks[k - 1].is("the")
                && toks[k + 1].is_any(&[
                    "region",
                    "province",
                    "district",
                    "oblast",
                    "governorate",
                    "county",
                ])
                && is_name_word(&toks[k]);
            if !named {
                continue;
            }
            let city = places.iter().position(|p| p.first + 1 >= k && p.end == k + 1);
            if city.is_none() && places.iter().any(|p| p.first <= k && k < p.end) {
                continue;
            }
            let country = city.and_then(|c| places.remove(c).country);
            places.push(PlaceMention {
                first: k - 1,
                end: k + 2,
                name: format!("{} {}", toks[k].text, toks[k + 1].text),
                country,
            });
        }
        // "in the town of Drava", "off the island of Lampedusa": a place
        // the gazetteer does not know, named by what kind of place it is.
        for k in 1..toks.len().saturating_sub(2) {
            let kind_of_place = toks[k + 1].is("of")
                && toks[k].is_any(&["town", "city", "village", "island", "port", "settlement"]);
            if !kind_of_place {
                continue;
            }
            // "the Ukrainian city of Kharkiv", "the northern town of
            // Drava": over one capitalized or compass word.
            let the = if toks[k - 1].is("the") {
                k - 1
            } else if k >= 2
                && toks[k - 2].is("the")
                && (toks[k - 1].capitalized() || toks[k - 1].lower.ends_with("ern"))
            {
                k - 2
            } else {
                continue;
            };
            // "in the city of Kharkiv": a known place, from the article.
            if let Some(known) = places.iter_mut().find(|p| p.first == k + 2) {
                known.first = the;
                continue;
            }
            if places.iter().any(|p| p.first <= k + 2 && k + 2 < p.end) {
                continue;
            }
            // Taken for a person too, maybe ("Bento Goncalves"): the kind of
            // place says otherwise.
            let words =
                (k + 2..toks.len().min(k + 5)).take_while(|&j| is_name_word(&toks[j])).count();
            if words == 0 {
                continue;
            }
            let end = k + 2 + words;
            mentions.retain(|m: &Mention| m.end <= k + 2 || m.first >= end);
            places.push(PlaceMention {
                first: the,
                end,
                name: join_name(&toks[k + 2..end]),
                country: None,
            });
        }
        places.sort_by_key(|p| p.first);
        (mentions, places)
    }

    /// Adds to a sentence's named actors what its pronouns point to, and
    /// remembers who later pronouns may point to: "he" is the first person
    /// named before it in the sentence, else the one pronouns pointed to
    /// before; "they" the people last named together ("Putin and Trump").
    fn pronouns(&mut self, mentions: &mut Vec<Mention>, toks: &[Token<'_>]) {
        mentions.sort_by_key(|m| (m.first, m.actor));
        let mut used = vec![false; toks.len()];
        for m in mentions.iter() {
            used[m.first..m.end].iter_mut().for_each(|u| *u = true);
        }
        let named: Vec<Mention> = mentions.clone();
        let is_person =
            |m: &Mention| !m.possessive && self.actors[m.actor].kind == ActorKind::Person;
        // Not "military" in "the military government": a name right before
        // another is its modifier.
        let is_body = |m: &Mention| {
            !m.modifier
                && !named.iter().any(|n| n.first == m.end)
                && matches!(
                    self.actors[m.actor].kind,
                    ActorKind::Organization | ActorKind::Institution | ActorKind::Country
                )
        };
        let groups: Vec<(usize, [usize; 2])> = named
            .windows(2)
            .filter(|p| {
                is_person(&p[0])
                    && is_person(&p[1])
                    && p[1].first == p[0].end + 1
                    && toks[p[0].end].is_any(&["and", "&"])
            })
            .map(|p| (p[1].end, [p[0].actor, p[1].actor]))
            .collect();
        // Whom each pronoun of the sentence pointed to, and as what gender:
        // in "I'd ask him one thing," she said, "she" is not "him".
        let mut resolved: Vec<(usize, Gender)> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if used[i] || t.shape != Shape::Word {
                continue;
            }
            match &*t.lower {
                "he" | "she" | "him" | "his" | "her" => {
                    let wanted =
                        if t.is_any(&["he", "him", "his"]) { Gender::Male } else { Gender::Female };
                    // The first person named before it in the sentence,
                    // else the people named before, latest first; not one
                    // known to be of the other gender.
                    // "Argentina's president said he would not attend":
                    // someone the article does not name.
                    let named_before = named.iter().any(|m| m.end <= i && is_person(m));
                    let unnamed_before = self.unnamed_titles.iter().any(|&k| k < i)
                        || (self.last_unnamed && !named_before);
                    let earlier = self.recent_people.iter().copied().filter(|_| !unnamed_before);
                    let chosen = named
                        .iter()
                        .filter(|m| m.end <= i && is_person(m))
                        .map(|m| m.actor)
                        .chain(earlier)
                        .find(|&p| {
                            self.genders[p].is_none_or(|g| g == wanted)
                                && !resolved.iter().any(|&(q, g)| q == p && g != wanted)
                        });
                    if let Some(p) = chosen {
                        resolved.push((p, wanted));
                        mentions.push(Mention {
                            first: i,
                            end: i + 1,
                            actor: p,
                            possessive: t.is_any(&["his", "her"]),
                            modifier: false,
                            pronoun: true,
                        });
                    }
                }
                // "It said in a statement", "it denied": the body named
                // before it in the sentence, else the last one named.
                "it" if toks.get(i + 1).is_some_and(|n| n.is_any(BODY_VERBS)) => {
                    let before = named.iter().find(|m| m.end <= i && is_body(m)).map(|m| m.actor);
                    if let Some(b) = before.or(self.last_body) {
                        mentions.push(Mention {
                            first: i,
                            end: i + 1,
                            actor: b,
                            possessive: false,
                            modifier: false,
                            pronoun: true,
                        });
                    }
                }
                "they" | "their" | "them" => {
                    let before =
                        groups.iter().rev().find(|(end, _)| *end <= i).map(|(_, g)| g.to_vec());
                    for p in before.unwrap_or_else(|| self.last_group.clone()) {
                        mentions.push(Mention {
                            first: i,
                            end: i + 1,
                            actor: p,
                            possessive: t.is("their"),
                            modifier: false,
                            pronoun: true,
                        });
                    }
                }
                _ => {}
            }
        }
        // Stable: "their" keeps its people in the order they were named.
        mentions.sort_by_key(|m| m.first);
        self.last_unnamed = !self.unnamed_titles.is_empty() && !named.iter().any(&is_person);
        // The sentence's people, its first (its subject, mostly) latest.
        for m in named.iter().filter(|m| is_person(m)).rev() {
            self.recent_people.retain(|&p| p != m.actor);
            self.recent_people.insert(0, m.actor);
        }
        self.recent_people.truncate(RECENT_PEOPLE);
        if let Some((_, g)) = groups.last() {
            self.last_group = g.to_vec();
        }
        if let Some(b) = named.iter().find(|m| is_body(m)) {
            self.last_body = Some(b.actor);
        }
    }
}

#[cfg(test)]
mod tests {
    use dateline_temporal::token::tokenize;

    use super::*;

    #[track_caller]
    fn check(sentences: &[&str], expected: &[&[&str]]) {
        let gazetteer = Gazetteer::builtin();
        let mut registry = Registry::default();
        for (s, want) in sentences.iter().zip(expected) {
            let toks = tokenize(s, 0);
            let (mentions, _) = registry.sentence(&gazetteer.find(s), s, &toks);
            let got: Vec<&str> =
                mentions.iter().map(|m| registry.actors[m.actor].name.as_str()).collect();
            assert_eq!(&got, want, "in {s:?}");
        }
    }

    #[test]
    fn not_names_is_sorted() {
        assert!(NOT_NAMES.words().windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn people_titles_and_pronouns() {
        check(
            &[
                "US President Donald Trump spoke to Russian President Vladimir Putin.",
                "Mr Putin met German Chancellor Angela Merkel on Tuesday.",
                "He said the president would visit the Kremlin.",
                "Trump and Putin spoke again; their call lasted an hour.",
            ],
            &[
                &["Donald Trump", "Vladimir Putin"],
                &["Vladimir Putin", "Angela Merkel"],
                &["Vladimir Putin", "Donald Trump", "Russia (Kremlin)"],
                &["Donald Trump", "Vladimir Putin", "Donald Trump", "Vladimir Putin"],
            ],
        );
    }

    #[test]
    fn names_with_particles_and_a_name_opening_a_sentence_before_its_verb() {
        check(
            &[
                "Prabowo Subianto spoke by phone with Ursula von der Leyen on Tuesday.",
                "Heavy rain fell on the city.",
            ],
            &[&["Prabowo Subianto", "Ursula von der Leyen"], &[]],
        );
    }

    #[test]
    fn speakers_in_apposition_with_initials_or_by_one_name() {
        check(
            &[
                "Mick Lynch, the union's general secretary, said members had no choice.",
                "He told the BBC that talks would resume.",
                "Spokeswoman Karen L. Whitfield said staff were safe.",
                "Analysts said the deal would pass, and Siemens said it agreed.",
            ],
            &[&["Mick Lynch"], &["Mick Lynch"], &["Karen L. Whitfield"], &["Siemens"]],
        );
    }

    #[test]
    fn it_said_points_to_the_body_named_before() {
        check(
            &[
                "The military government rejected the decision.",
                "It said it would appeal.",
                "It is expected to rain.",
            ],
            &[&["Military", "Government"], &["Government"], &[]],
        );
    }

    #[test]
    fn names_ending_in_an_organization_word_are_organizations() {
        let gazetteer = Gazetteer::builtin();
        let mut registry = Registry::default();
        for s in ["Sea Watch said it was ready.", "Orient Lines said the crew was safe."] {
            let toks = tokenize(s, 0);
            let (mentions, _) = registry.sentence(&gazetteer.find(s), s, &toks);
            let kinds: Vec<ActorKind> =
                mentions.iter().map(|m| registry.actors[m.actor].kind).collect();
            assert_eq!(kinds, [ActorKind::Organization], "in {s:?}");
        }
    }

    #[test]
    fn an_age_in_apposition_tells_a_person_and_she_is_not_him() {
        check(
            &[
                "Monteiro, 52, was arrested on Monday.",
                "Robin Hale, 60, said Monteiro was guilty.",
                "“I’d ask him one thing,” she said.",
                "Route, 2000, was closed.",
            ],
            &[&["Monteiro"], &["Robin Hale", "Monteiro"], &["Robin Hale", "Monteiro"], &[]],
        );
    }
}
