/** Brazilian Portuguese words of outcome-kit (reference: ./en.ts). */
import type { OutcomeTranslation } from './en.js';
import { numeral, plural, type PluralForms, sentenceStart } from './plural.js';

/**
 * `plural` for pt-BR, except that a count of exactly zero takes the plural (`0 entregas`), as
 * Brazilian Portuguese writes it; CLDR's `one` (integer part 0 or 1) is right for `0,5 ponto`.
 */
const forms = (count: number, phrase: PluralForms) =>
  plural('pt-BR', count, count === 0 ? { other: phrase.other } : phrase);

/** A number as this language writes it (`1,7`) read back, to choose the form of its unit. */
const figure = (text: string) => Number(text.replace(/[.\s]/g, '').replace(',', '.'));

const ptBR: OutcomeTranslation = {
  $code: 'pt-BR',
  $name: 'Português (Brasil)',
  $dir: 'ltr',

  // shared
  'status.met': 'Atingido',
  'status.on-track': 'No caminho certo',
  'status.at-risk': 'Em risco',
  'status.off-track': 'Fora do rumo',
  'status.unknown': 'Status desconhecido',
  'status.none': 'Sem meta',
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  'frame.loading': 'Carregando…',
  'frame.empty': 'Ainda não há dados',
  'frame.dashboardBroken': 'Sem dados: o documento do painel tem erros',
  'frame.errorHeading': 'Não é possível exibir estes dados',
  'frame.documentPath': 'documento',
  'frame.moreProblems': (count: number) =>
    forms(count, { one: 'e mais # problema', many: 'e mais # problemas', other: 'e mais # problemas' }),
  'frame.stale': 'Desatualizado',
  'frame.staleHint': 'A última atualização falhou; exibindo os últimos dados carregados.',
  'frame.noValue': '—',
  'change.points': (change: string) => `${change} p.p.`,
  'change.pointsSpoken': (change: string) =>
    plural('pt-BR', figure(change), {
      one: `${change} ponto percentual`,
      many: `${change} pontos percentuais`,
      other: `${change} pontos percentuais`,
    }),
  'change.none': 'sem alteração',
  'trend.good': 'melhor',
  'trend.bad': 'pior',
  'trend.flat': 'sem alteração',
  'shipped.marker': (title: string, date: string) => `Entregue em ${date}: ${title}`,
  'shipped.column': 'Entregas',
  'table.date': 'Data',

  // <kpi-trend>
  'kpi.about': (name: string) => `Sobre ${name}`,
  'kpi.chart': (name: string) => `${name}, evolução dos valores`,
  'kpi.progress': 'Progresso até a meta',
  'kpi.progressDetail': (from: string, to: string) => `do caminho de ${from} a ${to}`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `do caminho de ${from} a ${to} até ${date}`,
  'kpi.target': (value: string) => `Meta ${value}`,
  'kpi.tableCaption': (name: string) => `${name}: dados`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}: dados (amostra de ${numeral(shown)} de ${numeral(all)} pontos)`,
  'table.value': 'Valor',
  'kpi.shippedCount': (count: number) =>
    forms(count, {
      one: '# entrega concluída neste período.',
      many: '# entregas concluídas neste período.',
      other: '# entregas concluídas neste período.',
    }),
  'kpi.point': (date: string, value: string) => `${date}: ${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}. ${shipped}`,
  'kpi.since': (date: string, change: string) => `Desde ${date}: ${change}`,
  'kpi.sentence': (clauses: string[]) => `${clauses.join('; ')}.`,
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}: ${value} em ${date}`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) =>
    `${valueClause}, sem alteração desde ${since}`,
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, subiu ${amount} desde ${since}, ${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, caiu ${amount} desde ${since}, ${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount} (${share})`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress} ${detail}`,
  'kpi.sentence.status': (status: string) => status.toLowerCase(),
  'kpi.sentence.since': (change: string) => `${change}.`,
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}, ${moved}.`,

  // <outcome-tree>
  'type.goal': 'Objetivo',
  'type.outcome': 'Resultado',
  'type.output': 'Entrega',
  'flag.unaligned': 'Sem alinhamento',
  'flag.unaligned.short': 'Sem alinhamento',
  'flag.unaligned.hint': 'Nenhum objetivo ou resultado acima desta entrega: qual é o impacto dela?',
  'flag.unaligned.count': (count: number) =>
    forms(count, { one: '# sem alinhamento', many: '# sem alinhamento', other: '# sem alinhamento' }),
  'flag.unmeasured': 'Sem medição',
  'flag.unmeasured.short': 'Sem medição',
  'flag.unmeasured.hint': 'Sem métrica e sem progresso: ninguém consegue dizer se foi alcançado.',
  'flag.unmeasured.count': (count: number) =>
    forms(count, { one: '# sem medição', many: '# sem medição', other: '# sem medição' }),
  'flag.gap': 'Muita entrega, pouco resultado',
  'flag.gap.short': 'Pouco resultado',
  'flag.gap.hint': 'A entrega está pelo menos 50 pontos à frente do resultado que deveria mover.',
  'flag.gap.count': (count: number) =>
    forms(count, {
      one: '# com muita entrega e pouco resultado',
      many: '# com muita entrega e pouco resultado',
      other: '# com muita entrega e pouco resultado',
    }),
  'flag.no-recent-check-in': 'Sem check-in recente',
  'flag.no-recent-check-in.short': 'Sem check-in recente',
  'flag.no-recent-check-in.hint':
    'Nenhum check-in dentro da cadência que o documento espera (checkInEvery dias antes da data dele).',
  'flag.no-recent-check-in.count': (count: number) =>
    forms(count, {
      one: '# sem check-in recente',
      many: '# sem check-in recente',
      other: '# sem check-in recente',
    }),
  'tree.label': 'Árvore de resultados',
  'tree.labelTitled': (title: string) => `${title}: árvore de resultados`,
  'tree.empty': 'Ainda não há árvore de resultados',
  'tree.someNodesBroken': 'Alguns nós não podem ser exibidos',
  'tree.outcome': 'Resultado',
  'tree.delivery': 'Entrega',
  'tree.column.node': 'Objetivo, resultado ou entrega',
  'tree.column.outcome': 'Progresso do resultado',
  'tree.column.delivery': 'Entrega',
  'tree.column.flags': 'Alertas',
  'tree.noFlags': 'Nenhum alerta',
  'tree.flaggedOnly': 'Só com alertas',
  'tree.more': (count: number) => forms(count, { one: 'mais #', many: 'mais #', other: 'mais #' }),
  'tree.outside': (count: number, total: number) => {
    const is = forms(count, { one: 'está', many: 'estão', other: 'estão' });
    return forms(total, {
      one: `${numeral(count)} de # nó ${is} fora da área visível. Clique em Ajustar para vê-lo.`,
      many: `${numeral(count)} de # nós ${is} fora da área visível. Clique em Ajustar para ver todos.`,
      other: `${numeral(count)} de # nós ${is} fora da área visível. Clique em Ajustar para ver todos.`,
    });
  },
  'tree.zoomInToRead': 'Aumente o zoom para ler os cartões.',
  'tree.wheelHint': 'Ctrl + rolagem para dar zoom',
  'tree.wheelHintMac': '⌘ + rolagem para dar zoom',
  'tree.metric': (name: string, value: string) => `${name}: ${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}: ${value} · ${status}`,
  'tree.metricProblem': 'Problema na métrica:',
  'tree.moreMetricProblems': (count: number) =>
    forms(count, { one: '(e mais #)', many: '(e mais #)', other: '(e mais #)' }),
  'tree.confidence': (percent: string) => `${percent} de confiança`,
  'tree.checkInsOf': (title: string) => `Check-ins: ${title}`,
  'tree.latestCheckIn': 'Último check-in',
  'tree.history': (count: number) =>
    forms(count, {
      one: 'O único check-in',
      many: 'Todos os # check-ins, do mais recente ao mais antigo',
      other: 'Todos os # check-ins, do mais recente ao mais antigo',
    }),
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}: ${change} desde a entrega em ${date}`,
  'tree.newSince': (date: string) => `Novo desde ${date}`,
  'tree.zoom': 'Zoom',
  'tree.zoomIn': 'Aumentar zoom',
  'tree.zoomOut': 'Diminuir zoom',
  'tree.fit': 'Ajustar',

  // <output-vs-outcome>
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) =>
    `${sentenceStart(window, 'pt-BR')}: ${output} ${outputChange}, ${outcome} ${outcomeChange}; ${meaning}`,
  'vs.meaning.converting': 'as entregas estão se traduzindo em resultado.',
  'vs.meaning.not-converting': 'as entregas não estão se traduzindo em resultado.',
  'vs.meaning.external': 'o resultado se moveu sem as entregas: outra coisa está por trás disso.',
  'vs.meaning.stalled': 'nem as entregas nem o resultado estão se movendo.',
  'vs.lowerIsBetter.better': (change: string) => `${change} (melhor: quanto menor, melhor)`,
  'vs.lowerIsBetter.worse': (change: string) => `${change} (pior: quanto menor, melhor)`,
  'vs.insufficient': (output: string, outcome: string) =>
    `Não há dados em comum suficientes para comparar ${output} com ${outcome}: são necessárias pelo menos duas datas.`,
  'vs.lag.none': (correlation: string) =>
    `Os dois se movem juntos, sem defasagem (correlação ${correlation}).`,
  'vs.lag.day': (count: number, correlation: string) =>
    forms(count, {
      one: `O resultado acompanha as entregas mais de perto com # dia de atraso (correlação ${correlation}).`,
      many: `O resultado acompanha as entregas mais de perto com # dias de atraso (correlação ${correlation}).`,
      other: `O resultado acompanha as entregas mais de perto com # dias de atraso (correlação ${correlation}).`,
    }),
  'vs.lag.week': (count: number, correlation: string) =>
    forms(count, {
      one: `O resultado acompanha as entregas mais de perto com # semana de atraso (correlação ${correlation}).`,
      many: `O resultado acompanha as entregas mais de perto com # semanas de atraso (correlação ${correlation}).`,
      other: `O resultado acompanha as entregas mais de perto com # semanas de atraso (correlação ${correlation}).`,
    }),
  'vs.lag.month': (count: number, correlation: string) =>
    forms(count, {
      one: `O resultado acompanha as entregas mais de perto com # mês de atraso (correlação ${correlation}).`,
      many: `O resultado acompanha as entregas mais de perto com # meses de atraso (correlação ${correlation}).`,
      other: `O resultado acompanha as entregas mais de perto com # meses de atraso (correlação ${correlation}).`,
    }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    forms(count, {
      one: `O resultado acompanha as entregas mais de perto com # trimestre de atraso (correlação ${correlation}).`,
      many: `O resultado acompanha as entregas mais de perto com # trimestres de atraso (correlação ${correlation}).`,
      other: `O resultado acompanha as entregas mais de perto com # trimestres de atraso (correlação ${correlation}).`,
    }),
  'vs.lag.period': (count: number, correlation: string) =>
    forms(count, {
      one: `O resultado acompanha as entregas mais de perto com # período de atraso (correlação ${correlation}).`,
      many: `O resultado acompanha as entregas mais de perto com # períodos de atraso (correlação ${correlation}).`,
      other: `O resultado acompanha as entregas mais de perto com # períodos de atraso (correlação ${correlation}).`,
    }),
  'vs.outputLegend': (name: string) => `${name} (colunas)`,
  'vs.outcomeLegend': (name: string) => `${name} (linha)`,
  'vs.targetLegend': (name: string) => `Meta de ${name}`,
  'vs.panelTitle': (name: string, unit: string) => `${name} (${unit})`,
  'vs.target': (value: string) => `Meta ${value}`,
  'vs.timelineLabel': (output: string, outcome: string) => `${output} e ${outcome} ao longo do tempo`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output} e ${outcome}, ${window}`,
  'quadrant.impact': 'Impacto',
  'quadrant.output-only': 'Entrega sem resultado',
  'quadrant.outcome-only': 'Resultado sem entrega',
  'quadrant.not-started': 'Ainda não começou',
  'quadrant.impact.short': 'Impacto',
  'quadrant.output-only.short': 'Só entrega',
  'quadrant.outcome-only.short': 'Só resultado',
  'quadrant.not-started.short': 'Não começou',
  'quadrant.impact.meaning': 'houve entrega e o resultado se moveu',
  'quadrant.output-only.meaning': 'houve entrega, mas o resultado não se moveu',
  'quadrant.outcome-only.meaning': 'o resultado se moveu com pouca entrega',
  'quadrant.not-started.meaning': 'nenhum dos dois ainda',
  'quadrant.legend': (name: string, meaning: string) => `${name}: ${meaning}`,
  'vs.quadrantLabel': 'Resultados por entrega (eixo horizontal) e progresso do resultado (eixo vertical)',
  'vs.quadrantTitle': (count: number) =>
    forms(count, {
      one: '# resultado: entrega versus progresso',
      many: '# resultados: entrega versus progresso',
      other: '# resultados: entrega versus progresso',
    }),
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    forms(count, {
      one: `# resultado por entrega e progresso do resultado. ${counts}.`,
      many: `# resultados por entrega e progresso do resultado. ${counts}.`,
      other: `# resultados por entrega e progresso do resultado. ${counts}.`,
    }) + (leftOut ? ` ${leftOut}` : ''),
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}: ${numeral(count)}`,
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}: entrega ${delivery}, resultado ${outcome}, ${quadrant}`,
  'vs.quadrantEmpty': 'Nenhum resultado tem as duas medidas ainda',
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    forms(count, {
      one: '# resultado sem as duas medidas não é exibido.',
      many: '# resultados sem as duas medidas não são exibidos.',
      other: '# resultados sem as duas medidas não são exibidos.',
    }),
  'vs.quadrantCaption': 'Resultados por entrega e progresso do resultado',
  'vs.column.outcome': 'Resultado',
  'vs.column.delivery': 'Entrega',
  'vs.column.outcomeProgress': 'Progresso do resultado',
  'vs.column.quadrant': 'Quadrante',
  'vs.deliveryAxis': (arrow: string) => `Entrega ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `Resultado ${arrow}`,

  // <outcome-dashboard>
  'dashboard.asOf': (date: string) => `Dados até ${date}`,
  'dashboard.problems': (count: number) =>
    forms(count, {
      one: '# problema neste documento: os widgets que usam essa parte mostram o problema',
      many: '# problemas neste documento: os widgets que usam essas partes mostram os problemas',
      other: '# problemas neste documento: os widgets que usam essas partes mostram os problemas',
    }),

  // embed page
  'embed.pageTitle': 'Incorporação do outcome-kit',
  'embed.help.title': 'Configure esta incorporação',
  'embed.help.intro':
    'Esta página exibe um widget do outcome-kit, configurado inteiramente pela própria URL:',
  'embed.help.src': 'A URL do seu documento do outcome-kit (um arquivo JSON), como {0}.',
  'embed.help.doc':
    'Ou o documento inteiro, compactado dentro da URL para que nenhum servidor o veja: gere-o com o editor do outcome-kit ou com {0}.',
  'embed.help.widget':
    '{1}, {2}, {3} ou {0} (o padrão), com qualquer um dos seus atributos, como {4} ou {5}.',
  'embed.help.example': 'Cole uma URL como esta em um bloco de incorporação do Notion ou do Confluence:',
  'embed.errorTitle': 'Não é possível exibir esta incorporação:',
  'embed.badWidget': (widgets: string, got: string) =>
    `o valor de widget deve ser ${widgets}, mas é “${got}”`,
  'embed.badDocument': 'a parte #doc= da URL não é um documento do outcome-kit compactado',
  'export.menu': 'Baixar',
  'export.svg': 'Imagem vetorial (SVG)',
  'export.png': 'Imagem (PNG)',
  'export.csv': 'Dados (CSV)',
  'csv.id': 'ID',
  'csv.type': 'Tipo',
  'csv.title': 'Título',
  'csv.parent': 'Item superior',
  'csv.metric': 'Métrica',
  // embed builder
  'builder.pageTitle': 'Gerador de incorporações · outcome-kit',
  'builder.title': 'Gerador de incorporações',
  'builder.pitch':
    'Transforme um documento do outcome-kit em um widget para o Notion, o Confluence ou qualquer página, sem precisar de terminal.',
  'builder.step.document': 'Seu documento',
  'builder.step.widget': 'O widget',
  'builder.step.preview': 'Pré-visualização',
  'builder.step.use': 'Usar',
  'builder.source.paste': 'Colar',
  'builder.source.upload': 'Enviar arquivo',
  'builder.source.url': 'De uma URL',
  'builder.source.label': 'O documento, em JSON',
  'builder.source.example': 'Usar o exemplo',
  'builder.source.file': 'Escolher um arquivo JSON',
  'builder.source.address': 'URL do arquivo JSON',
  'builder.source.load': 'Carregar',
  'builder.source.loading': 'Carregando…',
  'builder.source.failed': (reason: string) => `Não foi possível carregar o documento: ${reason}`,
  'builder.source.cors':
    'O servidor precisa permitir que esta página o leia (CORS), e a política desta página precisa permitir essa URL.',
  'builder.problems.none': (metrics: number, nodes: number) =>
    `${forms(metrics, { one: '# métrica', many: '# métricas', other: '# métricas' })} e ${forms(nodes, { one: '# nó', many: '# nós', other: '# nós' })}, sem problemas.`,
  'builder.problems.count': (count: number) =>
    forms(count, {
      one: '# problema: os widgets mostram o que conseguem.',
      many: '# problemas: os widgets mostram o que conseguem.',
      other: '# problemas: os widgets mostram o que conseguem.',
    }),
  'builder.problems.unusable':
    'Este documento só pode ser exibido depois que estes problemas forem corrigidos.',
  'builder.problems.empty': 'Cole um documento, envie um arquivo ou informe a URL dele.',
  'builder.problems.line': (line: number) => `linha ${numeral(line, 'pt-BR')}`,
  'builder.problems.notJson': 'Isto não é JSON:',
  'builder.widget.kind': 'Exibir',
  'builder.widget.kpi-trend': 'Cartão de KPI',
  'builder.widget.outcome-tree': 'Árvore de resultados',
  'builder.widget.output-vs-outcome': 'Entregas versus resultado',
  'builder.widget.outcome-dashboard': 'Painel completo',
  'builder.option.metric': 'Métrica',
  'builder.option.variant': 'Tamanho',
  'builder.option.card': 'Cartão',
  'builder.option.compact': 'Compacto',
  'builder.option.output': 'Entrega (o trabalho)',
  'builder.option.outcome': 'Resultado (o efeito)',
  'builder.option.view': 'Visualização',
  'builder.option.timeline': 'Linha do tempo',
  'builder.option.quadrant': 'Quadrante',
  'builder.option.layout': 'Disposição',
  'builder.option.list': 'Lista',
  'builder.option.map': 'Mapa',
  'builder.option.root': 'Começar em',
  'builder.option.everything': 'A árvore inteira',
  'builder.option.theme': 'Tema',
  'builder.option.themeAuto': 'Igual à página',
  'builder.option.light': 'Claro',
  'builder.option.dark': 'Escuro',
  'builder.option.locale': 'Idioma',
  'builder.option.localeDocument': 'O do documento',
  'builder.option.since': 'Revisão desde',
  'builder.option.exportMenu': 'Menu de download (SVG, PNG, CSV)',
  'builder.size.label': 'Tamanho',
  'builder.size.notion': 'Notion',
  'builder.size.confluence': 'Confluence',
  'builder.size.phone': 'Celular',
  'builder.preview.title': 'Pré-visualização da incorporação',
  'builder.preview.nothing': 'A pré-visualização aparece aqui quando o documento puder ser usado.',
  'builder.use.nothing':
    'O endereço, o HTML e o arquivo para baixar aparecem aqui quando o documento puder ser usado.',
  'builder.use.address': 'URL de incorporação',
  'builder.use.addressHint':
    'Cole-a em um bloco de incorporação do Notion ou na macro iframe ou de incorporação do Confluence.',
  'builder.use.long': (length: number, limit: number) =>
    `Esta URL tem ${numeral(length, 'pt-BR')} caracteres, e muitos campos de incorporação aceitam cerca de ${numeral(limit, 'pt-BR')}. Publique o documento em um endereço web e use “De uma URL” para encurtá-la.`,
  'builder.use.private':
    'O documento vai na URL depois do #, parte que os navegadores nunca enviam a nenhum servidor.',
  'builder.use.html': 'HTML para um portal ou a macro HTML do Confluence',
  'builder.use.cms': 'Para um CMS (os editores de texto formatado preservam estes elementos div)',
  'builder.use.cmsNeedsAddress':
    'O trecho para CMS precisa do documento em um endereço web: carregue-o “De uma URL”.',
  'builder.use.file': 'Arquivo independente',
  'builder.use.fileHint':
    'Um único arquivo HTML com o widget e os dados dele, que abre direto do disco, sem servidor.',
  'builder.use.download': 'Baixar o arquivo HTML',
  'builder.use.fileMissing':
    'O arquivo precisa da biblioteca compilada (outcome-kit.js ao lado desta página).',
  'builder.use.review': 'Revisão em Markdown',
  'builder.use.reviewHint':
    'O que mudou desde a data da revisão, para colar no Confluence, no Notion ou em um chat.',
  'builder.copy': 'Copiar',
  'builder.copied': 'Copiado',
};

export default ptBR;
