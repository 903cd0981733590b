/** One line of a benchmark table: our figure beside the reference system's, measured in the same run. */
export interface BenchRow {
  figure: string;
  ours: string;
  reference: string;
  target?: string;
  pass?: boolean;
}

export interface BenchSection {
  title: string;
  rows: BenchRow[];
  notes?: string[];
}
