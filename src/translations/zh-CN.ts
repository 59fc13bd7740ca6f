/** Simplified Chinese words of outcome-kit (reference: ./en.ts). */
import type { OutcomeTranslation } from './en.js';
import { numeral, plural } from './plural.js';

const zhCN: OutcomeTranslation = {
  $code: 'zh-CN',
  $name: '简体中文',
  $dir: 'ltr',

  // shared
  'status.met': '已达成',
  'status.on-track': '进展顺利',
  'status.at-risk': '有风险',
  'status.off-track': '偏离轨道',
  'status.unknown': '状态未知',
  'status.none': '无目标值',
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  'frame.loading': '加载中…',
  'frame.empty': '暂无数据',
  'frame.dashboardBroken': '无数据：仪表板的文档有错误',
  'frame.errorHeading': '无法显示此数据',
  'frame.documentPath': '文档',
  'frame.moreProblems': (count: number) => plural('zh-CN', count, { other: '还有 # 个问题' }),
  'frame.stale': '数据已过时',
  'frame.staleHint': '最近一次刷新失败，当前显示的是上次加载的数据。',
  'frame.noValue': '—',
  'change.points': (change: string) => `${change} 个百分点`,
  'change.pointsSpoken': (change: string) => `${change} 个百分点`,
  'change.none': '无变化',
  'trend.good': '好转',
  'trend.bad': '变差',
  'trend.flat': '无变化',
  'shipped.marker': (title: string, date: string) => `${date}上线：${title}`,
  'shipped.column': '已上线',
  'table.date': '日期',

  // kpi-trend
  'kpi.about': (name: string) => `关于 ${name}`,
  'kpi.chart': (name: string) => `${name} 的变化趋势`,
  'kpi.progress': '目标完成进度',
  'kpi.progressDetail': (from: string, to: string) => `已完成（从 ${from} 到 ${to}）`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `已完成（从 ${from} 到 ${to}，期限 ${date}）`,
  'kpi.target': (value: string) => `目标值 ${value}`,
  'kpi.tableCaption': (name: string) => `${name}：数据`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}：数据（共 ${numeral(all)} 个点，抽样显示 ${numeral(shown)} 个）`,
  'kpi.value': '数值',
  'kpi.shippedCount': (count: number) => plural('zh-CN', count, { other: '此期间上线了 # 项产出。' }),
  'kpi.point': (date: string, value: string) => `${date}：${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}。${shipped}`,
  'kpi.since': (date: string, change: string) => `自 ${date}以来：${change}`,
  'kpi.sentence': (clauses: string[]) => `${clauses.join('；')}。`,
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}：${value}（${date}）`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) => `${valueClause}，自 ${since}以来没有变化`,
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}，较 ${since}上升 ${amount}，表现${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}，较 ${since}下降 ${amount}，表现${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount}（${share}）`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress} ${detail}`,
  'kpi.sentence.status': (status: string) => status,
  'kpi.sentence.since': (change: string) => `${change}。`,
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}，${moved}。`,

  // outcome-tree
  'type.goal': '目标',
  'type.outcome': '成果',
  'type.output': '产出',
  'flag.unaligned': '未对齐',
  'flag.unaligned.short': '未对齐',
  'flag.unaligned.hint': '此产出没有对齐任何上级目标或成果：它能带来什么影响？',
  'flag.unaligned.count': (count: number) => plural('zh-CN', count, { other: '# 项未对齐' }),
  'flag.unmeasured': '未衡量',
  'flag.unmeasured.short': '未衡量',
  'flag.unmeasured.hint': '既没有指标也没有进度，无法判断是否已达成。',
  'flag.unmeasured.count': (count: number) => plural('zh-CN', count, { other: '# 项未衡量' }),
  'flag.gap': '忙于交付，成果却未见起色',
  'flag.gap.short': '成果未见起色',
  'flag.gap.hint': '交付进度比它要推动的成果领先至少 50 个百分点。',
  'flag.gap.count': (count: number) => plural('zh-CN', count, { other: '# 项忙于交付但成果未见起色' }),
  'flag.no-recent-check-in': '近期无进展更新',
  'flag.no-recent-check-in.short': '近期未更新',
  'flag.no-recent-check-in.hint': '在文档要求的周期内（文档日期前 checkInEvery 天内）没有进展更新。',
  'flag.no-recent-check-in.count': (count: number) => plural('zh-CN', count, { other: '# 项近期无进展更新' }),
  'tree.label': '成果树',
  'tree.labelTitled': (title: string) => `${title}：成果树`,
  'tree.empty': '暂无成果树',
  'tree.someNodesBroken': '部分节点无法显示',
  'tree.outcome': '成果',
  'tree.delivery': '交付',
  'tree.column.node': '目标、成果或产出',
  'tree.column.outcome': '成果进度',
  'tree.column.delivery': '交付',
  'tree.column.flags': '标记',
  'tree.noFlags': '没有标记项',
  'tree.flaggedOnly': '仅看已标记',
  'tree.more': (count: number) => plural('zh-CN', count, { other: '还有 # 项' }),
  'tree.outside': (count: number, total: number) =>
    plural('zh-CN', total, {
      other: `共 # 个节点，其中 ${numeral(count)} 个在视图之外。点击“适应窗口”即可全部显示。`,
    }),
  'tree.zoomInToRead': '放大后即可阅读卡片。',
  'tree.wheelHint': 'Ctrl + 滚轮缩放',
  'tree.wheelHintMac': '⌘ + 滚轮缩放',
  'tree.metric': (name: string, value: string) => `${name}：${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}：${value} · ${status}`,
  'tree.metricProblem': '指标问题：',
  'tree.moreMetricProblems': (count: number) => plural('zh-CN', count, { other: '（还有 # 个）' }),
  'tree.confidence': (percent: string) => `信心指数 ${percent}`,
  'tree.checkInsOf': (title: string) => `进展更新：${title}`,
  'tree.latestCheckIn': '最新进展',
  'tree.history': (count: number) =>
    count === 1 ? '仅有这一次进展更新' : plural('zh-CN', count, { other: '全部 # 次进展更新（最新的在前）' }),
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}：自 ${date}上线以来 ${change}`,
  'tree.newSince': (date: string) => `${date}以来新增`,
  'tree.zoom': '缩放',
  'tree.zoomIn': '放大',
  'tree.zoomOut': '缩小',
  'tree.fit': '适应窗口',

  // output-vs-outcome
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) => `${window}：${output} ${outputChange}，${outcome} ${outcomeChange}；${meaning}`,
  'vs.meaning.converting': '产出正在转化为成果。',
  'vs.meaning.not-converting': '产出没有转化为成果。',
  'vs.meaning.external': '成果的变化并非来自产出：另有其他因素在推动。',
  'vs.meaning.stalled': '产出和成果都没有变化。',
  'vs.lowerIsBetter.better': (change: string) => `${change}（好转：越低越好）`,
  'vs.lowerIsBetter.worse': (change: string) => `${change}（变差：越低越好）`,
  'vs.insufficient': (output: string, outcome: string) =>
    `重叠数据不足，无法比较 ${output} 与 ${outcome}：至少需要两个日期的数据。`,
  'vs.lag.none': (correlation: string) => `两者同步变化，没有延迟（相关系数 ${correlation}）。`,
  'vs.lag.day': (count: number, correlation: string) =>
    plural('zh-CN', count, { other: `成果与 # 天前的产出关联最紧密（相关系数 ${correlation}）。` }),
  'vs.lag.week': (count: number, correlation: string) =>
    plural('zh-CN', count, { other: `成果与 # 周前的产出关联最紧密（相关系数 ${correlation}）。` }),
  'vs.lag.month': (count: number, correlation: string) =>
    plural('zh-CN', count, { other: `成果与 # 个月前的产出关联最紧密（相关系数 ${correlation}）。` }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    plural('zh-CN', count, { other: `成果与 # 个季度前的产出关联最紧密（相关系数 ${correlation}）。` }),
  'vs.lag.period': (count: number, correlation: string) =>
    plural('zh-CN', count, { other: `成果与 # 个周期前的产出关联最紧密（相关系数 ${correlation}）。` }),
  'vs.outputLegend': (name: string) => `${name}（柱形）`,
  'vs.outcomeLegend': (name: string) => `${name}（折线）`,
  'vs.targetLegend': (name: string) => `${name} 目标值`,
  'vs.panelTitle': (name: string, unit: string) => `${name}（${unit}）`,
  'vs.target': (value: string) => `目标值 ${value}`,
  'vs.timelineLabel': (output: string, outcome: string) => `${output} 与 ${outcome} 的变化趋势`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}：${output} ${outputValue}，${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output} 与 ${outcome}（${window}）`,
  'quadrant.impact': '有成效',
  'quadrant.output-only': '有产出，无成果',
  'quadrant.outcome-only': '有成果，无产出',
  'quadrant.not-started': '尚未开始',
  'quadrant.impact.short': '有成效',
  'quadrant.output-only.short': '仅有产出',
  'quadrant.outcome-only.short': '仅有成果',
  'quadrant.not-started.short': '未开始',
  'quadrant.impact.meaning': '已交付，成果也有变化',
  'quadrant.output-only.meaning': '已交付，但成果没有变化',
  'quadrant.outcome-only.meaning': '交付很少，成果却有变化',
  'quadrant.not-started.meaning': '两者都尚未开始',
  'quadrant.legend': (name: string, meaning: string) => `${name}：${meaning}`,
  'vs.quadrantLabel': '按交付（横轴）与成果进度（纵轴）分布的成果',
  'vs.quadrantTitle': (count: number) => plural('zh-CN', count, { other: '# 个成果：交付与进度对比' }),
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    plural('zh-CN', count, {
      other: `按交付与成果进度划分的 # 个成果。${counts}。`,
    }) + leftOut,
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}：${numeral(count)} 个`,
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}：交付 ${delivery}，成果 ${outcome}，${quadrant}`,
  'vs.quadrantEmpty': '暂无同时具备两项指标的成果',
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    plural('zh-CN', count, { other: '另有 # 个成果未同时具备两项指标，未显示。' }),
  'vs.quadrantCaption': '按交付与成果进度划分的成果',
  'vs.column.outcome': '成果',
  'vs.column.delivery': '交付',
  'vs.column.outcomeProgress': '成果进度',
  'vs.column.quadrant': '象限',
  'vs.deliveryAxis': (arrow: string) => `交付 ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `成果 ${arrow}`,

  // outcome-dashboard
  'dashboard.asOf': (date: string) => `截至 ${date}`,
  'dashboard.problems': (count: number) =>
    plural('zh-CN', count, { other: '此文档有 # 个问题：用到相关部分的组件会显示这些问题' }),

  // embed
  'embed.pageTitle': 'outcome-kit 嵌入',
  'embed.help.title': '设置此嵌入',
  'embed.help.intro': '此页面显示一个 outcome-kit 组件，完全通过页面地址进行配置：',
  'embed.help.src': 'outcome-kit 文档（JSON 文件）的地址，例如 {0}。',
  'embed.help.doc':
    '或者将整个文档压缩后直接放进地址，任何服务器都不会看到它：可以用 outcome-kit 构建器生成，也可以运行 {0}。',
  'embed.help.widget': '{1}、{2}、{3} 或 {0}（默认），可附带该组件的任意属性，例如 {4} 或 {5}。',
  'embed.help.example': '将类似下面的地址粘贴到 Notion 或 Confluence 的嵌入块中：',
  'embed.errorTitle': '无法显示此嵌入内容：',
  'embed.badWidget': (widgets: string, got: string) => `组件必须是 ${widgets} 之一，但收到的是“${got}”`,
  'embed.badDocument': '地址中的 #doc= 部分不是经过压缩的 outcome-kit 文档',
};

export default zhCN;
