import { MemoryState, type SharedState } from '../../state/sharedState.ts';

/**
 * A per-user cooldown on expensive commands: after a user runs one, the same command is refused for
 * `seconds`. Held in the shared state, so with Redis it holds across every process of the bot.
 */
export class Cooldown {
  constructor(
    private readonly seconds: number,
    private readonly state: SharedState = new MemoryState(),
  ) {}

  /** Records a use and resolves to 0, or to the whole seconds left when the user must wait. */
  take(userId: string, command: string): Promise<number> {
    return this.state.takeCooldown(`${userId}\u0000${command}`, this.seconds);
  }
}
