// The widget alone, for a sandboxed <iframe> (see the README's snippet).
// Its language is the frame's address's (frame.html?lang=es), else English;
// this module runs before the widget's, which reads it.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
// Tells the parent its height so the frame can fit it: the message carries a
// finite number and a name, never anything the user entered.
const post = () => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (Number.isFinite(height)) parent.postMessage({ source: 'oih-checklist', height }, '*');
};
new ResizeObserver(post).observe(document.body);
post();
