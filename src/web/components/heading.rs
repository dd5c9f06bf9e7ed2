//! A heading whose level follows the host page's outline.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1 to 6; deeper levels are shown as level 6.
    pub level: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// `-1` for a heading that receives focus from a button.
    #[prop_or_default]
    pub tabindex: Option<AttrValue>,
    pub children: Html,
}

#[component(Heading)]
pub fn heading(props: &HeadingProps) -> Html {
    let tag = format!("h{}", props.level.clamp(1, 6));
    html! {
        <@{tag} id={props.id.clone()} class={props.class.clone()} tabindex={props.tabindex.clone()}>{ props.children.clone() }</@>
    }
}
