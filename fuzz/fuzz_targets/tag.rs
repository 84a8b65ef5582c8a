//! The temporal tagger on arbitrary text and reference dates from year 1 to
//! 9999: no panic, no overflow, spans on character boundaries.
#![no_main]

use chrono::NaiveDate;
use dateline_temporal::{Mode, Tagger, TaggerConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, u8, u8, bool, &str)| {
    let (year, month, day, narrative, text) = input;
    let reference = NaiveDate::from_ymd_opt(i32::from(year % 9999) + 1, u32::from(month % 12) + 1, u32::from(day % 28) + 1);
    let mode = if narrative { Mode::Narrative } else { Mode::News };
    let tagger = Tagger::new(TaggerConfig { mode, former: true });
    for t in tagger.tag_text(text, reference) {
        assert!(text.is_char_boundary(t.span.start()) && text.is_char_boundary(t.span.end()));
        let _ = t.value.to_string();
    }
});
