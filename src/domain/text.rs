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

/// `text` on one line: every control character dropped, line breaks included.
pub fn one_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Why a file operation failed, in Swedish where the reason is a common one (the operating
/// system's own words are English).
pub fn io_reason_sv(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "filen eller mappen finns inte".into(),
        K::PermissionDenied => "behörighet saknas".into(),
        K::AlreadyExists => "filen finns redan".into(),
        K::StorageFull => "disken är full".into(),
        K::IsADirectory => "det är en mapp".into(),
        K::NotADirectory => "en del av sökvägen är inte en mapp".into(),
        K::ReadOnlyFilesystem => "platsen är skrivskyddad".into(),
        K::FileTooLarge => "filen blir för stor".into(),
        K::InvalidFilename => "ogiltigt filnamn".into(),
        K::CrossesDevices => "målet ligger på en annan disk".into(),
        K::UnexpectedEof => "filen tar slut för tidigt".into(),
        K::InvalidData => "innehållet är skadat".into(),
        _ => format!("systemfel: {e}"),
    }
}

/// Where a JSON text went wrong, in Swedish (serde's own message is English and may quote the
/// text itself).
pub fn json_error_sv(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io => "kunde inte läsas",
        Category::Syntax => "är inte giltig JSON",
        Category::Data => "har fel innehåll (ett fält saknas, är okänt eller har fel typ)",
        Category::Eof => "tar slut för tidigt",
    };
    format!("{what}, rad {} kolumn {}", e.line(), e.column())
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
    fn json_errors_say_where_without_quoting_the_text() {
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": \u{1b}").unwrap_err();
        let sv = json_error_sv(&e);
        assert!(sv.starts_with("är inte giltig JSON, rad 1"), "{sv}");
    }
}
