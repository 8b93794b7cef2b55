//! Background jobs: the store's work runs on one worker thread (tokio's `spawn_blocking`), in
//! the order `update` asked for it, while the UI thread keeps answering keys. A slow effect is
//! announced as a job, reports its progress and its end; the key bar's line draws a gauge.

use std::sync::atomic::{AtomicU64, Ordering};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

use crate::tui::app::effects::Effect;
use crate::tui::app::io::Io;
use crate::tui::app::messages::Msg;
use crate::tui::screens::exchange::messages::ExchangeEffect;

/// What the UI hears about a job.
#[derive(Debug, Clone, PartialEq)]
pub enum JobEvent {
    Started {
        id: u64,
        label: String,
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
    pub fraction: Option<f64>,
}

/// The jobs running now, oldest first.
#[derive(Debug, Clone, Default)]
pub struct Jobs {
    pub running: Vec<RunningJob>,
    /// Advances on every tick while something runs (the spinner).
    pub frame: usize,
}

impl Jobs {
    pub fn on_event(&mut self, event: JobEvent) {
        match event {
            JobEvent::Started { id, label } => self.running.push(RunningJob {
                id,
                label,
                fraction: None,
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
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// The label of an effect slow enough to be shown as a job; quick loads are not.
pub fn label(effect: &Effect) -> Option<&'static str> {
    Some(match effect {
        Effect::LoadDemo => "Läser in demodata",
        Effect::Export(_) => "Skriver exporten",
        Effect::Exchange(ExchangeEffect::Preview(_)) => "Läser paketet",
        Effect::Exchange(ExchangeEffect::Import(_)) => "Importerar paketet (säkerhetskopia först)",
        Effect::Exchange(ExchangeEffect::Export { .. }) => "Skriver paketet",
        _ => return None,
    })
}

/// Carries effects out on a worker thread, one at a time, and sends every answer back.
/// Returns when the UI drops its sender (the app quits) and gives the `Io` back.
pub fn store_worker(
    mut io: Io,
    mut effects: UnboundedReceiver<Effect>,
    msgs: UnboundedSender<Msg>,
) -> Io {
    while let Some(effect) = effects.blocking_recv() {
        let job = label(&effect).map(|label| {
            let id = next_id();
            let _ = msgs.send(Msg::Job(JobEvent::Started {
                id,
                label: label.to_string(),
            }));
            id
        });
        let mut report = |fraction: f64| {
            if let Some(id) = job {
                let _ = msgs.send(Msg::Job(JobEvent::Progress { id, fraction }));
            }
        };
        for msg in io.execute_reporting(effect, &mut report) {
            let _ = msgs.send(msg);
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
}
