/** Spanish words of outcome-kit (reference: ./en.ts). */
import type { OutcomeTranslation } from './en.js';
import { numeral, plural, sentenceStart } from './plural.js';

/** “y” is written “e” before a word that begins with the sound i: `Entregas e Ingresos`. */
const y = (word: string) => (/^h?[ií](?![aeoáéó])/i.test(word) ? 'e' : 'y');

/** A number as this language writes it (`1,7`) read back, to choose the form of its unit. */
const figure = (text: string) => Number(text.replace(/[.\s]/g, '').replace(',', '.'));

const es: OutcomeTranslation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  // shared
  'status.met': 'Alcanzado',
  'status.on-track': 'En buen camino',
  'status.at-risk': 'En riesgo',
  'status.off-track': 'Desviado',
  'status.unknown': 'Estado desconocido',
  'status.none': 'Sin meta',
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  'frame.loading': 'Cargando…',
  'frame.empty': 'Aún no hay datos',
  'frame.dashboardBroken': 'Sin datos: el documento del panel tiene errores',
  'frame.errorHeading': 'No se pueden mostrar estos datos',
  'frame.documentPath': 'documento',
  'frame.moreProblems': (count: number) =>
    plural('es', count, { one: 'y # problema más', many: 'y # problemas más', other: 'y # problemas más' }),
  'frame.stale': 'Desactualizado',
  'frame.staleHint': 'Falló la última actualización; se muestran los últimos datos cargados.',
  'frame.noValue': '—',
  'change.points': (change: string) => `${change} p. p.`,
  'change.pointsSpoken': (change: string) =>
    plural('es', figure(change), {
      one: `${change} punto porcentual`,
      many: `${change} puntos porcentuales`,
      other: `${change} puntos porcentuales`,
    }),
  'change.none': 'sin cambios',
  'trend.good': 'mejor',
  'trend.bad': 'peor',
  'trend.flat': 'sin cambios',
  'shipped.marker': (title: string, date: string) => `Entregado el ${date}: ${title}`,
  'shipped.column': 'Entregas',
  'table.date': 'Fecha',

  // <kpi-trend>
  'kpi.about': (name: string) => `Acerca de ${name}`,
  'kpi.chart': (name: string) => `${name}, evolución de los valores`,
  'kpi.progress': 'Progreso hacia la meta',
  'kpi.progressDetail': (from: string, to: string) => `del camino de ${from} a ${to}`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `del camino de ${from} a ${to} para el ${date}`,
  'kpi.target': (value: string) => `Meta ${value}`,
  'kpi.tableCaption': (name: string) => `${name}: datos`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}: datos (muestra de ${numeral(shown)} de ${numeral(all)} puntos)`,
  'table.value': 'Valor',
  'kpi.shippedCount': (count: number) =>
    plural('es', count, {
      one: 'Se completó # entregable en este periodo.',
      many: 'Se completaron # entregables en este periodo.',
      other: 'Se completaron # entregables en este periodo.',
    }),
  'kpi.point': (date: string, value: string) => `${date}: ${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}. ${shipped}`,
  'kpi.since': (date: string, change: string) => `Desde el ${date}: ${change}`,
  'kpi.sentence': (clauses: string[]) => `${clauses.join('; ')}.`,
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}: ${value} el ${date}`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) =>
    `${valueClause}, sin cambios desde el ${since}`,
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, sube ${amount} desde el ${since}, ${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, baja ${amount} desde el ${since}, ${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount} (${share})`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress} ${detail}`,
  'kpi.sentence.status': (status: string) => status.toLowerCase(),
  'kpi.sentence.since': (change: string) => `${change}.`,
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}, ${moved}.`,

  // <outcome-tree>
  'type.goal': 'Objetivo',
  'type.outcome': 'Resultado',
  'type.output': 'Entregable',
  'flag.unaligned': 'Sin alinear',
  'flag.unaligned.short': 'Sin alinear',
  'flag.unaligned.hint': 'Este entregable no depende de ningún objetivo ni resultado: ¿qué impacto tiene?',
  'flag.unaligned.count': (count: number) =>
    plural('es', count, { one: '# sin alinear', many: '# sin alinear', other: '# sin alinear' }),
  'flag.unmeasured': 'Sin medir',
  'flag.unmeasured.short': 'Sin medir',
  'flag.unmeasured.hint': 'Sin métrica ni progreso: nadie puede saber si se ha alcanzado.',
  'flag.unmeasured.count': (count: number) =>
    plural('es', count, { one: '# sin medir', many: '# sin medir', other: '# sin medir' }),
  'flag.gap': 'Mucha actividad, poco impacto',
  'flag.gap.short': 'Poco impacto',
  'flag.gap.hint': 'La entrega va al menos 50 puntos por delante del resultado que debería mover.',
  'flag.gap.count': (count: number) =>
    plural('es', count, {
      one: '# con mucha actividad y poco impacto',
      many: '# con mucha actividad y poco impacto',
      other: '# con mucha actividad y poco impacto',
    }),
  'flag.no-recent-check-in': 'Sin check-in reciente',
  'flag.no-recent-check-in.short': 'Sin check-in reciente',
  'flag.no-recent-check-in.hint':
    'No hay ningún check-in dentro de la cadencia que espera el documento (checkInEvery días antes de su fecha).',
  'flag.no-recent-check-in.count': (count: number) =>
    plural('es', count, {
      one: '# sin check-in reciente',
      many: '# sin check-in reciente',
      other: '# sin check-in reciente',
    }),
  'tree.label': 'Árbol de resultados',
  'tree.labelTitled': (title: string) => `${title}: árbol de resultados`,
  'tree.empty': 'Aún no hay árbol de resultados',
  'tree.someNodesBroken': 'Algunos nodos no se pueden mostrar',
  'tree.outcome': 'Resultado',
  'tree.delivery': 'Entrega',
  'tree.column.node': 'Objetivo, resultado o entregable',
  'tree.column.outcome': 'Progreso del resultado',
  'tree.column.delivery': 'Entrega',
  'tree.column.flags': 'Alertas',
  'tree.noFlags': 'Sin alertas',
  'tree.flaggedOnly': 'Solo con alertas',
  'tree.more': (count: number) => plural('es', count, { one: '# más', many: '# más', other: '# más' }),
  'tree.outside': (count: number, total: number) => {
    const is = plural('es', count, { one: 'está', many: 'están', other: 'están' });
    return plural('es', total, {
      one: `${numeral(count)} de # nodo ${is} fuera del área visible. Usa Ajustar para verlo.`,
      many: `${numeral(count)} de # nodos ${is} fuera del área visible. Usa Ajustar para verlos todos.`,
      other: `${numeral(count)} de # nodos ${is} fuera del área visible. Usa Ajustar para verlos todos.`,
    });
  },
  'tree.zoomInToRead': 'Acerca la vista para leer las tarjetas.',
  'tree.wheelHint': 'Ctrl + desplazamiento para hacer zoom',
  'tree.wheelHintMac': '⌘ + desplazamiento para hacer zoom',
  'tree.metric': (name: string, value: string) => `${name}: ${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}: ${value} · ${status}`,
  'tree.metricProblem': 'Problema en la métrica:',
  'tree.moreMetricProblems': (count: number) =>
    plural('es', count, { one: '(y # más)', many: '(y # más)', other: '(y # más)' }),
  'tree.confidence': (percent: string) => `${percent} de confianza`,
  'tree.checkInsOf': (title: string) => `Check-ins: ${title}`,
  'tree.latestCheckIn': 'Último check-in',
  'tree.history': (count: number) =>
    plural('es', count, {
      one: 'El único check-in',
      many: 'Los # check-ins, del más reciente al más antiguo',
      other: 'Los # check-ins, del más reciente al más antiguo',
    }),
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}: ${change} desde la entrega del ${date}`,
  'tree.newSince': (date: string) => `Nuevo desde el ${date}`,
  'tree.zoom': 'Zoom',
  'tree.zoomIn': 'Acercar',
  'tree.zoomOut': 'Alejar',
  'tree.fit': 'Ajustar',

  // <output-vs-outcome>
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) => `${sentenceStart(window, 'es')}: ${output} ${outputChange}, ${outcome} ${outcomeChange}; ${meaning}`,
  'vs.meaning.converting': 'las entregas se están traduciendo en resultados.',
  'vs.meaning.not-converting': 'las entregas no se están traduciendo en resultados.',
  'vs.meaning.external': 'el resultado se movió sin entregas: otra cosa lo está impulsando.',
  'vs.meaning.stalled': 'ni las entregas ni el resultado se están moviendo.',
  'vs.lowerIsBetter.better': (change: string) => `${change} (mejor: cuanto más bajo, mejor)`,
  'vs.lowerIsBetter.worse': (change: string) => `${change} (peor: cuanto más bajo, mejor)`,
  'vs.insufficient': (output: string, outcome: string) =>
    `No hay suficientes datos en común para comparar ${output} con ${outcome}: hacen falta al menos dos fechas.`,
  'vs.lag.none': (correlation: string) =>
    `Ambos se mueven a la vez, sin desfase (correlación ${correlation}).`,
  'vs.lag.day': (count: number, correlation: string) =>
    plural('es', count, {
      one: `El resultado sigue más de cerca a las entregas con un retraso de # día (correlación ${correlation}).`,
      many: `El resultado sigue más de cerca a las entregas con un retraso de # días (correlación ${correlation}).`,
      other: `El resultado sigue más de cerca a las entregas con un retraso de # días (correlación ${correlation}).`,
    }),
  'vs.lag.week': (count: number, correlation: string) =>
    plural('es', count, {
      one: `El resultado sigue más de cerca a las entregas con un retraso de # semana (correlación ${correlation}).`,
      many: `El resultado sigue más de cerca a las entregas con un retraso de # semanas (correlación ${correlation}).`,
      other: `El resultado sigue más de cerca a las entregas con un retraso de # semanas (correlación ${correlation}).`,
    }),
  'vs.lag.month': (count: number, correlation: string) =>
    plural('es', count, {
      one: `El resultado sigue más de cerca a las entregas con un retraso de # mes (correlación ${correlation}).`,
      many: `El resultado sigue más de cerca a las entregas con un retraso de # meses (correlación ${correlation}).`,
      other: `El resultado sigue más de cerca a las entregas con un retraso de # meses (correlación ${correlation}).`,
    }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    plural('es', count, {
      one: `El resultado sigue más de cerca a las entregas con un retraso de # trimestre (correlación ${correlation}).`,
      many: `El resultado sigue más de cerca a las entregas con un retraso de # trimestres (correlación ${correlation}).`,
      other: `El resultado sigue más de cerca a las entregas con un retraso de # trimestres (correlación ${correlation}).`,
    }),
  'vs.lag.period': (count: number, correlation: string) =>
    plural('es', count, {
      one: `El resultado sigue más de cerca a las entregas con un retraso de # periodo (correlación ${correlation}).`,
      many: `El resultado sigue más de cerca a las entregas con un retraso de # periodos (correlación ${correlation}).`,
      other: `El resultado sigue más de cerca a las entregas con un retraso de # periodos (correlación ${correlation}).`,
    }),
  'vs.outputLegend': (name: string) => `${name} (columnas)`,
  'vs.outcomeLegend': (name: string) => `${name} (línea)`,
  'vs.targetLegend': (name: string) => `Meta de ${name}`,
  'vs.panelTitle': (name: string, unit: string) => `${name} (${unit})`,
  'vs.target': (value: string) => `Meta ${value}`,
  'vs.timelineLabel': (output: string, outcome: string) =>
    `${output} ${y(outcome)} ${outcome} a lo largo del tiempo`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output} ${y(outcome)} ${outcome}, ${window}`,
  'quadrant.impact': 'Impacto',
  'quadrant.output-only': 'Entregas sin resultado',
  'quadrant.outcome-only': 'Resultado sin entregas',
  'quadrant.not-started': 'Aún sin empezar',
  'quadrant.impact.short': 'Impacto',
  'quadrant.output-only.short': 'Solo entregas',
  'quadrant.outcome-only.short': 'Solo resultado',
  'quadrant.not-started.short': 'Sin empezar',
  'quadrant.impact.meaning': 'hubo entregas y el resultado se movió',
  'quadrant.output-only.meaning': 'hubo entregas, pero el resultado no se movió',
  'quadrant.outcome-only.meaning': 'el resultado se movió con pocas entregas',
  'quadrant.not-started.meaning': 'todavía ninguno de los dos',
  'quadrant.legend': (name: string, meaning: string) => `${name}: ${meaning}`,
  'vs.quadrantLabel': 'Resultados por entrega (eje horizontal) y progreso del resultado (eje vertical)',
  'vs.quadrantTitle': (count: number) =>
    plural('es', count, {
      one: '# resultado: entrega frente a progreso',
      many: '# resultados: entrega frente a progreso',
      other: '# resultados: entrega frente a progreso',
    }),
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    plural('es', count, {
      one: `# resultado por entrega y progreso del resultado. ${counts}.`,
      many: `# resultados por entrega y progreso del resultado. ${counts}.`,
      other: `# resultados por entrega y progreso del resultado. ${counts}.`,
    }) + (leftOut ? ` ${leftOut}` : ''),
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}: ${numeral(count)}`,
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}: entrega ${delivery}, resultado ${outcome}, ${quadrant}`,
  'vs.quadrantEmpty': 'Aún ningún resultado tiene las dos medidas',
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    plural('es', count, {
      one: '# resultado sin las dos medidas no se muestra.',
      many: '# resultados sin las dos medidas no se muestran.',
      other: '# resultados sin las dos medidas no se muestran.',
    }),
  'vs.quadrantCaption': 'Resultados por entrega y progreso del resultado',
  'vs.column.outcome': 'Resultado',
  'vs.column.delivery': 'Entrega',
  'vs.column.outcomeProgress': 'Progreso del resultado',
  'vs.column.quadrant': 'Cuadrante',
  'vs.deliveryAxis': (arrow: string) => `Entrega ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `Resultado ${arrow}`,

  // <outcome-dashboard>
  'dashboard.asOf': (date: string) => `Datos hasta el ${date}`,
  'dashboard.problems': (count: number) =>
    plural('es', count, {
      one: '# problema en este documento: los widgets que usan esa parte lo muestran',
      many: '# problemas en este documento: los widgets que usan esas partes los muestran',
      other: '# problemas en este documento: los widgets que usan esas partes los muestran',
    }),

  // embed page
  'embed.pageTitle': 'Inserción de outcome-kit',
  'embed.help.title': 'Configura esta inserción',
  'embed.help.intro': 'Esta página muestra un widget de outcome-kit, configurado por completo desde su URL:',
  'embed.help.src': 'La URL de tu documento de outcome-kit (un archivo JSON), por ejemplo {0}.',
  'embed.help.doc':
    'O el documento entero, comprimido dentro de la URL para que ningún servidor lo vea: créalo con el editor de outcome-kit o con {0}.',
  'embed.help.widget':
    '{1}, {2}, {3} o {0} (el predeterminado), con cualquiera de sus atributos, como {4} o {5}.',
  'embed.help.example': 'Pega una URL como esta en un bloque de inserción de Notion o Confluence:',
  'embed.errorTitle': 'No se puede mostrar esta inserción:',
  'embed.badWidget': (widgets: string, got: string) =>
    `el valor de widget debe ser ${widgets}, pero es “${got}”`,
  'embed.badDocument': 'la parte #doc= de la URL no es un documento de outcome-kit comprimido',
  'export.menu': 'Descargar',
  'export.svg': 'Imagen vectorial (SVG)',
  'export.png': 'Imagen (PNG)',
  'export.csv': 'Datos (CSV)',
  'csv.id': 'ID',
  'csv.type': 'Tipo',
  'csv.title': 'Título',
  'csv.parent': 'Elemento superior',
  'csv.metric': 'Métrica',
  // embed builder
  'builder.pageTitle': 'Generador de inserciones · outcome-kit',
  'builder.title': 'Generador de inserciones',
  'builder.pitch':
    'Convierte un documento de outcome-kit en un widget para Notion, Confluence o cualquier página, sin necesidad de usar la terminal.',
  'builder.step.document': 'Tu documento',
  'builder.step.widget': 'El widget',
  'builder.step.preview': 'Vista previa',
  'builder.step.use': 'Úsalo',
  'builder.source.paste': 'Pegar',
  'builder.source.upload': 'Subir archivo',
  'builder.source.url': 'Desde una URL',
  'builder.source.label': 'El documento, en JSON',
  'builder.source.example': 'Usar el ejemplo',
  'builder.source.file': 'Elegir un archivo JSON',
  'builder.source.address': 'URL del archivo JSON',
  'builder.source.load': 'Cargar',
  'builder.source.loading': 'Cargando…',
  'builder.source.failed': (reason: string) => `No se pudo cargar el documento: ${reason}`,
  'builder.source.cors':
    'El servidor debe permitir que esta página lo lea (CORS), y la política de esta página debe permitir esa URL.',
  'builder.problems.none': (metrics: number, nodes: number) =>
    `${plural('es', metrics, { one: '# métrica', many: '# métricas', other: '# métricas' })} y ${plural('es', nodes, { one: '# nodo', many: '# nodos', other: '# nodos' })}, sin problemas.`,
  'builder.problems.count': (count: number) =>
    plural('es', count, {
      one: '# problema: los widgets muestran lo que pueden.',
      many: '# problemas: los widgets muestran lo que pueden.',
      other: '# problemas: los widgets muestran lo que pueden.',
    }),
  'builder.problems.unusable': 'Este documento no se puede mostrar hasta que se corrijan estos problemas.',
  'builder.problems.empty': 'Pega un documento, sube un archivo o indica su URL.',
  'builder.problems.line': (line: number) => `línea ${numeral(line, 'es')}`,
  'builder.problems.notJson': 'Esto no es JSON:',
  'builder.widget.kind': 'Mostrar',
  'builder.widget.kpi-trend': 'Tarjeta de KPI',
  'builder.widget.outcome-tree': 'Árbol de resultados',
  'builder.widget.output-vs-outcome': 'Entregas frente a resultado',
  'builder.widget.outcome-dashboard': 'Panel completo',
  'builder.option.metric': 'Métrica',
  'builder.option.variant': 'Tamaño',
  'builder.option.card': 'Tarjeta',
  'builder.option.compact': 'Compacta',
  'builder.option.output': 'Entrega (el trabajo)',
  'builder.option.outcome': 'Resultado (el efecto)',
  'builder.option.view': 'Vista',
  'builder.option.timeline': 'Línea de tiempo',
  'builder.option.quadrant': 'Cuadrante',
  'builder.option.layout': 'Disposición',
  'builder.option.list': 'Lista',
  'builder.option.map': 'Mapa',
  'builder.option.root': 'Empezar en',
  'builder.option.everything': 'Todo el árbol',
  'builder.option.theme': 'Tema',
  'builder.option.themeAuto': 'Igual que la página',
  'builder.option.light': 'Claro',
  'builder.option.dark': 'Oscuro',
  'builder.option.locale': 'Idioma',
  'builder.option.localeDocument': 'El del documento',
  'builder.option.since': 'Revisión desde',
  'builder.option.exportMenu': 'Menú de descarga (SVG, PNG, CSV)',
  'builder.size.label': 'Tamaño',
  'builder.size.notion': 'Notion',
  'builder.size.confluence': 'Confluence',
  'builder.size.phone': 'Teléfono',
  'builder.preview.title': 'Vista previa de la inserción',
  'builder.preview.nothing': 'La vista previa aparecerá aquí cuando el documento se pueda usar.',
  'builder.use.nothing':
    'La dirección, el HTML y el archivo para descargar aparecerán aquí cuando el documento se pueda usar.',
  'builder.use.address': 'URL de inserción',
  'builder.use.addressHint':
    'Pégala en un bloque de inserción de Notion, o en la macro iframe o de inserción de Confluence.',
  'builder.use.long': (length: number, limit: number) =>
    `Esta URL tiene ${numeral(length, 'es')} caracteres, y muchos campos de inserción admiten unos ${numeral(limit, 'es')}. Publica el documento en una dirección web y usa “Desde una URL” para acortarla.`,
  'builder.use.private':
    'El documento viaja en la URL después del #, una parte que los navegadores nunca envían a ningún servidor.',
  'builder.use.html': 'HTML para un portal o la macro HTML de Confluence',
  'builder.use.cms': 'Para un CMS (los editores de texto enriquecido conservan estos elementos div)',
  'builder.use.cmsNeedsAddress':
    'El fragmento para CMS necesita el documento en una dirección web: cárgalo “Desde una URL”.',
  'builder.use.file': 'Archivo independiente',
  'builder.use.fileHint':
    'Un único archivo HTML con el widget y sus datos, que se abre desde el disco sin ningún servidor.',
  'builder.use.download': 'Descargar el archivo HTML',
  'builder.use.fileMissing':
    'El archivo necesita la biblioteca compilada (outcome-kit.js junto a esta página).',
  'builder.use.review': 'Revisión en Markdown',
  'builder.use.reviewHint':
    'Lo que cambió desde la fecha de revisión, para pegarlo en Confluence, Notion o un chat.',
  'builder.copy': 'Copiar',
  'builder.copied': 'Copiado',
};

export default es;
