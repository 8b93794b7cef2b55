//! The `lagesbild` binary: everything happens in the library; see `cli`.

fn main() -> std::process::ExitCode {
    // SAFETY: first thing in the process, before any thread or connection exists.
    unsafe { lagesbild::store::open::configure_sqlite_process() };
    lagesbild::cli::run()
}
