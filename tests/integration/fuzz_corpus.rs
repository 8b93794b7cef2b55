//! Replays the fuzz corpus of the bundle parser (`fuzz/corpus/bundle_parser`): nothing in it may
//! make the parser or an import panic; the valid seeds parse, the broken seeds are refused, and an
//! import of anything in it by a copy that trusts nobody is refused without changing data.
//!
//! The corpus holds three kinds of file: the named seeds written by `write_seed_corpus`
//! (`valid-*` must parse, the others must be refused), inputs the fuzzer kept for their coverage
//! (named by libFuzzer after their SHA-1; many are still valid bundles), and `crash-*` inputs that
//! once made the parser fail and must now only not panic.

use crate::common;
use crate::support;

use std::path::PathBuf;

use lagesbild::exchange::bundle::parse_untrusted;
use support::*;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/bundle_parser")
}

/// A file the fuzzer added (its name is the SHA-1 of its content) or a kept crash input: it
/// must not panic, but whether it parses is not fixed.
fn found_by_the_fuzzer(name: &str) -> bool {
    name.starts_with("crash") || (name.len() == 40 && name.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[test]
fn the_fuzz_corpus_never_panics_and_valid_seeds_parse() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let seeds = files
        .iter()
        .filter_map(|f| f.file_name().and_then(|n| n.to_str()))
        .filter(|n| !found_by_the_fuzzer(n))
        .count();
    assert!(seeds >= 6, "the seed corpus is missing");
    let mut stranger = copy("Tyresö kommun");
    let before = dump(&stranger.path());
    for f in &files {
        let bytes = std::fs::read(f).expect("read");
        let parsed = parse_untrusted(&bytes);
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with("valid") {
            assert!(parsed.is_ok(), "{name}: {parsed:?}");
        } else if !found_by_the_fuzzer(name) {
            assert!(parsed.is_err(), "{name} parsed although it is broken");
        }
        assert!(
            receive(&mut stranger, &bytes).is_err(),
            "{name} was accepted by a copy that trusts nobody"
        );
    }
    assert_eq!(before, dump(&stranger.path()));
}

/// Writes the seed corpus: `cargo test --test integration fuzz_corpus:: -- --ignored`.
#[test]
#[ignore = "manual: regenerates the seed files in fuzz/corpus/bundle_parser"]
fn write_seed_corpus() {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    introduce(&mut [&mut a, &mut b]);
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    a.store.write(|x| x.create(&obs)).expect("write");
    let valid = bundle(&mut a, &b);
    let dir = corpus_dir();
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("valid-world.lagesbild"), &valid).expect("write");
    let again = bundle(&mut a, &b);
    std::fs::write(dir.join("valid-again.lagesbild"), &again).expect("write");
    std::fs::write(dir.join("truncated.lagesbild"), &valid[..valid.len() / 2]).expect("write");
    let header_end = valid.windows(2).position(|w| w == b"\n\n").expect("header") + 2;
    let mut deep = valid[..header_end].to_vec();
    deep.extend(std::iter::repeat_n(b'[', 5000));
    std::fs::write(dir.join("deep-nesting.lagesbild"), &deep).expect("write");
    let text = String::from_utf8(valid.clone()).expect("utf8");
    std::fs::write(
        dir.join("future-schema.lagesbild"),
        text.replace("\"schema_version\":1", "\"schema_version\":99"),
    )
    .expect("write");
    std::fs::write(
        dir.join("unknown-field.lagesbild"),
        text.replacen("\"format\":", "\"extra\":1,\"format\":", 1),
    )
    .expect("write");
    // Over the size limits of `check_sizes` (counted in characters, not bytes).
    std::fs::write(
        dir.join("long-name.lagesbild"),
        text.replacen(
            "\"name\":\"Tyresö kommun\"",
            &format!("\"name\":\"{}\"", "å".repeat(201)),
            1,
        ),
    )
    .expect("write");
    std::fs::write(
        dir.join("long-actor.lagesbild"),
        text.replacen(
            "\"actor\":\"trygghetssamordnare\"",
            &format!("\"actor\":\"{}\"", "x".repeat(201)),
            1,
        ),
    )
    .expect("write");
    std::fs::write(
        dir.join("garbage.lagesbild"),
        b"LAGESBILD-UTBYTE 1\nnyckel: x\n",
    )
    .expect("write");
    std::fs::write(dir.join("empty.lagesbild"), b"").expect("write");
}
