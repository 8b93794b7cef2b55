//! The guard of the move to the catalogue: the Swedish string literals still in the code,
//! counted per file, may only go down.
//!
//! `literals_left.txt` beside this file lists every source file that still holds Swedish UI
//! text as a string literal, with how many. The test fails when a file not on the list gets
//! one, or a listed file gets more: new words go into `data/i18n/`, never into code. When a
//! sweep lowers a count, write the list anew so the lower figure becomes the limit:
//!
//! ```sh
//! LAGESBILD_WRITE_LITERALS_LEFT=1 cargo test --lib i18n::literal_guard
//! ```
//!
//! Not counted: tests (`tests.rs`, `*_tests.rs`, `#[cfg(test)]` items), the demo and
//! taxonomy data of `seed/` (its errors are counted), the name lists of the personal-data
//! check, and the catalogue itself. Comments are skipped. A literal counts when it has å, ä
//! or ö, or one of a few Swedish words that English never writes alone ("inte", "och" …).

use std::collections::BTreeMap;
use std::path::Path;

const LIST: &str = "src/i18n/literals_left.txt";

/// Folders and files (relative to `src/`) whose Swedish literals are data, not UI text.
const NOT_UI: &[&str] = &[
    "i18n/",                         // the catalogue and its tests
    "seed/",                         // the demo's records and the taxonomies' names ...
    "domain/pii/names/",             // first names, surnames, places: lists to match against
    "domain/pii/lists.rs",           // surname endings, municipality words
    "sources/polisen/feed_words.rs", // words of the police's (Swedish) feed, matched
    // the personal-data detectors' words: Swedish prose they match, never shown
    "domain/pii/phone.rs",
    "domain/pii/email.rs",
    "domain/pii/plate.rs",
    "domain/pii/scan.rs",
    "domain/pii/corpus.rs",
];

/// ... but `seed/error.rs` says things to a person.
const UI_AFTER_ALL: &[&str] = &["seed/error.rs"];

#[test]
fn swedish_literals_in_code_only_go_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = count_swedish_literals(&root.join("src"));
    if std::env::var_os("LAGESBILD_WRITE_LITERALS_LEFT").is_some() {
        std::fs::write(root.join(LIST), render(&found)).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let listed = parse(&std::fs::read_to_string(root.join(LIST)).unwrap_or_default());
    let mut grown = Vec::new();
    for (file, n) in &found {
        let allowed = listed.get(file).copied().unwrap_or(0);
        if *n > allowed {
            grown.push(format!("{file}: {n} (allowed {allowed})"));
        }
    }
    assert!(
        grown.is_empty(),
        "Swedish text added to code instead of the catalogue (data/i18n/, see docs/i18n.md):\n{}",
        grown.join("\n")
    );
    let lowered: Vec<_> = listed
        .iter()
        .filter(|(f, n)| found.get(*f).copied().unwrap_or(0) < **n)
        .map(|(f, _)| f.as_str())
        .collect();
    if !lowered.is_empty() {
        eprintln!(
            "Fewer Swedish literals than {LIST} allows in {lowered:?}; \
             LAGESBILD_WRITE_LITERALS_LEFT=1 lowers the limit."
        );
    }
}

/// The guard sees what a reader sees: literals, not comments, not tests.
#[test]
fn the_scanner_counts_literals_and_skips_comments_and_tests() {
    let code = r####"
        // "en kommentar på svenska"
        /* "också en kommentar" /* nästlad "å" */ */
        fn f() -> &'static str { let c = 'ö'; let _l: &'static str = "x"; "Hittade ingen ände" }
        const A: &str = r#"rå "ä" text"#;
        const B: &str = "Kunde inte spara";
        const C: &str = "the integer is stored";
        #[cfg(test)]
        mod tests { const D: &str = "i ett test: ö"; }
        #[cfg(test)]
        fn g() { "också ett test: å"; }
        const E: &str = "sist: \"ä\"";
    "####;
    let lines: Vec<_> = swedish_literals(code).iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![4, 5, 6, 12]);
}

fn count_swedish_literals(src: &Path) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = relative(src, &path);
            if !counted(&relative) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let n = swedish_literals(&text).len();
            if n > 0 {
                out.insert(format!("src/{relative}"), n);
            }
        }
    }
    out
}

fn relative(src: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(src).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn counted(relative: &str) -> bool {
    let name = relative.rsplit('/').next().unwrap_or(relative);
    let is_test = name == "tests.rs" || name.ends_with("_tests.rs");
    let data = NOT_UI.iter().any(|p| relative.starts_with(p)) && !UI_AFTER_ALL.contains(&relative);
    relative.ends_with(".rs") && !is_test && !data
}

fn render(found: &BTreeMap<String, usize>) -> String {
    let total: usize = found.values().sum();
    let mut out = format!(
        "# Swedish string literals left in code, per file ({total} in all): the most each file\n\
         # may hold. Written by src/i18n/literal_guard.rs; see there.\n"
    );
    for (file, n) in found {
        out.push_str(&format!("{n:>4} {file}\n"));
    }
    out
}

fn parse(list: &str) -> BTreeMap<String, usize> {
    list.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let (n, file) = l.trim().split_once(' ')?;
            Some((file.trim().to_string(), n.parse().ok()?))
        })
        .collect()
}

fn is_swedish(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "inte", "och", "eller", "finns", "saknas", "kunde", "Kunde", "ingen", "inget", "Ingen",
        "Inget", "att", "med", "som", "Ange", "fel", "Avbrutet",
    ];
    text.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'])
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| WORDS.contains(&w))
}

/// The Swedish string literals of a Rust file, as (line, text), outside comments and
/// `#[cfg(test)]` items. A small lexer: strings (with escapes, raw and byte strings), char
/// literals against lifetimes, nested block comments, and braces to find an item's end.
fn swedish_literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut depth) = (0, 1, 0usize);
    // Skipping a test item: Some(None) until its body opens, then Some(Some(depth outside)).
    let mut skip: Option<Option<usize>> = None;
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            let mut nested = 0;
            while i < chars.len() {
                if at(i, "/*") {
                    nested += 1;
                    i += 2;
                } else if at(i, "*/") {
                    nested -= 1;
                    i += 2;
                    if nested == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if at(i, "#[cfg(test)]") {
            skip.get_or_insert(None);
            i += "#[cfg(test)]".len();
        } else if c == '\'' {
            // 'x' or '\n' is a char; 'a (no closing quote right after) is a lifetime.
            if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' || ((c == 'r' || c == 'b') && starts_literal(&chars, i)) {
            let start_line = line;
            let (text, end) = literal(&chars, i);
            line += text.matches('\n').count();
            if skip.is_none() && is_swedish(&text) {
                out.push((start_line, text));
            }
            i = end;
        } else if c.is_alphanumeric() || c == '_' {
            // A whole word, so the `r` or `b` inside `bar"` is not taken for a prefix.
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            match (c, skip) {
                ('{', Some(None)) => {
                    skip = Some(Some(depth));
                    depth += 1;
                }
                ('{', _) => depth += 1,
                ('}', Some(Some(outside))) if depth == outside + 1 => {
                    depth = outside;
                    skip = None;
                }
                ('}', _) => depth = depth.saturating_sub(1),
                (';', Some(None)) => skip = None,
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// Whether a literal starts at `i` with a prefix: r"…", r#"…"#, b"…", br"…".
fn starts_literal(chars: &[char], i: usize) -> bool {
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return false;
    }
    let mut k = i;
    if chars.get(k) == Some(&'b') {
        k += 1;
    }
    if chars.get(k) == Some(&'r') {
        k += 1;
        while chars.get(k) == Some(&'#') {
            k += 1;
        }
    }
    k > i && chars.get(k) == Some(&'"')
}

/// The text of the literal at `i` and the index after it.
fn literal(chars: &[char], mut i: usize) -> (String, usize) {
    let mut raw = false;
    while chars[i] != '"' && chars[i] != '#' {
        raw |= chars[i] == 'r';
        i += 1;
    }
    let mut hashes = 0;
    while chars[i] == '#' {
        hashes += 1;
        i += 1;
    }
    i += 1; // the opening quote
    let mut text = String::new();
    while i < chars.len() {
        let c = chars[i];
        if !raw && c == '\\' {
            text.push(c);
            if let Some(next) = chars.get(i + 1) {
                text.push(*next);
            }
            i += 2;
        } else if c == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')) {
            return (text, i + 1 + hashes);
        } else {
            text.push(c);
            i += 1;
        }
    }
    (text, i)
}
