// The <oih-checklist> element class. Rust (src/web/element.rs) calls
// defineElement once; mount and unmount render and destroy the Yew app.
// Nothing here reads or sends the user's answers.

const hosts = new Set();
const handles = new WeakMap();
let sheet = null;

const OBSERVED = ['heading-level', 'compact', 'lang'];

/** What the Rust side reads from the element: heading level, compact, lang. */
function options(el) {
  const lang = el.getAttribute('lang') || el.closest('[lang]')?.getAttribute('lang') || '';
  return [el.getAttribute('heading-level') || '', el.hasAttribute('compact'), lang];
}

export function defineElement(tag, css, mount, update, unmount) {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    attributeChangedCallback() {
      // Re-render with the new settings; the answers stay.
      if (handles.has(this)) update(handles.get(this), ...options(this));
    }

    connectedCallback() {
      if (handles.has(this)) return;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
      const container = document.createElement('div');
      container.className = 'oih-host';
      root.replaceChildren(container);
      hosts.add(this);
      handles.set(this, mount(container, ...options(this)));
    }

    disconnectedCallback() {
      // A move within the page (disconnect then connect in one task) keeps
      // the answers; a real removal destroys the app.
      queueMicrotask(() => {
        if (this.isConnected || !handles.has(this)) return;
        unmount(handles.get(this));
        handles.delete(this);
        hosts.delete(this);
        this.shadowRoot.replaceChildren();
      });
    }
  });
}

export function showCrash(title, text, button) {
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    const box = document.createElement('div');
    box.className = 'oih-host';
    const panel = document.createElement('div');
    panel.className = 'oih oih-crash';
    panel.setAttribute('role', 'alert');
    const heading = document.createElement('p');
    heading.className = 'oih-crash-title';
    heading.textContent = title;
    const body = document.createElement('p');
    body.textContent = text;
    const restart = document.createElement('button');
    restart.type = 'button';
    restart.className = 'oih-button';
    restart.textContent = button;
    restart.addEventListener('click', () => location.reload());
    panel.append(heading, body, restart);
    box.append(panel);
    root.replaceChildren(box);
  }
}
