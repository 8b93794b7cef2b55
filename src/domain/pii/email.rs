//! E-mail addresses, also with stray spaces around the `@` and the `(at)` obfuscation; an
//! organisation's functional mailbox (`trygghet@…`, `info@…`) warns low and never blocks.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::push;
use super::{Confidence, PiiFinding, PiiKind};

/// `anna.svensson@example.com`, and `anna.svensson @ example.com` as pasted or typed.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([\w.%+\-]+)[ \u{a0}]{0,2}@[ \u{a0}]{0,2}[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}\b")
        .expect("valid regex")
});
/// Obfuscated form: `anna.svensson(at)example.com`, `anna [at] example.com`,
/// `anna snabel-a example.se`.
static EMAIL_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([\w.%+\-]+) ?(?:\(at\)|\[at\]|\{at\}|\(snabel-a\)| snabel-a ) ?[\w\-]+(?:(?:\.|\(dot\)|\[dot\])[\w\-]+)*(?:\.|\(dot\)|\[dot\])[A-Za-z]{2,}\b")
        .expect("valid regex")
});

/// Local parts of shared mailboxes: an organisation's, not a person's.
const FUNCTIONAL_MAILBOXES: &[&str] = &[
    "info",
    "trygghet",
    "tryggare",
    "kontakt",
    "kommun",
    "kommunen",
    "registrator",
    "registratur",
    "diarium",
    "servicecenter",
    "kontaktcenter",
    "kundtjanst",
    "kundtjänst",
    "kundservice",
    "support",
    "noreply",
    "no-reply",
    "felanmalan",
    "felanmälan",
    "post",
    "kansli",
    "reception",
    "vaxel",
    "växel",
    "brottsforebyggande",
    "samverkan",
    "bostad",
    "uthyrning",
    "socialtjanst",
    "socialtjänst",
    "fritid",
    "skola",
    "press",
    "media",
    "jour",
    "webmaster",
    "admin",
    "order",
    "ekonomi",
    "faktura",
    "hr",
    "it",
];

fn functional(local: &str) -> bool {
    // `trygghet@`, `trygghet.nacka@`, `registrator-sthlm@`.
    let lower = local.to_lowercase();
    let first = lower.split(['.', '-', '_']).next().unwrap_or("");
    FUNCTIONAL_MAILBOXES.contains(&first)
}

pub(super) fn findings(text: &str, out: &mut Vec<PiiFinding>) {
    // Most notes hold no address: skip the patterns (Unicode \w is slow on Swedish text).
    let lower = text.to_ascii_lowercase();
    let patterns = [
        (&*EMAIL, Confidence::High, text.contains('@')),
        (
            &*EMAIL_AT,
            Confidence::Medium,
            lower.contains("at") || lower.contains("snabel"),
        ),
    ];
    for (re, confidence, _) in patterns.into_iter().filter(|p| p.2) {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(local)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            let confidence = if functional(local.as_str()) {
                Confidence::Low
            } else {
                confidence
            };
            push(out, text, whole.range(), PiiKind::Email, confidence);
        }
    }
}
