//! The form state as a Yew `Reducible`; the logic is in `crate::form`.

use std::rc::Rc;

use yew::Reducible;

use crate::form::{Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
