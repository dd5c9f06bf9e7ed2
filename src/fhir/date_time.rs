//! FHIR R4 `dateTime` text: checking it, and writing the current time.

/// A FHIR `dateTime` of any precision (`2026`, `2026-11`, `2026-11-25`, or
/// with a time, which then needs seconds and a time zone), and a real date.
pub fn is_date_time(text: &str) -> bool {
    match text.split_once('T') {
        None => date(text).is_some(),
        Some((day, time)) => {
            matches!(date(day), Some((_, Some((_, Some(_)))))) && time_with_zone(time)
        }
    }
}

/// A full FHIR `dateTime` down to the second, with a time zone
/// (`2026-11-25T09:30:00Z`, `2026-11-25T10:30:00.5+01:00`), as a
/// QuestionnaireResponse's `authored` should be.
pub fn is_date_time_with_zone(text: &str) -> bool {
    text.contains('T') && is_date_time(text)
}

/// `YYYY(-MM(-DD)?)?`: the year, and the month and day when given.
type Date = (u32, Option<(u32, Option<u32>)>);

fn date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let year = digits(parts.next()?, 4).filter(|y| *y > 0)?;
    let month = match parts.next() {
        None => return Some((year, None)),
        Some(m) => digits(m, 2).filter(|m| (1..=12).contains(m))?,
    };
    let day = match parts.next() {
        None => return Some((year, Some((month, None)))),
        Some(d) => digits(d, 2).filter(|d| (1..=days_in_month(year, month)).contains(d))?,
    };
    match parts.next() {
        None => Some((year, Some((month, Some(day))))),
        Some(_) => None,
    }
}

/// `hh:mm:ss(.fraction)?` then `Z` or `+hh:mm` / `-hh:mm` (at most 14:00).
fn time_with_zone(text: &str) -> bool {
    let split = text.find(['Z', '+', '-']).unwrap_or(text.len());
    let (clock, zone) = text.split_at(split);
    let (clock, fraction) = match clock.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (clock, None),
    };
    let mut fields = clock.split(':');
    let ok =
        |text: Option<&str>, max: u32| text.and_then(|t| digits(t, 2)).is_some_and(|n| n <= max);
    let clock_ok = ok(fields.next(), 23)
        && ok(fields.next(), 59)
        && ok(fields.next(), 60)
        && fields.next().is_none();
    let fraction_ok =
        fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    clock_ok && fraction_ok && zone_ok(zone)
}

fn zone_ok(zone: &str) -> bool {
    if zone == "Z" {
        return true;
    }
    let Some(offset) = zone.strip_prefix(['+', '-']) else {
        return false;
    };
    match offset.split_once(':') {
        Some((h, m)) => match (digits(h, 2), digits(m, 2)) {
            (Some(h), Some(m)) => (h <= 13 && m <= 59) || (h == 14 && m == 0),
            _ => false,
        },
        None => false,
    }
}

/// Exactly `len` ASCII digits, as a number.
fn digits(text: &str, len: usize) -> Option<u32> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Seconds since 1970-01-01T00:00:00Z as `YYYY-MM-DDThh:mm:ssZ`.
pub fn utc_from_unix_seconds(seconds: u64) -> String {
    let days = seconds / 86_400;
    let rest = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's
/// `civil_from_days`, for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_fhir_date_times() {
        for text in [
            "2026",
            "2026-11",
            "2026-11-25",
            "2026-11-25T09:30:00Z",
            "2026-11-25T09:30:00.123Z",
            "2026-11-25T23:59:60+14:00",
            "2024-02-29T00:00:00-03:30",
            "0001-01-01T00:00:00+13:59",
        ] {
            assert!(is_date_time(text), "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_one() {
        for text in [
            "",
            "0000",
            "26",
            "2026-13",
            "2026-00-01",
            "2026-02-29",
            "2026-04-31",
            "2026-11-25T09:30Z",
            "2026-11-25T09:30:00",
            "2026-11-25T24:00:00Z",
            "2026-11-25T09:60:00Z",
            "2026-11-25T09:30:00.Z",
            "2026-11-25T09:30:00+14:30",
            "2026-11-25T09:30:00+0100",
            "2026-11-25T09:30:00z",
            "2026-11-25 09:30:00Z",
            "2026-11-25T",
            "2026-11-25-01",
            "2026-11T09:30:00Z",
            "+2026",
            "２０２６",
        ] {
            assert!(!is_date_time(text), "{text}");
        }
    }

    #[test]
    fn authored_needs_a_time_and_a_zone() {
        assert!(is_date_time_with_zone("2026-11-25T09:30:00Z"));
        assert!(is_date_time_with_zone("2026-11-25T09:30:00.5-05:00"));
        assert!(!is_date_time_with_zone("2026-11-25"));
        assert!(!is_date_time_with_zone("2026-11-25T09:30:00"));
    }

    #[test]
    fn writes_utc_times() {
        assert_eq!(utc_from_unix_seconds(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_from_unix_seconds(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc_from_unix_seconds(1_795_620_659), "2026-11-25T15:30:59Z");
        assert_eq!(utc_from_unix_seconds(4_107_542_399), "2100-02-28T23:59:59Z");
        assert!(is_date_time_with_zone(&utc_from_unix_seconds(
            1_795_620_659
        )));
    }
}
