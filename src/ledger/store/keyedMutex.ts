/**
 * Async locks by name, for the memory store: holding a name makes every other
 * holder of it wait its turn (first come, first served). Names are held in
 * the order asked, like the databases' advisory locks.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  /** Waits for each name in turn and resolves to the function that releases them all. */
  async acquire(names: readonly string[]): Promise<() => void> {
    const releases: (() => void)[] = [];
    for (const name of names) releases.push(await this.#acquireOne(name));
    return () => {
      for (const release of releases.reverse()) release();
    };
  }

  async #acquireOne(name: string): Promise<() => void> {
    const previous = this.#tails.get(name) ?? Promise.resolve();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => held);
    this.#tails.set(name, tail);
    await previous;
    return () => {
      release();
      if (this.#tails.get(name) === tail) this.#tails.delete(name);
    };
  }
}
