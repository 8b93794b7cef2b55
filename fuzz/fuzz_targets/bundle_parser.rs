//! Fuzzes everything an untrusted bundle file reaches before and after its signature check:
//! the header split, the key token named in the header, the JSON depth scan and the strict
//! payload parse with its size checks (`parse_untrusted` skips only the signature, so random
//! payloads reach the strict parse). Must never panic.
//! Run with `cargo +nightly fuzz run bundle_parser` from the repository root; the corpus in
//! `fuzz/corpus/bundle_parser` is also replayed by `cargo test --test integration fuzz_corpus::`.
#![no_main]

use lagesbild::exchange::bundle::{open, parse_untrusted};
use lagesbild::exchange::keys::PublicKeyToken;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The import parses the key token before it looks the key up and checks the signature.
    if let Ok(sealed) = open(data) {
        let _ = PublicKeyToken::parse(sealed.key_token);
    }
    let _ = parse_untrusted(data);
});
