//! The feed's rules for clients: at least 10 s between calls and at most 60 calls an hour.
//! A pure rule over the times of earlier calls (which the store remembers across runs).

use chrono::{DateTime, Duration, Utc};

pub const MIN_GAP: Duration = Duration::seconds(10);
pub const WINDOW: Duration = Duration::hours(1);
pub const MAX_PER_WINDOW: usize = 60;

/// When the next call is allowed, or None when it is allowed now.
pub fn next_allowed(calls: &[DateTime<Utc>], now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let mut at = None::<DateTime<Utc>>;
    if let Some(last) = calls.iter().max() {
        let gap_ok = *last + MIN_GAP;
        if now < gap_ok {
            at = Some(gap_ok);
        }
    }
    let mut in_window: Vec<&DateTime<Utc>> = calls.iter().filter(|c| **c > now - WINDOW).collect();
    if in_window.len() >= MAX_PER_WINDOW {
        in_window.sort();
        // Allowed once enough of the oldest calls in the window have dropped out of it.
        let freed = *in_window[in_window.len() - MAX_PER_WINDOW] + WINDOW;
        at = Some(at.map_or(freed, |a| a.max(freed)));
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_790_000_000 + s, 0)
            .single()
            .expect("valid time")
    }

    #[test]
    fn first_call_is_allowed() {
        assert_eq!(next_allowed(&[], t(0)), None);
    }

    #[test]
    fn ten_seconds_between_calls() {
        assert_eq!(next_allowed(&[t(0)], t(3)), Some(t(10)));
        assert_eq!(next_allowed(&[t(0)], t(10)), None);
        // The newest call counts, in whatever order they were stored.
        assert_eq!(next_allowed(&[t(20), t(0)], t(25)), Some(t(30)));
    }

    #[test]
    fn sixty_an_hour() {
        let calls: Vec<_> = (0..60).map(|i| t(i * 20)).collect();
        // 60 calls from 0 to 1180 s: the 61st waits until the first leaves the hour.
        assert_eq!(next_allowed(&calls, t(1200)), Some(t(3600)));
        assert_eq!(next_allowed(&calls, t(3601)), None);
        let fifty_nine = &calls[1..];
        assert_eq!(next_allowed(fifty_nine, t(1200)), None);
    }
}
