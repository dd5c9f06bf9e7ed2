//! HTML built as a string, for the parts of the widget that only show text.

use yew::Html;

use crate::content::sources::Source;
use crate::summary::escape_into;
use crate::texts::Texts;
use crate::web::components::heading::heading_tag;

/// Markup built as one string and inserted as it is
/// (`Html::from_html_unchecked`), for parts with no control and no listener:
/// one string costs far less wasm than a tree of `html!` nodes. Every text
/// is escaped; all of it comes from the content tables and the core. In the
/// browser the string becomes nodes through `setHTML` (www/element.js), not
/// `innerHTML`, for pages that enforce Trusted Types: write only what it
/// reads (elements, double-quoted attributes, escaped text).
#[derive(Default)]
pub struct Markup(pub String);

#[cfg_attr(not(feature = "widget"), allow(dead_code))]
impl Markup {
    pub fn open(&mut self, tag: &str, class: &str) {
        self.0 += "<";
        self.0 += tag;
        if !class.is_empty() {
            self.0 += " class=\"";
            self.0 += class;
            self.0 += "\"";
        }
        self.0 += ">";
    }

    pub fn close(&mut self, tag: &str) {
        self.0 += "</";
        self.0 += tag;
        self.0 += ">";
    }

    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.0, text);
    }

    /// `<tag class>text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) {
        self.open(tag, class);
        self.text(text);
        self.close(tag);
    }

    /// The sources after a sentence: ` [S1, C2]`, named for screen readers.
    pub fn cite(&mut self, t: &Texts, sources: &[Source]) {
        self.open("span", "oih-cite");
        self.element("span", "oih-visually-hidden", t.sources_prefix);
        self.0 += " [";
        for (i, source) in sources.iter().enumerate() {
            if i > 0 {
                self.0 += ", ";
            }
            self.0 += source.id();
        }
        self.0 += "]";
        self.close("span");
    }

    /// A paragraph of a sentence and its sources.
    pub fn cited(&mut self, t: &Texts, class: &str, (text, sources): (&str, &[Source])) {
        self.open("p", class);
        self.text(text);
        self.cite(t, sources);
        self.close("p");
    }

    pub fn list<'a>(&mut self, items: impl Iterator<Item = &'a str>) {
        self.list_with_class("", items);
    }

    pub fn list_with_class<'a>(&mut self, class: &str, items: impl Iterator<Item = &'a str>) {
        self.open("ul", class);
        for item in items {
            self.element("li", "", item);
        }
        self.close("ul");
    }

    /// A numbered list (steps to take, in order).
    pub fn ordered_list<'a>(&mut self, items: impl Iterator<Item = &'a str>) {
        self.open("ol", "");
        for item in items {
            self.element("li", "", item);
        }
        self.close("ol");
    }

    /// A list of "Title: text [sources]" items.
    pub fn titled_list<'a>(
        &mut self,
        t: &Texts,
        items: impl Iterator<Item = (&'a str, &'a str, &'a [Source])>,
    ) {
        self.open("ul", "");
        for (title, text, sources) in items {
            self.open("li", "");
            self.open("strong", "");
            self.text(title);
            self.0 += ": ";
            self.close("strong");
            self.text(text);
            self.cite(t, sources);
            self.close("li");
        }
        self.close("ul");
    }

    /// `<option value selected>label</option>`.
    pub fn option(&mut self, value: &str, selected: bool, label: &str) {
        self.0 += "<option value=\"";
        self.text(value);
        self.0 += if selected { "\" selected>" } else { "\">" };
        self.text(label);
        self.close("option");
    }

    pub fn heading(&mut self, level: u8, text: &str) {
        let tag = heading_tag(level);
        self.element(tag, "", text);
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(self.0.into())
    }
}
