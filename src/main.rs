//! The `lagesbild` binary: everything happens in the library; see `cli`.

fn main() -> std::process::ExitCode {
    lagesbild::cli::run()
}
