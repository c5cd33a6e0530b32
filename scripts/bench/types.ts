/** One row of the `npm run bench` table, with a baseline measured in the same process. */
export interface BenchRow {
  section: string;
  metric: string;
  value: number | string;
  unit?: string;
  baseline?: { name: string; value: number | string };
  note?: string;
}
