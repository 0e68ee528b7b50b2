/** Plain-text tables with box-drawing borders, sized to their content. */
import { terminalSafe } from './terminalSafe';

export interface TableOptions {
  /** Draw a rule under the first row. Default true. */
  readonly header?: boolean;
  /** Draw a rule between body rows whose first cell differs (groups, e.g. one per policy). */
  readonly groupRules?: boolean;
}

/**
 * Renders rows of cells as a bordered table. Cells may hold several lines (`\n`); widths
 * count code points, so `✓`/`✗` line up; control characters are escaped first, so a
 * hostile name widens its column instead of breaking the borders.
 */
export function renderTable(
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const header = options.header ?? true;
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const cellLines = rows.map((row) =>
    Array.from({ length: columns }, (_, i) => terminalSafe(row[i] ?? '').split('\n')),
  );
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(1, ...cellLines.map((row) => Math.max(...(row[i] ?? ['']).map(displayWidth)))),
  );
  const rule = (left: string, mid: string, right: string) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const out: string[] = [rule('┌', '┬', '┐')];
  cellLines.forEach((row, r) => {
    const height = Math.max(...row.map((lines) => lines.length));
    for (let line = 0; line < height; line++) {
      out.push(
        '│' + row.map((lines, i) => ` ${pad(lines[line] ?? '', widths[i] ?? 1)} `).join('│') + '│',
      );
    }
    const next = rows[r + 1];
    if (header && r === 0 && rows.length > 1) out.push(rule('├', '┼', '┤'));
    else if (options.groupRules && r > 0 && next && next[0] !== rows[r]?.[0])
      out.push(rule('├', '┼', '┤'));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n') + '\n';
}

function displayWidth(text: string): number {
  return Array.from(text).length;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
