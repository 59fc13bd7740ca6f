import '../src/index.js';

document.addEventListener('outcome-select', ({ detail }) => {
  document.querySelector('#selection')!.textContent =
    detail.type === 'point'
      ? `Selected ${detail.metric}: ${detail.value} on ${detail.date}`
      : detail.type === 'node'
        ? `Selected node "${detail.node.title}"`
        : `Selected ${detail.date}: output ${detail.output}, outcome ${detail.outcome}`;
});

document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  for (const el of document.querySelectorAll('outcome-dashboard, kpi-trend[src]')) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
});
