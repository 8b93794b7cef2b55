//! Hybrid logical clock: orders operations across partners without trusting anyone's wall clock.
//!
//! A timestamp is wall-clock milliseconds in the high 48 bits and a counter in the low 16, so it
//! sorts as one integer and stays monotonic even if the local clock steps backwards.

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Hlc(pub i64);

const COUNTER_BITS: u32 = 16;
const COUNTER_MASK: i64 = (1 << COUNTER_BITS) - 1;

impl Hlc {
    pub fn from_parts(wall_ms: i64, counter: i64) -> Self {
        Hlc((wall_ms << COUNTER_BITS) | (counter & COUNTER_MASK))
    }

    pub fn wall_ms(self) -> i64 {
        self.0 >> COUNTER_BITS
    }

    pub fn counter(self) -> i64 {
        self.0 & COUNTER_MASK
    }

    /// The next timestamp for a local event: later than `last` and not before `now_ms`.
    pub fn tick(last: Hlc, now_ms: i64) -> Hlc {
        let candidate = Hlc::from_parts(now_ms, 0);
        if candidate > last {
            candidate
        } else {
            // Saturating: a clock at the very end of its range stays there rather than wrap
            // to before everything (imports refuse such clocks; this is the last guard).
            Hlc(last.0.saturating_add(1))
        }
    }

    /// The clock after seeing a remote timestamp: never behind anything observed.
    pub fn observe(last: Hlc, remote: Hlc) -> Hlc {
        last.max(remote)
    }

    /// The wall time as a UTC date-time, for display.
    pub fn to_datetime(self) -> Option<chrono::DateTime<chrono::Utc>> {
        chrono::DateTime::from_timestamp_millis(self.wall_ms())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_monotonic_even_when_the_wall_clock_steps_back() {
        let a = Hlc::tick(Hlc::default(), 1_000);
        let b = Hlc::tick(a, 999);
        let c = Hlc::tick(b, 999);
        assert!(a < b && b < c);
        assert_eq!(c.wall_ms(), 1_000);
        assert_eq!(c.counter(), 2);
        let d = Hlc::tick(c, 2_000);
        assert_eq!((d.wall_ms(), d.counter()), (2_000, 0));
    }

    #[test]
    fn observing_a_remote_clock_moves_forward_only() {
        let local = Hlc::from_parts(5_000, 3);
        assert_eq!(Hlc::observe(local, Hlc::from_parts(4_000, 9)), local);
        assert_eq!(
            Hlc::observe(local, Hlc::from_parts(6_000, 0)),
            Hlc::from_parts(6_000, 0)
        );
        assert!(
            Hlc::tick(Hlc::observe(local, Hlc::from_parts(9_000, 0)), 5_001)
                > Hlc::from_parts(9_000, 0)
        );
    }
}
