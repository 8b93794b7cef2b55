//! Every single-byte change and every truncation of a valid bundle is rejected, and the
//! database is unchanged apart from the audit entries that record the rejections.

use crate::support;

use lagesbild::domain::{Classification, Id, Organisation};
use lagesbild::exchange::ExchangeError;
use lagesbild::exchange::import::{ImportOptions, import_file};
use support::*;

#[test]
fn every_byte_change_and_truncation_is_rejected_and_changes_nothing_else() {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    introduce(&mut [&mut a, &mut b]);
    let org = Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Räddningstjänsten".into(),
        short_name: None,
        kind: "raddningstjanst".into(),
        is_authority: true,
        active: true,
    };
    a.store.write(|w| w.create(&org)).expect("write");
    let valid = bundle(&mut a, &b);
    let before = dump(&b.path());
    let audits_before = audit_count(&b.path());
    let file = b.dir.path().join("paket.lagesbild");
    let options = ImportOptions {
        dry_run: false,
        backup: false,
    };
    let mut attempts = 0;
    let mut check = |bytes: &[u8], what: &str| {
        std::fs::write(&file, bytes).expect("write");
        match import_file(&mut b.store, &file, options) {
            Err(ExchangeError::Rejected(_)) => {}
            other => panic!("{what}: not rejected: {other:?}"),
        }
        attempts += 1;
    };
    for i in 0..valid.len() {
        for flip in [0x01u8, 0x20, 0x80] {
            let mut bytes = valid.clone();
            bytes[i] ^= flip;
            check(&bytes, &format!("byte {i} ^ {flip:#x}"));
        }
    }
    for len in 0..valid.len() {
        check(&valid[..len], &format!("truncated to {len}"));
    }
    assert_eq!(
        before,
        dump(&b.path()),
        "a rejected bundle changed the data"
    );
    assert_eq!(audit_count(&b.path()), audits_before + attempts as i64);
    // And the untouched bundle still imports.
    std::fs::write(&file, &valid).expect("write");
    import_file(&mut b.store, &file, options).expect("valid bundle");
    assert!(b.store.get::<Organisation>(org.id).expect("get").is_some());
}
