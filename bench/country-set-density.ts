/**
 * How densely the generated readouts pile onto their country sets, counted while they stream: one Map entry per
 * distinct set (a few thousand at most), so memory stays flat whatever the corpus size.
 */
import type { SyntheticReadout } from './synthetic-readouts.ts';

/** Counts readouts per country set of their (mapped) gold meetings. */
export class CountrySetDensity {
  private readonly counts = new Map<string, number>();
  private readouts = 0;
  private withoutGold = 0;

  /** Counts `readout` once under each distinct country set of its gold meetings. */
  add(readout: SyntheticReadout): void {
    this.readouts++;
    const keys = new Set(readout.meetingCountries.filter((cs) => cs.length > 0).map((cs) => [...cs].sort().join('-')));
    if (keys.size === 0) this.withoutGold++;
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** One line: distinct sets, the densest set with its readout count and share, and the readouts without gold. */
  summary(): string {
    let densest = '';
    let most = 0;
    for (const [key, n] of this.counts) if (n > most) [densest, most] = [key, n];
    const share = this.readouts === 0 ? 0 : (most / this.readouts) * 100;
    const tail = this.withoutGold > 0 ? `; ${this.withoutGold.toLocaleString('en')} without gold meetings` : '';
    return `country sets of the gold meetings: ${this.counts.size.toLocaleString('en')} distinct among ${this.readouts.toLocaleString('en')} readouts; densest ${densest || 'none'} with ${most.toLocaleString('en')} readouts (${share.toFixed(1)}%)${tail}`;
  }
}
