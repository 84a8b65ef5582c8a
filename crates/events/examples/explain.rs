//! Prints every event mention the extractor finds in an article, before
//! merging, then the merged events, for debugging: `cargo run -p
//! dateline-events --example explain -- FILE YYYY-MM-DD [--events]`.

use dateline_article::{Reader, ReaderConfig, Source};
use dateline_events::render::{self, TextOptions};
use dateline_events::{Extractor, Lexicon};
use dateline_temporal::{Tagger, TaggerConfig};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, date, events_only) = match args.as_slice() {
        [path, date] => (path, date, false),
        [path, date, flag] if flag == "--events" => (path, date, true),
        _ => {
            eprintln!("usage: explain FILE YYYY-MM-DD [--events]");
            std::process::exit(2);
        }
    };
    let bytes = std::fs::read(path).expect("readable file");
    let article =
        Reader::new(ReaderConfig::default()).read(&bytes, Some(path)).expect("an article");
    let reference = date.parse().ok();
    let timexes = Tagger::new(TaggerConfig::default()).tag(&article, reference);
    let x = Extractor::new(&Lexicon::builtin());
    if events_only {
        let events = x.extract(&article, &timexes, reference);
        let source = Source { id: "s1".into(), path: Some(path.clone()) };
        let options = TextOptions { color: false, include_captions: true };
        render::write_text(&mut std::io::stdout(), &article, &source, reference, &events, options)
            .expect("stdout");
    } else {
        for t in &timexes {
            println!("timex {:?} {} {:?}", &article.text()[t.span], t.value, t.modifier);
        }
        for line in x.explain(&article, &timexes, reference) {
            println!("{line}");
        }
    }
}
