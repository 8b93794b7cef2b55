//! Key → frame through a real terminal: the release binary in a pseudo-terminal on the demo's
//! ten-year database (`demo --years 10`, built once into the target dir as `benches/tui.rs`
//! does) at 160×48, keys written to the pty, the frames read back. For each key two times
//! from writing it: to the last byte of the first frame it causes (a burst of output ended by
//! 3 ms of quiet) and to the last byte of the last frame before 60 ms of quiet (the store's
//! answer drawn: the screen has settled); the quiet itself is never counted. Reports
//! p50/p90/p99 for list moves, filter typing and tab switches, and start → first frame (100
//! starts). Run: `cargo bench --bench tui_pty` (see BENCHMARKS.md);
//! `LAGESBILD_BENCH_DB=path` uses that database instead, `LAGESBILD_BENCH_BIN=path` another
//! build of the app, `LAGESBILD_BENCH_STARTS=n` another number of starts.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use lagesbild::store::{Access, Store};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// The end of one frame's burst of output.
const QUIET: Duration = Duration::from_millis(3);
/// Long enough that the store worker's answer (a page, a filtered list, a tab's data) and its
/// frame come within it: the screen has settled.
const SETTLE: Duration = Duration::from_millis(60);

fn database() -> PathBuf {
    // A database of one's own (a copy of the ten-year demo), so no other run holds its lock.
    if let Some(path) = std::env::var_os("LAGESBILD_BENCH_DB") {
        return PathBuf::from(path);
    }
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join("bench-tui-demo-10y.db");
    if !path.exists() {
        let mut store = Store::open(&path, Access::ReadWrite).expect("open");
        lagesbild::seed::load_demo(
            &mut store,
            &lagesbild::seed::DemoOptions {
                today: NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default(),
                years: Some(10),
            },
        )
        .expect("demo");
    }
    path
}

struct Pty {
    out: Receiver<(Instant, Vec<u8>)>,
    screen: vt100::Parser,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Pty {
    fn start(db: &Path, home: &Path) -> (Pty, Instant) {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 48,
                cols: 160,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        // `LAGESBILD_BENCH_BIN`: another build of the app (e.g. main's, for before and after).
        let bin = std::env::var_os("LAGESBILD_BENCH_BIN")
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_lagesbild").into());
        let mut cmd = CommandBuilder::new(bin);
        cmd.arg("--db");
        cmd.arg(db);
        cmd.env("LAGESBILD_TODAY", "2026-11-19");
        cmd.env("XDG_CONFIG_HOME", home);
        cmd.env("TERM", "xterm-256color");
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (tx, out) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        std::mem::forget(pair.master);
        let screen = vt100::Parser::new(
            std::num::NonZeroU16::MIN.saturating_add(47),
            std::num::NonZeroU16::MIN.saturating_add(159),
            0,
        );
        (
            Pty {
                out,
                screen,
                writer,
                child,
            },
            started,
        )
    }

    /// Output until `QUIET` passes without any; the time of the last byte, if any came.
    fn burst(&mut self, first_wait: Duration) -> Option<Instant> {
        self.burst_until(first_wait, QUIET)
    }

    /// Output until `quiet` passes without any; the time of the last byte, if any came.
    fn burst_until(&mut self, first_wait: Duration, quiet: Duration) -> Option<Instant> {
        let mut last = None;
        let mut wait = first_wait;
        loop {
            match self.out.recv_timeout(wait) {
                Ok((at, bytes)) => {
                    self.screen.process(&bytes);
                    last = Some(at);
                    wait = quiet;
                }
                Err(RecvTimeoutError::Timeout) => return last,
                Err(RecvTimeoutError::Disconnected) => return last,
            }
        }
    }

    fn wait_for(&mut self, text: &str) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok((at, bytes)) = self.out.recv_timeout(Duration::from_millis(50)) {
                self.screen.process(&bytes);
                if self.screen.screen().contents().contains(text) {
                    return at;
                }
            }
            assert!(Instant::now() < deadline, "waited for {text}");
        }
    }

    /// Writes a key; how long until the first frame answering it was written, and until the
    /// last (the store's answer drawn: the screen settled).
    fn key(&mut self, bytes: &str) -> Option<(Duration, Duration)> {
        // Nothing left over from before.
        self.burst_until(QUIET, SETTLE);
        let sent = Instant::now();
        self.writer.write_all(bytes.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        let first = self.burst(Duration::from_millis(500))?;
        let settled = self.burst_until(SETTLE, SETTLE).unwrap_or(first);
        Some((
            first.saturating_duration_since(sent),
            settled.saturating_duration_since(sent),
        ))
    }
}

/// Reports the first frames and the settled screens of a series of keys.
fn report_keys(name: &str, times: Vec<(Duration, Duration)>) {
    report(
        &format!("{name}: first"),
        times.iter().map(|t| t.0).collect(),
    );
    report(
        &format!("{name}: settled"),
        times.iter().map(|t| t.1).collect(),
    );
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 - 1.0) * q).round() as usize;
        times.get(i).copied().unwrap_or_default().as_secs_f64() * 1000.0
    };
    println!(
        "{name:<36} n={:<4} p50 {:>6.2} ms  p90 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms",
        times.len(),
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0)
    );
}

fn main() {
    // `cargo bench` passes --bench; a plain `cargo test --benches` run only builds this.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let db = database();
    let home = tempfile::tempdir().expect("home");
    // Enough starts for a p99 (`LAGESBILD_BENCH_STARTS`, 100 by default).
    let runs = std::env::var("LAGESBILD_BENCH_STARTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let mut starts = Vec::new();
    for _ in 0..runs {
        let (mut pty, started) = Pty::start(&db, home.path());
        let first = pty.wait_for("1 Möte");
        starts.push(first.saturating_duration_since(started));
        pty.burst(Duration::from_millis(300));
        pty.writer.write_all(b"q").expect("quit");
        let _ = pty.child.wait();
    }
    report("start → first frame", starts);

    let (mut pty, _) = Pty::start(&db, home.path());
    pty.wait_for("1 Möte");
    // Let the start-up loads and the quick check settle.
    std::thread::sleep(Duration::from_secs(3));
    pty.burst(Duration::from_millis(100));

    let mut tabs = Vec::new();
    for round in 0..20 {
        for k in ["2", "3", "4", "5", "6", "7", "1"] {
            if let Some(t) = pty.key(k)
                && round > 0
            {
                tabs.push(t);
            }
        }
    }
    report_keys("tab switch (1–7)", tabs);

    pty.key("2");
    let mut moves = Vec::new();
    for i in 0..300 {
        // Down, with a page and back now and then (a page's reload).
        let k = if i % 50 == 49 { "\x1b[6~" } else { "\x1b[B" };
        if let Some(t) = pty.key(k) {
            moves.push(t);
        }
    }
    report_keys("list move (↓, PgDn)", moves);

    let mut typing = Vec::new();
    for _ in 0..10 {
        pty.key("f");
        for c in "klotter".chars() {
            if let Some(t) = pty.key(&c.to_string()) {
                typing.push(t);
            }
        }
        // Esc clears the filter (and reloads the whole list).
        pty.key("\x1b");
        std::thread::sleep(Duration::from_millis(100));
        pty.burst(Duration::from_millis(100));
    }
    report_keys("filter typing (per key)", typing);

    pty.writer.write_all(b"q").expect("quit");
    let _ = pty.child.wait();
}
