import '../src/index.js';

document.addEventListener('outcome-select', (event) => {
  const { metric, date, value } = event.detail;
  document.querySelector('#selection')!.textContent = `Selected ${metric}: ${value} on ${date}`;
});

document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  for (const el of document.querySelectorAll('outcome-dashboard, kpi-trend[src]')) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
});
