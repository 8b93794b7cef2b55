//! Fuzzes the rules a partner's ops are judged by, on an untrusted payload (the JSON inside a
//! bundle, no signature): the hash-chain check (`verify::check_chain`: sequence numbers, links,
//! the anchor to what this copy holds, clock and op-count limits), then for every op the
//! record-independent rules (sender, classification, purge, known fields, every value checked
//! against the entity registry) and the ownership rule with the record owned by the sender,
//! by another partner, and not here. Must never panic.
#![no_main]

use lagesbild::domain::Digest32;
use lagesbild::store::partners::ChainMark;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte says how far this copy holds the sender's chain (none, or up to 0–254).
    let Some((&mark, payload)) = data.split_first() else {
        return;
    };
    let Ok(p) = lagesbild::exchange::bundle::parse_payload(payload) else {
        return;
    };
    let have = (mark != 255).then(|| ChainMark {
        seq: i64::from(mark),
        hash: Digest32::default(),
    });
    let _ = lagesbild::exchange::judge_untrusted(&p, have);
});
