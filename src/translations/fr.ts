/** French words of outcome-kit (reference: ./en.ts). */
import type { OutcomeTranslation } from './en.js';
import { numeral, plural, sentenceStart } from './plural.js';

// French typography (written as escapes, as they are invisible): a no-break space (\\u00A0) before “:”
// and inside « », a narrow no-break space (\\u202F) before “;” and “?”, and one between a figure and its unit.

/** A sentence's last clause may end in an abbreviation (`env.`): no second full stop after it. */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** French puts a quantity below 2 in the singular: `1,5 point`, `2 points`. */
const singular = (figure: string) =>
  Math.abs(Number(figure.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.'))) < 2;

const fr: OutcomeTranslation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  // shared
  'status.met': 'Atteint',
  'status.on-track': 'En bonne voie',
  'status.at-risk': 'À risque',
  'status.off-track': 'En retard',
  'status.unknown': 'Statut inconnu',
  'status.none': 'Pas de cible',
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  'frame.loading': 'Chargement…',
  'frame.empty': 'Pas encore de données',
  'frame.dashboardBroken': 'Aucune donnée\u00A0: le document du tableau de bord contient des erreurs',
  'frame.errorHeading': 'Impossible d’afficher ces données',
  'frame.documentPath': 'document',
  'frame.moreProblems': (count: number) =>
    plural('fr', count, {
      one: 'et # autre problème',
      many: 'et # autres problèmes',
      other: 'et # autres problèmes',
    }),
  'frame.stale': 'Obsolète',
  'frame.staleHint': 'La dernière actualisation a échoué\u202F; affichage des dernières données chargées.',
  'frame.noValue': '—',
  'change.points': (change: string) => `${change}\u00A0pts`,
  'change.pointsSpoken': (change: string) =>
    `${change}\u00A0${singular(change) ? 'point' : 'points'} de pourcentage`,
  'change.none': 'aucun changement',
  'trend.good': 'favorable',
  'trend.bad': 'défavorable',
  'trend.flat': 'stable',
  'shipped.marker': (title: string, date: string) => `Livré le ${date}\u00A0: ${title}`,
  'shipped.column': 'Livraisons',
  'table.date': 'Date',

  // <kpi-trend>
  'kpi.about': (name: string) => `Informations sur ${name}`,
  'kpi.chart': (name: string) => `${name}, évolution des valeurs`,
  'kpi.progress': 'Progression vers la cible',
  'kpi.progressDetail': (from: string, to: string) => `du chemin de ${from} à ${to}`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `du chemin de ${from} à ${to} d’ici le ${date}`,
  'kpi.target': (value: string) => `Cible ${value}`,
  'kpi.tableCaption': (name: string) => `${name}\u00A0: données`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}\u00A0: données (échantillon de ${numeral(shown)} points sur ${numeral(all)})`,
  'table.value': 'Valeur',
  'kpi.shippedCount': (count: number) =>
    plural('fr', count, {
      one: '# livrable livré sur cette période.',
      many: '# livrables livrés sur cette période.',
      other: '# livrables livrés sur cette période.',
    }),
  'kpi.point': (date: string, value: string) => `${date}\u00A0: ${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}. ${shipped}`,
  'kpi.since': (date: string, change: string) => `Depuis le ${date}\u00A0: ${change}`,
  'kpi.sentence': (clauses: string[]) => stop(clauses.join('\u202F; ')),
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}\u00A0: ${value} au ${date}`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) =>
    `${valueClause}, inchangé depuis le ${since}`,
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, en hausse de ${amount} depuis le ${since}, ${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, en baisse de ${amount} depuis le ${since}, ${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount} (${share})`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress} ${detail}`,
  'kpi.sentence.status': (status: string) => status.charAt(0).toLocaleLowerCase('fr') + status.slice(1),
  'kpi.sentence.since': (change: string) => stop(change),
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}, ${moved}.`,

  // <outcome-tree>
  'type.goal': 'Objectif',
  'type.outcome': 'Résultat',
  'type.output': 'Livrable',
  'flag.unaligned': 'Non aligné',
  'flag.unaligned.short': 'Non aligné',
  'flag.unaligned.hint':
    'Aucun objectif ni résultat au-dessus de ce livrable\u00A0: quel est son impact\u202F?',
  'flag.unaligned.count': (count: number) =>
    plural('fr', count, { one: '# non aligné', many: '# non alignés', other: '# non alignés' }),
  'flag.unmeasured': 'Non mesuré',
  'flag.unmeasured.short': 'Non mesuré',
  'flag.unmeasured.hint': 'Ni indicateur ni progression\u00A0: impossible de savoir s’il est atteint.',
  'flag.unmeasured.count': (count: number) =>
    plural('fr', count, { one: '# non mesuré', many: '# non mesurés', other: '# non mesurés' }),
  'flag.gap': 'Beaucoup d’activité, peu d’impact',
  'flag.gap.short': 'Peu d’impact',
  'flag.gap.hint': 'La livraison a au moins 50 points d’avance sur le résultat qu’elle doit faire évoluer.',
  'flag.gap.count': (count: number) =>
    plural('fr', count, { other: '# avec beaucoup d’activité, peu d’impact' }),
  'flag.no-recent-check-in': 'Aucun check-in récent',
  'flag.no-recent-check-in.short': 'Check-in en retard',
  'flag.no-recent-check-in.hint':
    'Aucun check-in dans l’intervalle attendu par le document (checkInEvery jours avant sa date).',
  'flag.no-recent-check-in.count': (count: number) =>
    plural('fr', count, { other: '# sans check-in récent' }),
  'tree.label': 'Arbre des résultats',
  'tree.labelTitled': (title: string) => `${title}\u00A0: arbre des résultats`,
  'tree.empty': 'Pas encore d’arbre des résultats',
  'tree.someNodesBroken': 'Certains nœuds ne peuvent pas être affichés',
  'tree.outcome': 'Résultat',
  'tree.delivery': 'Livraison',
  'tree.column.node': 'Objectif, résultat ou livrable',
  'tree.column.outcome': 'Progression du résultat',
  'tree.column.delivery': 'Livraison',
  'tree.column.flags': 'Alertes',
  'tree.noFlags': 'Aucune alerte',
  'tree.flaggedOnly': 'Avec alertes uniquement',
  'tree.more': (count: number) =>
    plural('fr', count, { one: '# autre', many: '# autres', other: '# autres' }),
  // The verb agrees with the nodes outside the view; « Ajuster » shows the one node, or all of them.
  'tree.outside': (count: number, total: number) =>
    plural('fr', count, {
      one: `# nœud sur ${numeral(total)} est hors de la zone visible.`,
      many: `# nœuds sur ${numeral(total)} sont hors de la zone visible.`,
      other: `# nœuds sur ${numeral(total)} sont hors de la zone visible.`,
    }) +
    ' ' +
    plural('fr', total, {
      one: '«\u00A0Ajuster\u00A0» l’affiche.',
      many: '«\u00A0Ajuster\u00A0» les affiche tous.',
      other: '«\u00A0Ajuster\u00A0» les affiche tous.',
    }),
  'tree.zoomInToRead': 'Zoomez pour lire les cartes.',
  'tree.wheelHint': 'Ctrl + défilement pour zoomer',
  'tree.wheelHintMac': '⌘ + défilement pour zoomer',
  'tree.metric': (name: string, value: string) => `${name}\u00A0: ${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}\u00A0: ${value} · ${status}`,
  'tree.metricProblem': 'Problème d’indicateur\u00A0:',
  'tree.moreMetricProblems': (count: number) =>
    plural('fr', count, { one: '(et # autre)', many: '(et # autres)', other: '(et # autres)' }),
  'tree.confidence': (percent: string) => `${percent} de confiance`,
  'tree.checkInsOf': (title: string) => `Check-ins\u00A0: ${title}`,
  'tree.latestCheckIn': 'Dernier check-in',
  // French `one` also covers 0: “the only check-in” is said of exactly one.
  'tree.history': (count: number) =>
    count === 1
      ? 'Le seul check-in'
      : plural('fr', count, {
          many: 'Les # check-ins, du plus récent au plus ancien',
          other: 'Les # check-ins, du plus récent au plus ancien',
        }),
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}\u00A0: ${change} depuis sa livraison le ${date}`,
  'tree.newSince': (date: string) => `Nouveau depuis le ${date}`,
  'tree.zoom': 'Zoom',
  'tree.zoomIn': 'Zoom avant',
  'tree.zoomOut': 'Zoom arrière',
  'tree.fit': 'Ajuster',

  // <output-vs-outcome>
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) =>
    `${sentenceStart(window, 'fr')}\u00A0: ${output} ${outputChange}, ${outcome} ${outcomeChange}\u202F; ${meaning}`,
  'vs.meaning.converting': 'les livrables se traduisent en résultats.',
  'vs.meaning.not-converting': 'les livrables ne se traduisent pas en résultats.',
  'vs.meaning.external': 'le résultat a évolué sans les livrables\u00A0: un autre facteur est à l’œuvre.',
  'vs.meaning.stalled': 'ni les livrables ni le résultat n’évoluent.',
  'vs.lowerIsBetter.better': (change: string) =>
    `${change} (amélioration\u00A0: plus c’est bas, mieux c’est)`,
  'vs.lowerIsBetter.worse': (change: string) => `${change} (dégradation\u00A0: plus c’est bas, mieux c’est)`,
  'vs.insufficient': (output: string, outcome: string) =>
    `Pas assez de données communes pour comparer ${output} et ${outcome}\u00A0: il faut au moins deux dates.`,
  'vs.lag.none': (correlation: string) =>
    `Les deux évoluent ensemble, sans décalage (corrélation ${correlation}).`,
  'vs.lag.day': (count: number, correlation: string) =>
    plural('fr', count, {
      one: `Le résultat suit les livrables au plus près avec # jour de décalage (corrélation ${correlation}).`,
      many: `Le résultat suit les livrables au plus près avec # jours de décalage (corrélation ${correlation}).`,
      other: `Le résultat suit les livrables au plus près avec # jours de décalage (corrélation ${correlation}).`,
    }),
  'vs.lag.week': (count: number, correlation: string) =>
    plural('fr', count, {
      one: `Le résultat suit les livrables au plus près avec # semaine de décalage (corrélation ${correlation}).`,
      many: `Le résultat suit les livrables au plus près avec # semaines de décalage (corrélation ${correlation}).`,
      other: `Le résultat suit les livrables au plus près avec # semaines de décalage (corrélation ${correlation}).`,
    }),
  'vs.lag.month': (count: number, correlation: string) =>
    plural('fr', count, {
      other: `Le résultat suit les livrables au plus près avec # mois de décalage (corrélation ${correlation}).`,
    }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    plural('fr', count, {
      one: `Le résultat suit les livrables au plus près avec # trimestre de décalage (corrélation ${correlation}).`,
      many: `Le résultat suit les livrables au plus près avec # trimestres de décalage (corrélation ${correlation}).`,
      other: `Le résultat suit les livrables au plus près avec # trimestres de décalage (corrélation ${correlation}).`,
    }),
  'vs.lag.period': (count: number, correlation: string) =>
    plural('fr', count, {
      one: `Le résultat suit les livrables au plus près avec # période de décalage (corrélation ${correlation}).`,
      many: `Le résultat suit les livrables au plus près avec # périodes de décalage (corrélation ${correlation}).`,
      other: `Le résultat suit les livrables au plus près avec # périodes de décalage (corrélation ${correlation}).`,
    }),
  'vs.outputLegend': (name: string) => `${name} (barres)`,
  'vs.outcomeLegend': (name: string) => `${name} (courbe)`,
  'vs.targetLegend': (name: string) => `${name} (cible)`,
  'vs.panelTitle': (name: string, unit: string) => `${name} (${unit})`,
  'vs.target': (value: string) => `Cible ${value}`,
  'vs.timelineLabel': (output: string, outcome: string) => `${output} et ${outcome} au fil du temps`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}\u00A0: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output} et ${outcome}, ${window}`,
  'quadrant.impact': 'Impact',
  'quadrant.output-only': 'Livrables sans résultat',
  'quadrant.outcome-only': 'Résultat sans livrables',
  'quadrant.not-started': 'Pas encore commencé',
  'quadrant.impact.short': 'Impact',
  'quadrant.output-only.short': 'Livrables seuls',
  'quadrant.outcome-only.short': 'Résultat seul',
  'quadrant.not-started.short': 'Pas commencé',
  'quadrant.impact.meaning': 'livré et le résultat a évolué',
  'quadrant.output-only.meaning': 'livré, mais le résultat n’a pas évolué',
  'quadrant.outcome-only.meaning': 'le résultat a évolué avec peu de livraisons',
  'quadrant.not-started.meaning': 'ni l’un ni l’autre pour l’instant',
  'quadrant.legend': (name: string, meaning: string) => `${name}\u00A0: ${meaning}`,
  'vs.quadrantLabel':
    'Résultats selon la livraison (en abscisse) et la progression du résultat (en ordonnée)',
  'vs.quadrantTitle': (count: number) =>
    plural('fr', count, {
      one: '# résultat\u00A0: livraison face à la progression',
      many: '# résultats\u00A0: livraison face à la progression',
      other: '# résultats\u00A0: livraison face à la progression',
    }),
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    plural('fr', count, {
      one: `# résultat selon la livraison et la progression du résultat. ${counts}.`,
      many: `# résultats selon la livraison et la progression du résultat. ${counts}.`,
      other: `# résultats selon la livraison et la progression du résultat. ${counts}.`,
    }) + (leftOut ? ` ${leftOut}` : ''),
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}\u00A0: ${numeral(count)}`,
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}\u00A0: livraison ${delivery}, résultat ${outcome}, ${quadrant}`,
  'vs.quadrantEmpty': 'Aucun résultat ne dispose encore des deux mesures',
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    plural('fr', count, {
      one: '# résultat auquel il manque une mesure n’est pas affiché.',
      many: '# résultats auxquels il manque une mesure ne sont pas affichés.',
      other: '# résultats auxquels il manque une mesure ne sont pas affichés.',
    }),
  'vs.quadrantCaption': 'Résultats selon la livraison et la progression du résultat',
  'vs.column.outcome': 'Résultat',
  'vs.column.delivery': 'Livraison',
  'vs.column.outcomeProgress': 'Progression du résultat',
  'vs.column.quadrant': 'Quadrant',
  'vs.deliveryAxis': (arrow: string) => `Livraison ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `Résultat ${arrow}`,

  // <outcome-dashboard>
  'dashboard.asOf': (date: string) => `Situation au ${date}`,
  'dashboard.problems': (count: number) =>
    plural('fr', count, {
      one: '# problème dans ce document\u00A0: les widgets qui ont besoin de cette partie l’affichent',
      many: '# problèmes dans ce document\u00A0: les widgets qui ont besoin de ces parties les affichent',
      other: '# problèmes dans ce document\u00A0: les widgets qui ont besoin de ces parties les affichent',
    }),

  // embed page
  'embed.pageTitle': 'Intégration outcome-kit',
  'embed.help.title': 'Configurer cette intégration',
  'embed.help.intro':
    'Cette page affiche un widget outcome-kit, entièrement configuré par son adresse\u00A0:',
  'embed.help.src': 'L’adresse de votre document outcome-kit (un fichier JSON), par exemple {0}.',
  'embed.help.doc':
    'Ou le document entier, compressé dans l’adresse pour qu’aucun serveur ne le voie\u00A0: le générateur outcome-kit la crée, tout comme {0}.',
  'embed.help.widget':
    '{1}, {2}, {3} ou {0} (par défaut), avec n’importe lequel de ses attributs, par exemple {4} ou {5}.',
  'embed.help.example':
    'Collez une adresse comme celle-ci dans un bloc d’intégration Notion ou Confluence\u00A0:',
  'embed.errorTitle': 'Impossible d’afficher cette intégration\u00A0:',
  'embed.badWidget': (widgets: string, got: string) =>
    `widget doit être ${widgets}\u202F; valeur reçue\u00A0: «\u00A0${got}\u00A0»`,
  'embed.badDocument': 'la partie #doc= de l’adresse n’est pas un document outcome-kit compressé',
  'export.menu': 'Télécharger',
  'export.svg': 'Image vectorielle (SVG)',
  'export.png': 'Image (PNG)',
  'export.csv': 'Données (CSV)',
  'csv.id': 'Identifiant',
  'csv.type': 'Type',
  'csv.title': 'Titre',
  'csv.parent': 'Parent',
  'csv.metric': 'Indicateur',

  // embed builder
  'builder.pageTitle': 'Générateur d’intégration · outcome-kit',
  'builder.title': 'Générateur d’intégration',
  'builder.pitch':
    'Transformez un document outcome-kit en widget pour Notion, Confluence ou n’importe quelle page, sans passer par un terminal.',
  'builder.step.document': 'Votre document',
  'builder.step.widget': 'Widget',
  'builder.step.preview': 'Aperçu',
  'builder.step.use': 'Utilisation',
  'builder.source.paste': 'Coller',
  'builder.source.upload': 'Importer',
  'builder.source.url': 'Depuis une adresse',
  'builder.source.label': 'Le document, en JSON',
  'builder.source.example': 'Utiliser l’exemple',
  'builder.source.file': 'Choisir un fichier JSON',
  'builder.source.address': 'Adresse du fichier JSON',
  'builder.source.load': 'Charger',
  'builder.source.loading': 'Chargement…',
  'builder.source.failed': (reason: string) => `Impossible de charger le document\u00A0: ${reason}`,
  'builder.source.cors':
    'Le serveur doit autoriser cette page à le lire (CORS), et les règles de sécurité de cette page doivent autoriser l’adresse.',
  'builder.problems.none': (metrics: number, nodes: number) =>
    `${plural('fr', metrics, { one: '# indicateur', many: '# indicateurs', other: '# indicateurs' })} et ${plural('fr', nodes, { one: '# nœud', many: '# nœuds', other: '# nœuds' })}, aucun problème.`,
  'builder.problems.count': (count: number) =>
    plural('fr', count, {
      one: '# problème\u00A0: les widgets affichent ce qu’ils peuvent.',
      many: '# problèmes\u00A0: les widgets affichent ce qu’ils peuvent.',
      other: '# problèmes\u00A0: les widgets affichent ce qu’ils peuvent.',
    }),
  'builder.problems.unusable':
    'Ce document ne peut pas être affiché tant que ces problèmes ne sont pas corrigés.',
  'builder.problems.empty': 'Collez un document, importez un fichier ou indiquez son adresse.',
  'builder.problems.line': (line: number) => `ligne ${numeral(line)}`,
  'builder.problems.notJson': 'Ce n’est pas du JSON\u00A0:',
  'builder.widget.kind': 'Afficher',
  'builder.widget.kpi-trend': 'Carte KPI',
  'builder.widget.outcome-tree': 'Arbre des résultats',
  'builder.widget.output-vs-outcome': 'Livrables face au résultat',
  'builder.widget.outcome-dashboard': 'Tableau de bord complet',
  'builder.option.metric': 'Indicateur',
  'builder.option.variant': 'Taille',
  'builder.option.card': 'Carte',
  'builder.option.compact': 'Compacte',
  'builder.option.output': 'Livrables (le travail)',
  'builder.option.outcome': 'Résultat (l’effet obtenu)',
  'builder.option.view': 'Vue',
  'builder.option.timeline': 'Chronologie',
  'builder.option.quadrant': 'Quadrants',
  'builder.option.layout': 'Disposition',
  'builder.option.list': 'Liste',
  'builder.option.map': 'Schéma',
  'builder.option.root': 'Partir de',
  'builder.option.everything': 'L’arbre entier',
  'builder.option.theme': 'Thème',
  'builder.option.themeAuto': 'Comme la page',
  'builder.option.light': 'Clair',
  'builder.option.dark': 'Sombre',
  'builder.option.locale': 'Langue',
  'builder.option.localeDocument': 'Celle du document',
  'builder.option.since': 'Bilan depuis le',
  'builder.option.exportMenu': 'Menu de téléchargement (SVG, PNG, CSV)',
  'builder.size.label': 'Taille',
  'builder.size.notion': 'Notion',
  'builder.size.confluence': 'Confluence',
  'builder.size.phone': 'Téléphone',
  'builder.preview.title': 'Aperçu de l’intégration',
  'builder.preview.nothing': 'L’aperçu s’affiche ici dès que le document est utilisable.',
  'builder.use.nothing':
    'L’adresse, le HTML et le fichier à télécharger s’affichent ici dès que le document est utilisable.',
  'builder.use.address': 'Adresse d’intégration',
  'builder.use.addressHint':
    'Collez-la dans un bloc d’intégration Notion, ou dans la macro iframe ou d’intégration de Confluence.',
  'builder.use.long': (length: number, limit: number) =>
    `Cette adresse fait ${numeral(length)} caractères, alors que de nombreux champs d’intégration n’en acceptent qu’environ ${numeral(limit)}. Pour la raccourcir, placez le document à une adresse web et utilisez «\u00A0Depuis une adresse\u00A0».`,
  'builder.use.private':
    'Le document voyage dans l’adresse après le #, une partie que les navigateurs n’envoient jamais à un serveur.',
  'builder.use.html': 'HTML pour un portail ou la macro HTML de Confluence',
  'builder.use.cms': 'Pour un CMS (les éditeurs de texte enrichi conservent ces div)',
  'builder.use.cmsNeedsAddress':
    'Un extrait pour CMS a besoin du document à une adresse web\u00A0: chargez-le «\u00A0Depuis une adresse\u00A0».',
  'builder.use.file': 'Fichier autonome',
  'builder.use.fileHint':
    'Un seul fichier HTML avec le widget et ses données, qui s’ouvre depuis le disque, sans serveur.',
  'builder.use.download': 'Télécharger le fichier HTML',
  'builder.use.fileMissing':
    'Le fichier a besoin de la bibliothèque compilée (outcome-kit.js à côté de cette page).',
  'builder.use.review': 'Bilan en Markdown',
  'builder.use.reviewHint':
    'Ce qui a changé depuis la date du bilan, à coller dans Confluence, Notion ou une messagerie.',
  'builder.copy': 'Copier',
  'builder.copied': 'Copié',
};

export default fr;
