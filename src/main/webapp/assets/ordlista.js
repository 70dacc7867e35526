import { api, el, page, requiredParam, show, termDefinition, termId } from './kasus.js';

// The course's glossary (ordlista): every term with its definition, in alphabetical order. Each term has an id
// (#begrepp-...) so that other pages can link straight to it.

page(async (content) => {
  const courseId = requiredParam('kurs', 'Länken saknar uppgift om vilken kurs ordlistan gäller. Gå till Mina kurser och välj kursen där.');
  const course = await api(`/api/courses/${encodeURIComponent(courseId)}`);
  document.title = `Ordlista: ${course.title} – Kasus`;
  const terms = [...(course.glossary || [])].sort((a, b) => a.term.localeCompare(b.term, 'sv'));
  show(content,
    el('h1', {}, `Ordlista: ${course.title}`),
    terms.length === 0
      ? el('p', {}, 'Kursen har ingen ordlista.')
      : [el('p', {}, 'Begrepp som kursen använder, förklarade med enkla ord.'),
        el('dl', { class: 'glossary' }, terms.map((t) => [
          el('dt', { id: termId(t.term), tabindex: '-1' }, t.term),
          el('dd', {}, termDefinition(t))]))]);
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.focus();
  }
});
