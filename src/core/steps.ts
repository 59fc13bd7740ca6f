/**
 * Long computations as steps, so that a page stays responsive: a step function is a generator
 * that yields now and then (every few thousand points or nodes). `finish` runs one through at
 * once; `sliced` runs it in slices of about `SLICE_MS`, pausing between them.
 */

/** A computation in steps, returning a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** How long `sliced` keeps the main thread before it pauses, in milliseconds. */
export const SLICE_MS = 25;

/** Runs steps through, with no pause. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps in slices of about `SLICE_MS`, with a pause (a macrotask) between two slices. */
export async function sliced<T>(steps: Steps<T>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      start = performance.now();
    }
  }
}
