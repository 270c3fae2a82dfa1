export interface Settled {
  promise: Promise<void>;
  resolve(): void;
  done: boolean;
}

/** A promise with its resolver; a still pending one is kept (its waiters want the next paint). */
export function settled(previous?: Settled): Settled {
  if (previous && !previous.done) return previous;
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  const state: Settled = {
    promise,
    done: false,
    resolve: () => {
      state.done = true;
      resolve();
    },
  };
  return state;
}
