import { sameOriginPath } from './kasus.js';

// Shows why the learner is on the login page: wrong password, expired session or logged out.
const params = new URLSearchParams(location.search);
const messages = [
  ['fel', '1', 'error', 'Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.'],
  ['fel', 'saknas', 'error', 'Fyll i både användarnamn och lösenord.'],
  ['fel', 'strypt', 'error', throttledMessage(params.get('vanta'))],
  ['utgangen', '1', 'error', 'Du har loggats ut eftersom du inte har gjort något på en stund. Logga in igen så fortsätter du där du var.'],
  ['utloggad', '1', 'ok', 'Du har loggat ut.'],
];
function throttledMessage(wait) {
  const seconds = Number.parseInt(wait, 10);
  const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
  return 'Du har försökt logga in för många gånger med fel lösenord. Av säkerhetsskäl kan du försöka igen om '
    + (minutes === 1 ? 'en minut' : `${minutes} minuter`) + '. Kontakta den som ansvarar för utbildningen om du har glömt ditt lösenord.';
}

const slot = document.getElementById('login-message');
for (const [key, value, kind, text] of messages) {
  if (params.get(key) === value) {
    const box = document.createElement('div');
    box.className = `message ${kind}`;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.textContent = text;
    slot.append(box);
    if (kind === 'error') document.getElementById('username').setAttribute('aria-describedby', 'login-message');
  }
}
// After an explicit logout nothing of the previous person's place is kept: the next login lands on Mina kurser.
const back = params.get('utloggad') === '1' ? null : sameOriginPath(params.get('atergang'));
if (back) {
  sessionStorage.setItem('kasus.atergang', back);
} else {
  sessionStorage.removeItem('kasus.atergang');
}
// Focus is not moved to the first field: the skip link stays the first Tab stop, as on every page.
