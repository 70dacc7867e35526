// The public pages (accessibility statement, personal data, help): the operator's details from configuration,
// always written as text, and the header as a visitor or a logged-in person sees it.
import { el, optionalUser, showForRoles } from './kasus.js';

const MISSING = '(organisationen som driver Kasus har inte angett detta ännu)';

async function siteInfo() {
  try {
    const response = await fetch('/api/public/site', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

function fill(node, value) {
  const kind = node.getAttribute('data-kind');
  if (!value) {
    node.replaceChildren(el('em', { class: 'missing' }, node.getAttribute('data-missing') || MISSING));
  } else if (kind === 'email') {
    node.replaceChildren(el('a', { href: `mailto:${value}` }, value));
  } else if (kind === 'phone') {
    node.replaceChildren(el('a', { href: `tel:${value.replace(/[^+\d]/g, '')}` }, value));
  } else {
    node.textContent = value;
  }
}

const [me, info] = await Promise.all([optionalUser(), siteInfo()]);
showForRoles(me);
const name = document.getElementById('user-name');
if (name && me) name.textContent = me.displayName;
for (const node of document.querySelectorAll('[data-site]')) {
  fill(node, info ? info[node.getAttribute('data-site')] : null);
}
for (const node of document.querySelectorAll('[data-site-if]')) {
  node.hidden = !(info && info[node.getAttribute('data-site-if')]);
}
for (const node of document.querySelectorAll('[data-site-unless]')) {
  node.hidden = Boolean(info && info[node.getAttribute('data-site-unless')]);
}
