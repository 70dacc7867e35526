// Shows why the learner is on the login page: wrong password, expired session or logged out.
const params = new URLSearchParams(location.search);
const messages = [
  ['fel', '1', 'error', 'Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.'],
  ['fel', 'saknas', 'error', 'Fyll i både användarnamn och lösenord.'],
  ['utgangen', '1', 'error', 'Du har loggats ut eftersom du inte har gjort något på en stund. Logga in igen så fortsätter du där du var.'],
  ['utloggad', '1', 'ok', 'Du är utloggad.'],
];
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
const back = params.get('atergang');
if (back && back.startsWith('/') && !back.startsWith('//')) {
  sessionStorage.setItem('kasus.atergang', back);
}
document.getElementById('username').focus();
