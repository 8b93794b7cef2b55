//! Every integration test in one binary: one link instead of two dozen (each was ~250 MB
//! with debug info, and a clean `cargo test` filled a CI disk). One module per former file;
//! run one of them with `cargo test --test integration <module>::`.

mod common;
mod report_world;
mod support;

mod call_log;
mod cli;
mod cli_files;
mod exchange;
mod exchange_adversarial;
mod exchange_demo;
mod exchange_kill;
mod exchange_props;
mod exchange_rules;
mod exchange_tamper;
mod exchange_versions;
mod fuzz_corpus;
mod new_municipality;
mod polisen;
mod polisen_cli;
mod polisen_demo;
mod polisen_promote;
mod record_cli;
mod registry_schema;
mod report_demo;
mod reports;
mod seed;
mod setup;
mod store;
mod store_lists;
mod store_retire;
mod store_undo;
mod tui;
mod tui_defects;
mod tui_editor;
mod tui_exchange;
mod tui_exports;
mod tui_jobs;
mod tui_keys;
mod tui_layers;
mod tui_police;
mod tui_pty;
mod tui_register;
mod tui_room;
mod tui_safety;
mod tui_snapshots;
