//! Exact, non-negative decimal numbers for the MME arithmetic.
//!
//! A value is `mantissa / 10^scale`. Amounts are parsed from their decimal
//! text (the JSON literal or what the user typed), never through `f64`, so
//! `49.99999999999999999` stays below 50 and `0.1 * 3 * 150` is exactly 45.
//!
//! Bounds that make `u128` enough: an amount is at most 10 000 with at most
//! [`MAX_FRACTION_DIGITS`] digits after the point, a factor is at most 5
//! with at most two digits after the point, at most 10 are taken at a time
//! (`per_dose`), doses a day are at most 24 and there are at most 10
//! medicines. One medicine is then at most 10 000 x 10 x 24 x 5 = 1.2e7 MME
//! a day, the total at most 1.2e8, and its mantissa at the largest scale,
//! `MAX_FRACTION_DIGITS + 2` = 30, at most 1.2e8 x 1e30 = 1.2e38 <
//! u128::MAX (about 3.4e38): under 3 times of headroom, so a larger bound
//! (more at a time, more medicines, a factor above 14, or more decimals)
//! needs this argument again. Every operation is checked anyway and reports
//! overflow as `None`.

use std::cmp::Ordering;
use std::fmt;

/// Most digits after the decimal point an amount may carry.
pub const MAX_FRACTION_DIGITS: u32 = 28;

#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    mantissa: u128,
    scale: u32,
}

/// Why a piece of text is not an acceptable decimal number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing but spaces.
    Empty,
    /// Not a number at all (letters, symbols, two points...).
    NotANumber,
    /// Starts with a minus sign (negative, or `-0`).
    Negative,
    /// A comma that could be a thousands separator (`1,500`, `1,000,000`,
    /// `1,500.5`): never guessed, since 1500 and 1.5 differ a thousandfold.
    Comma,
    /// More than [`MAX_FRACTION_DIGITS`] significant digits after the point.
    TooPrecise,
    /// Far too large to be a dose (does not fit the arithmetic: about 38 digits).
    TooLarge,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa / 10^scale`, for constants such as conversion factors.
    pub const fn new(mantissa: u128, scale: u32) -> Decimal {
        Decimal { mantissa, scale }
    }

    pub const fn from_int(n: u128) -> Decimal {
        Decimal::new(n, 0)
    }

    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// Parses a JSON number literal (`-?int(.frac)?([eE][+-]?exp)?`).
    pub fn parse_json_literal(text: &str) -> Result<Decimal, ParseError> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (number, exponent) = match rest.find(['e', 'E']) {
            Some(at) => (&rest[..at], parse_exponent(&rest[at + 1..])?),
            None => (rest, 0),
        };
        let value = parse_digits(number, exponent)?;
        if negative {
            return Err(ParseError::Negative);
        }
        Ok(value)
    }

    /// Parses what a person typed: digits with at most one decimal point
    /// or decimal comma, surrounding spaces ignored (`7.5`, `7,5`, `.5`,
    /// `10.`). No exponent, no sign. A comma that could also be a thousands
    /// separator (three digits after it and a whole part that is not zero:
    /// `1,500`; two commas; a comma and a point) is [`ParseError::Comma`].
    pub fn parse_text(text: &str) -> Result<Decimal, ParseError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ParseError::Empty);
        }
        if text.starts_with('-') || text.starts_with('\u{2212}') {
            return Err(ParseError::Negative);
        }
        let text = text.strip_prefix('+').unwrap_or(text);
        let Some((whole, fraction)) = text.split_once(',') else {
            return parse_digits(text, 0);
        };
        let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
        if !digits(whole)
            || !fraction
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return Err(ParseError::NotANumber);
        }
        let grouping = fraction.len() == 3 && !whole.trim_start_matches('0').is_empty();
        if grouping || !digits(fraction) {
            return Err(ParseError::Comma);
        }
        parse_digits(&(whole.to_string() + "." + fraction), 0)
    }

    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(other.mantissa)?,
            scale: self.scale.checked_add(other.scale)?,
        })
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self.rescaled(scale)?;
        let b = other.rescaled(scale)?;
        Some(Decimal {
            mantissa: a.checked_add(b)?,
            scale,
        })
    }

    /// The same value with no trailing zeros after the point.
    fn normalized(self) -> Decimal {
        let mut value = self;
        while value.scale > 0 && value.mantissa.is_multiple_of(10) {
            value.mantissa /= 10;
            value.scale -= 1;
        }
        value
    }

    /// The mantissa at a larger scale, if it fits.
    fn rescaled(self, scale: u32) -> Option<u128> {
        let power = 10u128.checked_pow(scale.checked_sub(self.scale)?)?;
        self.mantissa.checked_mul(power)
    }

    /// The value as an integer, when it is one and fits.
    pub fn to_u32(self) -> Option<u32> {
        let value = self.normalized();
        if value.scale != 0 {
            return None;
        }
        u32::try_from(value.mantissa).ok()
    }
}

/// Parses `int(.frac)?` times `10^exponent`. Rejects anything else.
fn parse_digits(text: &str, exponent: i64) -> Result<Decimal, ParseError> {
    let (int_part, frac_part) = match text.split_once('.') {
        Some((int_part, frac_part)) => (int_part, frac_part),
        None => (text, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int_part.is_empty() && frac_part.is_empty())
        || !all_digits(int_part)
        || !all_digits(frac_part)
    {
        return Err(ParseError::NotANumber);
    }
    // Significant digits, without leading zeros of the integer part and
    // without trailing zeros of the fraction.
    let frac_part = frac_part.trim_end_matches('0');
    let int_part = int_part.trim_start_matches('0');
    let mut digits = String::with_capacity(int_part.len() + frac_part.len());
    digits.push_str(int_part);
    digits.push_str(frac_part);
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(Decimal::ZERO);
    }
    // value = digits * 10^(exponent - frac_len)
    let mut power = exponent - frac_part.len() as i64;
    // Trailing zeros of an integer part count as positive powers.
    let trimmed = digits.trim_end_matches('0');
    power += (digits.len() - trimmed.len()) as i64;
    let digits = trimmed;
    if -power > MAX_FRACTION_DIGITS as i64 {
        return Err(ParseError::TooPrecise);
    }
    // At most 28 digits after the point; whether the rest fits in u128
    // (about 38 digits in all) is checked as the digits are read.
    let mut mantissa: u128 = 0;
    for b in digits.bytes() {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u128::from(b - b'0')))
            .ok_or(ParseError::TooLarge)?;
    }
    if power >= 0 {
        let factor = 10u128
            .checked_pow(power as u32)
            .ok_or(ParseError::TooLarge)?;
        mantissa = mantissa.checked_mul(factor).ok_or(ParseError::TooLarge)?;
        Ok(Decimal::new(mantissa, 0))
    } else {
        Ok(Decimal::new(mantissa, (-power) as u32))
    }
}

fn parse_exponent(text: &str) -> Result<i64, ParseError> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::NotANumber);
    }
    let digits = digits.trim_start_matches('0');
    // Exponents beyond this are absurd for a dose; saturate to stay in i64.
    let magnitude: i64 = if digits.len() > 9 {
        1_000_000_000
    } else {
        digits.parse().unwrap_or(0)
    };
    Ok(if negative { -magnitude } else { magnitude })
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.normalized(), other.normalized());
        let scale = a.scale.max(b.scale);
        match (a.rescaled(scale), b.rescaled(scale)) {
            (Some(x), Some(y)) => x.cmp(&y),
            // Only one side can overflow: it has more integer digits.
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (None, None) => Ordering::Equal,
        }
    }
}

/// Plain decimal notation with at least one digit after the point
/// (`150.0`, `22.5`, `0.0003`): a valid JSON number, exact.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl Decimal {
    /// The value in plain digits, at least one after the point (`1.5`,
    /// `90.0`, `0.05`). Written by hand, not through `core::fmt`, which the
    /// widget's wasm would otherwise carry for this alone.
    pub fn to_text(&self) -> String {
        let value = self.normalized();
        let mut reversed = Vec::new();
        let mut m = value.mantissa;
        loop {
            reversed.push(char::from(b'0' + (m % 10) as u8));
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let digits: String = reversed.iter().rev().collect();
        let scale = value.scale as usize;
        if scale == 0 {
            return digits + ".0";
        }
        if digits.len() > scale {
            let (int_part, frac_part) = digits.split_at(digits.len() - scale);
            int_part.to_string() + "." + frac_part
        } else {
            "0.".to_string() + &"0".repeat(scale - digits.len()) + &digits
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> Decimal {
        Decimal::parse_json_literal(s).unwrap()
    }

    #[test]
    fn parses_json_literals_exactly() {
        assert_eq!(json("20").to_string(), "20.0");
        assert_eq!(json("0.15").to_string(), "0.15");
        assert_eq!(json("1e2").to_string(), "100.0");
        assert_eq!(json("2.50E+1").to_string(), "25.0");
        assert_eq!(json("125e-3").to_string(), "0.125");
        assert_eq!(json("100.000").to_string(), "100.0");
        assert_eq!(json("0").to_string(), "0.0");
        assert_eq!(
            json("49.99999999999999999").to_string(),
            "49.99999999999999999"
        );
        assert!(json("49.99999999999999999") < Decimal::from_int(50));
        // Large values stay exact while they fit (up to about 38 digits).
        assert_eq!(json("111e20").to_string(), "11100000000000000000000.0");
        assert_eq!(
            json("12345678901234567890123456789012345678").to_string(),
            "12345678901234567890123456789012345678.0"
        );
        assert_eq!(json("1e0000000000000000002").to_string(), "100.0");
        assert_eq!(json("5E-0001").to_string(), "0.5");
    }

    #[test]
    fn rejects_what_is_not_a_plain_non_negative_number() {
        use ParseError::*;
        assert_eq!(Decimal::parse_json_literal("-0"), Err(Negative));
        assert_eq!(Decimal::parse_json_literal("-5"), Err(Negative));
        assert_eq!(Decimal::parse_json_literal("1e309"), Err(TooLarge));
        assert_eq!(Decimal::parse_json_literal("1e39"), Err(TooLarge));
        assert_eq!(json("1e38").to_string(), format!("1{}.0", "0".repeat(38)));
        assert_eq!(Decimal::parse_json_literal(&"9".repeat(40)), Err(TooLarge));
        assert_eq!(
            Decimal::parse_json_literal("1e99999999999999"),
            Err(TooLarge)
        );
        assert_eq!(Decimal::parse_json_literal("1e-29"), Err(TooPrecise));
        assert_eq!(
            Decimal::parse_json_literal("1e-99999999999999"),
            Err(TooPrecise)
        );
        assert_eq!(Decimal::parse_json_literal("1e"), Err(NotANumber));
        // Exponents too long for i64 saturate; they never wrap to a small value.
        assert_eq!(
            Decimal::parse_json_literal("1e99999999999999999999"),
            Err(TooLarge)
        );
        assert_eq!(
            Decimal::parse_json_literal("1e-99999999999999999999"),
            Err(TooPrecise)
        );
        assert_eq!(json("1e-28").to_string(), "0.0000000000000000000000000001");
    }

    #[test]
    fn parses_typed_text() {
        use ParseError::*;
        assert_eq!(Decimal::parse_text(" 7.5 ").unwrap().to_string(), "7.5");
        assert_eq!(Decimal::parse_text(".5").unwrap().to_string(), "0.5");
        assert_eq!(Decimal::parse_text("10.").unwrap().to_string(), "10.0");
        assert_eq!(Decimal::parse_text("+3").unwrap().to_string(), "3.0");
        assert_eq!(Decimal::parse_text(""), Err(Empty));
        assert_eq!(Decimal::parse_text("   "), Err(Empty));
        assert_eq!(Decimal::parse_text("abc"), Err(NotANumber));
        assert_eq!(Decimal::parse_text("1e309"), Err(NotANumber));
        assert_eq!(Decimal::parse_text("1.2.3"), Err(NotANumber));
        assert_eq!(Decimal::parse_text("."), Err(NotANumber));
        // A decimal comma, as Spanish and most of Europe write it.
        assert_eq!(Decimal::parse_text("7,5"), Decimal::parse_text("7.5"));
        assert_eq!(Decimal::parse_text(" 12,25 ").unwrap().to_string(), "12.25");
        assert_eq!(Decimal::parse_text(",5").unwrap().to_string(), "0.5");
        assert_eq!(Decimal::parse_text("10,").unwrap().to_string(), "10.0");
        assert_eq!(Decimal::parse_text("0,125").unwrap().to_string(), "0.125");
        assert_eq!(Decimal::parse_text(",125").unwrap().to_string(), "0.125");
        assert_eq!(Decimal::parse_text("1,2345").unwrap().to_string(), "1.2345");
        // A comma that could be a thousands separator is never guessed.
        assert_eq!(Decimal::parse_text("1,500"), Err(Comma));
        assert_eq!(Decimal::parse_text("01,500"), Err(Comma));
        assert_eq!(Decimal::parse_text("1,000,000"), Err(Comma));
        assert_eq!(Decimal::parse_text("1,500.5"), Err(Comma));
        assert_eq!(Decimal::parse_text("1,5,5"), Err(Comma));
        assert_eq!(Decimal::parse_text("1.5,5"), Err(NotANumber));
        assert_eq!(Decimal::parse_text("7 ,5"), Err(NotANumber));
        assert_eq!(Decimal::parse_text("7,5 mg"), Err(NotANumber));
        assert_eq!(Decimal::parse_text(","), Err(NotANumber));
        assert_eq!(Decimal::parse_text("-7,5"), Err(Negative));
        assert_eq!(Decimal::parse_text("-0"), Err(Negative));
        assert_eq!(Decimal::parse_text("💊"), Err(NotANumber));
        assert_eq!(
            Decimal::parse_text(&"9".repeat(30)),
            Ok(json(&"9".repeat(30)))
        );
        assert_eq!(Decimal::parse_text(&"9".repeat(41)), Err(TooLarge));
        assert_eq!(Decimal::parse_text(&"1".repeat(10_000)), Err(TooLarge));
    }

    #[test]
    fn arithmetic_is_exact() {
        let tenth = json("0.1");
        let sum = tenth.checked_add(json("0.2")).unwrap();
        assert_eq!(sum, json("0.3"));
        let product = json("33.3").checked_mul(json("1.5")).unwrap();
        assert_eq!(product.to_string(), "49.95");
        assert_eq!(json("2.50"), json("2.5"));
        assert_ne!(json("2.5"), json("2.05"));
        assert_ne!(json("1"), json("10"));
        assert!(json("90") > json("89.9999999999999999999999999999e0"));
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(json("3").to_u32(), Some(3));
        assert_eq!(json("3.0").to_u32(), Some(3));
        assert_eq!(json("3.5").to_u32(), None);
        assert_eq!(json("2e1").to_u32(), Some(20));
        assert_eq!(json("4294967296").to_u32(), None, "beyond u32");
    }
}
