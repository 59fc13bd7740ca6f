/** German words of outcome-kit (reference: ./en.ts). */
import type { OutcomeTranslation } from './en.js';
import { numeral, plural } from './plural.js';

/** A sentence's last clause may end in an abbreviation (`Pp.`): no second full stop after it. */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const de: OutcomeTranslation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  // shared
  'status.met': 'Erreicht',
  'status.on-track': 'Im Plan',
  'status.at-risk': 'Gefährdet',
  'status.off-track': 'Nicht im Plan',
  'status.unknown': 'Status unbekannt',
  'status.none': 'Kein Zielwert',
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  'frame.loading': 'Wird geladen…',
  'frame.empty': 'Noch keine Daten',
  'frame.dashboardBroken': 'Keine Daten: Das Dokument des Dashboards enthält Fehler',
  'frame.errorHeading': 'Diese Daten können nicht angezeigt werden',
  'frame.documentPath': 'Dokument',
  'frame.moreProblems': (count: number) =>
    plural('de', count, { one: 'und # weiteres Problem', other: 'und # weitere Probleme' }),
  'frame.stale': 'Veraltet',
  'frame.staleHint':
    'Die letzte Aktualisierung ist fehlgeschlagen; angezeigt werden die zuletzt geladenen Daten.',
  'frame.noValue': '—',
  'change.points': (change: string) => `${change}\u00A0Pp.`,
  'change.pointsSpoken': (change: string) =>
    `${change}\u00A0${change === '1' ? 'Prozentpunkt' : 'Prozentpunkte'}`,
  'change.none': 'keine Änderung',
  'trend.good': 'besser',
  'trend.bad': 'schlechter',
  'trend.flat': 'unverändert',
  'shipped.marker': (title: string, date: string) => `Ausgeliefert am ${date}: ${title}`,
  'shipped.column': 'Ausgeliefert',
  'table.date': 'Datum',

  // <kpi-trend>
  'kpi.about': (name: string) => `Info zu ${name}`,
  'kpi.chart': (name: string) => `${name}, Werte im Zeitverlauf`,
  'kpi.progress': 'Fortschritt zum Zielwert',
  'kpi.progressDetail': (from: string, to: string) => `des Wegs von ${from} auf ${to}`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `des Wegs von ${from} auf ${to} bis zum ${date}`,
  'kpi.target': (value: string) => `Zielwert ${value}`,
  'kpi.tableCaption': (name: string) => `${name}: Daten`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}: Daten (Auswahl: ${numeral(shown)} von ${numeral(all)} Punkten)`,
  'table.value': 'Wert',
  'kpi.shippedCount': (count: number) =>
    plural('de', count, {
      one: '# Output in diesem Zeitraum ausgeliefert.',
      other: '# Outputs in diesem Zeitraum ausgeliefert.',
    }),
  'kpi.point': (date: string, value: string) => `${date}: ${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}. ${shipped}`,
  'kpi.since': (date: string, change: string) => `Seit ${date}: ${change}`,
  'kpi.sentence': (clauses: string[]) => stop(clauses.join('; ')),
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}: ${value} am ${date}`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) =>
    `${valueClause}, unverändert seit dem ${since}`,
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, seit dem ${since} um ${amount} gestiegen, ${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, seit dem ${since} um ${amount} gesunken, ${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount} (${share})`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress} ${detail}`,
  // German keeps a noun capitalised mid-sentence (`Status unbekannt`); the other statuses are not nouns.
  'kpi.sentence.status': (status: string) =>
    /^Status\b/.test(status) ? status : status.charAt(0).toLocaleLowerCase('de') + status.slice(1),
  'kpi.sentence.since': (change: string) => stop(change),
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}, ${moved}.`,

  // <outcome-tree>
  'type.goal': 'Ziel',
  'type.outcome': 'Outcome',
  'type.output': 'Output',
  'flag.unaligned': 'Ohne Zielbezug',
  'flag.unaligned.short': 'Ohne Zielbezug',
  'flag.unaligned.hint': 'Kein Ziel und kein Outcome über diesem Output: Welche Wirkung hat er?',
  'flag.unaligned.count': (count: number) => plural('de', count, { other: '# ohne Zielbezug' }),
  'flag.unmeasured': 'Nicht gemessen',
  'flag.unmeasured.short': 'Nicht gemessen',
  'flag.unmeasured.hint': 'Keine Kennzahl und kein Fortschritt: Niemand kann sagen, ob es erreicht ist.',
  'flag.unmeasured.count': (count: number) => plural('de', count, { other: '# nicht gemessen' }),
  'flag.gap': 'Viel Umsetzung, wenig Wirkung',
  'flag.gap.short': 'Wenig Wirkung',
  'flag.gap.hint': 'Die Umsetzung liegt mindestens 50 Punkte vor dem Outcome, das sie bewegen soll.',
  'flag.gap.count': (count: number) => plural('de', count, { other: '# mit viel Umsetzung, wenig Wirkung' }),
  'flag.no-recent-check-in': 'Kein aktueller Check-in',
  'flag.no-recent-check-in.short': 'Check-in überfällig',
  'flag.no-recent-check-in.hint':
    'Kein Check-in im Rhythmus, den das Dokument erwartet (checkInEvery Tage vor seinem Datum).',
  'flag.no-recent-check-in.count': (count: number) =>
    plural('de', count, { other: '# ohne aktuellen Check-in' }),
  'tree.label': 'Outcome-Baum',
  'tree.labelTitled': (title: string) => `${title}: Outcome-Baum`,
  'tree.empty': 'Noch kein Outcome-Baum',
  'tree.someNodesBroken': 'Einige Knoten können nicht angezeigt werden',
  'tree.outcome': 'Outcome',
  'tree.delivery': 'Umsetzung',
  'tree.column.node': 'Ziel, Outcome oder Output',
  'tree.column.outcome': 'Outcome-Fortschritt',
  'tree.column.delivery': 'Umsetzung',
  'tree.column.flags': 'Hinweise',
  'tree.noFlags': 'Keine Hinweise',
  'tree.flaggedOnly': 'Nur mit Hinweisen',
  'tree.more': (count: number) =>
    plural('de', count, { one: '# weiterer Eintrag', other: '# weitere Einträge' }),
  // The verb agrees with the nodes outside the view; “Einpassen” shows the one node, or all of them.
  'tree.outside': (count: number, total: number) =>
    plural('de', count, {
      one: `# von ${numeral(total)} Knoten liegt außerhalb der Ansicht.`,
      other: `# von ${numeral(total)} Knoten liegen außerhalb der Ansicht.`,
    }) +
    ' ' +
    plural('de', total, { one: '„Einpassen“ zeigt ihn.', other: '„Einpassen“ zeigt alle.' }),
  'tree.zoomInToRead': 'Zum Lesen der Karten hineinzoomen.',
  'tree.wheelHint': 'Ctrl + Scrollen zum Zoomen',
  'tree.wheelHintMac': '⌘ + Scrollen zum Zoomen',
  'tree.metric': (name: string, value: string) => `${name}: ${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}: ${value} · ${status}`,
  'tree.metricProblem': 'Problem mit der Kennzahl:',
  'tree.moreMetricProblems': (count: number) =>
    plural('de', count, { one: '(und # weiteres)', other: '(und # weitere)' }),
  'tree.confidence': (percent: string) => `${percent} zuversichtlich`,
  'tree.checkInsOf': (title: string) => `Check-ins: ${title}`,
  'tree.latestCheckIn': 'Letzter Check-in',
  'tree.history': (count: number) =>
    plural('de', count, { one: 'Der einzige Check-in', other: 'Alle # Check-ins, neueste zuerst' }),
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}: ${change} seit Auslieferung am ${date}`,
  'tree.newSince': (date: string) => `Neu seit ${date}`,
  'tree.zoom': 'Zoom',
  'tree.zoomIn': 'Vergrößern',
  'tree.zoomOut': 'Verkleinern',
  'tree.fit': 'Einpassen',

  // <output-vs-outcome>
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) => `${window}: ${output} ${outputChange}, ${outcome} ${outcomeChange}; ${meaning}`,
  'vs.meaning.converting': 'der Output schlägt sich im Outcome nieder.',
  'vs.meaning.not-converting': 'der Output schlägt sich nicht im Outcome nieder.',
  'vs.meaning.external': 'das Outcome hat sich ohne den Output bewegt: Etwas anderes treibt es an.',
  'vs.meaning.stalled': 'weder Output noch Outcome bewegen sich.',
  'vs.lowerIsBetter.better': (change: string) => `${change} (besser: niedriger ist besser)`,
  'vs.lowerIsBetter.worse': (change: string) => `${change} (schlechter: niedriger ist besser)`,
  'vs.insufficient': (output: string, outcome: string) =>
    `Nicht genug überlappende Daten, um ${output} mit ${outcome} zu vergleichen: Es werden mindestens zwei Zeitpunkte benötigt.`,
  'vs.lag.none': (correlation: string) =>
    `Beide bewegen sich gleichzeitig, ohne Verzögerung (Korrelation ${correlation}).`,
  'vs.lag.day': (count: number, correlation: string) =>
    plural('de', count, {
      one: `Das Outcome folgt dem Output am deutlichsten # Tag später (Korrelation ${correlation}).`,
      other: `Das Outcome folgt dem Output am deutlichsten # Tage später (Korrelation ${correlation}).`,
    }),
  'vs.lag.week': (count: number, correlation: string) =>
    plural('de', count, {
      one: `Das Outcome folgt dem Output am deutlichsten # Woche später (Korrelation ${correlation}).`,
      other: `Das Outcome folgt dem Output am deutlichsten # Wochen später (Korrelation ${correlation}).`,
    }),
  'vs.lag.month': (count: number, correlation: string) =>
    plural('de', count, {
      one: `Das Outcome folgt dem Output am deutlichsten # Monat später (Korrelation ${correlation}).`,
      other: `Das Outcome folgt dem Output am deutlichsten # Monate später (Korrelation ${correlation}).`,
    }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    plural('de', count, {
      one: `Das Outcome folgt dem Output am deutlichsten # Quartal später (Korrelation ${correlation}).`,
      other: `Das Outcome folgt dem Output am deutlichsten # Quartale später (Korrelation ${correlation}).`,
    }),
  'vs.lag.period': (count: number, correlation: string) =>
    plural('de', count, {
      one: `Das Outcome folgt dem Output am deutlichsten # Periode später (Korrelation ${correlation}).`,
      other: `Das Outcome folgt dem Output am deutlichsten # Perioden später (Korrelation ${correlation}).`,
    }),
  'vs.outputLegend': (name: string) => `${name} (Säulen)`,
  'vs.outcomeLegend': (name: string) => `${name} (Linie)`,
  'vs.targetLegend': (name: string) => `${name} (Zielwert)`,
  'vs.panelTitle': (name: string, unit: string) => `${name} (${unit})`,
  'vs.target': (value: string) => `Zielwert ${value}`,
  'vs.timelineLabel': (output: string, outcome: string) => `${output} und ${outcome} im Zeitverlauf`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output} und ${outcome}, ${window}`,
  'quadrant.impact': 'Wirkung',
  'quadrant.output-only': 'Output ohne Outcome',
  'quadrant.outcome-only': 'Outcome ohne Output',
  'quadrant.not-started': 'Noch nicht begonnen',
  'quadrant.impact.short': 'Wirkung',
  'quadrant.output-only.short': 'Nur Output',
  'quadrant.outcome-only.short': 'Nur Outcome',
  'quadrant.not-started.short': 'Nicht begonnen',
  'quadrant.impact.meaning': 'umgesetzt und das Outcome hat sich bewegt',
  'quadrant.output-only.meaning': 'umgesetzt, aber das Outcome hat sich nicht bewegt',
  'quadrant.outcome-only.meaning': 'das Outcome hat sich bei wenig Umsetzung bewegt',
  'quadrant.not-started.meaning': 'noch keins von beiden',
  'quadrant.legend': (name: string, meaning: string) => `${name}: ${meaning}`,
  'vs.quadrantLabel': 'Outcomes nach Umsetzung (horizontal) und Outcome-Fortschritt (vertikal)',
  'vs.quadrantTitle': (count: number) =>
    plural('de', count, {
      one: '# Outcome: Umsetzung vs. Fortschritt',
      other: '# Outcomes: Umsetzung vs. Fortschritt',
    }),
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    plural('de', count, {
      one: `# Outcome nach Umsetzung und Outcome-Fortschritt. ${counts}.`,
      other: `# Outcomes nach Umsetzung und Outcome-Fortschritt. ${counts}.`,
    }) + (leftOut ? ` ${leftOut}` : ''),
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}: ${numeral(count)}`,
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}: Umsetzung ${delivery}, Outcome ${outcome}, ${quadrant}`,
  'vs.quadrantEmpty': 'Noch kein Outcome hat beide Messwerte',
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    plural('de', count, {
      one: '# Outcome, dem ein Messwert fehlt, wird nicht angezeigt.',
      other: '# Outcomes, denen ein Messwert fehlt, werden nicht angezeigt.',
    }),
  'vs.quadrantCaption': 'Outcomes nach Umsetzung und Outcome-Fortschritt',
  'vs.column.outcome': 'Outcome',
  'vs.column.delivery': 'Umsetzung',
  'vs.column.outcomeProgress': 'Outcome-Fortschritt',
  'vs.column.quadrant': 'Quadrant',
  'vs.deliveryAxis': (arrow: string) => `Umsetzung ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `Outcome ${arrow}`,

  // <outcome-dashboard>
  'dashboard.asOf': (date: string) => `Stand: ${date}`,
  'dashboard.problems': (count: number) =>
    plural('de', count, {
      one: '# Problem in diesem Dokument: Widgets, die diesen Teil brauchen, zeigen es an',
      other: '# Probleme in diesem Dokument: Widgets, die diese Teile brauchen, zeigen sie an',
    }),

  // embed page
  'embed.pageTitle': 'outcome-kit – Einbettung',
  'embed.help.title': 'Diese Einbettung einrichten',
  'embed.help.intro':
    'Diese Seite zeigt ein outcome-kit-Widget, das vollständig über seine Adresse konfiguriert wird:',
  'embed.help.src': 'Die Adresse des outcome-kit-Dokuments (einer JSON-Datei), etwa {0}.',
  'embed.help.doc':
    'Oder das ganze Dokument, in die Adresse komprimiert, sodass kein Server es zu sehen bekommt: Eine solche Adresse erstellt der outcome-kit-Builder oder {0}.',
  'embed.help.widget':
    '{1}, {2}, {3} oder {0} (Standard), mit beliebigen Attributen des Widgets, etwa {4} oder {5}.',
  'embed.help.example': 'Eine Adresse wie diese in einen Embed-Block in Notion oder Confluence einfügen:',
  'embed.errorTitle': 'Diese Einbettung kann nicht angezeigt werden:',
  'embed.badWidget': (widgets: string, got: string) => `widget muss ${widgets} sein; angegeben war „${got}“`,
  'embed.badDocument': 'der #doc=-Teil der Adresse ist kein komprimiertes outcome-kit-Dokument',
  'export.menu': 'Herunterladen',
  'export.svg': 'Vektorgrafik (SVG)',
  'export.png': 'Bild (PNG)',
  'export.csv': 'Daten (CSV)',
  'csv.id': 'ID',
  'csv.type': 'Typ',
  'csv.title': 'Titel',
  'csv.parent': 'Übergeordnet',
  'csv.metric': 'Kennzahl',

  // embed builder
  'builder.pageTitle': 'Embed-Builder · outcome-kit',
  'builder.title': 'Embed-Builder',
  'builder.pitch':
    'Ein outcome-kit-Dokument in ein Widget für Notion, Confluence oder jede andere Seite verwandeln – ganz ohne Terminal.',
  'builder.step.document': 'Dokument',
  'builder.step.widget': 'Widget',
  'builder.step.preview': 'Vorschau',
  'builder.step.use': 'Verwenden',
  'builder.source.paste': 'Einfügen',
  'builder.source.upload': 'Hochladen',
  'builder.source.url': 'Von einer Adresse',
  'builder.source.label': 'Das Dokument als JSON',
  'builder.source.example': 'Beispiel verwenden',
  'builder.source.file': 'JSON-Datei auswählen',
  'builder.source.address': 'Adresse der JSON-Datei',
  'builder.source.load': 'Laden',
  'builder.source.loading': 'Wird geladen…',
  'builder.source.failed': (reason: string) => `Das Dokument konnte nicht geladen werden: ${reason}`,
  'builder.source.cors':
    'Der Server muss dieser Seite das Lesen erlauben (CORS), und die Richtlinien dieser Seite müssen die Adresse zulassen.',
  'builder.problems.none': (metrics: number, nodes: number) =>
    `${plural('de', metrics, { one: '# Kennzahl', other: '# Kennzahlen' })} und ${plural('de', nodes, { one: '# Knoten', other: '# Knoten' })}, keine Probleme.`,
  'builder.problems.count': (count: number) =>
    plural('de', count, {
      one: '# Problem: Die Widgets zeigen an, was möglich ist.',
      other: '# Probleme: Die Widgets zeigen an, was möglich ist.',
    }),
  'builder.problems.unusable':
    'Dieses Dokument kann erst angezeigt werden, wenn diese Probleme behoben sind.',
  'builder.problems.empty':
    'Ein Dokument einfügen, eine Datei hochladen oder die Adresse des Dokuments angeben.',
  'builder.problems.line': (line: number) => `Zeile ${numeral(line)}`,
  'builder.problems.notJson': 'Das ist kein JSON:',
  'builder.widget.kind': 'Anzeigen',
  'builder.widget.kpi-trend': 'KPI-Karte',
  'builder.widget.outcome-tree': 'Outcome-Baum',
  'builder.widget.output-vs-outcome': 'Output vs. Outcome',
  'builder.widget.outcome-dashboard': 'Ganzes Dashboard',
  'builder.option.metric': 'Kennzahl',
  'builder.option.variant': 'Größe',
  'builder.option.card': 'Karte',
  'builder.option.compact': 'Kompakt',
  'builder.option.output': 'Output (die Arbeit)',
  'builder.option.outcome': 'Outcome (die Wirkung)',
  'builder.option.view': 'Ansicht',
  'builder.option.timeline': 'Zeitverlauf',
  'builder.option.quadrant': 'Quadranten',
  'builder.option.layout': 'Darstellung',
  'builder.option.list': 'Liste',
  'builder.option.map': 'Diagramm',
  'builder.option.root': 'Beginnen bei',
  'builder.option.everything': 'Ganzer Baum',
  'builder.option.theme': 'Farbschema',
  'builder.option.themeAuto': 'Wie die Seite',
  'builder.option.light': 'Hell',
  'builder.option.dark': 'Dunkel',
  'builder.option.locale': 'Sprache',
  'builder.option.localeDocument': 'Wie im Dokument',
  'builder.option.since': 'Rückblick seit',
  'builder.option.exportMenu': 'Download-Menü (SVG, PNG, CSV)',
  'builder.size.label': 'Größe',
  'builder.size.notion': 'Notion',
  'builder.size.confluence': 'Confluence',
  'builder.size.phone': 'Smartphone',
  'builder.preview.title': 'Vorschau der Einbettung',
  'builder.preview.nothing': 'Die Vorschau erscheint hier, sobald das Dokument verwendet werden kann.',
  'builder.use.nothing':
    'Adresse, HTML und die Datei zum Herunterladen erscheinen hier, sobald das Dokument verwendet werden kann.',
  'builder.use.address': 'Adresse zum Einbetten',
  'builder.use.addressHint':
    'In einen Embed-Block in Notion oder in das iframe- oder Embed-Makro von Confluence einfügen.',
  'builder.use.long': (length: number, limit: number) =>
    `Diese Adresse ist ${numeral(length)} Zeichen lang, viele Embed-Felder nehmen aber nur etwa ${numeral(limit)} auf. Um sie zu kürzen, das Dokument unter einer Webadresse ablegen und „Von einer Adresse“ verwenden.`,
  'builder.use.private':
    'Das Dokument steht in der Adresse hinter dem #, und diesen Teil senden Browser nie an einen Server.',
  'builder.use.html': 'HTML für ein Portal oder das HTML-Makro von Confluence',
  'builder.use.cms': 'Für ein CMS (Rich-Text-Editoren behalten diese div-Elemente bei)',
  'builder.use.cmsNeedsAddress':
    'Für ein CMS-Snippet muss das Dokument unter einer Webadresse liegen: es über „Von einer Adresse“ laden.',
  'builder.use.file': 'Eigenständige Datei',
  'builder.use.fileHint':
    'Eine einzige HTML-Datei mit dem Widget und seinen Daten, die sich ohne Server direkt von der Festplatte öffnen lässt.',
  'builder.use.download': 'HTML-Datei herunterladen',
  'builder.use.fileMissing': 'Die Datei braucht die gebaute Bibliothek (outcome-kit.js neben dieser Seite).',
  'builder.use.review': 'Rückblick als Markdown',
  'builder.use.reviewHint':
    'Was sich seit dem Stichtag des Rückblicks geändert hat, zum Einfügen in Confluence, Notion oder einen Chat.',
  'builder.copy': 'Kopieren',
  'builder.copied': 'Kopiert',
};

export default de;
