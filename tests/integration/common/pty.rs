//! The real binary in a pseudo-terminal, read back through a terminal emulator: start it on a
//! database, send keys, wait for text, quit. Shared by every end-to-end TUI test.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub const TAB: &str = "\t";
pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const CTRL_S: &str = "\x13";

/// How long a wait may last before the test fails: long, because the whole suite shares two
/// cores in CI and a demo load in a pty can then take many times its usual second or two. A
/// limit, not a timing: a passing wait returns as soon as the text is there.
const WAIT_LIMIT_SECS: u64 = 90;

/// How many of the last screens a session keeps (see [`Session::wait_for_frame`]).
const FRAMES_KEPT: usize = 5000;

pub struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    /// The screen after each read of the app's output, oldest first: a wait for a state that
    /// lasts only a while (a job's gauge) finds it even if the test's thread was not running
    /// while it showed.
    frames: Arc<Mutex<std::collections::VecDeque<String>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    pub fn start(db: &Path, config_home: &Path) -> Session {
        Session::start_with(db, config_home, &[])
    }

    pub fn start_with(db: &Path, config_home: &Path, envs: &[(&str, &str)]) -> Session {
        Session::start_sized(db, config_home, envs, 80, 24)
    }

    /// Starts the app in a terminal of `cols` × `rows`, "today" 2026-11-19.
    pub fn start_sized(
        db: &Path,
        config_home: &Path,
        envs: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lagesbild"));
        cmd.arg("--db");
        cmd.arg(db);
        cmd.env("LAGESBILD_TODAY", "2026-11-19");
        cmd.env("XDG_CONFIG_HOME", config_home);
        cmd.env("TERM", "xterm-256color");
        // Exports go to the working directory: the test's own, never the repository.
        if let Some(dir) = db.parent() {
            cmd.cwd(dir);
        }
        cmd.env_remove("LAGESBILD_POLISEN_URL");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::MIN.saturating_add(rows.saturating_sub(1)),
            std::num::NonZeroU16::MIN.saturating_add(cols.saturating_sub(1)),
            0,
        )));
        let feed = Arc::clone(&screen);
        let frames = Arc::new(Mutex::new(std::collections::VecDeque::new()));
        let kept = Arc::clone(&frames);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let Ok(mut p) = feed.lock() else { break };
                p.process(&buf[..n]);
                if let Ok(mut frames) = kept.lock() {
                    if frames.len() == FRAMES_KEPT {
                        frames.pop_front();
                    }
                    frames.push_back(p.screen().contents());
                }
            }
        });
        // Keep the master alive for as long as the session.
        std::mem::forget(pair.master);
        Session {
            screen,
            frames,
            writer,
            child,
        }
    }

    pub fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Starts the app on a new database in `dir` and takes "Börja tomt": Tyresö, the own
    /// organisation "Säkerhetsenheten"; returns at the setup checklist.
    pub fn started_empty(dir: &Path) -> Session {
        let mut app = Session::start(&dir.join("lagesbild.db"), dir);
        app.wait_for("Börja tomt");
        app.send("t");
        app.send("Tyresö");
        app.send(TAB);
        app.send("Säkerhetsenheten");
        app.send(CTRL_S);
        app.wait_for("Kom igång");
        app
    }

    /// Starts the app on a new database at `db` and loads the demo from the welcome page;
    /// returns on the Möte screen, once the tabs take keys (onboarding ends when the refs are
    /// reloaded, which under load can come after the demo's message is drawn).
    pub fn with_demo(db: &Path, config_home: &Path) -> Session {
        let mut app = Session::start(db, config_home);
        app.wait_for("Välkommen till lagesbild");
        app.send("d");
        app.wait_for("Läsa in demodata");
        app.send("j");
        app.wait_for("Demodata för");
        app.wait_for("Inget möte pågår");
        app
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("”{text}”"), |screen| screen.contains(text));
    }

    /// Waits until the screen satisfies `ready` (`what` says what was waited for).
    pub fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(WAIT_LIMIT_SECS) {
            if ready(&self.contents()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("waited for {what}; the screen shows:\n{}", self.contents());
    }

    /// Waits until a line of a list shows `text` selected (after the cursor mark `›`): the
    /// state a key on "the selected record" needs. A saved record is selected when the list
    /// reloaded after the save arrives, which can be after the save's message is drawn.
    pub fn wait_selected(&self, text: &str) {
        self.wait_until(&format!("”{text}” selected"), |screen| {
            screen.lines().any(|line| {
                line.find('›')
                    .is_some_and(|mark| line[mark..].contains(text))
            })
        });
    }

    /// Waits until one screen, now or since the session started, showed every one of
    /// `texts` at once, and returns it: a state that lasts only while a job runs.
    pub fn wait_for_frame(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(WAIT_LIMIT_SECS) {
            let found = self.frames.lock().ok().and_then(|frames| {
                frames
                    .iter()
                    .find(|f| texts.iter().all(|t| f.contains(t)))
                    .cloned()
            });
            if let Some(frame) = found {
                return frame;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "waited for one screen with {texts:?}; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Writes keys. The pause after them keeps a lone Esc from being read as the start of the
    /// next key's escape sequence; it is no wait for the app: a key whose answer depends on
    /// the store's reply is sent only after a `wait_…` for what it needs.
    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(150));
    }

    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(WAIT_LIMIT_SECS) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        false
    }
}
