//! Fuzzes everything an untrusted bundle file reaches before and after its signature check:
//! the header split, the JSON depth scan and the strict payload parse. Must never panic.
//! Run with `cargo +nightly fuzz run bundle_parser` from the repository root; the corpus in
//! `fuzz/corpus/bundle_parser` is also replayed by `cargo test --test integration fuzz_corpus::`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = lagesbild::exchange::bundle::parse_untrusted(data);
});
