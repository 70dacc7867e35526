// Kontrollera ett intyg: a public page (no login) that asks the verification API whether a certificate is valid.
// It never uses kasus.js api(), which sends a visitor to the login page on 401.
import { el, optionalUser, showForRoles } from './kasus.js';
import { reasonText, swedishDate } from './intyg.js';

const form = document.getElementById('verify-form');
const input = document.getElementById('kod');
const fieldErrorSlot = document.getElementById('kod-error');
const alertRegion = document.getElementById('verify-alert');
const resultRegion = document.getElementById('verify-result');
const button = form.querySelector('button[type=submit]');

const NOT_FOUND = 'Vi hittar inget intyg med den koden. Kontrollera att du har skrivit av koden rätt.';
const FAILED = 'Det gick inte att kontrollera intyget just nu. Försök igen om en stund.';

function clearMessages() {
  fieldErrorSlot.textContent = '';
  input.removeAttribute('aria-invalid');
  alertRegion.replaceChildren();
}

/** A problem with the code itself: said by the field (tied by aria-describedby) and once as an alert. */
function codeProblem(message) {
  fieldErrorSlot.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  alertRegion.replaceChildren(el('div', { class: 'message error' }, message));
}

function waitText(retryAfter) {
  const seconds = Number.parseInt(retryAfter, 10);
  if (!Number.isFinite(seconds) || seconds <= 0) return 'en stund';
  if (seconds < 60) return seconds === 1 ? 'en sekund' : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'en minut' : `${minutes} minuter`;
}

function result(certificate) {
  const valid = certificate.status === 'VALID';
  return el('div', { class: valid ? 'message ok verification-result' : 'message error verification-result' },
    el('h2', { id: 'result-heading', tabindex: '-1' }, valid ? 'Intyget är giltigt' : 'Intyget är återkallat'),
    valid ? null : el('p', {}, `Intyget återkallades ${swedishDate(certificate.revokedOn)}. Skäl: ${reasonText(certificate)}.`
      + ' Det gäller inte längre.'),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Kurs'), el('dd', {}, certificate.courseTitle),
      el('dt', {}, 'Kursversion'), el('dd', {}, String(certificate.courseVersion)),
      el('dt', {}, 'Slutförd'), el('dd', {}, el('time', { datetime: certificate.completedOn }, swedishDate(certificate.completedOn))),
      el('dt', {}, 'Namn'), el('dd', { id: 'result-name' }, certificate.learnerName),
      el('dt', {}, 'Utfärdat av'), el('dd', {}, certificate.issuer),
      el('dt', {}, 'Verifieringskod'), el('dd', {}, el('code', {}, certificate.code))));
}

async function check(code, moveFocus) {
  clearMessages();
  resultRegion.replaceChildren();
  const trimmed = code.trim();
  if (!trimmed) {
    codeProblem('Skriv verifieringskoden från intyget.');
    input.focus();
    return;
  }
  history.replaceState(null, '', `${location.pathname}?kod=${encodeURIComponent(trimmed)}`);
  button.disabled = true;
  let response;
  try {
    response = await fetch(`/api/public/certificates/${encodeURIComponent(trimmed)}`, {
      headers: { Accept: 'application/json, application/problem+json' }, credentials: 'same-origin', cache: 'no-store',
    });
  } catch (e) {
    response = null;
  } finally {
    button.disabled = false;
  }
  if (response && response.ok) {
    let certificate = null;
    try { certificate = await response.json(); } catch (e) { certificate = null; }
    if (certificate) {
      resultRegion.replaceChildren(result(certificate));
      if (moveFocus) document.getElementById('result-heading').focus();
      return;
    }
  }
  if (response && response.status === 404) {
    codeProblem(NOT_FOUND);
    if (moveFocus) input.focus();
    return;
  }
  if (response && response.status === 429) {
    alertRegion.replaceChildren(el('div', { class: 'message error' },
      `Det har gjorts för många kontroller från din uppkoppling på kort tid. Vänta ${waitText(response.headers.get('Retry-After'))}`
      + ' och försök sedan igen.'));
    return;
  }
  alertRegion.replaceChildren(el('div', { class: 'message error' }, FAILED));
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  check(input.value, true);
});

const given = new URLSearchParams(location.search).get('kod');
if (given) {
  input.value = given;
  // Opened from the QR code or a link: check at once; the result region announces it without moving focus.
  check(given, false);
}
const me = await optionalUser();
showForRoles(me);
const userName = document.getElementById('user-name');
if (userName && me) userName.textContent = me.displayName;
