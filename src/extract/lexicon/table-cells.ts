/** The rows of a table written one line a row, `|` between cells, cells trimmed. */
export function tableRows(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

/** A cell's alternatives, separated by commas. */
export function alternatives(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
