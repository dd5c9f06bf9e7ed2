//! The form state as a Yew `Reducible`; the logic is in `crate::form`.

use std::rc::Rc;

use yew::Reducible;

use crate::form::{Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Test builds only: typing `__panic__` as an amount panics here, so
        // the browser test can prove the polite error and "Start again".
        #[cfg(feature = "crash-test")]
        if matches!(&action, Action::SetAmount(_, text) if text == "__panic__") {
            panic!("deliberate panic (crash-test build)");
        }
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
