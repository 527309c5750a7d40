import cliProgress from 'cli-progress';

/** Labels of the steps a long command goes through, in the order they run. */
export type StepLabels<S extends string> = Record<S, string>;

/**
 * Progress of a multi-step command on stderr: one bar per step on a terminal, one line per
 * finished step otherwise (logs, CI), so output stays readable either way.
 */
export class StepProgress<S extends string> {
  private readonly interactive = process.stderr.isTTY === true;
  private readonly bars = new cliProgress.MultiBar(
    {
      format: ' {step} [{bar}] {percentage}% | {value}/{total}',
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly byStep = new Map<S, cliProgress.SingleBar>();
  private readonly finished = new Set<S>();
  private readonly width: number;
  private stopped = false;

  constructor(private readonly labels: StepLabels<S>) {
    this.width = Math.max(...Object.values<string>(labels).map((label) => label.length));
  }

  update(step: S, done: number, total: number): void {
    if (this.stopped) return;
    const label = this.labels[step].padEnd(this.width);
    if (!this.interactive) {
      if (done >= total && !this.finished.has(step)) {
        this.finished.add(step);
        console.error(`${this.labels[step]}: done (${total})`);
      }
      return;
    }
    let bar = this.byStep.get(step);
    if (bar === undefined) {
      bar = this.bars.create(Math.max(total, 1), 0, { step: label });
      this.byStep.set(step, bar);
    }
    bar.setTotal(Math.max(total, 1));
    bar.update(done, { step: label });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.interactive) this.bars.stop();
  }
}
