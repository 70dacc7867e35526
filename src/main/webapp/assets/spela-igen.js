// Replaying a finished case and saying what a module still needs: shared by the course overview, the module and
// case summaries and Mina resultat.
import { api, el, errorMessage } from './kasus.js';

/** A button that starts a new attempt of a finished case (or opens the one still open) and goes to it. */
export function replayButton(enrollmentId, caseId, label, { primary = false } = {}) {
  const status = el('span', {});
  const button = el('button', { type: 'button', class: primary ? null : 'secondary', 'data-replay': caseId }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const attempt = await api(`/api/enrollments/${encodeURIComponent(enrollmentId)}/cases/${encodeURIComponent(caseId)}/attempts`,
        { method: 'POST' });
      location.assign(`/fall.html?forsok=${encodeURIComponent(attempt.attemptId)}`);
    } catch (e) {
      button.disabled = false;
      status.replaceChildren(errorMessage(e.message));
    }
  });
  return el('span', { class: 'replay' }, button, status);
}

/**
 * What the module's cases still need for the case rule, in plain Swedish, or null when the module has no case
 * rule, is complete, or nothing is missing.
 */
export function pointsNeededText(module) {
  const p = module.casePoints;
  if (!p || p.passPercent === 0 || module.completed) return null;
  if (!p.allCasesFinished && p.points === 0) return null; // nothing played yet: the module's introduction says the rule
  if (p.pointsNeeded > 0) {
    const rest = p.allCasesFinished ? ' Spela ett fall igen för att höja ditt resultat. Ditt bästa försök räknas.' : '';
    return `${p.pointsNeeded}\u00a0poäng till för att klara modulen (du har ${p.points} av ${p.maxPoints}, `
      + `och det behövs ${p.requiredPoints}, det vill säga ${p.passPercent}\u00a0%).${rest}`;
  }
  return `Dina fall ger tillräckligt många poäng: ${p.points} av ${p.maxPoints} (det behövs ${p.requiredPoints}).`;
}
