//! Headings whose level follows the host page's outline.

/// The tag of a heading at `level`: 1 to 6; deeper levels are shown as 6.
pub fn heading_tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6)) - 1]
}
