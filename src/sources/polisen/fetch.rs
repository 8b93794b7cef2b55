//! Fetching the live feed, within the feed's rules (≥ 10 s between calls, ≤ 60 an hour, counted
//! across runs through the store), then importing it like a saved file.

use std::io::ErrorKind;
use std::time::Duration as StdDuration;

use chrono::Utc;

use super::error::PolisenError;
use super::import::{ImportReport, import_text};
use super::rate;
use crate::domain::municipality::Municipalities;
use crate::i18n::said;
use crate::store::Store;

/// The feed. Since 2026 its `locationname=` filter sees only counties, so we filter ourselves.
pub const DEFAULT_URL: &str = "https://polisen.se/api/events";
/// Overrides the feed's address (tests, a proxy, a mirror).
pub const URL_ENV: &str = "LAGESBILD_POLISEN_URL";
/// The service name under which calls are remembered.
pub const SERVICE: &str = "polisen";

pub fn feed_url() -> String {
    std::env::var(URL_ENV)
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_URL.to_string())
}

/// Fetches the feed and imports the events of `municipalities`.
pub fn fetch(
    store: &mut Store,
    municipalities: &Municipalities,
) -> Result<ImportReport, PolisenError> {
    fetch_from(store, municipalities, &feed_url(), &mut || true)
}

/// How often a fetch under way asks whether to go on.
const ASK_EVERY: StdDuration = StdDuration::from_millis(100);

/// Fetches the feed at `url` and imports the events of `municipalities`. `go_on` is asked
/// while the download runs and once more before anything is written; a no stops the fetch
/// with [`PolisenError::Cancelled`] and nothing written but the call, which may have reached
/// the feed and so counts against its limits.
pub fn fetch_from(
    store: &mut Store,
    municipalities: &Municipalities,
    url: &str,
    go_on: &mut dyn FnMut() -> bool,
) -> Result<ImportReport, PolisenError> {
    if municipalities.is_empty() {
        return Err(PolisenError::NoMunicipality);
    }
    let now = Utc::now();
    if let Some(next) = rate::next_allowed(&store.recent_calls(SERVICE)?, now) {
        return Err(PolisenError::RateLimited {
            next: crate::domain::swedish_time::from_utc(&next)
                .format("%H.%M.%S")
                .to_string(),
            wait_s: (next - now).num_seconds().max(1),
        });
    }
    // The download runs on its own thread so a stop is heard within a tenth of a second; a
    // stopped download finishes there (at most the client's 60 s) and is thrown away.
    let (sender, answer) = std::sync::mpsc::channel();
    let address = url.to_string();
    std::thread::spawn(move || {
        let _ = sender.send(download(&address));
    });
    let result = loop {
        match answer.recv_timeout(ASK_EVERY) {
            Ok(result) => break result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) if go_on() => {}
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                store.record_call(SERVICE, now, rate::WINDOW)?;
                return Err(PolisenError::Cancelled);
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                break Err(PolisenError::Download {
                    detail: said!("error-polisen-detail-stopped"),
                });
            }
        }
    };
    // A call that never reached the feed does not count against its limits.
    if !matches!(result, Err(PolisenError::NoNetwork { .. })) {
        store.record_call(SERVICE, now, rate::WINDOW)?;
    }
    let text = result?;
    if !go_on() {
        return Err(PolisenError::Cancelled);
    }
    import_text(store, &text, municipalities, url)
}

fn download(url: &str) -> Result<String, PolisenError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(StdDuration::from_secs(10)))
        .timeout_global(Some(StdDuration::from_secs(60)))
        .user_agent(concat!("lagesbild/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header("Accept", "application/json")
        .call()
        .map_err(|e| classify_call(url, e))?;
    response
        .body_mut()
        .read_to_string()
        .map_err(|e| PolisenError::Download {
            detail: match e {
                ureq::Error::BodyExceedsLimit(_) => said!("error-polisen-detail-too-large"),
                ureq::Error::Timeout(_) => said!("error-polisen-detail-stopped-answering"),
                other => said!("error-polisen-detail-other", detail = other.to_string()),
            },
        })
}

/// Before a response arrives, every transport failure means the feed could not be reached.
fn classify_call(url: &str, e: ureq::Error) -> PolisenError {
    let no_network = |detail: &'static str| PolisenError::NoNetwork {
        url: url.to_string(),
        detail: said!(detail),
    };
    match e {
        ureq::Error::StatusCode(status) => PolisenError::HttpStatus {
            url: url.to_string(),
            status,
        },
        ureq::Error::HostNotFound => no_network("error-polisen-detail-host-not-found"),
        ureq::Error::ConnectionFailed => no_network("error-polisen-detail-connection-failed"),
        ureq::Error::Timeout(_) => no_network("error-polisen-detail-timeout"),
        ureq::Error::Io(io) => no_network(match io.kind() {
            ErrorKind::ConnectionRefused => "error-polisen-detail-refused",
            ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted => {
                "error-polisen-detail-reset"
            }
            ErrorKind::TimedOut => "error-polisen-detail-timeout",
            // DNS failures arrive as uncategorised I/O errors ("failed to lookup address").
            _ => "error-polisen-detail-unreachable",
        }),
        other => PolisenError::Download {
            detail: said!("error-polisen-detail-other", detail = other.to_string()),
        },
    }
}
