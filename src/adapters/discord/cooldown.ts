/**
 * A per-user cooldown on expensive commands: after a user runs one, the same command is refused for
 * `seconds`. Memory stays bounded: expired entries are swept when the table grows.
 */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
    private readonly sweepAbove = 10_000,
  ) {}

  /** Records a use and returns 0, or returns the whole seconds left when the user must wait. */
  take(userId: string, command: string): number {
    if (this.seconds <= 0) return 0;
    const key = `${userId}\u0000${command}`;
    const now = this.now();
    const until = this.until.get(key);
    if (until !== undefined && until > now) return Math.ceil((until - now) / 1000);
    if (this.until.size >= this.sweepAbove) this.sweep(now);
    this.until.set(key, now + this.seconds * 1000);
    return 0;
  }

  get size(): number {
    return this.until.size;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
  }
}
