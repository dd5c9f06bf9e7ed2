//! A civil (calendar) date, `YYYY-MM-DD`, in the proleptic Gregorian
//! calendar, with day arithmetic. No time, no time zone: a diary entry is
//! about a day as the person lived it, wherever they were.

use std::fmt;

/// A valid date from 0001-01-01 to 9999-12-31 (four-digit years, as ISO
/// 8601 and FHIR `date` write them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    // Field order makes the derived order the calendar order.
    year: u16,
    month: u8,
    day: u8,
}

impl CivilDate {
    pub const MIN_YEAR: u16 = 1;
    pub const MAX_YEAR: u16 = 9999;

    /// The date, if it exists (30 February does not).
    pub fn new(year: u16, month: u8, day: u8) -> Option<CivilDate> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD` (ASCII digits, two hyphens, nothing
    /// around it).
    pub fn parse(text: &str) -> Option<CivilDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            bytes[range].iter().try_fold(0u16, |n, b| {
                b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
            })
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        CivilDate::new(year, month, day)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // H. Hinnant's days_from_civil, for the proleptic Gregorian calendar.
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, if it is within the years allowed.
    pub fn from_days_since_epoch(days: i64) -> Option<CivilDate> {
        // H. Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        CivilDate::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The date `days` later (earlier when negative), if it exists.
    pub fn add_days(self, days: i64) -> Option<CivilDate> {
        CivilDate::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: CivilDate) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// `YYYY-MM-DD`.
    pub fn to_text(self) -> String {
        let mut text = String::with_capacity(10);
        push_digits(&mut text, u32::from(self.year), 4);
        text.push('-');
        push_digits(&mut text, u32::from(self.month), 2);
        text.push('-');
        push_digits(&mut text, u32::from(self.day), 2);
        text
    }
}

/// Written by hand, not through `core::fmt` (see ARCHITECTURE, Performance).
fn push_digits(text: &mut String, value: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = (value / 10u32.pow(place)) % 10;
        text.push(char::from(b'0' + digit as u8));
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

pub fn is_leap_year(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn reads_and_writes_yyyy_mm_dd() {
        assert_eq!(date("2026-03-01").to_text(), "2026-03-01");
        assert_eq!(date("0001-01-01").to_string(), "0001-01-01");
        assert_eq!(date("9999-12-31").to_text(), "9999-12-31");
        let d = date("2024-02-29");
        assert_eq!((d.year(), d.month(), d.day()), (2024, 2, 29));
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-01-32",
            "0000-01-01",
            "2026-1-01",
            "2026/01/01",
            // One separator wrong, or a character too many: each alone
            // refuses the text.
            "2026/01-01",
            "2026-01/01",
            "2026-01-010",
            "2026-01-01 ",
            "2026-01-01T00:00",
            " 2026-01-01",
            "20260101",
            "2026-01-0a",
            "+026-01-01",
            "",
        ] {
            assert_eq!(CivilDate::parse(bad), None, "{bad}");
        }
        assert!(
            CivilDate::parse("2000-02-29").is_some(),
            "2000 is a leap year"
        );
        assert!(CivilDate::parse("2026-06-30").is_some());
        assert!(CivilDate::parse("2026-06-31").is_none());
        assert!(CivilDate::parse("2026-11-30").is_some());
        assert!(CivilDate::parse("2026-09-31").is_none());
        assert!(CivilDate::parse("2026-12-31").is_some());
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2026));
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(date("1970-01-01").days_since_epoch(), 0);
        assert_eq!(date("1970-01-02").days_since_epoch(), 1);
        assert_eq!(date("1969-12-31").days_since_epoch(), -1);
        assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(date("0001-01-01").days_since_epoch(), -719_162);
        assert_eq!(date("9999-12-31").days_since_epoch(), 2_932_896);
        assert_eq!(date("2024-02-28").add_days(1), Some(date("2024-02-29")));
        assert_eq!(date("2024-02-29").add_days(1), Some(date("2024-03-01")));
        assert_eq!(date("2025-02-28").add_days(1), Some(date("2025-03-01")));
        assert_eq!(date("2026-12-31").add_days(1), Some(date("2027-01-01")));
        assert_eq!(date("2026-01-01").add_days(-1), Some(date("2025-12-31")));
        assert_eq!(date("2026-01-01").add_days(42), Some(date("2026-02-12")));
        assert_eq!(date("9999-12-31").add_days(1), None);
        assert_eq!(date("0001-01-01").add_days(-1), None);
        assert_eq!(date("2026-01-01").add_days(i64::MAX), None);
        assert_eq!(date("2026-01-01").days_until(date("2026-02-12")), 42);
        assert_eq!(date("2026-02-12").days_until(date("2026-01-01")), -42);
        assert_eq!(date("2024-01-01").days_until(date("2025-01-01")), 366);
        // Every day of four centuries round-trips and counts one by one.
        let mut day = date("1900-01-01");
        for _ in 0..146_097 {
            let next = day.add_days(1).unwrap();
            assert_eq!(day.days_until(next), 1);
            assert_eq!(CivilDate::parse(&next.to_text()), Some(next));
            assert!(next > day);
            day = next;
        }
        assert_eq!(day, date("2300-01-01"));
    }
}
