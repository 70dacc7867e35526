import { api, el } from './kasus.js';

// A case or quiz opened by an LMS (cmi5): the launch marker ?launch=<id> arrives with the first page and is kept
// for this window, so the next page (another case, a quiz retake) stays in the LMS layout. The layout hides Kasus's
// navigation (the class lms on <body>; kasus.css) and offers the LMS exit, which ends the launch on the server and
// goes where the server says: the LMS's returnURL, or the page that says the window may be closed.

const KEY = 'kasus.lms.launch';
const LAUNCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Sets up the LMS layout when this window was launched by an LMS; returns the launch id, or null. */
export function lmsLaunch() {
  const given = new URLSearchParams(location.search).get('launch');
  if (given && LAUNCH_ID.test(given)) sessionStorage.setItem(KEY, given);
  const id = sessionStorage.getItem(KEY);
  if (!id || !LAUNCH_ID.test(id)) return null;
  document.body.classList.add('lms');
  const status = el('p', { id: 'lms-exit-status', role: 'status' });
  const button = el('button', { type: 'button', id: 'lms-exit', class: 'secondary' }, 'Avsluta och gå tillbaka');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Avslutar …';
    try {
      const exit = await api(`/api/cmi5/launches/${encodeURIComponent(id)}/exit`, { method: 'POST' });
      sessionStorage.removeItem(KEY);
      location.assign(exit.returnUrl);
    } catch (e) {
      button.disabled = false;
      status.textContent = `Det gick inte att avsluta: ${e.message}`;
    }
  });
  const header = document.querySelector('header.site');
  header.append(el('div', { class: 'lms-exit' }, button, status));
  return id;
}
