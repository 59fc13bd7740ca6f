/** Japanese words of outcome-kit (reference: ./en.ts). */
import type { OutcomeTranslation } from './en.js';
import { numeral, plural } from './plural.js';

const ja: OutcomeTranslation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',

  // shared
  'status.met': '達成',
  'status.on-track': '順調',
  'status.at-risk': 'リスクあり',
  'status.off-track': '遅延',
  'status.unknown': 'ステータス不明',
  'status.none': '目標なし',
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  'frame.loading': '読み込み中…',
  'frame.empty': 'データはまだありません',
  'frame.dashboardBroken': 'データなし：ダッシュボードのドキュメントにエラーがあります',
  'frame.errorHeading': 'このデータは表示できません',
  'frame.documentPath': 'ドキュメント',
  'frame.moreProblems': (count: number) => plural('ja', count, { other: 'ほか#件の問題' }),
  'frame.stale': '古いデータ',
  'frame.staleHint': '最新の更新に失敗したため、前回読み込んだデータを表示しています。',
  'frame.noValue': '—',
  'change.points': (change: string) => `${change}ポイント`,
  'change.pointsSpoken': (change: string) => `${change}ポイント`,
  'change.none': '変化なし',
  'trend.good': '改善',
  'trend.bad': '悪化',
  'trend.flat': '変化なし',
  'shipped.marker': (title: string, date: string) => `${date}にリリース：${title}`,
  'shipped.column': 'リリース',
  'table.date': '日付',

  // kpi-trend
  'kpi.about': (name: string) => `${name}について`,
  'kpi.chart': (name: string) => `${name}の推移`,
  'kpi.progress': '目標までの進捗',
  'kpi.progressDetail': (from: string, to: string) => `達成（${from}から${to}へ）`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `達成（${date}までに${from}から${to}へ）`,
  'kpi.target': (value: string) => `目標 ${value}`,
  'kpi.tableCaption': (name: string) => `${name}：データ`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}：データ（全${numeral(all)}点から${numeral(shown)}点を抽出）`,
  'table.value': '値',
  'kpi.shippedCount': (count: number) =>
    plural('ja', count, { other: 'この期間に#件のアウトプットがリリースされました。' }),
  'kpi.point': (date: string, value: string) => `${date}：${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}。${shipped}`,
  'kpi.since': (date: string, change: string) => `${date}以降：${change}`,
  'kpi.sentence': (clauses: string[]) => `${clauses.join('。')}。`,
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}：${date}時点で${value}`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) => `${valueClause}、${since}から変化なし`,
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}、${since}から${amount}上昇で${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}、${since}から${amount}低下で${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount}（${share}）`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress}${detail}`,
  'kpi.sentence.status': (status: string) => status,
  'kpi.sentence.since': (change: string) => `${change}。`,
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}、${moved}。`,

  // outcome-tree
  'type.goal': 'ゴール',
  'type.outcome': 'アウトカム',
  'type.output': 'アウトプット',
  'flag.unaligned': '紐付けなし',
  'flag.unaligned.short': '紐付けなし',
  'flag.unaligned.hint':
    'このアウトプットの上位にゴールもアウトカムもありません。どんなインパクトを狙っていますか？',
  'flag.unaligned.count': (count: number) => plural('ja', count, { other: '紐付けなし #件' }),
  'flag.unmeasured': '未計測',
  'flag.unmeasured.short': '未計測',
  'flag.unmeasured.hint': '指標も進捗もないため、達成したかどうかを誰も判断できません。',
  'flag.unmeasured.count': (count: number) => plural('ja', count, { other: '未計測 #件' }),
  'flag.gap': '忙しいのに成果が出ていない',
  'flag.gap.short': '成果が出ていない',
  'flag.gap.hint': 'デリバリーが、動かすはずのアウトカムより50ポイント以上先行しています。',
  'flag.gap.count': (count: number) => plural('ja', count, { other: '忙しいのに成果が出ていない #件' }),
  'flag.no-recent-check-in': '最近のチェックインなし',
  'flag.no-recent-check-in.short': 'チェックインなし',
  'flag.no-recent-check-in.hint':
    'ドキュメントが求める間隔（基準日までの checkInEvery 日間）にチェックインがありません。',
  'flag.no-recent-check-in.count': (count: number) =>
    plural('ja', count, { other: '最近のチェックインなし #件' }),
  'tree.label': 'アウトカムツリー',
  'tree.labelTitled': (title: string) => `${title}：アウトカムツリー`,
  'tree.empty': 'アウトカムツリーはまだありません',
  'tree.someNodesBroken': '一部のノードを表示できません',
  'tree.outcome': 'アウトカム',
  'tree.delivery': 'デリバリー',
  'tree.column.node': 'ゴール・アウトカム・アウトプット',
  'tree.column.outcome': 'アウトカム進捗',
  'tree.column.delivery': 'デリバリー',
  'tree.column.flags': 'フラグ',
  'tree.noFlags': 'フラグはありません',
  'tree.flaggedOnly': 'フラグ付きのみ',
  'tree.more': (count: number) => plural('ja', count, { other: 'ほか#件' }),
  'tree.outside': (count: number, total: number) =>
    plural('ja', total, {
      other: `#件のノードのうち${numeral(count)}件が表示範囲の外にあります。「全体表示」ですべて表示できます。`,
    }),
  'tree.zoomInToRead': 'カードを読むには拡大してください。',
  'tree.wheelHint': 'Ctrl + スクロールで拡大・縮小',
  'tree.wheelHintMac': '⌘ + スクロールで拡大・縮小',
  'tree.metric': (name: string, value: string) => `${name}：${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}：${value} · ${status}`,
  'tree.metricProblem': '指標の問題：',
  'tree.moreMetricProblems': (count: number) => plural('ja', count, { other: '（ほか#件）' }),
  'tree.confidence': (percent: string) => `自信度 ${percent}`,
  'tree.checkInsOf': (title: string) => `チェックイン：${title}`,
  'tree.latestCheckIn': '最新のチェックイン',
  'tree.history': (count: number) =>
    count === 1
      ? 'チェックイン（この1件のみ）'
      : plural('ja', count, { other: 'チェックイン全#件（新しい順）' }),
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}：${date}のリリース以降 ${change}`,
  'tree.newSince': (date: string) => `${date}以降の新着`,
  'tree.zoom': 'ズーム',
  'tree.zoomIn': '拡大',
  'tree.zoomOut': '縮小',
  'tree.fit': '全体表示',

  // output-vs-outcome
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) => `${window}：${output} ${outputChange}、${outcome} ${outcomeChange}。${meaning}`,
  'vs.meaning.converting': 'アウトプットがアウトカムにつながっています。',
  'vs.meaning.not-converting': 'アウトプットがアウトカムにつながっていません。',
  'vs.meaning.external': 'アウトプットと関係なくアウトカムが動きました。別の要因が影響しています。',
  'vs.meaning.stalled': 'アウトプットもアウトカムも動いていません。',
  'vs.lowerIsBetter.better': (change: string) => `${change}（改善：低いほど良い指標）`,
  'vs.lowerIsBetter.worse': (change: string) => `${change}（悪化：低いほど良い指標）`,
  'vs.insufficient': (output: string, outcome: string) =>
    `${output}と${outcome}を比較できるだけの、期間の重なるデータがありません。少なくとも2つの日付が必要です。`,
  'vs.lag.none': (correlation: string) => `両者は時間差なく連動しています（相関係数 ${correlation}）。`,
  'vs.lag.day': (count: number, correlation: string) =>
    plural('ja', count, {
      other: `アウトカムは#日前のアウトプットと最も強く連動しています（相関係数 ${correlation}）。`,
    }),
  'vs.lag.week': (count: number, correlation: string) =>
    plural('ja', count, {
      other: `アウトカムは#週間前のアウトプットと最も強く連動しています（相関係数 ${correlation}）。`,
    }),
  'vs.lag.month': (count: number, correlation: string) =>
    plural('ja', count, {
      other: `アウトカムは#か月前のアウトプットと最も強く連動しています（相関係数 ${correlation}）。`,
    }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    plural('ja', count, {
      other: `アウトカムは#四半期前のアウトプットと最も強く連動しています（相関係数 ${correlation}）。`,
    }),
  'vs.lag.period': (count: number, correlation: string) =>
    plural('ja', count, {
      other: `アウトカムは#期前のアウトプットと最も強く連動しています（相関係数 ${correlation}）。`,
    }),
  'vs.outputLegend': (name: string) => `${name}（棒）`,
  'vs.outcomeLegend': (name: string) => `${name}（線）`,
  'vs.targetLegend': (name: string) => `${name}の目標`,
  'vs.panelTitle': (name: string, unit: string) => `${name}（${unit}）`,
  'vs.target': (value: string) => `目標 ${value}`,
  'vs.timelineLabel': (output: string, outcome: string) => `${output}と${outcome}の推移`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}：${output} ${outputValue}、${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output}と${outcome}（${window}）`,
  'quadrant.impact': 'インパクト',
  'quadrant.output-only': 'アウトカムを伴わないアウトプット',
  'quadrant.outcome-only': 'アウトプットを伴わないアウトカム',
  'quadrant.not-started': '未着手',
  'quadrant.impact.short': 'インパクト',
  'quadrant.output-only.short': 'アウトプットのみ',
  'quadrant.outcome-only.short': 'アウトカムのみ',
  'quadrant.not-started.short': '未着手',
  'quadrant.impact.meaning': 'デリバリーが進み、アウトカムも動いた',
  'quadrant.output-only.meaning': 'デリバリーは進んだが、アウトカムは動いていない',
  'quadrant.outcome-only.meaning': 'デリバリーは少ないが、アウトカムが動いた',
  'quadrant.not-started.meaning': 'どちらもまだ',
  'quadrant.legend': (name: string, meaning: string) => `${name}：${meaning}`,
  'vs.quadrantLabel': 'デリバリー（横軸）とアウトカム進捗（縦軸）で見たアウトカム',
  'vs.quadrantTitle': (count: number) => plural('ja', count, { other: 'アウトカム#件：デリバリーと進捗' }),
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    plural('ja', count, {
      other: `アウトカム#件をデリバリーとアウトカム進捗で分類。${counts}。`,
    }) + leftOut,
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}：${numeral(count)}件`,
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}：デリバリー ${delivery}、アウトカム ${outcome}、${quadrant}`,
  'vs.quadrantEmpty': '両方の指標がそろったアウトカムはまだありません',
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    plural('ja', count, { other: '指標がそろっていないアウトカム#件は表示していません。' }),
  'vs.quadrantCaption': 'デリバリーとアウトカム進捗で見たアウトカム',
  'vs.column.outcome': 'アウトカム',
  'vs.column.delivery': 'デリバリー',
  'vs.column.outcomeProgress': 'アウトカム進捗',
  'vs.column.quadrant': '象限',
  'vs.deliveryAxis': (arrow: string) => `デリバリー ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `アウトカム ${arrow}`,

  // outcome-dashboard
  'dashboard.asOf': (date: string) => `${date}時点`,
  'dashboard.problems': (count: number) =>
    plural('ja', count, {
      other: 'このドキュメントには#件の問題があります。該当する部分を使うウィジェットに表示されます',
    }),

  // embed
  'embed.pageTitle': 'outcome-kit 埋め込み',
  'embed.help.title': 'この埋め込みを設定する',
  'embed.help.intro': 'このページは outcome-kit のウィジェットを表示します。設定はすべてアドレスで行います：',
  'embed.help.src': 'outcome-kit ドキュメント（JSON ファイル）のアドレス。例：{0}。',
  'embed.help.doc':
    'または、ドキュメント全体を圧縮してアドレスに含めます（内容がサーバーに渡ることはありません）。outcome-kit のビルダーで作成するか、{0} を実行します。',
  'embed.help.widget':
    '{1}、{2}、{3}、または {0}（既定）。{4} や {5} など、そのウィジェットの属性も指定できます。',
  'embed.help.example': '次のようなアドレスを Notion や Confluence の埋め込みブロックに貼り付けてください：',
  'embed.errorTitle': 'この埋め込みを表示できません：',
  'embed.badWidget': (widgets: string, got: string) =>
    `ウィジェットには ${widgets} のいずれかを指定してください（指定された値：「${got}」）`,
  'embed.badDocument': 'アドレスの #doc= の部分が、圧縮された outcome-kit ドキュメントではありません',
  'export.menu': 'ダウンロード',
  'export.svg': 'ベクター画像（SVG）',
  'export.png': '画像（PNG）',
  'export.csv': 'データ（CSV）',
  'csv.id': '識別子',
  'csv.type': '種類',
  'csv.title': 'タイトル',
  'csv.parent': '親',
  'csv.metric': '指標',

  // builder
  'builder.pageTitle': '埋め込みビルダー · outcome-kit',
  'builder.title': '埋め込みビルダー',
  'builder.pitch':
    'outcome-kit のドキュメントを、Notion や Confluence をはじめどんなページにも置けるウィジェットに変換します。ターミナルは必要ありません。',
  'builder.step.document': 'ドキュメント',
  'builder.step.widget': 'ウィジェット',
  'builder.step.preview': 'プレビュー',
  'builder.step.use': '利用する',
  'builder.source.paste': '貼り付け',
  'builder.source.upload': 'アップロード',
  'builder.source.url': 'アドレスから',
  'builder.source.label': 'ドキュメント（JSON）',
  'builder.source.example': 'サンプルを使う',
  'builder.source.file': 'JSON ファイルを選択',
  'builder.source.address': 'JSON ファイルのアドレス',
  'builder.source.load': '読み込む',
  'builder.source.loading': '読み込み中…',
  'builder.source.failed': (reason: string) => `ドキュメントを読み込めませんでした：${reason}`,
  'builder.source.cors':
    'サーバーがこのページからの読み取りを許可し（CORS）、このページのポリシーでもそのアドレスが許可されている必要があります。',
  'builder.problems.none': (metrics: number, nodes: number) =>
    `指標${numeral(metrics)}件、ノード${numeral(nodes)}件。問題はありません。`,
  'builder.problems.count': (count: number) =>
    plural('ja', count, { other: '#件の問題があります。ウィジェットは表示できる部分を表示します。' }),
  'builder.problems.unusable': 'これらの問題を修正するまで、このドキュメントは表示できません。',
  'builder.problems.empty':
    'ドキュメントを貼り付けるか、ファイルをアップロードするか、アドレスを指定してください。',
  'builder.problems.line': (line: number) => `${numeral(line)}行目`,
  'builder.problems.notJson': 'JSON として読み取れません：',
  'builder.widget.kind': '表示するもの',
  'builder.widget.kpi-trend': '指標カード',
  'builder.widget.outcome-tree': 'アウトカムツリー',
  'builder.widget.output-vs-outcome': 'アウトプットとアウトカムの比較',
  'builder.widget.outcome-dashboard': 'ダッシュボード全体',
  'builder.option.metric': '指標',
  'builder.option.variant': 'サイズ',
  'builder.option.card': 'カード',
  'builder.option.compact': 'コンパクト',
  'builder.option.output': 'アウトプット（取り組み）',
  'builder.option.outcome': 'アウトカム（成果）',
  'builder.option.view': '表示',
  'builder.option.timeline': 'タイムライン',
  'builder.option.quadrant': '象限図',
  'builder.option.layout': 'レイアウト',
  'builder.option.list': 'リスト',
  'builder.option.map': 'マップ',
  'builder.option.root': '起点',
  'builder.option.everything': 'ツリー全体',
  'builder.option.theme': 'テーマ',
  'builder.option.themeAuto': 'ページに合わせる',
  'builder.option.light': 'ライト',
  'builder.option.dark': 'ダーク',
  'builder.option.locale': '言語',
  'builder.option.localeDocument': 'ドキュメントの言語',
  'builder.option.since': 'レビューの基準日',
  'builder.option.exportMenu': 'ダウンロードメニュー（SVG、PNG、CSV）',
  'builder.size.label': 'サイズ',
  'builder.size.notion': 'Notion',
  'builder.size.confluence': 'Confluence',
  'builder.size.phone': 'スマートフォン',
  'builder.preview.title': '埋め込みのプレビュー',
  'builder.preview.nothing': 'ドキュメントが使える状態になると、ここにプレビューが表示されます。',
  'builder.use.nothing':
    'ドキュメントが使える状態になると、ここにアドレス、HTML、ダウンロード用のファイルが表示されます。',
  'builder.use.address': '埋め込みアドレス',
  'builder.use.addressHint':
    'Notion の埋め込みブロック、または Confluence の iframe マクロや埋め込みマクロに貼り付けてください。',
  'builder.use.long': (length: number, limit: number) =>
    `このアドレスは${numeral(length)}文字あります。多くの埋め込み欄で使えるのは${numeral(limit)}文字程度までです。ドキュメントをウェブ上に置いて「アドレスから」で読み込むと、アドレスを短くできます。`,
  'builder.use.private':
    'ドキュメントはアドレスの # より後ろに入ります。この部分がブラウザーからサーバーに送られることはありません。',
  'builder.use.html': 'ポータルや Confluence の HTML マクロ向けの HTML',
  'builder.use.cms': 'CMS 向け（リッチテキストエディターでもこの div 要素は残ります）',
  'builder.use.cmsNeedsAddress':
    'CMS 向けのスニペットには、ウェブ上に置いたドキュメントが必要です。「アドレスから」で読み込んでください。',
  'builder.use.file': '単体の HTML ファイル',
  'builder.use.fileHint':
    'ウィジェットとデータをまとめた HTML ファイル1つ。サーバーがなくても、ディスクからそのまま開けます。',
  'builder.use.download': 'HTML ファイルをダウンロード',
  'builder.use.fileMissing':
    'このファイルには、ビルド済みのライブラリ（このページと同じ場所の outcome-kit.js）が必要です。',
  'builder.use.review': 'Markdown 形式のレビュー',
  'builder.use.reviewHint':
    'レビューの基準日以降の変化です。Confluence や Notion、チャットに貼り付けられます。',
  'builder.copy': 'コピー',
  'builder.copied': 'コピーしました',
};

export default ja;
