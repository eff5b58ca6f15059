//! The `parksim` program: parses the command line and runs the chosen command.

fn main() -> std::process::ExitCode {
    parksim::cli::main()
}
