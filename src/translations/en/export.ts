/** English words of the export shared by every widget: the download menu and the CSV headers. */
export const exportWords = {
  /** The button of the `export-menu`, and its three downloads. */
  'export.menu': 'Download',
  'export.svg': 'Vector image (SVG)',
  'export.png': 'Image (PNG)',
  'export.csv': 'Data (CSV)',
  /** Column headers of a CSV file (besides the data tables' own). */
  'csv.id': 'Id',
  'csv.type': 'Type',
  'csv.title': 'Title',
  'csv.parent': 'Parent',
  'csv.metric': 'Metric',
};
