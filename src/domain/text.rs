//! Text from outside (a partner's bundle, the police feed, a library's error) on its way to a
//! person: without control characters, and in Swedish.
//!
//! A crafted text could otherwise carry terminal escape sequences (`ESC]0;…` retitles the
//! window, `ESC[2J` clears the screen) into the CLI's output or the audit log. The TUI and the
//! CLI both print through these functions.

use std::borrow::Cow;

/// `text` without control characters; line breaks are kept (a table spans lines).
pub fn printable(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| c == '\n' || !c.is_control()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| *c == '\n' || !c.is_control())
            .collect(),
    )
}

/// Cuts a text to `max` characters, with an ellipsis.
pub fn clip(s: &str, max: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The text with its first letter in upper case ("område" → "Område"), to begin a sentence.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `text` as a file name part that no mail program or shell stumbles over: lower case ASCII
/// letters and digits, Swedish letters without their dots and rings, every other run of
/// characters one dash ("Förebyggande insatser" → "forebyggande-insatser").
pub fn ascii_slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// `text` on one line: every control character dropped, line breaks included.
pub fn one_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Why a file operation failed, in Swedish where the reason is a common one (the operating
/// system's own words are English).
pub fn io_reason_sv(e: &std::io::Error) -> String {
    io_reason(e, super::Lang::Sv)
}

/// Why a file operation failed, in `lang` where the reason is a common one.
pub fn io_reason(e: &std::io::Error, lang: super::Lang) -> String {
    use crate::i18n::t;
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "error-io-not-found",
        K::PermissionDenied => "error-io-permission-denied",
        K::AlreadyExists => "error-io-already-exists",
        K::StorageFull => "error-io-storage-full",
        K::IsADirectory => "error-io-is-a-directory",
        K::NotADirectory => "error-io-not-a-directory",
        K::ReadOnlyFilesystem => "error-io-read-only",
        K::FileTooLarge => "error-io-file-too-large",
        K::InvalidFilename => "error-io-invalid-filename",
        K::CrossesDevices => "error-io-crosses-devices",
        K::UnexpectedEof => "error-io-unexpected-eof",
        K::InvalidData => "error-io-invalid-data",
        _ => return t!(lang, "error-io-other", reason = e.to_string()),
    };
    t!(lang, id)
}

/// Where a JSON text went wrong, in Swedish (serde's own message is English and may quote the
/// text itself).
pub fn json_error_sv(e: &serde_json::Error) -> String {
    json_error(e, super::Lang::Sv)
}

/// Where a JSON text went wrong, in `lang`, without quoting the text.
pub fn json_error(e: &serde_json::Error, lang: super::Lang) -> String {
    use crate::i18n::t;
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io => "error-json-io",
        Category::Syntax => "error-json-syntax",
        Category::Data => "error-json-data",
        Category::Eof => "error-json-eof",
    };
    t!(
        lang,
        "error-json-at",
        what = t!(lang, what),
        line = e.line(),
        column = e.column()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_bells_and_carriage_returns_are_dropped() {
        assert_eq!(
            printable("Klotter \u{1b}]0;kapad\u{7} på\r skolan\n\u{1b}[2Jrad två\u{9b}"),
            "Klotter ]0;kapad på skolan\n[2Jrad två"
        );
        assert!(matches!(printable("åäö\nrad"), Cow::Borrowed(_)));
        assert_eq!(one_line("a\nb\tc\u{1b}"), "abc");
    }

    #[test]
    fn io_reasons_come_from_the_catalogue_in_both_languages() {
        use std::io::{Error, ErrorKind as K};
        for kind in [
            K::NotFound,
            K::PermissionDenied,
            K::StorageFull,
            K::InvalidData,
        ] {
            for lang in super::super::Lang::ALL {
                let said = io_reason(&Error::from(kind), *lang);
                assert!(!said.starts_with("error-"), "{kind:?}: {said}");
            }
        }
        assert_eq!(io_reason_sv(&Error::from(K::StorageFull)), "disken är full");
    }

    #[test]
    fn json_errors_say_where_without_quoting_the_text() {
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": \u{1b}").unwrap_err();
        let sv = json_error_sv(&e);
        assert!(sv.starts_with("är inte giltig JSON, rad 1"), "{sv}");
    }
}
