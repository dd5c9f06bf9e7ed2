//! `oih-assess`: runs the assessment on JSON input.
//!
//! `oih-assess < input.json` reads one input and writes one output; exit 0,
//! or exit 2 with `{"error": {...}}` on stdout when the input is invalid.
//! `oih-assess --jsonl < inputs.jsonl` reads one input per line and writes
//! one output or error object per line, in order; exit 0. Blank lines are
//! skipped.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use oih_checklist::contract;

const USAGE: &str = "usage: oih-assess [--jsonl] < input\n\
  Reads the checklist's input JSON on stdin and writes the result JSON on stdout.\n\
  --jsonl   one input per line, one output per line\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => single(),
        ["--jsonl"] => lines(),
        ["-h" | "--help"] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    result.unwrap_or_else(|e| {
        eprintln!("oih-assess: {e}");
        ExitCode::from(74)
    })
}

fn single() -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let (line, code) = match contract::evaluate(&text) {
        Ok(output) => (output, ExitCode::SUCCESS),
        Err(error) => (error.to_json(), ExitCode::from(2)),
    };
    let mut out = io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(code)
}

fn lines() -> io::Result<ExitCode> {
    let stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.split(b'\n') {
        let bytes = line?;
        let text = String::from_utf8_lossy(&bytes);
        if text.trim().is_empty() {
            continue;
        }
        let output = contract::evaluate(&text).unwrap_or_else(|error| error.to_json());
        writeln!(out, "{output}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
