import { el, nbsp, principleChart, legalReferences } from './kasus.js';

// The end of a case as the learner sees it: the score, the path beside the best path, the score per principle and
// the case's sources. Shared by the learner's summary page and a trainer's preview on the case page.

/**
 * The summary's parts, with headings at {@code level} (h2 on a page of its own, h3 inside a section);
 * {@code chartId} names the principle chart.
 */
export function caseSummary(summary, { level = 'h2', chartId = 'case-chart' } = {}) {
  return [
    el('p', { class: 'score' }, summary.finished
      ? `Du fick ${summary.score} av ${summary.maxScore} poäng.`
      : `Fallet är inte klart. Hittills ${summary.score} poäng av ${summary.maxScore} möjliga.`),
    el(level, {}, 'Din väg och den bästa vägen'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'stack' },
      el('caption', { class: 'skip-visually' }, 'Dina val och det bästa valet vid varje beslutspunkt'),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Beslutspunkt'), el('th', { scope: 'col' }, 'Ditt val'),
        el('th', { scope: 'col' }, 'Bästa valet'))),
      el('tbody', {}, summary.path.map((p) => el('tr', {},
        el('th', { scope: 'row' }, p.prompt),
        el('td', { 'data-label': 'Ditt val' }, `${p.chosenOptionId}. ${nbsp(p.chosenOptionText)} (${p.score} av ${p.bestScore} poäng)`,
          p.choseBest ? el('strong', {}, ' – det bästa valet') : null),
        el('td', { 'data-label': 'Bästa valet' }, p.choseBest ? 'Samma som ditt val.' : `${p.bestOptionId}. ${nbsp(p.bestOptionText)}`)))))),
    el(level, {}, 'Poäng per princip'),
    el('p', {}, 'Hur väl dina val följde varje princip, räknat på de beslutspunkter där principen berördes.'),
    principleChart(chartId, summary.principles),
    legalReferences(summary.legalReferences, 'Källor i fallet', level),
  ];
}
