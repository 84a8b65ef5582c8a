//! Byte spans into an article's normalized text.

use std::fmt;
use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into an article's normalized text.
///
/// Every finding in dateline (a block, a sentence, a time expression, an
/// event trigger) carries a `Span`, so that it can be shown in context and
/// traced back to the text it came from. A span is checked when it is made:
/// `start <= end` always holds.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Makes the span `[start, end)`.
    ///
    /// # Panics
    ///
    /// Panics when `start > end`: a reversed span is a bug in the caller.
    #[inline]
    #[track_caller]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    /// The first byte of the span.
    #[inline]
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    #[inline]
    pub fn end(self) -> usize {
        self.end
    }

    /// The length of the span in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved `offset` bytes to the right.
    #[inline]
    pub fn offset(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// The smallest span covering both spans.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span as a `Range`, for slicing.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    #[track_caller]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_str() {
        let text = "Tuesday’s call";
        let span = Span::new(0, 7);
        assert_eq!(&text[span], "Tuesday");
        assert_eq!(span.len(), 7);
        assert!(Span::new(0, 14).contains(span));
        assert!(!span.overlaps(Span::new(7, 10)));
        assert_eq!(span.cover(Span::new(10, 12)), Span::new(0, 12));
    }

    #[test]
    #[should_panic(expected = "span start 5 is after its end 2")]
    fn rejects_reversed() {
        let _ = Span::new(5, 2);
    }
}
