//! Background jobs: the store's work runs on one worker thread (tokio's `spawn_blocking`), in
//! the order `update` asked for it, while the UI thread keeps answering keys. A slow effect is
//! announced as a job, reports its progress and its end; the key bar's line draws a gauge.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

use crate::tui::app::effects::Effect;
use crate::tui::app::io::Io;
use crate::tui::app::messages::Msg;
use crate::tui::app::superseded;
use crate::tui::jobs::sheet_import::SheetEffect;
use crate::tui::screens::exchange::messages::ExchangeEffect;
use crate::tui::screens::situation::messages::SituationEffect;

/// Whether a job can be stopped, and whether quitting waits for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// The cancel key stops it and nothing it did stays (the demo load: one transaction).
    Cancellable,
    /// A write that runs to its end (an import: backup and one transaction); quitting waits.
    MustFinish,
    /// Reads beside the UI (the start-up check): quitting neither asks nor waits.
    Background,
}

/// A request to stop the running job, shared by the UI (the cancel key) and the store worker
/// (which asks it between the job's steps).
#[derive(Debug, Clone, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    pub fn request(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// A new job starts without the last one's request.
    pub fn clear(&self) {
        self.0.store(false, Ordering::Relaxed);
    }
}

/// What the UI hears about a job.
#[derive(Debug, Clone, PartialEq)]
pub enum JobEvent {
    Started {
        id: u64,
        label: String,
        kind: JobKind,
    },
    /// 0.0 ‥ 1.0, for jobs that know how far they are.
    Progress {
        id: u64,
        fraction: f64,
    },
    Finished {
        id: u64,
    },
}

/// A job the UI shows while it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct RunningJob {
    pub id: u64,
    pub label: String,
    pub kind: JobKind,
    pub fraction: Option<f64>,
    /// The user asked to stop it; it stops at its next step.
    pub cancelling: bool,
}

/// The jobs running now, oldest first.
#[derive(Debug, Clone, Default)]
pub struct Jobs {
    pub running: Vec<RunningJob>,
    /// Advances on every tick while something runs (the spinner).
    pub frame: usize,
    /// The cancel key's request, read by the store worker.
    pub cancel: CancelFlag,
}

impl Jobs {
    pub fn on_event(&mut self, event: JobEvent) {
        match event {
            JobEvent::Started { id, label, kind } => self.running.push(RunningJob {
                id,
                label,
                kind,
                fraction: None,
                cancelling: false,
            }),
            JobEvent::Progress { id, fraction } => {
                if let Some(j) = self.running.iter_mut().find(|j| j.id == id) {
                    j.fraction = Some(fraction.clamp(0.0, 1.0));
                }
            }
            JobEvent::Finished { id } => self.running.retain(|j| j.id != id),
        }
    }

    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// The job the user is waiting for (not a background read), if one runs.
    pub fn foreground(&self) -> Option<&RunningJob> {
        self.running.iter().find(|j| j.kind != JobKind::Background)
    }

    /// The running job the cancel key can stop.
    pub fn cancellable(&self) -> Option<&RunningJob> {
        self.running
            .iter()
            .find(|j| j.kind == JobKind::Cancellable && !j.cancelling)
    }

    /// Asks the running cancellable job to stop; false when there is none.
    pub fn cancel(&mut self) -> bool {
        let Some(job) = self
            .running
            .iter_mut()
            .find(|j| j.kind == JobKind::Cancellable && !j.cancelling)
        else {
            return false;
        };
        job.cancelling = true;
        self.cancel.request();
        true
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// The label and kind of an effect slow enough to be shown as a job; quick loads are not.
/// Cancellable where stopping leaves nothing behind: the demo (one transaction), a report
/// export (stopped before its file is written), a preview and the check (they only read), the
/// police fetch (stopped before anything is written), a bundle export (stopped before its file
/// is written), an import (stopped after its backup, before its one transaction).
pub fn label(effect: &Effect, lang: crate::domain::Lang) -> Option<(&'static str, JobKind)> {
    use JobKind::Cancellable;
    let word = |id| crate::tui::widgets::words::word(lang, id);
    Some(match effect {
        Effect::LoadDemo => (word("tui-job-demo"), Cancellable),
        Effect::Export(_) => (word("tui-job-export"), Cancellable),
        Effect::Exchange(ExchangeEffect::Preview(_)) => (word("tui-job-preview"), Cancellable),
        // Stopped after the checks and the backup, before the one transaction.
        Effect::Exchange(ExchangeEffect::Import(_)) => (word("tui-job-import"), Cancellable),
        // Stopped once built, before its file is written.
        Effect::Exchange(ExchangeEffect::Export { .. }) => {
            (word("tui-job-bundle-export"), Cancellable)
        }
        // Over the network (a minute at most, stopped within a tenth of a second), then one
        // transaction that starts only if it was not stopped.
        Effect::Situation(SituationEffect::FetchPolice) => (word("tui-job-police"), Cancellable),
        // A dry run reads only; the import is a backup and one transaction.
        Effect::Sheet(SheetEffect::Preview(_)) => (word("sheet-tui-job-preview"), Cancellable),
        Effect::Sheet(SheetEffect::Import(_)) => {
            (word("sheet-tui-job-import"), JobKind::MustFinish)
        }
        // Reads only: stopped at the next step, or within the op log's replay.
        Effect::Check => (word("tui-job-check"), Cancellable),
        // Reads only; a later load (the next period) replaces it (`superseded`).
        Effect::Analysis(_) => (word("tui-analysis-job"), JobKind::Background),
        _ => return None,
    })
}

/// The first 80 bytes of an effect's debug form, without formatting the rest (an import
/// carries its whole bundle).
fn short_debug(effect: &Effect) -> String {
    struct Bounded(String);
    impl std::fmt::Write for Bounded {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            for c in s.chars() {
                if self.0.len() >= 80 {
                    return Err(std::fmt::Error);
                }
                self.0.push(c);
            }
            Ok(())
        }
    }
    let mut out = Bounded(String::new());
    // An Err here only means the text was cut.
    let _ = std::fmt::write(&mut out, format_args!("{effect:?}"));
    out.0
}

/// How long a store answer may take before the log names it.
const SLOW: std::time::Duration = std::time::Duration::from_millis(200);

/// Carries effects out on a worker thread, one at a time, and sends every answer back.
/// Returns when the UI drops its sender (the app quits) and gives the `Io` back.
pub fn store_worker(
    mut io: Io,
    mut effects: UnboundedReceiver<Effect>,
    msgs: UnboundedSender<Msg>,
) -> Io {
    let mut waiting = VecDeque::new();
    loop {
        // Everything asked for so far, so a list's load can see whether a later one replaces it.
        while let Ok(effect) = effects.try_recv() {
            waiting.push_back(effect);
        }
        let Some(effect) = waiting.pop_front().or_else(|| effects.blocking_recv()) else {
            break;
        };
        if superseded::is_superseded(&effect, &waiting) {
            continue;
        }
        let job = label(&effect, io.lang).map(|(label, kind)| {
            let id = next_id();
            // The request was for the job before (or for none): this one starts afresh.
            io.cancel.clear();
            let _ = msgs.send(Msg::Job(JobEvent::Started {
                id,
                label: label.to_string(),
                kind,
            }));
            id
        });
        let cancel = io.cancel.clone();
        let mut report = |fraction: f64| {
            if let Some(id) = job {
                let _ = msgs.send(Msg::Job(JobEvent::Progress { id, fraction }));
            }
            !cancel.is_requested()
        };
        // A slow answer is worth a line in the log: it is where a screen seemed empty.
        let what = short_debug(&effect);
        let started = std::time::Instant::now();
        for msg in io.execute_reporting(effect, &mut report) {
            let _ = msgs.send(msg);
        }
        let took = started.elapsed();
        if took >= SLOW {
            super::log::write(&format!("slow: {what} took {} ms", took.as_millis()));
        }
        if let Some(id) = job {
            let _ = msgs.send(Msg::Job(JobEvent::Finished { id }));
        }
    }
    io
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_is_shown_from_its_start_to_its_end() {
        let mut jobs = Jobs::default();
        jobs.on_event(JobEvent::Started {
            id: 7,
            label: "Läser in demodata".into(),
            kind: JobKind::Cancellable,
        });
        jobs.on_event(JobEvent::Progress {
            id: 7,
            fraction: 1.5,
        });
        assert_eq!(jobs.running[0].fraction, Some(1.0), "clamped");
        assert!(jobs.is_busy());
        jobs.on_event(JobEvent::Finished { id: 7 });
        assert!(!jobs.is_busy());
    }

    #[test]
    fn only_a_cancellable_job_is_cancelled_and_only_once() {
        let mut jobs = Jobs::default();
        jobs.on_event(JobEvent::Started {
            id: 1,
            label: "Kontrollerar databasen".into(),
            kind: JobKind::Background,
        });
        jobs.on_event(JobEvent::Started {
            id: 2,
            label: "Skriver något som måste bli klart".into(),
            kind: JobKind::MustFinish,
        });
        assert!(!jobs.cancel(), "nothing here can be cancelled");
        assert!(!jobs.cancel.is_requested());
        assert_eq!(jobs.foreground().map(|j| j.id), Some(2));
        jobs.on_event(JobEvent::Finished { id: 2 });
        jobs.on_event(JobEvent::Started {
            id: 3,
            label: "Läser in demodata".into(),
            kind: JobKind::Cancellable,
        });
        assert!(jobs.cancel());
        assert!(jobs.cancel.is_requested());
        assert!(!jobs.cancel(), "asked already");
        assert!(jobs.cancellable().is_none());
    }
}
