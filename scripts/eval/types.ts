/** One row of the `npm run eval` table: Lede's figure beside a baseline run in the same process. */
export interface EvalRow {
  section: string;
  metric: string;
  lede: number | string;
  /** Today's engine (the baseline commit, `--baseline=<ref>`), run in the same process. */
  today?: number | string;
  baseline?: { name: string; value: number | string };
  /** The published figure from the corpus's SOURCE.md, with its source. */
  anchor?: string;
  target?: string;
  /** How far Lede's figure is from the target, when it misses. */
  distance?: string;
  note?: string;
}

export interface EvalSection {
  name: string;
  run(): Promise<EvalRow[]>;
}
