/**
 * The benchmark's bookkeeping: every figure kept as all its rounds, reported as the median with
 * its spread (the lowest and highest round), and the table and goals printed from them.
 */
export const throttles = [1, 4] as const;
export type Throttle = (typeof throttles)[number];

export interface Measure {
  median: number;
  min: number;
  max: number;
  runs: number[];
  unit: string;
  note?: string;
}

/** Figure → subject → `1x` / `4x` → its rounds. */
export type Results = Record<string, Record<string, Partial<Record<`${Throttle}x`, Measure>>>>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export class Recorder {
  readonly results: Results = {};

  record(figure: string, subject: string, throttle: Throttle, values: readonly number[], unit: string, note?: string): void {
    const bySubject = (this.results[figure] ??= {});
    const entry: Measure = {
      median: round(median(values)),
      min: round(Math.min(...values)),
      max: round(Math.max(...values)),
      runs: values.map(round),
      unit,
      ...(note ? { note } : {}),
    };
    (bySubject[subject] ??= {})[`${throttle}x`] = entry;
    process.stdout.write(`  ${figure} · ${subject} · ${throttle}×: ${entry.median} ${unit} (${entry.min}–${entry.max})\n`);
  }

  get(figure: string, subject: string, throttle: Throttle): Measure | undefined {
    return this.results[figure]?.[subject]?.[`${throttle}x`];
  }
}

/**
 * Rounds of every subject in turn, the first subject moving one place each round, so that no
 * subject always runs first or right after another: a machine that gets busier or quieter
 * during the run moves every subject's figures alike.
 */
export async function interleaved<S, T>(rounds: number, subjects: readonly S[], measure: (subject: S, round: number) => Promise<T>): Promise<Map<S, T[]>> {
  const out = new Map<S, T[]>(subjects.map((subject) => [subject, []]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[(i + r) % subjects.length]!;
      out.get(subject)!.push(await measure(subject, r));
    }
  }
  return out;
}

const cell = (value: Measure | undefined) => (value ? `${value.median} (${value.min}–${value.max})${value.note ? ` ${value.note}` : ''}` : '–');

/** Markdown: one row per figure and subject, the median and spread at 1× and 4×. */
export function table(results: Results): string {
  const lines = ['| Figure | Subject | 1× median (range) | 4× median (range) |', '| --- | --- | ---: | ---: |'];
  for (const [figure, bySubject] of Object.entries(results)) {
    for (const [subject, byThrottle] of Object.entries(bySubject))
      lines.push(`| ${figure} | ${subject} | ${cell(byThrottle['1x'])} | ${cell(byThrottle['4x'])} |`);
  }
  return lines.join('\n');
}

export interface Goal {
  goal: string;
  /** What was measured, in words. */
  measured: string;
  met: boolean | undefined;
}

/** Markdown: each goal of issue 24, what the run measured and whether it is met. */
export function goalsTable(goals: readonly Goal[]): string {
  const lines = ['| Goal | Measured | Met |', '| --- | --- | --- |'];
  for (const { goal, measured, met } of goals) lines.push(`| ${goal} | ${measured} | ${met === undefined ? 'not measured' : met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
