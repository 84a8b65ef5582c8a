//! Text folded for comparison: what is left of a sentence once case,
//! punctuation, quote style, typography and whitespace are set aside.
//!
//! Two sentences with the same folded text differ at most cosmetically.
//! Folding keeps letters and digits only, lowercased; everything else is a
//! word boundary. Hashes are computed over the folded characters as they
//! are read, so folding never allocates.

/// The FNV-1a offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// The FNV-1a prime.
const FNV_PRIME: u64 = 0x0100_0000_01b3;

#[inline]
fn mix(hash: u64, c: char) -> u64 {
    let mut h = hash;
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Calls `f` with each letter or digit of `text`, lowercased.
#[inline]
fn for_each_folded(text: &str, mut f: impl FnMut(Option<char>)) {
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                f(Some(c.to_ascii_lowercase()));
            } else {
                f(None);
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                f(Some(l));
            }
        } else {
            f(None);
        }
    }
}

/// ASCII folded: letters lowercased, digits kept, everything else 0.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { 0 };
        b += 1;
    }
    t
};

/// Hashes folded bytes eight at a time: one multiply a word rather than a
/// byte keeps hashing every sentence of both versions cheap.
struct Hasher {
    h: u64,
    word: u64,
    len: u32,
}

impl Hasher {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;

    fn new() -> Hasher {
        Hasher { h: FNV_OFFSET, word: 0, len: 0 }
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        self.word = (self.word << 8) | u64::from(b);
        self.len += 1;
        if self.len == 8 {
            self.h = (self.h.rotate_left(5) ^ self.word).wrapping_mul(Self::K);
            self.word = 0;
            self.len = 0;
        }
    }

    fn finish(self) -> u64 {
        let h =
            (self.h.rotate_left(5) ^ self.word ^ (u64::from(self.len) << 60)).wrapping_mul(Self::K);
        h ^ (h >> 29)
    }
}

/// A hash of the folded text: equal for texts that differ only in case,
/// punctuation, quote marks, dashes and whitespace.
pub(crate) fn key(text: &str) -> u64 {
    let mut h = Hasher::new();
    // A word boundary counts once, however it is written, so that
    // "face-to- face" and "face-to-face" fold alike but "a bc" and "ab c"
    // do not.
    let mut gap = false;
    let mut started = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII, the common case, a byte at a time.
            let f = ASCII_FOLD[usize::from(b)];
            if f != 0 {
                if gap {
                    h.byte(b' ');
                    gap = false;
                }
                h.byte(f);
                started = true;
            } else {
                gap = started;
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if gap {
                h.byte(b' ');
                gap = false;
            }
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    h.byte(b);
                }
            }
            started = true;
        } else {
            gap = started;
        }
    }
    h.finish()
}

/// A hash of the text exactly as written, eight bytes at a time: much
/// cheaper than [`key`], for the many sentences that did not change at all.
pub(crate) fn exact(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut h: u64 = FNV_OFFSET ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        h = (h.rotate_left(5) ^ word).wrapping_mul(Hasher::K);
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(5) ^ u64::from_le_bytes(last)).wrapping_mul(Hasher::K);
    h ^ (h >> 29)
}

/// The folded text itself: lowercase letters and digits, words joined by
/// one space.
pub(crate) fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for_each_folded(text, |c| match c {
        Some(c) => {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
        None => gap = true,
    });
    out
}

/// The set of folded words of `text`, as sorted, distinct hashes.
pub(crate) fn word_set(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut h = FNV_OFFSET;
    for_each_folded(text, |c| match c {
        Some(c) => h = mix(h, c),
        None => {
            if h != FNV_OFFSET {
                out.push(h);
                h = FNV_OFFSET;
            }
        }
    });
    if h != FNV_OFFSET {
        out.push(h);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// How many elements two sorted, distinct sets share.
pub(crate) fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The Dice coefficient of two word sets: twice what they share over
/// their total size, 0 to 1.
pub(crate) fn dice(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * shared(a, b) as f32 / (a.len() + b.len()) as f32
}

/// The union of two sorted, distinct sets.
pub(crate) fn union(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether replacing `old` by `new` looks like a spelling fix: one word for
/// one word, lowercase, at least five letters, one letter added, dropped,
/// changed or two swapped, not at the end of the word ("recieved" →
/// "received", "goverment" → "government"; but not "agree" → "agreed",
/// which changes the grammar, nor "Anna" → "Anny", a name).
pub(crate) fn is_spelling_fix(old: &str, new: &str) -> bool {
    let word = |w: &str| w.chars().count() >= 5 && w.chars().all(|c| c.is_lowercase());
    if !word(old) || !word(new) || old == new {
        return false;
    }
    let a: Vec<char> = old.chars().collect();
    let b: Vec<char> = new.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix =
        a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    // The change must lie inside the word: something after it is kept.
    if suffix == 0 {
        return false;
    }
    let (da, db) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    match (da.len(), db.len()) {
        (0, 1) | (1, 0) | (1, 1) => true,
        // A swap of two letters: "ie" for "ei".
        (2, 2) => da[0] == db[1] && da[1] == db[0],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosmetic_variants_fold_alike() {
        let plain = "\"It feels like getting an old friend back,\" said Margaret Osei.";
        let curly = "“It feels like getting an old friend back,” said margaret  Osei";
        assert_eq!(key(plain), key(curly));
        assert_eq!(folded(curly), "it feels like getting an old friend back said margaret osei");
        assert_eq!(key("face-to-face"), key("face-to- face"));
        assert_ne!(key("a bc"), key("ab c"));
        assert_ne!(key("killed 70"), key("killed 86"));
        assert_eq!(key("LEEDS, England -"), key("LEEDS, England —"));
    }

    #[test]
    fn word_sets_and_dice() {
        let a = word_set("The train was carrying about 180 passengers.");
        let b = word_set("The train, which was travelling, was carrying about 180 passengers.");
        assert_eq!(a.len(), 7);
        assert_eq!(shared(&a, &b), 7);
        assert!((dice(&a, &b) - 14.0 / 16.0).abs() < 1e-6);
        assert_eq!(union(&a, &b).len(), b.len());
        assert_eq!(dice(&[], &[]), 1.0);
    }

    #[test]
    fn spelling_fixes() {
        assert!(is_spelling_fix("recieved", "received"));
        assert!(is_spelling_fix("goverment", "government"));
        assert!(is_spelling_fix("comittee", "committee"));
        assert!(!is_spelling_fix("agree", "agreed"));
        assert!(!is_spelling_fix("south", "north"));
        assert!(!is_spelling_fix("Kovacs", "Kovacz"));
        assert!(!is_spelling_fix("meet", "met"));
    }
}
