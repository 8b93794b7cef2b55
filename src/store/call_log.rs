//! When this copy last called an external service (the police's feed), so that the service's
//! rate rules hold across runs of the program. Kept in `meta`, local to this copy.

use chrono::{DateTime, Duration, Utc};

use super::error::Result;
use super::{Store, meta};

fn key(service: &str) -> String {
    format!("{}{service}", meta::CALLS_PREFIX)
}

impl Store {
    /// The remembered call times of a service, oldest first.
    pub fn recent_calls(&self, service: &str) -> Result<Vec<DateTime<Utc>>> {
        let Some(text) = meta::get(&self.conn, &key(service))? else {
            return Ok(Vec::new());
        };
        // A damaged entry only loses the memory of earlier calls; it must not stop the program.
        let mut calls: Vec<DateTime<Utc>> = serde_json::from_str(&text).unwrap_or_default();
        calls.sort();
        Ok(calls)
    }

    /// Remembers a call, and forgets those older than `keep`.
    pub fn record_call(&mut self, service: &str, at: DateTime<Utc>, keep: Duration) -> Result<()> {
        let mut calls = self.recent_calls(service)?;
        calls.retain(|c| *c > at - keep);
        calls.push(at);
        let text = serde_json::to_string(&calls)?;
        self.set_setting(&key(service), &text)
    }
}
