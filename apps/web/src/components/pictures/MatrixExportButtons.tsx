import { useVerdicts } from '../../analysis/selectors';
import { isAllowedAt, type Verdicts } from '../../analysis/graphData';
import { downloadText } from '../importExport/download';
import { matrixFileName, matrixToCsv, matrixToMarkdown, type MatrixTable } from './matrixTable';

/** The whole matrix (every pod, whatever namespace the panel shows) for the current filter. */
function tableOf(verdicts: Verdicts): MatrixTable {
  const pods = verdicts.matrix.pods;
  return {
    filter: verdicts.port === undefined ? 'any port' : `${verdicts.protocol} ${verdicts.port}`,
    pods,
    allowed: pods.map((_, i) => pods.map((__, j) => isAllowedAt(verdicts, i, j))),
  };
}

/** "CSV" and "Markdown" download buttons for the matrix panel's head. */
export function MatrixExportButtons() {
  const data = useVerdicts();
  if (!data || data.verdicts.matrix.pods.length === 0) return null;
  const download = (extension: 'csv' | 'md') => {
    const table = tableOf(data.verdicts);
    const text = extension === 'csv' ? matrixToCsv(table) : matrixToMarkdown(table);
    const type = extension === 'csv' ? 'text/csv' : 'text/markdown';
    downloadText(matrixFileName(table.filter, extension), text, `${type};charset=utf-8`);
  };
  return (
    <span style={{ display: 'inline-flex', gap: 6 }}>
      <button
        type="button"
        className="button"
        data-variant="ghost"
        data-testid="matrix-export-csv"
        title="Download the matrix for this port as CSV (rows: sources, columns: destinations)"
        onClick={() => download('csv')}
      >
        CSV
      </button>
      <button
        type="button"
        className="button"
        data-variant="ghost"
        data-testid="matrix-export-md"
        title="Download the matrix for this port as a Markdown table"
        onClick={() => download('md')}
      >
        Markdown
      </button>
    </span>
  );
}
