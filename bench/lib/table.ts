/** Prints a section's result: arrays of rows as aligned tables, everything else as `key: value` lines. */
export function printResult(result: Record<string, unknown>, prefix = ''): void {
  for (const [key, value] of Object.entries(result)) {
    const name = prefix + key;
    if (Array.isArray(value) && value.length && value.every(isRecord)) {
      console.log(`${name}:`);
      printTable(value as Record<string, unknown>[]);
    } else if (isRecord(value)) {
      printResult(value, `${name}.`);
    } else {
      console.log(`${name}: ${format(value)}`);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function format(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function printTable(rows: Record<string, unknown>[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => columns.map((c) => format(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    '  ' + values.map((v, i) => (/^-?[\d.]+(e-?\d+)?$/.test(v) ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log(line(columns));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}
