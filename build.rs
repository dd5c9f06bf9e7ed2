//! Minifies www/summary.css and www/diary.css into OUT_DIR for `include_str!`: comments and
//! runs of whitespace go, quoted strings stay as written.

use std::{env, fs, path::Path};

fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
            }
            '"' | '\'' => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => pending_space = !out.is_empty(),
            // The last declaration of a block needs no `;`.
            '}' if out.ends_with(';') => {
                out.pop();
                pending_space = false;
                out.push(c);
            }
            // `0.5em` is `.5em` after a separator (never inside `10.5`).
            '0' if chars.peek() == Some(&'.')
                && (pending_space || out.ends_with([':', ',', '(', ' ', '-', '+', '*', '/'])) =>
            {
                if pending_space && !out.ends_with(['{', '}', ':', ';', ',', '>']) {
                    out.push(' ');
                }
                pending_space = false;
            }
            _ => {
                // No space is needed before `{};,>` or after `{}:;,>`; a space
                // before `:` can be a descendant combinator (`.a :focus`).
                let tight_before = |x: char| "{};,>".contains(x);
                let tight_after = |x: char| "{}:;,>".contains(x);
                if pending_space && !tight_before(c) && !out.ends_with(tight_after) {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    // (www/widget.css is not in any wasm: scripts/prerender.mjs minifies it
    // into the pages and the embed entry, and www/element.js adopts it.)
    for name in ["summary", "diary"] {
        let source = format!("www/{name}.css");
        println!("cargo:rerun-if-changed={source}");
        let css = fs::read_to_string(&source).expect("a stylesheet in www/");
        let out = Path::new(&out_dir).join(format!("{name}.min.css"));
        fs::write(out, minify(&css)).expect("write minified css");
    }
}
